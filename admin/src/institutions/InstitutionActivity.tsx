import { REASON_MAX_LENGTH } from '@ltci/shared';
import {
  Alert,
  Box,
  Chip,
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
import { useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { translateError } from '../dataProvider/errors';
import { type ActivityAction, type ActivityStep, transitionInstitution } from './activity';

interface Record {
  id: string;
  name: string;
  state: string;
  version: number;
  history?: ActivityStep[];
  allowedActions?: ActivityAction[];
}

const PREFIXES = ['workflow.institutionActivity.issues'];

/**
 * The institution's activity: its state, the deactivate / reactivate actions the server offers
 * (a blocked one says why), each asking a reason, and every step taken, who, when and why. An
 * institution is never deleted (issue 8, defect 3).
 */
export const InstitutionActivity = (_props: { label?: string }) => {
  const record = useRecordContext<Record>();
  const translate = useTranslate();
  const [open, setOpen] = useState<ActivityAction | null>(null);
  if (!record) return null;
  const actions = (record.allowedActions ?? []).filter((a) => a.enabled || !a.blockedBy.includes('TRANSITION_NOT_ALLOWED'));
  const label = (action: string) => translate(`workflow.institutionActivity.actions.${action}`, { _: action });
  return (
    <Box data-testid="institution-activity" sx={{ width: '100%' }}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Chip
          data-testid="institution-state"
          color={record.state === 'inactive' ? 'default' : 'success'}
          label={translate(`enums.InstitutionState.${record.state}`, { _: record.state })}
        />
        {actions.map((a) => (
          <Box key={a.action}>
            <MuiButton
              variant="outlined"
              color={a.action === 'deactivate' ? 'warning' : 'primary'}
              disabled={!a.enabled}
              onClick={() => setOpen(a)}
              data-testid={`action-${a.action}`}
            >
              {label(a.action)}
            </MuiButton>
            {a.enabled ? null : (
              <Typography variant="caption" color="text.secondary" component="div" data-testid={`blocked-${a.action}`}>
                {a.blockedBy.map((code) => translate(`workflow.institutionActivity.issues.${code}`, { _: code })).join('；')}
              </Typography>
            )}
          </Box>
        ))}
      </Stack>
      {record.state === 'inactive' ? (
        <Alert severity="warning" sx={{ mb: 1 }} data-testid="inactive-banner">
          {translate('app.institutions.inactive_banner')}
        </Alert>
      ) : null}
      <ActivityHistory steps={record.history ?? []} />
      {open ? <ReasonDialog record={record} action={open} label={label(open.action)} onClose={() => setOpen(null)} /> : null}
    </Box>
  );
};

const ActivityHistory = ({ steps }: { steps: ActivityStep[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const state = (s: string) => translate(`enums.InstitutionState.${s}`, { _: s });
  return (
    <Box data-testid="institution-history">
      <Typography variant="subtitle2" color="text.secondary" gutterBottom>
        {translate('app.institutions.history')}
      </Typography>
      {steps.length === 0 ? <Typography color="text.secondary">{translate('app.institutions.history_empty')}</Typography> : null}
      <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, borderLeft: 2, borderColor: 'divider', pl: 2 }}>
        {steps.map((step) => (
          <Box component="li" key={step.id} sx={{ mb: 1.5 }} data-testid="history-step" data-action={step.action}>
            <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography sx={{ fontWeight: 600 }}>
                {translate(`workflow.institutionActivity.actions.${step.action}`, { _: step.action })}
              </Typography>
              <Chip size="small" label={`${state(step.fromState)} → ${state(step.toState)}`} />
              <Typography variant="body2" color="text.secondary">
                {translate('app.institutions.by', { name: step.actorName })} · {new Date(step.at).toLocaleString(locale)}
              </Typography>
            </Stack>
            {step.reason ? (
              <Typography variant="body2" data-testid="history-reason">
                {translate('app.institutions.reason')}：{step.reason}
              </Typography>
            ) : null}
          </Box>
        ))}
      </Box>
    </Box>
  );
};

const ReasonDialog = ({
  record,
  action,
  label,
  onClose,
}: {
  record: Record;
  action: ActivityAction;
  label: string;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await transitionInstitution(record.id, action.action, record.version, reason);
      notify('app.institutions.done', { type: 'success', messageArgs: { action: label } });
      onClose();
      refresh();
    } catch (e) {
      setError(translateError(e, translate, PREFIXES));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('app.institutions.dialog_title', { action: label, name: record.name })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField
            label={translate('app.institutions.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required
            multiline
            minRows={3}
            helperText={translate('app.institutions.reason_required')}
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
        <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
        <MuiButton variant="contained" onClick={submit} disabled={busy || !reason.trim()} data-testid="confirm-transition">
          {translate('app.institutions.confirm')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};
