import { Button, CardContent, CircularProgress, TextField } from '@mui/material';
import { type FormEvent, useState } from 'react';
import { useLogin, useNotify, useTranslate } from 'react-admin';

type Field = 'username' | 'password';

/**
 * The sign-in form, as react-admin's LoginForm behaves (the same fields, names and error
 * notification), built on plain inputs: the first load then needs no form library (issue 8, defect 6).
 */
export const LoginForm = () => {
  const login = useLogin();
  const notify = useNotify();
  const translate = useTranslate();
  const [values, setValues] = useState<Record<Field, string>>({ username: '', password: '' });
  const [touched, setTouched] = useState<Record<Field, boolean>>({ username: false, password: false });
  const [loading, setLoading] = useState(false);
  const missing = (field: Field) => touched[field] && !values[field].trim();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched({ username: true, password: true });
    if (!values.username.trim() || !values.password) return;
    setLoading(true);
    login(values)
      .catch((error: unknown) => {
        const message = typeof error === 'string' ? error : (error as { message?: string } | undefined)?.message;
        notify(message || 'ra.auth.sign_in_error', { type: 'error', messageArgs: { _: message } });
      })
      .finally(() => setLoading(false));
  };

  const field = (name: Field, type: string, autoComplete: string) => (
    <TextField
      name={name}
      type={type}
      label={translate(`ra.auth.${name}`)}
      value={values[name]}
      onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
      onBlur={() => setTouched((t) => ({ ...t, [name]: true }))}
      error={missing(name)}
      helperText={missing(name) ? translate('ra.validation.required') : ' '}
      autoComplete={autoComplete}
      autoFocus={name === 'username'}
      required
      fullWidth
      size="small"
      margin="dense"
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <CardContent sx={{ width: 300, pb: 2 }}>
        {field('username', 'text', 'username')}
        {field('password', 'password', 'current-password')}
        <Button variant="contained" type="submit" color="primary" disabled={loading} fullWidth sx={{ mt: 2 }}>
          {loading ? <CircularProgress size={19} thickness={3} sx={{ m: 0.3 }} /> : translate('ra.auth.sign_in')}
        </Button>
      </CardContent>
    </form>
  );
};
