import { lazy, Suspense } from 'react';
import { Resource } from 'react-admin';
import { createHashRouter, RouterProvider } from 'react-router';
import agreements from './agreements';
import assessments from './assessments';
import auditLogs from './auditLogs';
import { LoginPage } from './auth/LoginPage';
import { RESOURCES } from './auth/permissions';
import { SessionGate } from './auth/SessionGate';
import { authProvider } from './authProvider';
import carePlans, { careServiceItems, claimantSanctions } from './carePlans';
import claimants from './claimants';
import { AppTitle } from './common/AppTitle';
import { CatchAll } from './common/CatchAll';
import complaints from './complaints';
import { Dashboard } from './dashboard';
import { dataProvider } from './dataProvider';
import declarations, { auditFlags } from './declarations';
import designations from './designations';
import fund, { fundWarnings } from './fund';
import fundGrants from './fundGrants';
import { i18nProvider } from './i18n';
import infoChanges from './infoChanges';
import institutions from './institutions';
import { AppAdmin as Admin } from './layout/AppAdmin';
import { AppLayout } from './layout/AppLayout';
import policyData from './policyData';
import regions, { counties } from './regions';
import relatedPersons from './relatedPersons';
import scorecards from './scorecards';
import settlement from './settlement';
import staff from './staff';
import { inspections, rectifications, supervision } from './supervision';
import { tpaAssessments, tpaContracts, tpaFeePayments } from './tpa';
import users from './users';

const AdminApp = () => (
  <Admin
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={AppLayout}
    title={<AppTitle />}
    loginPage={LoginPage}
    catchAll={CatchAll}
    disableTelemetry
  >
    {(permissions: string[]) => [
      <Resource key="Institution" name={RESOURCES.institutions} {...institutions} />,
      <Resource key="ServiceAgreement" name={RESOURCES.agreements} {...agreements} />,
      <Resource key="Region" name={RESOURCES.regions} {...regions} />,
      <Resource key="County" name={RESOURCES.counties} {...counties} />,
      <Resource key="TpaContract" name={RESOURCES.tpaContracts} {...tpaContracts} />,
      <Resource key="TpaAssessment" name={RESOURCES.tpaAssessments} {...tpaAssessments} />,
      <Resource key="TpaFeePayment" name={RESOURCES.tpaFeePayments} {...tpaFeePayments} />,
      <Resource key="AnnualScorecard" name={RESOURCES.scorecards} {...scorecards} />,
      <Resource key="Complaint" name={RESOURCES.complaints} {...complaints} />,
      <Resource key="DesignationApplication" name={RESOURCES.designations} {...designations} />,
      <Resource key="InfoChange" name={RESOURCES.infoChanges} {...infoChanges} />,
      <Resource key="MonthlyCount" name="MonthlyCount" />,
      <Resource key="Staff" name={RESOURCES.staff} {...staff} />,
      <Resource key="RelatedPerson" name={RESOURCES.relatedPersons} {...relatedPersons} />,
      <Resource key="Claimant" name={RESOURCES.claimants} {...claimants} />,
      <Resource key="AssessmentApplication" name={RESOURCES.assessments} {...assessments} />,
      <Resource key="CarePlan" name={RESOURCES.carePlans} {...carePlans} />,
      <Resource key="ClaimantSanction" name={RESOURCES.claimantSanctions} {...claimantSanctions} />,
      <Resource key="CareServiceItem" name={RESOURCES.careServiceItems} {...careServiceItems} />,
      <Resource key="FundAccount" name={RESOURCES.fund} {...fund} />,
      <Resource key="FundWarning" name={RESOURCES.fundWarnings} {...fundWarnings} />,
      <Resource key="ServiceDeclaration" name={RESOURCES.declarations} {...declarations} />,
      <Resource key="AuditFlag" name={RESOURCES.auditFlags} {...auditFlags} />,
      <Resource key="DeclaredRecord" name="DeclaredRecord" />,
      <Resource key="FundGrant" name={RESOURCES.fundGrants} {...fundGrants} />,
      <Resource key="Inspection" name={RESOURCES.inspections} {...inspections} />,
      <Resource key="Rectification" name={RESOURCES.rectifications} {...rectifications} />,
      <Resource key="Supervision" name={RESOURCES.supervision} {...supervision} />,
      <Resource key="SettlementRun" name={RESOURCES.settlement} {...settlement} />,
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

// The router is ours so that SessionGate sees every navigation before react-admin does (it replaces
// `requireAuth`). A data router, as react-admin's own, so that forms can warn of unsaved changes.
// loaded only when opened: a visitor of the public page never loads the dashboard's pages, and the dashboard's first load never carries it
const PublicDisclosurePage = lazy(() => import('./supervision/PublicDisclosurePage').then((m) => ({ default: m.PublicDisclosurePage })));

const router = createHashRouter([
  // the public disclosure (Qinhuangdao art. 73): no login, no session gate
  {
    path: '/public',
    element: (
      <Suspense fallback={null}>
        <PublicDisclosurePage />
      </Suspense>
    ),
  },
  {
    path: '*',
    element: (
      <SessionGate>
        <AdminApp />
      </SessionGate>
    ),
  },
]);

export const App = () => <RouterProvider router={router} />;
