import { Box, Chip, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { TraceDrawer } from '../common/TraceDrawer';
import { useCitation } from '../common/useCitation';
import { actionCitation, type WorkflowTable } from './citations';
import type { HistoryRow, WorkflowRecord } from './types';

export interface WorkflowTimelineProps {
  table: WorkflowTable;
  /** Defaults to the record context (a Show page). */
  record?: WorkflowRecord;
  /** What a step's input adds to its line (e.g. a termination's kind and date). */
  renderInput?: (step: HistoryRow) => ReactNode;
  testId?: string;
}

/** A record's insert-only history, oldest first: action, from → to, who, when, the reason, the article, and the checks behind it. */
export const WorkflowTimeline = ({ table, record: given, renderInput, testId = 'workflow-timeline' }: WorkflowTimelineProps) => {
  const context = useRecordContext<WorkflowRecord>();
  const record = given ?? context;
  const translate = useTranslate();
  const citation = useCitation();
  const [locale] = useLocaleState();
  const history = record?.history ?? [];
  const state = (s: string) => translate(`workflow.${table.id}.states.${s}`, { _: s });
  const action = (a: string) => translate(`workflow.${table.id}.actions.${a}`, { _: a });
  return (
    <Box data-testid={testId}>
      <Typography variant="subtitle2" color="text.secondary" gutterBottom>
        {translate('app.workflow.timeline')}
      </Typography>
      {history.length === 0 ? <Typography color="text.secondary">{translate('app.workflow.timeline_empty')}</Typography> : null}
      <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, borderLeft: 2, borderColor: 'divider', pl: 2 }}>
        {history.map((step, i) => {
          const article = actionCitation(table, step.action);
          return (
            <Box
              component="li"
              key={step.id ?? `${step.at}-${i}`}
              sx={{ mb: 2, position: 'relative' }}
              data-testid="timeline-step"
              data-action={step.action}
            >
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
                <Typography variant="body1" sx={{ fontWeight: 600 }}>
                  {action(step.action)}
                </Typography>
                <Chip size="small" label={`${state(step.fromState)} → ${state(step.toState)}`} />
                <Typography variant="body2" color="text.secondary">
                  {translate('app.workflow.by', { name: step.actorName })} · {new Date(step.at).toLocaleString(locale)}
                </Typography>
                {step.trace ? <TraceDrawer trace={step.trace} title={action(step.action)} /> : null}
              </Stack>
              {step.reason ? (
                <Typography variant="body2" data-testid="timeline-reason">
                  {translate('app.workflow.reason')}：{step.reason}
                </Typography>
              ) : null}
              {renderInput?.(step)}
              {article ? (
                <Typography variant="caption" color="text.secondary" component="div" data-testid="timeline-citation">
                  {translate('app.workflow.citation')}：{citation(article)}
                </Typography>
              ) : null}
            </Box>
          );
        })}
      </Box>
    </Box>
  );
};
