import { STATEMENT_CITATION } from '@ltci/shared';
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
  TableHead,
  TableRow,
  TextField,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, usePermissions, useTranslate } from 'react-admin';
import { canAccess } from '../auth/permissions';
import { ImportButton } from '../common/ImportButton';
import { ExplainedFigure } from '../common/TraceDrawer';
import { type FundAccountRow, fundApi, type StatementRow } from './fundApi';

/** The trace of one statement's difference: the rule that compares it with the ledger (账实相符). */
const differenceTrace = (s: StatementRow, account: string) => [
  {
    rule: 'ledger.statementMatch',
    citation: STATEMENT_CITATION,
    inputs: { account, month: s.month, ledger: s.ledgerBalance, statement: s.closingBalance },
    output: { matches: s.difference === '0.00', difference: s.difference },
  },
];

/** 账账相符: whether each account's aggregates equal its posting lines and the region's debits its credits, explained. */
const LedgerAgreementLine = ({ regionId }: { regionId: string }) => {
  const translate = useTranslate();
  const { data } = useQuery({ queryKey: ['fund', 'ledgerAgreement', regionId], queryFn: () => fundApi.ledgerAgreement(regionId) });
  if (!data) return null;
  return (
    <Alert severity={data.agree ? 'success' : 'error'} sx={{ mb: 1 }} data-testid="ledger-agreement" data-agree={String(data.agree)}>
      <ExplainedFigure
        value={
          data.agree
            ? translate('app.fund.ops.ledger_agree', { debit: data.totalDebit })
            : translate('app.fund.ops.ledger_disagree', { codes: data.mismatchCodes.join('、') })
        }
        trace={data.trace}
      />
    </Alert>
  );
};

/** Record a bank statement's closing balance per account and month, and see each against the ledger. */
export const FundStatementsPanel = ({
  regionId,
  accounts,
  asOfMonth,
}: {
  regionId: string;
  accounts: FundAccountRow[];
  asOfMonth: string;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const client = useQueryClient();
  const [accountId, setAccountId] = useState(accounts[0]?.id ?? '');
  const [month, setMonth] = useState(asOfMonth);
  const [balance, setBalance] = useState('');
  const [note, setNote] = useState('');
  const { data, error } = useQuery({ queryKey: ['fund', 'statements', regionId], queryFn: () => fundApi.statements(regionId) });
  const record = useMutation({
    mutationFn: () => fundApi.recordStatement(accountId, month, balance.trim(), note.trim()),
    onSuccess: () => {
      notify('app.fund.recorded', { type: 'success' });
      setBalance('');
      void client.invalidateQueries({ queryKey: ['fund'] });
    },
    onError: (e: Error) => notify(e.message, { type: 'error' }),
  });
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  const { permissions } = usePermissions<string[]>();
  const mayReconcile = canAccess(Array.isArray(permissions) ? permissions : [], 'FundBankStatement', 'reconcile');
  const validBalance = /^-?\d{1,12}(\.\d{1,2})?$/.test(balance.trim());
  return (
    <Box data-testid="fund-statements">
      <LedgerAgreementLine regionId={regionId} />
      {mayReconcile ? (
        <Box sx={{ mb: 1 }}>
          <ImportButton
            kind="FundBankStatement"
            label="app.fund.ops.import_statements"
            title="app.fund.ops.import_statements_title"
            rule="app.fund.ops.import_statements_rule"
            testId="bank-statement-import"
            onClose={() => void client.invalidateQueries({ queryKey: ['fund'] })}
          />
        </Box>
      ) : null}
      <Stack
        direction="row"
        spacing={1}
        useFlexGap
        sx={{ flexWrap: 'wrap', mb: 2 }}
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          record.mutate();
        }}
      >
        <TextField
          select
          size="small"
          label={translate('app.fund.account')}
          value={accountId}
          onChange={(e) => setAccountId(e.target.value)}
          sx={{ minWidth: 240 }}
          slotProps={{ htmlInput: { 'data-testid': 'statement-account' } }}
        >
          {accounts.map((a) => (
            <MenuItem key={a.id} value={a.id}>
              {a.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          size="small"
          type="month"
          label={translate('app.fund.month')}
          value={month}
          onChange={(e) => setMonth(e.target.value)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'statement-month' } }}
        />
        <TextField
          size="small"
          label={translate('app.fund.closing_balance')}
          value={balance}
          onChange={(e) => setBalance(e.target.value)}
          error={balance !== '' && !validBalance}
          helperText={balance !== '' && !validBalance ? translate('app.errors.issue.INVALID_MONEY') : ' '}
          slotProps={{ htmlInput: { 'data-testid': 'statement-balance', inputMode: 'decimal' } }}
        />
        <TextField size="small" label={translate('app.fund.note')} value={note} onChange={(e) => setNote(e.target.value)} />
        <MuiButton
          type="submit"
          variant="contained"
          disabled={!accountId || !validBalance || record.isPending}
          data-testid="statement-save"
          sx={{ alignSelf: 'flex-start' }}
        >
          {translate('app.fund.record_statement')}
        </MuiButton>
      </Stack>
      {error ? <Alert severity="error">{(error as Error).message}</Alert> : null}
      {data && !data.length ? <Alert severity="info">{translate('app.fund.no_statements')}</Alert> : null}
      {data?.length ? (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.fund.month')}</TableCell>
              <TableCell>{translate('app.fund.account')}</TableCell>
              <TableCell align="right">{translate('app.fund.closing_balance')}</TableCell>
              <TableCell align="right">{translate('app.fund.ledger_balance')}</TableCell>
              <TableCell align="right">{translate('app.fund.difference')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((s) => {
              const name = names.get(s.accountId) ?? s.accountId;
              const ok = s.difference === '0.00';
              return (
                <TableRow key={s.id} data-testid="statement-row" data-matches={ok}>
                  <TableCell>{s.month}</TableCell>
                  <TableCell>{name}</TableCell>
                  <TableCell align="right">{s.closingBalance}</TableCell>
                  <TableCell align="right">
                    <ExplainedFigure value={s.ledgerBalance} trace={differenceTrace(s, name)} />
                  </TableCell>
                  <TableCell align="right">
                    <ExplainedFigure
                      value={
                        <Chip
                          size="small"
                          color={ok ? 'success' : 'error'}
                          label={ok ? translate('app.fund.matches') : `${translate('app.fund.mismatch')} ${s.difference}`}
                        />
                      }
                      trace={differenceTrace(s, name)}
                    />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      ) : null}
    </Box>
  );
};
