import { Alert, Box, Button as MuiButton, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { useCitation } from '../common/useCitation';
import { translateIssue } from '../dataProvider/errors';
import { blockCitation, issuePrefixes, type WorkflowTable } from './citations';
import { TransitionDialog } from './TransitionDialog';
import type { ActionInputForms, AllowedActionRow, WorkflowMutation, WorkflowRecord } from './types';

export interface WorkflowActionsProps<R extends WorkflowRecord> {
  /** The shared table (labels `workflow.<id>.*`, citations). */
  table: WorkflowTable;
  mutation: WorkflowMutation;
  /** Defaults to the record context (a Show page). */
  record?: R;
  /** The record as the dialog's title names it (e.g. the agreement's number). */
  title?: (record: R) => string;
  /** An input form per action that asks more than a reason (e.g. a termination's kind and date). */
  inputForms?: ActionInputForms<R>;
  /** A page's own wording of issue codes, tried before the workflow's. */
  extraIssuePrefixes?: readonly string[];
  testId?: string;
}

/** The actions the server says the user may take now (`allowedActions`); a blocked one says why, by its code, with its article. */
export function WorkflowActions<R extends WorkflowRecord>(props: WorkflowActionsProps<R>) {
  const { table, mutation, title, inputForms, extraIssuePrefixes, testId = 'workflow-actions' } = props;
  const context = useRecordContext<R>();
  const record = props.record ?? context;
  const translate = useTranslate();
  const citation = useCitation();
  const [open, setOpen] = useState<AllowedActionRow | null>(null);
  if (!record) return null;
  const actions = record.allowedActions ?? [];
  const prefixes = issuePrefixes(table, extraIssuePrefixes);
  const blockedText = (action: string, code: string) => {
    const text = translateIssue({ code }, translate, prefixes) ?? code;
    const article = blockCitation(table, action, code);
    return article ? `${text}（${translate('app.workflow.citation')}：${citation(article)}）` : text;
  };
  return (
    <Box data-testid={testId}>
      <Typography variant="subtitle2" color="text.secondary" gutterBottom>
        {translate('app.workflow.actions')}
      </Typography>
      {actions.length === 0 ? <Alert severity="info">{translate('app.workflow.no_actions')}</Alert> : null}
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
        {actions.map((a) => (
          <Box key={a.action} sx={{ maxWidth: 320 }}>
            <MuiButton
              variant={a.enabled ? 'contained' : 'outlined'}
              disabled={!a.enabled}
              onClick={() => setOpen(a)}
              data-testid={`action-${a.action}`}
            >
              {translate(`workflow.${table.id}.actions.${a.action}`, { _: a.action })}
            </MuiButton>
            {a.enabled ? null : (
              <Typography variant="caption" color="text.secondary" component="div" data-testid={`blocked-${a.action}`}>
                {a.blockedBy.map((code) => blockedText(a.action, code)).join('；')}
              </Typography>
            )}
          </Box>
        ))}
      </Stack>
      {open ? (
        <TransitionDialog
          table={table}
          mutation={mutation}
          record={record}
          action={open}
          title={title?.(record)}
          InputForm={inputForms?.[open.action]}
          extraIssuePrefixes={extraIssuePrefixes}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </Box>
  );
}
