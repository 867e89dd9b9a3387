import { Box, Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { HistoryRow } from '../agreements/choices';
import { TraceDrawer } from '../common/TraceDrawer';

/** A record's insert-only history, oldest first: action, from → to, who, when, the reason, and the checks behind it. */
export const WorkflowTimeline = ({ workflow, history }: { workflow: string; history: HistoryRow[] | undefined }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const state = (s: string) => translate(`workflow.${workflow}.states.${s}`, { _: s });
  const action = (a: string) => translate(`workflow.${workflow}.actions.${a}`, { _: a });
  const steps = history ?? [];
  return (
    <Box data-testid={`${workflow}-timeline`}>
      <Typography variant="subtitle2" color="text.secondary" gutterBottom>
        {translate('app.workflow.timeline')}
      </Typography>
      {steps.length === 0 ? <Typography color="text.secondary">{translate('app.workflow.timeline_empty')}</Typography> : null}
      <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, borderLeft: 2, borderColor: 'divider', pl: 2 }}>
        {steps.map((step) => (
          <Box component="li" key={step.id} sx={{ mb: 2 }} data-testid="timeline-step" data-action={step.action}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
              <Typography sx={{ fontWeight: 600 }}>{action(step.action)}</Typography>
              <Chip size="small" label={`${state(step.fromState)} → ${state(step.toState)}`} />
              <Typography variant="body2" color="text.secondary">
                {step.actorName} · {new Date(step.at).toLocaleString(locale)}
              </Typography>
              <TraceDrawer trace={step.trace} title={action(step.action)} />
            </Stack>
            {step.reason ? (
              <Typography variant="body2" data-testid="timeline-reason">
                {translate('app.workflow.reason')}：{step.reason}
              </Typography>
            ) : null}
          </Box>
        ))}
      </Box>
    </Box>
  );
};
