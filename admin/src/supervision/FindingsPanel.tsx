import { Box, Card, CardContent, Checkbox, FormControlLabel, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { RecordContextProvider, useTranslate } from 'react-admin';
import { AttachmentsPanel } from '../attachments';
import { requestGraphQL } from '../dataProvider/request';
import { consequenceKindChoices, findingCategoryChoices } from './choices';
import { FormDialog } from './FormDialog';

interface Finding {
  id: string;
  institutionId: string;
  institution: { name: string };
  category: string;
  description: string;
  foundOn: string;
  recordedByName: string;
}
interface Consequence {
  id: string;
  findingId: string;
  kind: string;
  amount: string | null;
  reason: string;
  reportedToDepartment: boolean;
  restrictedUntil: string | null;
}
interface Rect {
  id: string;
  findingId: string;
  dueOn: string;
  state: string;
}

const FINDINGS = `query ($id: ID!) { Inspection(id: $id) { id findings { id institutionId institution { name } category description foundOn recordedByName } } }`;
const RECORD = `mutation ($i: ID!, $n: ID!, $c: FindingCategory!, $d: String!, $on: String!) {
  recordInspectionFinding(inspectionId: $i, institutionId: $n, category: $c, description: $d, foundOn: $on) { id } }`;
const ORDER = 'mutation ($f: ID!, $d: String!, $r: String!) { orderRectification(findingId: $f, dueOn: $d, requirement: $r) { id } }';
const IMPOSE = `mutation ($f: ID!, $k: ConsequenceKind!, $r: String!, $a: String, $rec: [ID!], $u: String) {
  imposeConsequence(findingId: $f, kind: $k, reason: $r, amount: $a, records: $rec, restrictedUntil: $u) { id } }`;
const PAID = 'query ($i: ID!) { recoverablePayments(institutionId: $i) { id month paid recovered } }';
const AFTER = `query ($i: ID!) { allRectifications(filter: { institutionId: $i }, perPage: 100) { id findingId dueOn state }
  allSupervisionConsequences(filter: { institutionId: $i }, perPage: 100) { id findingId kind amount reason reportedToDepartment restrictedUntil } }`;

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

const OrderRectification = ({ finding }: { finding: Finding }) => {
  const translate = useTranslate();
  const [dueOn, setDueOn] = useState('');
  const [requirement, setRequirement] = useState('');
  return (
    <FormDialog
      label="app.supervision.order_rectification"
      testId="order-rectification"
      submit={() => requestGraphQL(ORDER, { f: finding.id, d: dueOn, r: requirement })}
    >
      <TextField
        type="date"
        label={translate('app.supervision.due_on')}
        value={dueOn}
        onChange={(e) => setDueOn(e.target.value)}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'rectification-due' } }}
      />
      <TextField
        label={translate('app.supervision.requirement')}
        value={requirement}
        onChange={(e) => setRequirement(e.target.value)}
        multiline
        minRows={2}
        slotProps={{ htmlInput: { 'data-testid': 'rectification-requirement' } }}
      />
    </FormDialog>
  );
};

const Impose = ({ finding }: { finding: Finding }) => {
  const translate = useTranslate();
  const [kind, setKind] = useState('recovery');
  const [reason, setReason] = useState('');
  const [amount, setAmount] = useState('');
  const [records, setRecords] = useState<string[]>([]);
  const [until, setUntil] = useState('');
  const paid = useQuery({
    queryKey: ['recoverablePayments', finding.institutionId],
    queryFn: () =>
      requestGraphQL<{ recoverablePayments: { id: string; month: string | null; paid: string; recovered: string }[] }>(PAID, {
        i: finding.institutionId,
      }),
  });
  const money = kind === 'recovery' || kind === 'withholding';
  // Qinhuangdao art. 71: a suspension (or withholding) runs until a named day
  const restricting = kind === 'suspension' || kind === 'withholding';
  return (
    <FormDialog
      label="app.supervision.impose"
      testId="impose"
      submit={() =>
        requestGraphQL(IMPOSE, {
          f: finding.id,
          k: kind,
          r: reason,
          a: money ? amount : null,
          rec: kind === 'recovery' ? records : null,
          u: restricting && until ? until : null,
        })
      }
    >
      <TextField
        select
        label={translate('app.supervision.impose')}
        value={kind}
        onChange={(e) => setKind(e.target.value)}
        slotProps={{ htmlInput: { 'data-testid': 'impose-kind' } }}
      >
        {consequenceKindChoices.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {translate(c.name)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={translate('app.supervision.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        multiline
        slotProps={{ htmlInput: { 'data-testid': 'impose-reason' } }}
      />
      {money ? (
        <TextField
          label={translate('app.supervision.amount')}
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'impose-amount' } }}
        />
      ) : null}
      {restricting ? (
        <TextField
          type="date"
          label={translate('app.supervision.restricted_until')}
          value={until}
          onChange={(e) => setUntil(e.target.value)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'impose-restricted-until' } }}
        />
      ) : null}
      {kind === 'recovery' ? (
        <Box data-testid="impose-records">
          <Typography variant="caption">{translate('app.supervision.records')}</Typography>
          {(paid.data?.recoverablePayments ?? []).map((p) => (
            <FormControlLabel
              key={p.id}
              control={
                <Checkbox
                  checked={records.includes(p.id)}
                  onChange={(e) => setRecords(e.target.checked ? [...records, p.id] : records.filter((r) => r !== p.id))}
                />
              }
              label={`${p.month ?? ''} · ${p.id.slice(0, 8)} · ${translate('app.supervision.paid', { paid: p.paid, recovered: p.recovered })}`}
            />
          ))}
        </Box>
      ) : null}
    </FormDialog>
  );
};

const RecordFinding = ({ inspectionId, targets }: { inspectionId: string; targets: { id: string; name: string }[] }) => {
  const translate = useTranslate();
  const [institution, setInstitution] = useState(targets[0]?.id ?? '');
  const [category, setCategory] = useState('service_quality');
  const [description, setDescription] = useState('');
  const [foundOn, setFoundOn] = useState(today());
  return (
    <FormDialog
      label="app.supervision.record_finding"
      testId="record-finding"
      submit={() => requestGraphQL(RECORD, { i: inspectionId, n: institution, c: category, d: description, on: foundOn })}
    >
      <TextField
        select
        label={translate('resources.Inspection.fields.institutionId')}
        value={institution}
        onChange={(e) => setInstitution(e.target.value)}
      >
        {targets.map((t) => (
          <MenuItem key={t.id} value={t.id}>
            {t.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField select label={translate('app.supervision.findings')} value={category} onChange={(e) => setCategory(e.target.value)}>
        {findingCategoryChoices.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {translate(c.name)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={translate('app.supervision.findings')}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        multiline
        minRows={3}
        slotProps={{ htmlInput: { 'data-testid': 'finding-description' } }}
      />
      <TextField type="date" value={foundOn} onChange={(e) => setFoundOn(e.target.value)} />
    </FormDialog>
  );
};

/** Qinhuangdao art. 67–68: the findings of the inspection, each with its evidence (photos) and its consequences. */
export const FindingsPanel = ({ inspection }: { inspection: { id: string; state: string; targets?: { id: string; name: string }[] } }) => {
  const translate = useTranslate();
  const { data } = useQuery({
    queryKey: ['inspectionFindings', inspection.id],
    queryFn: () => requestGraphQL<{ Inspection: { findings: Finding[] } }>(FINDINGS, { id: inspection.id }),
  });
  const findings = data?.Inspection.findings ?? [];
  const open = inspection.state === 'in_progress' || inspection.state === 'findings_recorded';
  return (
    <Stack spacing={2} data-testid="findings">
      <Typography variant="h6">{translate('app.supervision.findings')}</Typography>
      {open ? <RecordFinding inspectionId={inspection.id} targets={inspection.targets ?? []} /> : null}
      {findings.length ? null : <Typography color="text.secondary">{translate('app.supervision.no_findings')}</Typography>}
      {findings.map((f) => (
        <FindingCard key={f.id} finding={f} />
      ))}
    </Stack>
  );
};

const FindingCard = ({ finding }: { finding: Finding }) => {
  const translate = useTranslate();
  const { data } = useQuery({
    queryKey: ['findingAfter', finding.institutionId],
    queryFn: () =>
      requestGraphQL<{ allRectifications: Rect[]; allSupervisionConsequences: Consequence[] }>(AFTER, { i: finding.institutionId }),
  });
  const rects = (data?.allRectifications ?? []).filter((r) => r.findingId === finding.id);
  const cons = (data?.allSupervisionConsequences ?? []).filter((c) => c.findingId === finding.id);
  return (
    <Card variant="outlined" data-testid="finding">
      <CardContent>
        <Typography variant="subtitle1">
          {finding.institution.name} · {translate(`enums.FindingCategory.${finding.category}`)} · {finding.foundOn}
        </Typography>
        <Typography>{finding.description}</Typography>
        <Stack direction="row" spacing={1} sx={{ my: 1 }}>
          <OrderRectification finding={finding} />
          <Impose finding={finding} />
        </Stack>
        <Box data-testid="finding-consequences">
          {rects.map((r) => (
            <Typography key={r.id} variant="body2">
              {translate('app.supervision.order_rectification')} · {translate('app.supervision.due_on')} {r.dueOn} ·{' '}
              {translate(`workflow.rectification.states.${r.state}`)}
            </Typography>
          ))}
          {cons.map((c) => (
            <Typography key={c.id} variant="body2">
              {translate(`enums.ConsequenceKind.${c.kind}`)}
              {c.amount ? ` · ${c.amount}` : ''}
              {c.restrictedUntil ? ` · ${translate('app.supervision.restricted_until')} ${c.restrictedUntil}` : ''} · {c.reason}
            </Typography>
          ))}
        </Box>
        <RecordContextProvider value={{ id: finding.id }}>
          <AttachmentsPanel ownerType="InspectionFinding" defaultCategory="photo" />
        </RecordContextProvider>
      </CardContent>
    </Card>
  );
};
