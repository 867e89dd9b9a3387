import { REASON_MAX_LENGTH } from '@ltci/shared';
import {
  Alert,
  Box,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Button as MuiButton,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { HttpError, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { AllowedActionRow } from '../agreements/choices';
import { translateError } from '../dataProvider/errors';
import { requestGraphQL } from '../dataProvider/request';

export interface WorkflowRecordLike {
  id: string;
  version: number;
  allowedActions?: AllowedActionRow[];
}

interface Props {
  /** The shared table's id: its labels are `workflow.<id>.*`. */
  workflow: string;
  /** The mutation, e.g. `transitionComplaint`, and its action enum, e.g. `ComplaintAction`. */
  mutation: string;
  actionType: string;
  record: WorkflowRecordLike | undefined;
}

/** The actions the server allows now (`allowedActions`), each blocked one with its translated codes; a reason dialog where the table needs one. */
export const WorkflowActions = ({ workflow, mutation, actionType, record }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState<AllowedActionRow | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!record) return null;
  const label = (a: string) => translate(`workflow.${workflow}.actions.${a}`, { _: a });
  const prefixes = [`workflow.${workflow}.issues`];
  const run = async () => {
    if (!open) return;
    setBusy(true);
    setError(null);
    try {
      await requestGraphQL(
        `mutation ($id: ID!, $a: ${actionType}!, $v: Int!, $r: String) { ${mutation}(id: $id, action: $a, expectedVersion: $v, reason: $r) { id } }`,
        { id: record.id, a: open.action, v: record.version, r: reason.trim() ? reason : null },
      );
      notify('app.workflow.done', { type: 'success', messageArgs: { action: label(open.action) } });
      setOpen(null);
      setReason('');
      refresh();
    } catch (e) {
      const stale = e instanceof HttpError && (e.body as { reason?: string } | undefined)?.reason === 'STALE_VERSION';
      setError(stale ? translate('app.workflow.stale') : translateError(e, translate, prefixes));
    } finally {
      setBusy(false);
    }
  };
  const actions = record.allowedActions ?? [];
  return (
    <Box data-testid={`${workflow}-actions`}>
      <Typography variant="subtitle2" color="text.secondary" gutterBottom>
        {translate('app.workflow.actions')}
      </Typography>
      {actions.length === 0 ? <Alert severity="info">{translate('app.workflow.no_actions')}</Alert> : null}
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
        {actions.map((a) => (
          <Box key={a.action} sx={{ maxWidth: 260 }}>
            <MuiButton
              variant={a.enabled ? 'contained' : 'outlined'}
              disabled={!a.enabled}
              onClick={() => setOpen(a)}
              data-testid={`action-${a.action}`}
            >
              {label(a.action)}
            </MuiButton>
            {a.enabled ? null : (
              <Typography variant="caption" color="text.secondary" component="div" data-testid={`blocked-${a.action}`}>
                {a.blockedBy.map((code) => translate(`workflow.${workflow}.issues.${code}`, { _: code })).join('；')}
              </Typography>
            )}
          </Box>
        ))}
      </Stack>
      {open ? (
        <Dialog open onClose={() => setOpen(null)} fullWidth maxWidth="sm">
          <DialogTitle>{label(open.action)}</DialogTitle>
          <DialogContent>
            <Stack spacing={2} sx={{ mt: 1 }}>
              <TextField
                label={translate(open.needsReason ? 'app.workflow.reason' : 'app.workflow.reason_optional')}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                required={open.needsReason}
                multiline
                minRows={3}
                slotProps={{ htmlInput: { maxLength: REASON_MAX_LENGTH, name: 'reason' } }}
              />
              {error ? (
                <Alert severity="error" data-testid="transition-error">
                  {error}
                </Alert>
              ) : null}
            </Stack>
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={() => setOpen(null)}>{translate('ra.action.cancel')}</MuiButton>
            <MuiButton
              variant="contained"
              onClick={run}
              disabled={busy || (open.needsReason && !reason.trim())}
              data-testid="confirm-transition"
            >
              {translate('app.workflow.confirm')}
            </MuiButton>
          </DialogActions>
        </Dialog>
      ) : null}
    </Box>
  );
};
