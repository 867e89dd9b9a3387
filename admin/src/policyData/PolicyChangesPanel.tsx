import { Alert, Box, Button, Chip, LinearProgress, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import type { PolicyChangeRecord } from '../dataProvider/policyMethods';
import { ChangePreview } from './ChangePreview';
import { errorText, useLabel } from './shared-ui';
import { usePolicyMutation, usePolicyQuery } from './usePolicyQueries';

const ChangeCard = ({ change }: { change: PolicyChangeRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const label = useLabel();
  const [reason, setReason] = useState('');
  const transition = usePolicyMutation('transitionPolicyChange');
  const act = async (action: string) => {
    try {
      await transition.mutateAsync([change.id, action, change.version, reason]);
      notify('app.policyData.done', { type: 'success' });
    } catch (error) {
      notify(errorText(error), { type: 'error' });
    }
  };
  return (
    <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, mb: 1.5 }} data-testid={`policy-change-${change.id}`}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Chip size="small" label={translate(`app.policyData.states.${change.state}`)} data-testid="change-state" />
        <Typography variant="body2">
          {translate('app.policyData.effective_from')}: {change.effectiveFrom}
        </Typography>
        {change.note ? <Typography variant="body2">· {change.note}</Typography> : null}
      </Stack>
      <ChangePreview diff={change.diff} figures={change.figures} testId="change-diff" />
      <Typography variant="caption" sx={{ display: 'block', mt: 1 }}>
        {change.history
          .map(
            (h) =>
              `${h.at.slice(0, 16).replace('T', ' ')} ${h.actorName} ${translate(`app.policyData.actions.${h.action}`)}${h.reason ? `（${h.reason}）` : ''}`,
          )
          .join(' · ')}
      </Typography>
      {change.allowedActions.length ? (
        <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: 'center' }}>
          {change.allowedActions.some((a) => a.needsReason) ? (
            <TextField
              size="small"
              label={translate('app.policyData.reason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              slotProps={{ htmlInput: { 'data-testid': 'change-reason' } }}
            />
          ) : null}
          {change.allowedActions.map((a) => (
            <Button
              key={a.action}
              size="small"
              variant="outlined"
              disabled={!a.enabled || transition.isPending}
              title={a.blockedBy.map((code) => translate(`app.policyData.blocked.${code}`, { _: code })).join('；')}
              onClick={() => act(a.action)}
              data-testid={`change-action-${a.action}`}
            >
              {label({ zh: a.label, en: a.labelEn })}
            </Button>
          ))}
          {change.allowedActions.some((a) => a.blockedBy.includes('SAME_PERSON')) ? (
            <Typography variant="caption" color="warning.main" data-testid="change-same-person">
              {translate('app.policyData.blocked.SAME_PERSON')}
            </Typography>
          ) : null}
        </Stack>
      ) : null}
    </Box>
  );
};

/** The region's parameter changes, newest first: each diff, sample figures, history and the caller's actions (four-eyes). */
export const PolicyChangesPanel = ({ regionId }: { regionId: string }) => {
  const translate = useTranslate();
  const changes = usePolicyQuery('policyChanges', regionId);
  if (changes.isPending) return <LinearProgress />;
  if (changes.error) return <Alert severity="warning">{errorText(changes.error)}</Alert>;
  if (!changes.data.length) return <Typography variant="body2">{translate('app.policyData.no_changes')}</Typography>;
  return (
    <>
      {changes.data.map((c) => (
        <ChangeCard key={c.id} change={c} />
      ))}
    </>
  );
};
