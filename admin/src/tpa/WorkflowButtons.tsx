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
import { useNotify, useTranslate } from 'react-admin';
import { translateError } from '../dataProvider/errors';
import type { AllowedActionRow } from './api';

/** The actions the server allows now, as buttons; a blocked one says why by its code; a reason is asked when the table needs one. */
export const WorkflowButtons = ({
  workflow,
  actions,
  run,
  onDone,
  only,
}: {
  workflow: string;
  actions: AllowedActionRow[];
  run: (action: string, reason?: string) => Promise<unknown>;
  onDone: () => void;
  only?: string[];
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState<AllowedActionRow | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  // an action of another state or another role is not the user's to take: only theirs, and those blocked by a rule (with why), show
  const theirs = (a: AllowedActionRow) => !a.blockedBy.some((c) => c === 'TRANSITION_NOT_ALLOWED' || c === 'ROLE_NOT_ALLOWED');
  const shown = actions.filter((a) => (!only || only.includes(a.action)) && theirs(a));
  const label = (a: string) => translate(`workflow.${workflow}.actions.${a}`, { _: a });
  const go = async (a: AllowedActionRow, text?: string) => {
    setError(null);
    try {
      await run(a.action, text);
      notify('app.tpa.done', { type: 'success', messageArgs: { action: label(a.action) } });
      setOpen(null);
      setReason('');
      onDone();
    } catch (e) {
      const message = translateError(e, translate, [`workflow.${workflow}.issues`]);
      if (open || a.needsReason) setError(message);
      else notify(message, { type: 'error' });
    }
  };
  if (!shown.length) return null;
  return (
    <Box data-testid={`${workflow}-actions`}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {shown.map((a) => (
          <Box key={a.action}>
            <MuiButton
              variant={a.enabled ? 'contained' : 'outlined'}
              disabled={!a.enabled}
              onClick={() => (a.needsReason ? setOpen(a) : go(a))}
              data-testid={`action-${a.action}`}
            >
              {label(a.action)}
            </MuiButton>
            {a.enabled ? null : (
              <Typography variant="caption" color="text.secondary" component="div">
                {a.blockedBy.map((code) => translate(`workflow.${workflow}.issues.${code}`, { _: code })).join('；')}
              </Typography>
            )}
          </Box>
        ))}
      </Stack>
      {open ? (
        <Dialog open onClose={() => setOpen(null)} fullWidth>
          <DialogTitle>{label(open.action)}</DialogTitle>
          <DialogContent>
            <TextField
              label={translate('app.tpa.reason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              fullWidth
              multiline
              required
              sx={{ mt: 1 }}
              slotProps={{ htmlInput: { 'data-testid': 'reason' } }}
            />
            {error ? (
              <Alert severity="error" sx={{ mt: 1 }}>
                {error}
              </Alert>
            ) : null}
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={() => setOpen(null)}>{translate('ra.action.cancel')}</MuiButton>
            <MuiButton variant="contained" disabled={!reason.trim()} onClick={() => go(open, reason)} data-testid="confirm-transition">
              {translate('app.tpa.confirm')}
            </MuiButton>
          </DialogActions>
        </Dialog>
      ) : null}
    </Box>
  );
};
