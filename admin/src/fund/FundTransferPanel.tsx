import { MANUAL_TRANSFER_KINDS, POSTING_KIND_RULES, previewTransfer, type TransferAccount, type TransferPostingKind } from '@ltci/shared';
import {
  Alert,
  Box,
  Chip,
  MenuItem,
  Button as MuiButton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useGetIdentity, useNotify, useTranslate } from 'react-admin';
import { useCitation } from '../common/useCitation';
import { translateIssue } from '../dataProvider/errors';
import type { FundAccountRow } from './fundApi';
import { fundApi } from './fundApi';

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * The four manual transfers between the fund's own accounts (Qinhuangdao art. 50 ¶2–3, 52): special
 * → city, city → county monthly, a county's sweep-back at year end, interest back to the special
 * account quarterly. The form previews both balances through the ledger's own decision
 * (`previewTransfer` → `decidePosting`), shows each refusal by its code, and posts through `postFund`,
 * where the server decides the same posting again.
 */
export const FundTransferPanel = ({ regionId, accounts }: { regionId: string; accounts: FundAccountRow[] }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const cite = useCitation();
  const client = useQueryClient();
  const { data: identity } = useGetIdentity();
  const actor = { id: String(identity?.id ?? ''), roles: ((identity as { roles?: string[] } | undefined)?.roles ?? []) as string[] };
  const [kind, setKind] = useState<TransferPostingKind>('allocation');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [amount, setAmount] = useState('');
  const [date, setDate] = useState(today());
  const [memo, setMemo] = useState('');
  const [refusal, setRefusal] = useState<{ message: string; code: string } | null>(null);
  const ledgerAccounts: TransferAccount[] = accounts.map((a) => ({
    id: a.id,
    regionId,
    kind: a.kind as TransferAccount['kind'],
    name: a.name,
    balance: a.balance,
  }));
  const input = { regionId, kind, fromAccountId: from, toAccountId: to, amount: amount.trim(), date, memo: memo.trim() || null };
  const preview = previewTransfer(input, ledgerAccounts, actor);
  // a single choice is chosen for the user (special → city: one account on each side)
  const fromId = from || (preview.fromChoices.length === 1 ? preview.fromChoices[0].id : '');
  const toId = to || (preview.toChoices.length === 1 ? preview.toChoices[0].id : '');
  const shown =
    fromId === from && toId === to
      ? preview
      : previewTransfer({ ...input, fromAccountId: fromId, toAccountId: toId }, ledgerAccounts, actor);
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  const post = useMutation({
    mutationFn: () => fundApi.postTransfer({ regionId, kind, date, memo: input.memo, from: fromId, to: toId, amount: input.amount }),
    onSuccess: (p) => {
      notify(translate('app.fund.ops.posted', { n: p.number }), { type: 'success' });
      setAmount('');
      setMemo('');
      setRefusal(null);
      void client.invalidateQueries({ queryKey: ['fund'] });
    },
    onError: (e: Error & { body?: { reason?: string; code?: string } }) =>
      setRefusal({ message: e.message, code: e.body?.reason ?? e.body?.code ?? '' }),
  });
  const rule = POSTING_KIND_RULES[kind];
  const pick = (k: TransferPostingKind) => {
    setKind(k);
    setFrom('');
    setTo('');
    setRefusal(null);
  };
  const touched = amount.trim() !== '';
  const issues = touched ? shown.issues : shown.issues.filter((i) => !i.path.endsWith('amount'));
  const sweepable = kind === 'countySweep' && fromId ? accounts.find((a) => a.id === fromId)?.balance : null;
  return (
    <Box data-testid="fund-transfer">
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <TextField
          select
          size="small"
          label={translate('app.fund.ops.transfer_kind')}
          value={kind}
          onChange={(e) => pick(e.target.value as TransferPostingKind)}
          sx={{ minWidth: 260 }}
          slotProps={{ htmlInput: { 'data-testid': 'transfer-kind' } }}
        >
          {MANUAL_TRANSFER_KINDS.map((k) => (
            <MenuItem key={k} value={k} data-testid={`transfer-kind-${k}`}>
              {translate(`enums.FundPostingKind.${k}`, { _: k })}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={translate('app.fund.ops.from')}
          value={fromId}
          onChange={(e) => setFrom(e.target.value)}
          sx={{ minWidth: 260 }}
          slotProps={{ htmlInput: { 'data-testid': 'transfer-from' } }}
        >
          {shown.fromChoices.map((a) => (
            <MenuItem key={a.id} value={a.id}>
              {a.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={translate('app.fund.ops.to')}
          value={toId}
          onChange={(e) => setTo(e.target.value)}
          sx={{ minWidth: 260 }}
          slotProps={{ htmlInput: { 'data-testid': 'transfer-to' } }}
        >
          {shown.toChoices.map((a) => (
            <MenuItem key={a.id} value={a.id}>
              {a.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          size="small"
          label={translate('app.fund.ops.amount')}
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'transfer-amount', inputMode: 'decimal' } }}
        />
        {sweepable ? (
          <MuiButton size="small" onClick={() => setAmount(sweepable)} data-testid="transfer-sweep-all">
            {translate('app.fund.ops.sweep_all', { amount: sweepable })}
          </MuiButton>
        ) : null}
        <TextField
          size="small"
          type="date"
          label={translate('app.fund.ops.date')}
          value={date}
          onChange={(e) => setDate(e.target.value)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'transfer-date' } }}
        />
        <TextField
          size="small"
          label={translate('app.fund.ops.memo')}
          value={memo}
          onChange={(e) => setMemo(e.target.value)}
          sx={{ minWidth: 260 }}
        />
      </Stack>
      <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 1 }}>
        {translate('app.fund.ops.rule', { citation: cite(rule.citation) })}
      </Typography>
      <Table size="small" sx={{ maxWidth: 640, my: 1 }} data-testid="transfer-preview">
        <TableBody>
          {(
            [
              ['from', shown.from],
              ['to', shown.to],
            ] as const
          ).map(([side, p]) =>
            p ? (
              <TableRow key={side} data-testid={`preview-${side}`}>
                <TableCell>{translate(`app.fund.ops.${side}`)}</TableCell>
                <TableCell>{names.get(p.id)}</TableCell>
                <TableCell align="right">{p.before}</TableCell>
                <TableCell>→</TableCell>
                <TableCell
                  align="right"
                  data-testid={`preview-${side}-after`}
                  sx={{ color: p.after.startsWith('-') ? 'error.main' : undefined }}
                >
                  {p.after}
                </TableCell>
              </TableRow>
            ) : null,
          )}
        </TableBody>
      </Table>
      {shown.overdrawn ? (
        <Alert severity="warning" sx={{ mb: 1 }} data-testid="transfer-overdrawn">
          {translate('app.fund.ops.overdrawn')}
        </Alert>
      ) : null}
      {issues.length ? (
        <Stack spacing={0.5} sx={{ mb: 1 }} data-testid="transfer-issues">
          {issues.map((i) => (
            <Alert key={i.code} severity="error" data-code={i.code}>
              <Chip size="small" label={i.code} sx={{ mr: 1 }} />
              {translateIssue(i, translate) ?? i.message}
            </Alert>
          ))}
        </Stack>
      ) : null}
      {refusal ? (
        <Alert severity="error" sx={{ mb: 1 }} data-testid="transfer-refused" data-code={refusal.code}>
          {refusal.code ? <Chip size="small" label={refusal.code} sx={{ mr: 1 }} /> : null}
          {refusal.message}
        </Alert>
      ) : null}
      <MuiButton
        variant="contained"
        disabled={!touched || !fromId || !toId || shown.issues.length > 0 || post.isPending}
        onClick={() => post.mutate()}
        data-testid="transfer-post"
      >
        {translate('app.fund.ops.post')}
      </MuiButton>
    </Box>
  );
};
