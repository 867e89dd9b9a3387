import { Alert, Box, Chip, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { ExplainedFigure, TraceSteps } from '../common/TraceDrawer';
import { requestGraphQL } from '../dataProvider/request';
import type { ClaimantRecord, EligibilityView } from './choices';

const COLOURS: Record<string, 'success' | 'warning' | 'error' | 'default' | 'info'> = {
  active: 'success',
  waiting: 'info',
  suspended: 'warning',
  ended: 'error',
  notInsured: 'default',
  undetermined: 'default',
};

const QUERY = `query ($id: ID!, $asOf: String) { Claimant(id: $id) { id eligibility(asOf: $asOf) {
  status asOf waitingEnd suspendedBecause since validUntil issues { path code message } trace { rule citation inputs output interpretation note } } } }`;

/** The status as a chip that opens its trace, with what it means in words. */
export const EligibilityChip = ({ view }: { view: EligibilityView }) => {
  const translate = useTranslate();
  const title = translate(`enums.EligibilityStatus.${view.status}`, { _: view.status });
  return (
    <ExplainedFigure
      value={<Chip size="small" color={COLOURS[view.status] ?? 'default'} label={title} data-testid="eligibility-status" />}
      trace={view.trace}
      title={title}
    />
  );
};

const Summary = ({ view }: { view: EligibilityView }) => {
  const translate = useTranslate();
  const reasons = view.suspendedBecause.map((r) => translate(`enums.SuspensionReason.${r}`, { _: r })).join('、');
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <EligibilityChip view={view} />
        {view.since ? <Typography variant="body2">{translate('app.claimants.since', { date: view.since })}</Typography> : null}
      </Stack>
      {view.waitingEnd && view.status === 'waiting' ? (
        <Typography variant="body2" data-testid="waiting-end">
          {translate('app.claimants.waiting_until', { date: view.waitingEnd })}
        </Typography>
      ) : null}
      {reasons ? <Typography variant="body2">{translate('app.claimants.suspended_because', { reasons })}</Typography> : null}
      {view.validUntil ? (
        <Typography variant="caption">{translate('app.claimants.valid_until', { date: view.validUntil })}</Typography>
      ) : null}
      {view.issues.map((i) => (
        <Alert key={`${i.path}-${i.code}`} severity="warning">
          {translate(`app.errors.issue.${i.code}`, { _: i.message })} · {i.message}
        </Alert>
      ))}
    </Stack>
  );
};

/** Today's status (stored with its trace) and, for any other day, the status computed then. */
export const EligibilityPanel = () => {
  const record = useRecordContext<ClaimantRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const [asOf, setAsOf] = useState('');
  const [other, setOther] = useState<EligibilityView | null>(null);
  if (!record?.eligibility) return null;
  const compute = async () => {
    try {
      const data = await requestGraphQL<{ Claimant: { eligibility: EligibilityView } }>(QUERY, { id: record.id, asOf });
      setOther(data.Claimant.eligibility);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Stack spacing={2} sx={{ maxWidth: 760 }} data-testid="eligibility-panel">
      <Summary view={record.eligibility} />
      <Box>
        <Typography variant="subtitle2">{translate('app.trace.title')}</Typography>
        <TraceSteps trace={record.eligibility.trace} />
      </Box>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <TextField
          type="date"
          size="small"
          label={translate('app.claimants.as_of')}
          value={asOf}
          onChange={(e) => setAsOf(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <Button label="app.claimants.compute" onClick={() => void compute()} disabled={!asOf} />
      </Stack>
      {other ? <Summary view={other} /> : null}
    </Stack>
  );
};
