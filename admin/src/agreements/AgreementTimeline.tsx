import { Box, Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { TraceDrawer } from '../common/TraceDrawer';
import type { AgreementRecord } from './choices';

/** The agreement's insert-only history, oldest first: action, from → to, who, when, the reason, and the checks behind it. */
export const AgreementTimeline = () => {
  const record = useRecordContext<AgreementRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const history = record?.history ?? [];
  const state = (s: string) => translate(`enums.AgreementState.${s}`, { _: s });
  return (
    <Box data-testid="agreement-timeline">
      <Typography variant="subtitle2" color="text.secondary" gutterBottom>
        {translate('app.agreements.timeline')}
      </Typography>
      {history.length === 0 ? <Typography color="text.secondary">{translate('app.agreements.timeline_empty')}</Typography> : null}
      <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, borderLeft: 2, borderColor: 'divider', pl: 2 }}>
        {history.map((step) => (
          <Box component="li" key={step.id} sx={{ mb: 2, position: 'relative' }} data-testid="timeline-step" data-action={step.action}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
              <Typography variant="body1" sx={{ fontWeight: 600 }}>
                {translate(`workflow.serviceAgreement.actions.${step.action}`, { _: step.action })}
              </Typography>
              <Chip size="small" label={`${state(step.fromState)} → ${state(step.toState)}`} />
              <Typography variant="body2" color="text.secondary">
                {translate('app.agreements.by', { name: step.actorName })} · {new Date(step.at).toLocaleString(locale)}
              </Typography>
              <TraceDrawer trace={step.trace} title={translate(`workflow.serviceAgreement.actions.${step.action}`, { _: step.action })} />
            </Stack>
            {step.reason ? (
              <Typography variant="body2" data-testid="timeline-reason">
                {translate('app.agreements.reason')}：{step.reason}
              </Typography>
            ) : null}
            {typeof step.input?.kind === 'string' ? (
              <Typography variant="body2">
                {translate('app.agreements.termination_kind')}：{translate(`enums.TerminationKind.${step.input.kind}`)}
                {typeof step.input.date === 'string' ? ` · ${translate('app.agreements.termination_date')}：${step.input.date}` : ''}
              </Typography>
            ) : null}
          </Box>
        ))}
      </Box>
    </Box>
  );
};
