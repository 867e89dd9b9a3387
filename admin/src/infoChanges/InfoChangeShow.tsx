import { Alert, Box, Button, Checkbox, FormControlLabel, TextField as MuiTextField, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import {
  BooleanField,
  Labeled,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router';
import { RecordCalendarWarning } from '../common/CalendarWarning';
import { ExplainedFigure } from '../common/TraceDrawer';
import { translateError } from '../dataProvider/errors';
import { requestGraphQL } from '../dataProvider/request';
import type { InfoChangeRecord } from './choices';

const APPLY = 'mutation ($id: ID!, $d: String!) { applyInstitutionInfoChange(id: $id, appliedOn: $d) { id } }';
const CONCLUDE = `mutation ($id: ID!, $q: Boolean!, $c: String!) {
  concludeInstitutionInfoChange(id: $id, qualifiesAfterChange: $q, conclusion: $c) { id } }`;

const Handling = () => {
  const record = useRecordContext<InfoChangeRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [date, setDate] = useState('');
  const [qualifies, setQualifies] = useState(true);
  const [conclusion, setConclusion] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!record) return null;
  const run = async (query: string, vars: Record<string, unknown>) => {
    setError(null);
    try {
      await requestGraphQL(query, { id: record.id, ...vars });
      notify('app.designations.saved', { type: 'success' });
      refresh();
    } catch (e) {
      setError(translateError(e, translate));
    }
  };
  return (
    <Box sx={{ my: 2 }} data-testid="info-change-handling">
      {record.dueOn ? (
        <Typography data-testid="info-change-due">
          {translate('resources.InfoChange.fields.dueOn')}：
          <ExplainedFigure value={record.dueOn} trace={record.trace ?? []} />（
          {record.late ? translate('app.infoChanges.late') : translate('app.infoChanges.on_time')}）
        </Typography>
      ) : null}
      {!record.appliedOn ? (
        <Stack direction="row" spacing={1} sx={{ my: 1 }}>
          <MuiTextField
            size="small"
            type="date"
            label={translate('app.infoChanges.applied_on')}
            value={date}
            onChange={(e) => setDate(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <Button variant="contained" onClick={() => run(APPLY, { d: date })} data-testid="apply-change">
            {translate('app.infoChanges.apply')}
          </Button>
        </Stack>
      ) : null}
      {record.appliedOn && !record.concludedOn ? (
        <Stack spacing={1} sx={{ my: 1, maxWidth: 560 }}>
          <FormControlLabel
            control={<Checkbox checked={qualifies} onChange={(e) => setQualifies(e.target.checked)} />}
            label={translate('app.infoChanges.qualifies')}
          />
          <MuiTextField
            size="small"
            multiline
            label={translate('app.infoChanges.conclusion')}
            value={conclusion}
            onChange={(e) => setConclusion(e.target.value)}
          />
          <Button variant="contained" onClick={() => run(CONCLUDE, { q: qualifies, c: conclusion })} data-testid="conclude-change">
            {translate('app.infoChanges.conclude')}
          </Button>
        </Stack>
      ) : null}
      {record.agreementId ? (
        <Alert severity="warning">
          {translate('app.infoChanges.termination_proposed')} <Link to={`/ServiceAgreement/${record.agreementId}/show`}>→</Link>
        </Alert>
      ) : null}
      {error ? <Alert severity="error">{error}</Alert> : null}
    </Box>
  );
};

const Changes = () => {
  const record = useRecordContext<InfoChangeRecord>();
  const translate = useTranslate();
  return (
    <Labeled source="changes">
      <span>{(record?.changes ?? []).map((c) => translate(`enums.InfoChangeKind.${c}`)).join('、')}</span>
    </Labeled>
  );
};

/** Xinjiang art. 21: the application within 30 working days, refused under investigation; a termination proposed when it no longer qualifies. */
export const InfoChangeShow = () => (
  <Show>
    <SimpleShowLayout>
      {/* the application is due 30 working days after the approval (Xinjiang art. 21) */}
      <RecordCalendarWarning<InfoChangeRecord> dates={(c) => [c.approvalDate, c.appliedOn]} />
      <ReferenceField source="institutionId" reference="Institution" />
      <TextField source="approvalDate" />
      <Changes />
      <TextField source="appliedOn" emptyText="—" />
      <BooleanField source="qualifiesAfter" emptyText="—" />
      <TextField source="conclusion" emptyText="—" />
      <Handling />
    </SimpleShowLayout>
  </Show>
);
