import { Admin, Resource } from 'react-admin';
import auditLogs from './auditLogs';
import { RESOURCES } from './auth/permissions';
import { authProvider } from './authProvider';
import { AppTitle } from './common/AppTitle';
import { Dashboard } from './dashboard';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import institutions from './institutions';
import { AppLayout } from './layout/AppLayout';
import policyData from './policyData';
import regions, { counties } from './regions';
import users from './users';

export const App = () => (
  <Admin
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={AppLayout}
    title={<AppTitle />}
    requireAuth
    disableTelemetry
  >
    {(permissions: string[]) => [
      <Resource key="Institution" name={RESOURCES.institutions} {...institutions} />,
      <Resource key="Region" name={RESOURCES.regions} {...regions} />,
      <Resource key="County" name={RESOURCES.counties} {...counties} />,
      // declared for the administrator only (authProvider.canAccess guards the pages too)
      ...(Array.isArray(permissions) && permissions.includes('admin')
        ? [
            <Resource key="User" name={RESOURCES.users} {...users} />,
            <Resource key="AuditLog" name={RESOURCES.auditLogs} {...auditLogs} />,
            <Resource key="PolicyData" name={RESOURCES.policyData} {...policyData} />,
          ]
        : []),
    ]}
  </Admin>
);
