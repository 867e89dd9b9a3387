import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, Button as MuiButton, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { translateError } from '../dataProvider/errors';
import { requestGraphQL } from '../dataProvider/request';

const REVEAL = 'mutation ($id: ID!, $r: String!) { revealRelatedPersonIdNumber(id: $id, reason: $r) }';

/** PIPL art. 51: the full ID number only on a deliberate request with a reason, recorded in the audit log; shown in this dialog only. */
export const RevealButton = () => {
  const record = useRecordContext<{ id: string; name: string }>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [shown, setShown] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!record) return null;
  const close = () => {
    setOpen(false);
    setShown(null);
    setReason('');
    setError(null);
  };
  const submit = async () => {
    try {
      const data = await requestGraphQL<{ revealRelatedPersonIdNumber: string }>(REVEAL, { id: record.id, r: reason.trim() });
      setShown(data.revealRelatedPersonIdNumber);
    } catch (e) {
      setError(translateError(e, translate));
    }
  };
  return (
    <>
      <Button
        label="app.persons.reveal"
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
      />
      {open ? (
        <Dialog open onClose={close} fullWidth maxWidth="xs">
          <DialogTitle>{translate('app.persons.reveal_title', { name: record.name })}</DialogTitle>
          <DialogContent>
            <Stack spacing={2} sx={{ mt: 1 }}>
              {shown ? (
                <Alert severity="info" data-testid="revealed-id">
                  {shown}
                </Alert>
              ) : (
                <TextField
                  label={translate('app.persons.reveal_reason')}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  required
                />
              )}
              {error ? <Alert severity="error">{error}</Alert> : null}
            </Stack>
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={close}>{translate('ra.action.close')}</MuiButton>
            {shown ? null : (
              <MuiButton variant="contained" disabled={[...reason.trim()].length < 2} onClick={submit}>
                {translate('app.persons.reveal')}
              </MuiButton>
            )}
          </DialogActions>
        </Dialog>
      ) : null}
    </>
  );
};
