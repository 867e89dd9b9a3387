import { REASON_MAX_LENGTH } from '@ltci/shared';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, Button as MuiButton, Stack, TextField, Typography } from '@mui/material';
import { type ComponentType, useState } from 'react';
import { HttpError, useNotify, useRefresh, useTranslate } from 'react-admin';
import { useCitation } from '../common/useCitation';
import { type IssueLike, translateError, translateIssue } from '../dataProvider/errors';
import { actionCitation, issuePrefixes, type WorkflowTable } from './citations';
import { transitionRecord } from './transition';
import type { ActionInputProps, AllowedActionRow, WorkflowMutation, WorkflowRecord } from './types';

interface Props<R extends WorkflowRecord> {
  table: WorkflowTable;
  mutation: WorkflowMutation;
  record: R;
  action: AllowedActionRow;
  title?: string;
  InputForm?: ComponentType<ActionInputProps<R>>;
  extraIssuePrefixes?: readonly string[];
  onClose: () => void;
}

/**
 * Confirms one workflow step on the version the user saw: the reason when the table needs one,
 * the action's own input form, and the server's refusal translated (a stale version offers a refresh).
 */
export function TransitionDialog<R extends WorkflowRecord>({
  table,
  mutation,
  record,
  action,
  title,
  InputForm,
  extraIssuePrefixes,
  onClose,
}: Props<R>) {
  const translate = useTranslate();
  const citation = useCitation();
  const notify = useNotify();
  const refresh = useRefresh();
  const [reason, setReason] = useState('');
  const [input, setInput] = useState<Record<string, unknown>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; stale: boolean } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const prefixes = issuePrefixes(table, extraIssuePrefixes);
  const label = translate(`workflow.${table.id}.actions.${action.action}`, { _: action.action });
  const article = actionCitation(table, action.action);
  const reasonMissing = action.needsReason && !reason.trim();

  const submit = async () => {
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      await transitionRecord(mutation, {
        id: record.id,
        action: action.action,
        version: record.version,
        reason,
        ...(InputForm || action.needsInput ? { input } : {}),
      });
      notify('app.workflow.done', { type: 'success', messageArgs: { action: label } });
      onClose();
      refresh();
    } catch (e) {
      const body = e instanceof HttpError ? (e.body as { reason?: string; issues?: IssueLike[] } | undefined) : undefined;
      const stale = body?.reason === 'STALE_VERSION';
      // each issue by its path (`input.` dropped), for the input form to show under the fields it has
      const byField: Record<string, string> = {};
      for (const issue of body?.issues ?? []) {
        const field = issue.path?.replace(/^input\./, '');
        if (field) byField[field] ??= translateIssue(issue, translate, prefixes) ?? issue.code;
      }
      setFieldErrors(byField);
      setError({ stale, message: stale ? translate('app.workflow.stale') : translateError(e, translate, prefixes) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{title ? translate('app.workflow.dialog_title', { action: label, title }) : label}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          {article ? (
            <Typography variant="caption" color="text.secondary" data-testid="transition-citation">
              {translate('app.workflow.citation')}：{citation(article)}
            </Typography>
          ) : null}
          {InputForm ? <InputForm record={record} value={input} onChange={setInput} errors={fieldErrors} /> : null}
          <TextField
            label={translate(action.needsReason ? 'app.workflow.reason' : 'app.workflow.reason_optional')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required={action.needsReason}
            multiline
            minRows={3}
            helperText={action.needsReason ? translate('app.workflow.reason_required') : undefined}
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
                    {translate('app.workflow.refresh')}
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
          {translate('app.workflow.confirm')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
}
