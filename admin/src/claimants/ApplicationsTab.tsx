import {
  Alert,
  Box,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Button as MuiButton,
  TextField as MuiTextField,
  Stack,
  Typography,
} from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Button, Link, useCanAccess, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { requestGraphQL } from '../dataProvider/request';
import type { ClaimantRecord } from './choices';

interface ActionRow {
  action: string;
  enabled: boolean;
  blockedBy: string[];
  needsReason: boolean;
}
interface ApplicationRow {
  id: string;
  kind: string;
  state: string;
  version: number;
  appliedOn: string;
  missingMaterials: string[];
  allowedActions: ActionRow[];
  history: { action: string; actorName: string; at: string; reason: string | null }[];
}

const LIST = `query ($c: ID!) { allAssessmentApplications(filter: { claimantId: $c }, perPage: 50, sortOrder: DESC) {
  id kind state version appliedOn missingMaterials allowedActions { action enabled blockedBy needsReason } history { action actorName at reason } } }`;
const CREATE = `mutation ($c: ID!, $a: String!, $d: String!, $s: Boolean!, $m: [String!]) {
  createAssessmentApplication(claimantId: $c, appliedOn: $a, disabilitySince: $d, conditionStable: $s, missingMaterials: $m) { id } }`;
const STEP = `mutation ($id: ID!, $a: AssessmentApplicationAction!, $v: Int!, $r: String) {
  transitionAssessmentApplication(id: $id, action: $a, expectedVersion: $v, reason: $r) { id } }`;
const W = 'workflow.assessmentApplication';

/** The claimant's assessment applications: a new one at intake, and the steps the server allows now (Qinhuangdao art. 17–18). */
export const ApplicationsTab = () => {
  const record = useRecordContext<ClaimantRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const { canAccess } = useCanAccess({ resource: 'AssessmentApplication', action: 'create' });
  const [rows, setRows] = useState<ApplicationRow[]>([]);
  const [draft, setDraft] = useState({ appliedOn: '', disabilitySince: '', stable: true, missing: '' });
  const [step, setStep] = useState<{ row: ApplicationRow; action: ActionRow } | null>(null);
  const [reason, setReason] = useState('');
  const id = record?.id;
  const load = useCallback(async () => {
    if (!id) return;
    const data = await requestGraphQL<{ allAssessmentApplications: ApplicationRow[] }>(LIST, { c: id }).catch(() => null);
    if (data) setRows(data.allAssessmentApplications);
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);
  if (!record) return null;
  const send = async (query: string, variables: Record<string, unknown>) => {
    try {
      await requestGraphQL(query, variables);
      notify('app.claimants.saved', { type: 'success' });
      await load();
      return true;
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
      return false;
    }
  };
  const take = async (row: ApplicationRow, a: ActionRow, r: string | null) => {
    if (await send(STEP, { id: row.id, a: a.action, v: row.version, r })) setStep(null);
  };
  const f = (k: string) => translate(`app.claimants.application.${k}`);
  return (
    <Stack spacing={2} sx={{ maxWidth: 900 }} data-testid="applications">
      {rows.length === 0 ? <Typography color="text.secondary">{f('none')}</Typography> : null}
      {rows.map((row) => (
        <Box key={row.id} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }} data-testid="application">
          <Typography variant="subtitle2">
            {row.appliedOn} · {translate(`enums.AssessmentKind.${row.kind}`, { _: row.kind })} ·{' '}
            <span data-testid="application-state">{translate(`${W}.states.${row.state}`, { _: row.state })}</span> ·{' '}
            <Link to={`/AssessmentApplication/${row.id}/show`} data-testid="application-open">
              {translate('app.assessments.open')}
            </Link>
          </Typography>
          {row.missingMaterials.length ? (
            <Typography variant="caption">{`${f('missing')}：${row.missingMaterials.join('、')}`}</Typography>
          ) : null}
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 1 }}>
            {row.allowedActions
              .filter((a) => !a.blockedBy.includes('TRANSITION_NOT_ALLOWED') && !a.blockedBy.includes('ROLE_NOT_ALLOWED'))
              .map((a) => (
                <Box key={a.action} sx={{ maxWidth: 260 }}>
                  <MuiButton
                    size="small"
                    variant={a.enabled ? 'contained' : 'outlined'}
                    disabled={!a.enabled}
                    data-testid={`application-action-${a.action}`}
                    onClick={() => (a.needsReason ? setStep({ row, action: a }) : void take(row, a, null))}
                  >
                    {translate(`${W}.actions.${a.action}`, { _: a.action })}
                  </MuiButton>
                  {a.enabled ? null : (
                    <Typography variant="caption" color="text.secondary" component="div" data-testid={`application-blocked-${a.action}`}>
                      {a.blockedBy.map((code) => translate(`${W}.issues.${code}`, { _: code })).join('；')}
                    </Typography>
                  )}
                </Box>
              ))}
          </Stack>
          {row.history.map((h) => (
            <Typography key={`${h.at}-${h.action}`} variant="caption" component="div" color="text.secondary">
              {new Date(h.at).toLocaleString()} · {h.actorName} · {translate(`${W}.actions.${h.action}`, { _: h.action })}
              {h.reason ? `：${h.reason}` : ''}
            </Typography>
          ))}
        </Box>
      ))}
      {canAccess ? (
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <MuiTextField
            size="small"
            type="date"
            label={f('appliedOn')}
            value={draft.appliedOn}
            onChange={(e) => setDraft({ ...draft, appliedOn: e.target.value })}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'application-appliedOn' } }}
          />
          <MuiTextField
            size="small"
            type="date"
            label={f('disabilitySince')}
            value={draft.disabilitySince}
            onChange={(e) => setDraft({ ...draft, disabilitySince: e.target.value })}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'application-disabilitySince' } }}
          />
          <MuiTextField
            size="small"
            label={f('missing')}
            value={draft.missing}
            onChange={(e) => setDraft({ ...draft, missing: e.target.value })}
          />
          <FormControlLabel
            control={<Checkbox checked={draft.stable} onChange={(e) => setDraft({ ...draft, stable: e.target.checked })} />}
            label={f('stable')}
          />
          <Button
            label="app.claimants.application.new"
            variant="outlined"
            data-testid="application-create"
            onClick={() =>
              void send(CREATE, {
                c: record.id,
                a: draft.appliedOn,
                d: draft.disabilitySince,
                s: draft.stable,
                m: draft.missing
                  .split(/[、,，]/)
                  .map((m) => m.trim())
                  .filter(Boolean),
              })
            }
          />
        </Stack>
      ) : null}
      <Dialog open={!!step} onClose={() => setStep(null)} fullWidth maxWidth="sm">
        <DialogTitle>{step ? translate(`${W}.actions.${step.action.action}`) : ''}</DialogTitle>
        <DialogContent>
          <Alert severity="info" sx={{ mb: 2 }}>
            {f('reason_hint')}
          </Alert>
          <MuiTextField autoFocus fullWidth label={f('reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setStep(null)} />
          <Button label="ra.action.confirm" disabled={!reason.trim()} onClick={() => step && void take(step.row, step.action, reason)} />
        </DialogActions>
      </Dialog>
    </Stack>
  );
};
