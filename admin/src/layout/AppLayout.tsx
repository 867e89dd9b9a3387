import { Layout, type LayoutProps } from 'react-admin';
import { PasswordChangeGuard } from '../account/PasswordChangeGuard';
import { AppMenu } from './AppMenu';

export const AppLayout = ({ children }: LayoutProps) => (
  <Layout menu={AppMenu}>
    <PasswordChangeGuard>{children}</PasswordChangeGuard>
  </Layout>
);
