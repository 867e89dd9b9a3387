import { Box, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField as MuiTextField } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  DateField,
  Labeled,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { canAccess } from '../auth/permissions';
import { TraceDrawer } from '../common/TraceDrawer';
import { useCitation } from '../common/useCitation';
import { translateError } from '../dataProvider/errors';
import { requestGraphQL } from '../dataProvider/request';
import { flagDecisionChoices, severityChoices } from './choices';

interface FlagRecord {
  id: string;
  rule: string;
  citation: string;
  message: string;
  evidence: Record<string, unknown>;
  decision: string | null;
  version: number;
}

const DECIDE = `mutation ($id: ID!, $v: Int!, $d: FlagDecision!, $a: String, $r: String!) {
  decideAuditFlag(id: $id, expectedVersion: $v, decision: $d, amount: $a, reason: $r) { id decision version } }`;

/** The rule, its article and the numbers it found, opened as the trace of the flag. */
const Evidence = () => {
  const record = useRecordContext<FlagRecord>();
  const translate = useTranslate();
  const cite = useCitation();
  if (!record) return null;
  const trace = [
    { rule: `settlement.smartAudit.${record.rule}`, citation: record.citation, inputs: record.evidence, output: record.message },
  ];
  return (
    <Box data-testid="flag-evidence">
      <Labeled label="app.declarations.rule">
        <span>
          {translate(`app.errors.issue.${record.rule}`, { _: record.rule })}（{cite(record.citation)}）
          <TraceDrawer trace={trace} title={record.message} />
        </span>
      </Labeled>
      <Labeled label="app.declarations.evidence">
        <Box component="code" sx={{ display: 'block', whiteSpace: 'pre-wrap' }}>
          {JSON.stringify(record.evidence, null, 1)}
        </Box>
      </Labeled>
    </Box>
  );
};

/** Pay, reduce or refuse, with a reason (Qinhuangdao art. 57); the server refuses the declaration's preparer (four-eyes). */
const DecideButton = () => {
  const record = useRecordContext<FlagRecord>();
  const { permissions } = usePermissions();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [decision, setDecision] = useState('pay');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!record || !canAccess(Array.isArray(permissions) ? permissions : [], 'AuditFlag', 'decide')) return null;
  const submit = async () => {
    try {
      await requestGraphQL(DECIDE, {
        id: record.id,
        v: record.version,
        d: decision,
        a: decision === 'reduce' ? amount : null,
        r: reason,
      });
      setOpen(false);
      notify('app.declarations.decided', { type: 'success' });
      refresh();
    } catch (e) {
      setError(translateError(e, translate));
    }
  };
  return (
    <>
      <Button label="app.declarations.decide" onClick={() => setOpen(true)} data-testid="decide-flag" />
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth>
        <DialogTitle>{translate('app.declarations.decide')}</DialogTitle>
        <DialogContent>
          <MuiTextField
            select
            fullWidth
            margin="dense"
            label={translate('app.declarations.decision')}
            value={decision}
            onChange={(e) => setDecision(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'decision' } }}
          >
            {flagDecisionChoices.map((c) => (
              <MenuItem key={c.id} value={c.id} data-testid={`decision-${c.id}`}>
                {translate(c.name)}
              </MenuItem>
            ))}
          </MuiTextField>
          {decision === 'reduce' ? (
            <MuiTextField
              fullWidth
              margin="dense"
              label={translate('app.declarations.amount')}
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
            />
          ) : null}
          <MuiTextField
            fullWidth
            multiline
            margin="dense"
            label={translate('app.declarations.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'decision-reason' } }}
          />
          {error ? (
            <Box color="error.main" data-testid="decision-error">
              {error}
            </Box>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label="ra.action.confirm" onClick={submit} data-testid="decision-submit" />
        </DialogActions>
      </Dialog>
    </>
  );
};

export const AuditFlagShow = () => (
  <Show
    actions={
      <TopToolbar>
        <DecideButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <TextField source="institutionName" />
      <TextField source="month" />
      <TextField source="recordKey" />
      <SelectField source="severity" choices={severityChoices} />
      <TextField source="message" />
      <Evidence />
      <SelectField source="decision" choices={flagDecisionChoices} emptyText="—" />
      <TextField source="decidedAmount" emptyText="—" />
      <TextField source="decisionReason" emptyText="—" />
      <DateField source="decidedAt" showTime emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
