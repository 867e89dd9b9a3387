import { FUND_REVERSAL_WORKFLOW, REVERSAL_CITATION } from '@ltci/shared';
import {
  Alert,
  Box,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Divider,
  Button as MuiButton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { usePermissions, useTranslate } from 'react-admin';
import { canAccess } from '../auth/permissions';
import { useCitation } from '../common/useCitation';
import { WorkflowActions, type WorkflowMutation, type WorkflowRecord, WorkflowTimeline } from '../workflow';
import { type FundAccountRow, fundApi, type PostingRow, type ReversalRow } from './fundApi';

const MUTATION: WorkflowMutation = { name: 'transitionFundReversal', actionType: 'FundReversalAction' };

/** Propose the reversal of one posting, with its reason (the server refuses a reversal of a reversal, a second proposal, an empty reason). */
const ProposeDialog = ({ posting, onClose }: { posting: PostingRow; onClose(): void }) => {
  const translate = useTranslate();
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<{ message: string; code: string } | null>(null);
  const propose = useMutation({
    mutationFn: () => fundApi.proposeReversal(posting.id, reason),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['fund'] });
      onClose();
    },
    onError: (e: Error & { body?: { reason?: string; code?: string; issues?: { code: string }[] } }) =>
      setRefusal({ message: e.message, code: e.body?.reason ?? e.body?.issues?.[0]?.code ?? e.body?.code ?? '' }),
  });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('app.fund.ops.propose_title', { n: posting.number })}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 1 }}>
          {translate(`enums.FundPostingKind.${posting.kind}`, { _: posting.kind })} · {posting.date} · {posting.amount}
        </Typography>
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={2}
          label={translate('app.fund.ops.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'reversal-reason' } }}
        />
        {refusal ? (
          <Alert severity="error" sx={{ mt: 1 }} data-testid="reversal-refused" data-code={refusal.code}>
            {refusal.code ? <Chip size="small" label={refusal.code} sx={{ mr: 1 }} /> : null}
            {refusal.message}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
        <MuiButton variant="contained" onClick={() => propose.mutate()} disabled={propose.isPending} data-testid="reversal-propose-confirm">
          {translate('app.fund.ops.propose')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};

/**
 * Postings are immutable (Qinhuangdao art. 49): a fund manager proposes the reversal of a posting
 * with a reason, and a second fund manager approves or rejects it on the kit's workflow panel
 * (fundReversal: four-eyes, the proposer's own approval is blocked by the server's `allowedActions`).
 */
export const FundReversalsPanel = ({ regionId, accounts }: { regionId: string; accounts: FundAccountRow[] }) => {
  const translate = useTranslate();
  const cite = useCitation();
  const { permissions } = usePermissions<string[]>();
  const mayPropose = canAccess(Array.isArray(permissions) ? permissions : [], 'FundReversal', 'reverse');
  const [proposing, setProposing] = useState<PostingRow | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const postings = useQuery({ queryKey: ['fund', 'postings', regionId], queryFn: () => fundApi.postings(regionId) });
  const reversals = useQuery({ queryKey: ['fund', 'reversals', regionId], queryFn: () => fundApi.reversals(regionId) });
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  const numbers = new Map((postings.data ?? []).map((p) => [p.id, p.number]));
  const pending = new Set((reversals.data ?? []).filter((r) => r.state === 'proposed').map((r) => r.postingId));
  const selected = (reversals.data ?? []).find((r) => r.id === open);
  const side = (p: PostingRow, s: 'debit' | 'credit') =>
    p.lines
      .filter((l) => l.side === s)
      .map((l) => names.get(l.accountId) ?? translate('app.fund.ops.counterparty'))
      .join('、');
  return (
    <Box data-testid="fund-reversals">
      <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 1 }}>
        {translate('app.fund.ops.reversal_rule', { citation: cite(REVERSAL_CITATION) })}
      </Typography>
      <Typography variant="subtitle2">{translate('app.fund.ops.reversals')}</Typography>
      {reversals.error ? <Alert severity="error">{(reversals.error as Error).message}</Alert> : null}
      {reversals.data?.length ? (
        <Table size="small" sx={{ mb: 2 }} data-testid="reversal-list">
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.fund.ops.col_number')}</TableCell>
              <TableCell>{translate('app.fund.ops.reason')}</TableCell>
              <TableCell>{translate('app.fund.ops.col_state')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {reversals.data.map((r) => (
              <TableRow key={r.id} data-testid="reversal-row" data-state={r.state} selected={r.id === open}>
                <TableCell>#{numbers.get(r.postingId) ?? '—'}</TableCell>
                <TableCell>{r.reason}</TableCell>
                <TableCell>{translate(`workflow.fundReversal.states.${r.state}`, { _: r.state })}</TableCell>
                <TableCell>
                  <MuiButton size="small" onClick={() => setOpen(r.id === open ? null : r.id)} data-testid="reversal-open">
                    {translate('app.fund.ops.open')}
                  </MuiButton>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {translate('app.fund.ops.no_reversals')}
        </Typography>
      )}
      {selected ? (
        <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, mb: 2 }} data-testid="reversal-workflow">
          <WorkflowActions<ReversalRow & WorkflowRecord>
            table={FUND_REVERSAL_WORKFLOW}
            mutation={MUTATION}
            record={selected as ReversalRow & WorkflowRecord}
            title={() => translate('app.fund.ops.propose_title', { n: numbers.get(selected.postingId) ?? '' })}
            testId="reversal-actions"
          />
          <Divider sx={{ my: 2 }} />
          <WorkflowTimeline table={FUND_REVERSAL_WORKFLOW} record={selected as ReversalRow & WorkflowRecord} testId="reversal-timeline" />
        </Box>
      ) : null}
      <Typography variant="subtitle2">{translate('app.fund.ops.postings')}</Typography>
      {postings.error ? <Alert severity="error">{(postings.error as Error).message}</Alert> : null}
      <Table size="small" data-testid="posting-list">
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.fund.ops.col_number')}</TableCell>
            <TableCell>{translate('app.fund.ops.date')}</TableCell>
            <TableCell>{translate('app.fund.ops.transfer_kind')}</TableCell>
            <TableCell>{translate('app.fund.ops.to')}</TableCell>
            <TableCell>{translate('app.fund.ops.from')}</TableCell>
            <TableCell align="right">{translate('app.fund.ops.amount')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {(postings.data ?? []).map((p) => (
            <TableRow key={p.id} data-testid="posting-row" data-number={p.number}>
              <TableCell>#{p.number}</TableCell>
              <TableCell>{p.date}</TableCell>
              <TableCell>
                {translate(`enums.FundPostingKind.${p.kind}`, { _: p.kind })}
                {p.reversalOf ? <Chip size="small" sx={{ ml: 1 }} label={translate('app.fund.ops.is_reversal')} /> : null}
                {p.reversedBy ? <Chip size="small" sx={{ ml: 1 }} color="warning" label={translate('app.fund.ops.reversed')} /> : null}
              </TableCell>
              <TableCell>{side(p, 'debit')}</TableCell>
              <TableCell>{side(p, 'credit')}</TableCell>
              <TableCell align="right">{p.amount}</TableCell>
              <TableCell>
                {mayPropose && !p.reversedBy && !pending.has(p.id) ? (
                  <MuiButton size="small" onClick={() => setProposing(p)} data-testid="reversal-propose">
                    {translate('app.fund.ops.propose')}
                  </MuiButton>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {proposing ? <ProposeDialog posting={proposing} onClose={() => setProposing(null)} /> : null}
    </Box>
  );
};
