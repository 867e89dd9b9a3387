import { Dialog, DialogActions, DialogContent, DialogTitle, Button as MuiButton, TextField as MuiTextField } from '@mui/material';
import { useState } from 'react';
import { Button, type HttpError, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { requestGraphQL } from '../dataProvider/request';
import { usePasswordValidator } from './UserForm';

interface UserRecord {
  id: string;
  username: string;
  active: boolean;
}

/** One dialog with one text field, for the deactivation reason and the temporary password. */
function PromptDialog(props: {
  open: boolean;
  title: string;
  label: string;
  type?: string;
  validate?: (value: string) => string | undefined;
  onClose(): void;
  onSubmit(value: string): Promise<void>;
}) {
  const translate = useTranslate();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  const submit = async () => {
    const problem = props.validate?.(value);
    if (problem) return setError(problem);
    try {
      await props.onSubmit(value);
      setValue('');
      props.onClose();
    } catch (e) {
      setError(translate((e as HttpError).message, { _: (e as HttpError).message }));
    }
  };
  return (
    <Dialog open={props.open} onClose={props.onClose} fullWidth>
      <DialogTitle>{translate(props.title)}</DialogTitle>
      <DialogContent>
        <MuiTextField
          autoFocus
          fullWidth
          margin="dense"
          name="prompt"
          type={props.type ?? 'text'}
          label={translate(props.label)}
          value={value}
          error={!!error}
          helperText={error}
          onChange={(e) => {
            setValue(e.target.value);
            setError(undefined);
          }}
        />
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={props.onClose}>{translate('ra.action.cancel')}</MuiButton>
        <MuiButton onClick={submit} variant="contained" data-testid="prompt-confirm">
          {translate('ra.action.confirm')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
}

function useRun() {
  const notify = useNotify();
  const refresh = useRefresh();
  return async (query: string, variables: Record<string, unknown>, done: string) => {
    await requestGraphQL(query, variables);
    notify(done, { type: 'info' });
    refresh();
  };
}

export const DeactivateButton = () => {
  const record = useRecordContext<UserRecord>();
  const [open, setOpen] = useState(false);
  const run = useRun();
  if (!record) return null;
  if (!record.active)
    return (
      <Button
        label="app.users.reactivate"
        onClick={() =>
          void run('mutation ($id: ID!) { reactivateUser(id: $id) { id } }', { id: record.id }, 'app.users.reactivated').catch(
            () => undefined,
          )
        }
      />
    );
  return (
    <>
      <Button label="app.users.deactivate" onClick={() => setOpen(true)} color="error" />
      <PromptDialog
        open={open}
        title="app.users.deactivate"
        label="app.users.deactivate_reason"
        onClose={() => setOpen(false)}
        onSubmit={(reason) =>
          run(
            'mutation ($id: ID!, $r: String!) { deactivateUser(id: $id, reason: $r) { id } }',
            { id: record.id, r: reason },
            'app.users.deactivated',
          )
        }
      />
    </>
  );
};

export const ResetPasswordButton = () => {
  const record = useRecordContext<UserRecord>();
  const [open, setOpen] = useState(false);
  const run = useRun();
  const check = usePasswordValidator();
  if (!record) return null;
  return (
    <>
      <Button label="app.users.reset_password" onClick={() => setOpen(true)} />
      <PromptDialog
        open={open}
        title="app.users.reset_password"
        label="app.users.temporary_password"
        type="password"
        validate={(value) => check(value, { username: record.username })}
        onClose={() => setOpen(false)}
        onSubmit={(password) =>
          run(
            'mutation ($id: ID!, $p: String!) { resetUserPassword(id: $id, password: $p) { id } }',
            { id: record.id, p: password },
            'app.users.password_reset',
          )
        }
      />
    </>
  );
};
