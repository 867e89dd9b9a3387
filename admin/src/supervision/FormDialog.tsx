import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, Button as MuiButton, Stack } from '@mui/material';
import { type ReactNode, useState } from 'react';
import { Button, useNotify, useRefresh, useTranslate } from 'react-admin';
import { translateError } from '../dataProvider/errors';

/** A button opening a small form; its submit calls the server, shows a refusal translated, refreshes the page on success. */
export const FormDialog = ({
  label,
  testId,
  children,
  submit,
  onDone,
}: {
  label: string;
  testId: string;
  children: ReactNode;
  submit: () => Promise<unknown>;
  onDone?: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async () => {
    setBusy(true);
    try {
      await submit();
      setOpen(false);
      setError(null);
      notify('app.supervision.saved', { type: 'success' });
      onDone?.();
      refresh();
    } catch (e) {
      setError(translateError(e, translate));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)} data-testid={`${testId}-open`} />
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate(label)}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }} data-testid={`${testId}-form`}>
            {error ? (
              <Alert severity="error" data-testid={`${testId}-error`}>
                {error}
              </Alert>
            ) : null}
            {children}
          </Stack>
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton variant="contained" onClick={send} disabled={busy} data-testid={`${testId}-submit`}>
            {translate('ra.action.confirm')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
