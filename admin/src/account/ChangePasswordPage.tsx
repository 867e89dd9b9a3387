import { Card, CardContent, CardHeader } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  Form,
  type HttpError,
  PasswordInput,
  required,
  SaveButton,
  Toolbar,
  useLogout,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { getStoredUser, markPasswordChanged } from '../auth/session';
import { requestGraphQL } from '../dataProvider/request';
import { usePasswordValidator } from '../users/UserForm';

const CHANGE = 'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { id mustChangePassword } }';

/**
 * Where a user whose password an administrator set (a new account, a reset) is sent after signing
 * in: the server answers nothing else (PASSWORD_CHANGE_REQUIRED) until the password is changed.
 */
export const ChangePasswordPage = ({ onChanged }: { onChanged?: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const logout = useLogout();
  const policy = usePasswordValidator('username');
  const [saving, setSaving] = useState(false);
  const user = getStoredUser();
  const submit = async (values: Record<string, string>) => {
    setSaving(true);
    try {
      await requestGraphQL(CHANGE, { c: values.currentPassword, n: values.newPassword });
      markPasswordChanged();
      notify('app.password.changed', { type: 'info' });
      onChanged?.();
      redirect('/');
    } catch (error) {
      const e = error as HttpError;
      const fields = (e.body as { errors?: Record<string, string> } | undefined)?.errors;
      if (fields && Object.keys(fields).length) return fields;
      notify(e.message, { type: 'error' });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card sx={{ maxWidth: 480, mx: 'auto', mt: 8 }} data-testid="change-password">
      <CardHeader
        title={translate('app.password.title')}
        subheader={translate(user?.mustChangePassword ? 'app.password.required' : 'app.password.subtitle')}
      />
      <CardContent>
        <Form onSubmit={submit} defaultValues={{ username: user?.username ?? '' }}>
          <PasswordInput source="currentPassword" label="app.password.current" validate={required()} fullWidth />
          <PasswordInput
            source="newPassword"
            label="app.password.new"
            validate={[required(), policy]}
            helperText="app.password.policy"
            fullWidth
          />
          <PasswordInput
            source="confirmPassword"
            label="app.password.confirm"
            validate={[
              required(),
              (value: string, values: Record<string, string>) => (value === values.newPassword ? undefined : 'app.password.mismatch'),
            ]}
            fullWidth
          />
          <Toolbar>
            <SaveButton label="app.password.submit" disabled={saving} alwaysEnable />
            <Button label="ra.auth.logout" onClick={() => logout()} sx={{ ml: 2 }} />
          </Toolbar>
        </Form>
      </CardContent>
    </Card>
  );
};
