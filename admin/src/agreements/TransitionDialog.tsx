import { REASON_MAX_LENGTH } from '@ltci/shared';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Button as MuiButton, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { HttpError, useNotify, useRefresh, useTranslate } from 'react-admin';
import { type IssueLike, translateError, translateIssue } from '../dataProvider/errors';
import { type AgreementRecord, type AllowedActionRow, terminationKindChoices } from './choices';
import { transitionAgreement } from './transition';

const PREFIXES = ['workflow.serviceAgreement.issues'];

interface Props {
  record: AgreementRecord;
  action: AllowedActionRow;
  onClose: () => void;
}

/** Confirms one workflow step: the reason when the table needs one, a termination's kind and date, and the server's refusal. */
export const TransitionDialog = ({ record, action, onClose }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [reason, setReason] = useState('');
  const [kind, setKind] = useState('');
  const [date, setDate] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; stale: boolean } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const label = translate(`workflow.serviceAgreement.actions.${action.action}`, { _: action.action });
  const reasonMissing = action.needsReason && !reason.trim();

  const submit = async () => {
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      await transitionAgreement({
        id: record.id,
        action: action.action,
        version: record.version,
        reason,
        ...(action.needsInput ? { input: { kind: kind || null, date: date || null } } : {}),
      });
      notify('app.agreements.done', { type: 'success', messageArgs: { action: label } });
      onClose();
      refresh();
    } catch (e) {
      const body = e instanceof HttpError ? (e.body as { reason?: string; issues?: IssueLike[] } | undefined) : undefined;
      const stale = body?.reason === 'STALE_VERSION';
      // a termination's kind and date: each message under its input
      const byField: Record<string, string> = {};
      for (const issue of body?.issues ?? [])
        if (issue.path === 'kind' || issue.path === 'date')
          byField[issue.path] ??= translateIssue(issue, translate, PREFIXES) ?? issue.code;
      setFieldErrors(byField);
      setError({
        stale,
        message: stale ? translate('app.agreements.stale') : translateError(e, translate, PREFIXES),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('app.agreements.dialog_title', { action: label, number: record.number })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          {action.needsInput ? (
            <>
              <TextField
                select
                label={translate('app.agreements.termination_kind')}
                value={kind}
                onChange={(e) => setKind(e.target.value)}
                required
                error={!!fieldErrors.kind}
                helperText={fieldErrors.kind}
                slotProps={{ htmlInput: { 'data-testid': 'termination-kind' } }}
              >
                {terminationKindChoices.map((c) => (
                  <MenuItem key={c.id} value={c.id}>
                    {translate(c.name)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                type="date"
                label={translate('app.agreements.termination_date')}
                value={date}
                onChange={(e) => setDate(e.target.value)}
                required
                error={!!fieldErrors.date}
                helperText={fieldErrors.date}
                slotProps={{
                  inputLabel: { shrink: true },
                  htmlInput: { min: record.startDate, max: record.endDate, name: 'terminationDate' },
                }}
              />
            </>
          ) : null}
          <TextField
            label={translate(action.needsReason ? 'app.agreements.reason' : 'app.agreements.reason_optional')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required={action.needsReason}
            multiline
            minRows={3}
            helperText={action.needsReason ? translate('app.agreements.reason_required') : undefined}
            slotProps={{ htmlInput: { maxLength: REASON_MAX_LENGTH, name: 'reason' } }}
          />
          {error ? (
            <Alert
              severity={error.stale ? 'warning' : 'error'}
              data-testid="transition-error"
              action={
                error.stale ? (
                  <MuiButton
                    color="inherit"
                    size="small"
                    onClick={() => {
                      onClose();
                      refresh();
                    }}
                  >
                    {translate('app.agreements.refresh')}
                  </MuiButton>
                ) : undefined
              }
            >
              {error.message}
            </Alert>
          ) : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
        <MuiButton variant="contained" onClick={submit} disabled={busy || reasonMissing} data-testid="confirm-transition">
          {translate('app.agreements.confirm')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};
