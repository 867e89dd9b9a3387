import { ASSESSOR_REMOVAL_GROUND_IDS, ASSESSOR_REMOVAL_GROUNDS, POOL_ROLES, removalIssues, trainingIssues } from '@ltci/shared';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Button as MuiButton, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { Button, useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { translateError } from '../dataProvider/errors';
import { requestGraphQL } from '../dataProvider/request';
import { RelationsDialog } from './RelationsDialog';

interface StaffRecord {
  id: string;
  name: string;
  role: string;
  removedFor?: string | null;
}

const REMOVE =
  'mutation ($id: ID!, $g: AssessorRemovalGround!, $r: String!) { removeAssessor(id: $id, ground: $g, reason: $r) { id removedFor } }';
const TRAIN = `mutation ($s: ID!, $d: String!, $h: String!, $p: Boolean!, $c: String) {
  recordAssessorTraining(staffId: $s, trainedOn: $d, hours: $h, passed: $p, course: $c) { id } }`;

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** Send one mutation of a dialog: on success notify, close and refresh; on refusal keep the dialog open with the translated error. */
function useDialogMutation(onClose: () => void) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [error, setError] = useState<string | null>(null);
  const send = async (query: string, variables: Record<string, unknown>, done: string) => {
    try {
      await requestGraphQL(query, variables);
      notify(done, { type: 'success' });
      onClose();
      refresh();
    } catch (e) {
      setError(translateError(e, translate));
    }
  };
  return { error, send };
}

/** Xinjiang art. 16 ¶2: remove a pool member for one of the five grounds, with a reason — for good. */
const RemoveDialog = ({ record, onClose }: { record: StaffRecord; onClose: () => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { error, send } = useDialogMutation(onClose);
  const [ground, setGround] = useState('');
  const [reason, setReason] = useState('');
  const issues = removalIssues({ ground, reason });
  const submit = () => send(REMOVE, { id: record.id, g: ground, r: reason.trim() }, 'app.pool.removed');
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('app.pool.remove_title', { name: record.name })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <Alert severity="warning">{translate('app.pool.remove_warning')}</Alert>
          <TextField
            select
            label={translate('app.pool.ground')}
            value={ground}
            onChange={(e) => setGround(e.target.value)}
            required
            slotProps={{ htmlInput: { 'data-testid': 'removal-ground' } }}
          >
            {ASSESSOR_REMOVAL_GROUND_IDS.map((g) => (
              <MenuItem key={g} value={g}>
                {locale.startsWith('zh') ? ASSESSOR_REMOVAL_GROUNDS[g].zh : ASSESSOR_REMOVAL_GROUNDS[g].en}（
                {ASSESSOR_REMOVAL_GROUNDS[g].citation}）
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={translate('app.pool.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            multiline
            minRows={2}
            required
            slotProps={{ htmlInput: { 'data-testid': 'removal-reason' } }}
          />
          {error ? <Alert severity="error">{error}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
        <MuiButton color="error" variant="contained" disabled={issues.length > 0} onClick={submit} data-testid="removal-confirm">
          {translate('app.pool.remove')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};

/** Xinjiang art. 15: record a training (date, hours, passed or not). */
const TrainingDialog = ({ record, onClose }: { record: StaffRecord; onClose: () => void }) => {
  const translate = useTranslate();
  const { error, send } = useDialogMutation(onClose);
  const [draft, setDraft] = useState({ trainedOn: today(), hours: '16', passed: true, course: '' });
  const issues = trainingIssues(draft, today());
  const submit = () =>
    send(TRAIN, { s: record.id, d: draft.trainedOn, h: draft.hours, p: draft.passed, c: draft.course || null }, 'app.pool.trained');
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('app.pool.train_title', { name: record.name })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField
            type="date"
            label={translate('resources.AssessorTraining.fields.trainedOn')}
            value={draft.trainedOn}
            onChange={(e) => setDraft({ ...draft, trainedOn: e.target.value })}
          />
          <TextField
            label={translate('resources.AssessorTraining.fields.hours')}
            value={draft.hours}
            onChange={(e) => setDraft({ ...draft, hours: e.target.value })}
          />
          <TextField
            select
            label={translate('resources.AssessorTraining.fields.passed')}
            value={draft.passed ? 'yes' : 'no'}
            onChange={(e) => setDraft({ ...draft, passed: e.target.value === 'yes' })}
          >
            <MenuItem value="yes">{translate('app.pool.passed_yes')}</MenuItem>
            <MenuItem value="no">{translate('app.pool.passed_no')}</MenuItem>
          </TextField>
          <TextField
            label={translate('resources.AssessorTraining.fields.course')}
            value={draft.course}
            onChange={(e) => setDraft({ ...draft, course: e.target.value })}
          />
          {issues.map((i) => (
            <Alert key={i.path} severity="info">
              {translate(`app.errors.issue.${i.code}`, { _: i.message })}
            </Alert>
          ))}
          {error ? <Alert severity="error">{error}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
        <MuiButton variant="contained" disabled={issues.length > 0} onClick={submit}>
          {translate('ra.action.save')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};

/** The pool actions of one assessor or expert; nothing for a removed member (removal is for good). */
export const PoolActions = () => {
  const record = useRecordContext<StaffRecord>();
  const [open, setOpen] = useState<'remove' | 'train' | 'relations' | null>(null);
  if (!record || record.removedFor || !(POOL_ROLES as readonly string[]).includes(record.role)) return null;
  return (
    <>
      <Button
        label="app.pool.train"
        onClick={(e) => {
          e.stopPropagation();
          setOpen('train');
        }}
      />
      <Button
        label="app.pool.relations"
        data-testid="pool-relations"
        onClick={(e) => {
          e.stopPropagation();
          setOpen('relations');
        }}
      />
      <Button
        label="app.pool.remove"
        color="error"
        data-testid="pool-remove"
        onClick={(e) => {
          e.stopPropagation();
          setOpen('remove');
        }}
      />
      {open === 'remove' ? <RemoveDialog record={record} onClose={() => setOpen(null)} /> : null}
      {open === 'train' ? <TrainingDialog record={record} onClose={() => setOpen(null)} /> : null}
      {open === 'relations' ? <RelationsDialog staff={record} onClose={() => setOpen(null)} /> : null}
    </>
  );
};
