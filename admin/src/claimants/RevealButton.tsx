import VisibilityIcon from '@mui/icons-material/Visibility';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useCanAccess, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { requestGraphQL } from '../dataProvider/request';

const REVEAL = 'mutation ($id: ID!, $f: RevealField!, $r: String!) { revealClaimant(id: $id, field: $f, reason: $r) { field value } }';

/**
 * The masked value with a button that reveals the whole one, deliberately: a reason is asked, the
 * server audits it, and the value lives only in this dialog's state until it is closed.
 */
export const RevealButton = ({ field }: { field: 'idNumber' | 'phone' }) => {
  const record = useRecordContext<{ id: string; idNumber: string; phone: string | null }>();
  const translate = useTranslate();
  const notify = useNotify();
  const { canAccess } = useCanAccess({ resource: 'Claimant', action: 'reveal' });
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [value, setValue] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!record?.[field] || !canAccess) return null;
  const close = () => {
    setOpen(false);
    setValue(null);
    setReason('');
  };
  const reveal = async () => {
    setBusy(true);
    try {
      const data = await requestGraphQL<{ revealClaimant: { value: string | null } }>(REVEAL, { id: record.id, f: field, r: reason });
      setValue(data.revealClaimant.value);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const label = translate(`app.claimants.field_${field}`);
  return (
    <>
      <Button label="app.claimants.reveal" onClick={() => setOpen(true)} data-testid={`reveal-${field}`}>
        <VisibilityIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm">
        <DialogTitle>{translate('app.claimants.reveal_title', { field: label })}</DialogTitle>
        <DialogContent>
          {value === null ? (
            <>
              <Typography variant="body2" sx={{ mb: 2 }}>
                {translate('app.claimants.reveal_hint')}
              </Typography>
              <TextField
                autoFocus
                fullWidth
                label={translate('app.claimants.reveal_reason')}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'reveal-reason' } }}
              />
            </>
          ) : (
            <Alert severity="warning">
              <Typography variant="h6" component="div" data-testid="revealed-value" sx={{ fontFamily: 'monospace' }}>
                {value}
              </Typography>
              {translate('app.claimants.reveal_done')}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.close" onClick={close} />
          {value === null ? (
            <Button
              label="app.claimants.reveal"
              onClick={() => void reveal()}
              disabled={busy || reason.trim().length < 2}
              variant="contained"
              data-testid="reveal-confirm"
            />
          ) : null}
        </DialogActions>
      </Dialog>
    </>
  );
};
