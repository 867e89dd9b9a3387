import { Divider, MenuItem, TextField as MuiTextField, Stack, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Button, Link, useCanAccess, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { type CarePlanRecord, type SanctionRecord, sanctionKindChoices } from '../carePlans/choices';
import { SanctionWorkflow } from '../carePlans/SanctionShow';
import { requestGraphQL } from '../dataProvider/request';
import type { ClaimantRecord } from './choices';

const STEP_FIELDS =
  'allowedActions { action label labelEn enabled blockedBy to needsReason needsInput } history { id action fromState toState actorName at reason input trace { rule citation inputs output } }';
const SANCTIONS = `query ($c: ID!) { allClaimantSanctions(filter: { claimantId: $c }, perPage: 50, sortField: startsOn, sortOrder: DESC) {
  id state version kind startsOn endsOn reason reinstatedOn ${STEP_FIELDS} } }`;
const PROPOSE = `mutation ($c: ID!, $k: SanctionKind!, $s: String!, $e: String!, $r: String!) {
  createClaimantSanction(claimantId: $c, kind: $k, startsOn: $s, endsOn: $e, reason: $r) { id } }`;
const PLANS = `query ($c: ID!) { allCarePlans(filter: { claimantId: $c }, perPage: 50, sortField: startDate, sortOrder: DESC) {
  id state version careMode startDate benefitsFrom endDate institution { id name } } }`;

/** The claimant's sanctions (Qinhuangdao art. 69, 71): each with its actions, and a proposal of a new one. */
export const SanctionsTab = () => {
  const record = useRecordContext<ClaimantRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const { canAccess } = useCanAccess({ resource: 'ClaimantSanction', action: 'create' });
  const [rows, setRows] = useState<SanctionRecord[]>([]);
  const [draft, setDraft] = useState({ kind: 'suspend', startsOn: '', endsOn: '', reason: '' });
  const load = useCallback(() => {
    if (record)
      requestGraphQL<{ allClaimantSanctions: SanctionRecord[] }>(SANCTIONS, { c: record.id }).then((d) => setRows(d.allClaimantSanctions));
  }, [record]);
  useEffect(load, [load]);
  if (!record) return null;
  const propose = async () => {
    try {
      await requestGraphQL(PROPOSE, { c: record.id, k: draft.kind, s: draft.startsOn, e: draft.endsOn, r: draft.reason });
      notify('app.claimants.saved', { type: 'success' });
      load();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <Stack spacing={2} data-testid="claimant-sanctions">
      <Typography variant="body2">{translate('app.sanctions.intro')}</Typography>
      {rows.map((s) => (
        <Stack key={s.id} spacing={1} sx={{ border: 1, borderColor: 'divider', p: 1 }}>
          <Typography variant="subtitle2">
            <Link to={`/ClaimantSanction/${s.id}/show`}>{translate(`enums.SanctionKind.${s.kind}`)}</Link> · {s.startsOn} – {s.endsOn} ·{' '}
            {translate(`workflow.claimantSanction.states.${s.state}`)}
          </Typography>
          <Typography variant="body2">{s.reason}</Typography>
          <SanctionWorkflow record={s} />
        </Stack>
      ))}
      {canAccess ? (
        <>
          <Divider />
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
            <MuiTextField
              select
              size="small"
              label={translate('resources.ClaimantSanction.fields.kind')}
              value={draft.kind}
              onChange={(e) => setDraft({ ...draft, kind: e.target.value })}
            >
              {sanctionKindChoices.map((c) => (
                <MenuItem key={c.id} value={c.id}>
                  {translate(c.name)}
                </MenuItem>
              ))}
            </MuiTextField>
            {(['startsOn', 'endsOn'] as const).map((k) => (
              <MuiTextField
                key={k}
                size="small"
                type="date"
                label={translate(`resources.ClaimantSanction.fields.${k}`)}
                value={draft[k]}
                onChange={(e) => setDraft({ ...draft, [k]: e.target.value })}
                slotProps={{ inputLabel: { shrink: true } }}
              />
            ))}
            <MuiTextField
              size="small"
              label={translate('resources.ClaimantSanction.fields.reason')}
              value={draft.reason}
              onChange={(e) => setDraft({ ...draft, reason: e.target.value })}
            />
            <Button label="app.sanctions.propose" onClick={propose} data-testid="sanction-propose" />
          </Stack>
        </>
      ) : null}
    </Stack>
  );
};

/** The claimant's care plans, each linking to its page, and the way to draft one (Qinhuangdao art. 30). */
export const CarePlansTab = () => {
  const record = useRecordContext<ClaimantRecord>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'CarePlan', action: 'create' });
  const [rows, setRows] = useState<(CarePlanRecord & { institution: { name: string } | null })[]>([]);
  useEffect(() => {
    if (record) requestGraphQL<{ allCarePlans: typeof rows }>(PLANS, { c: record.id }).then((d) => setRows(d.allCarePlans));
  }, [record]);
  if (!record) return null;
  return (
    <Stack spacing={1} data-testid="claimant-care-plans">
      {rows.map((p) => (
        <Typography key={p.id} variant="body2">
          <Link to={`/CarePlan/${p.id}/show`} data-testid="care-plan-link">
            {translate(`enums.CareMode.${p.careMode}`)} · {p.institution?.name ?? ''}
          </Link>{' '}
          · {translate(`workflow.carePlan.states.${p.state}`)} · {translate('app.carePlans.pays_from', { date: p.benefitsFrom ?? '—' })}
          {p.endDate ? ` · ${translate('app.carePlans.ended_on', { date: p.endDate })}` : ''}
        </Typography>
      ))}
      {canAccess ? (
        <Link to={`/CarePlan/create?claimantId=${record.id}`} data-testid="care-plan-create">
          {translate('app.carePlans.draft')}
        </Link>
      ) : null}
    </Stack>
  );
};
