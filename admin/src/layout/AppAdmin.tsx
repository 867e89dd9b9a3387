import { CssBaseline } from '@mui/material';
import {
  AccessDenied,
  AdminContext,
  type AdminProps,
  AuthCallback,
  AuthenticationError,
  CoreAdminUI,
  Error as ErrorPage,
  Layout,
  LoadingPage,
  localStorageStore,
  Notification,
} from 'react-admin';

const store = localStorageStore();

/**
 * react-admin's <Admin>, spelled out: the same context and defaults (a localStorage store, its
 * pages), but without its default login page, whose form library the sign-in page does not use,
 * so that the first load stays small (issue 8, defect 6).
 */
export const AppAdmin = ({ authProvider, dataProvider, i18nProvider, children, layout = Layout, ...ui }: AdminProps) => (
  <AdminContext authProvider={authProvider} dataProvider={dataProvider} i18nProvider={i18nProvider} store={store}>
    <CssBaseline enableColorScheme>
      <CoreAdminUI
        accessDenied={AccessDenied}
        authCallbackPage={AuthCallback}
        authenticationError={AuthenticationError}
        error={ErrorPage}
        loading={LoadingPage}
        layout={layout}
        {...ui}
      >
        {children}
      </CoreAdminUI>
      <Notification />
    </CssBaseline>
  </AdminContext>
);
