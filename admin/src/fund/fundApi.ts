import type { TraceStepLike } from '../common/TraceDrawer';
import { requestGraphQL } from '../dataProvider/request';

export interface SeriesPoint {
  month: string;
  income: string;
  expenditure: string;
  balance: string;
  averageMonthlyPayment: string;
  warningLine: string | null;
  monthsOfCapacity: string | null;
  belowLine: boolean;
}

export interface FundAccountRow {
  id: string;
  kind: string;
  name: string;
  countyId: string | null;
  balance: string;
}

export interface Dashboard {
  regionId: string;
  launchMonth: string | null;
  asOfMonth: string;
  thresholdMonths: number | null;
  citation: string;
  packVersion: string | null;
  balance: string;
  monthsOfCapacity: string | null;
  warningLine: string | null;
  averageMonthlyPayment: string;
  yearToDateIncome: string;
  yearToDateExpenditure: string;
  missingParameters: string[];
  series: SeriesPoint[];
  trace: TraceStepLike[];
  accounts: FundAccountRow[];
  postedMonth: string;
  thisMonth: { kind: string; postingClass: string; amount: string }[];
}

export interface WarningRow {
  id: string;
  regionId: string;
  code: string;
  subject: string;
  state: 'open' | 'acknowledged' | 'resolved';
  citation: string;
  message: string;
  figures: Record<string, unknown>;
  note: string | null;
  acknowledgedBy: string | null;
  raisedAt: string;
  trace: TraceStepLike[];
}

export interface StatementRow {
  id: string;
  accountId: string;
  month: string;
  closingBalance: string;
  ledgerBalance: string;
  difference: string;
  note: string | null;
  recordedByName: string;
}

export interface PostingRow {
  id: string;
  number: string;
  kind: string;
  date: string;
  amount: string;
  memo: string | null;
  postedByName: string;
  reversalOf: string | null;
  reversedBy: string | null;
  lines: { accountId: string; side: 'debit' | 'credit'; amount: string }[];
}

export interface ReversalRow {
  id: string;
  postingId: string;
  state: string;
  version: number;
  reason: string;
  reversingPostingId: string | null;
  history: { id: string; action: string; fromState: string; toState: string; actorName: string; at: string; reason: string | null }[];
  allowedActions: { action: string; enabled: boolean; blockedBy: string[]; to: string | null; needsReason: boolean }[];
}

export interface IncomeStatement {
  regionName: string;
  period: string;
  citation: string;
  accounts: { id: string; name: string; kind: string }[];
  lines: {
    section: string;
    kind: string | null;
    labelZh: string;
    labelEn: string;
    amounts: string[];
    total: string;
    yearToDate: string[];
    yearTotal: string;
  }[];
}

const POSTING = 'id number kind date amount memo postedByName reversalOf reversedBy lines { accountId side amount }';
const REVERSAL = `id postingId state version reason reversingPostingId history { id action fromState toState actorName at reason }
  allowedActions { action enabled blockedBy to needsReason }`;

const TRACE = 'trace { rule citation inputs output interpretation note }';
const WARNING = `id regionId code subject state citation message figures note acknowledgedBy raisedAt ${TRACE}`;

export const fundApi = {
  dashboard: async (regionId: string) =>
    (
      await requestGraphQL<{ fundDashboard: Dashboard }>(
        `query ($r: ID!) { fundDashboard(regionId: $r) { regionId launchMonth asOfMonth thresholdMonths citation packVersion balance
          monthsOfCapacity warningLine averageMonthlyPayment yearToDateIncome yearToDateExpenditure missingParameters
          series { month income expenditure balance averageMonthlyPayment warningLine monthsOfCapacity belowLine }
          ${TRACE} accounts { id kind name countyId balance } postedMonth thisMonth { kind postingClass amount } } }`,
        { r: regionId },
      )
    ).fundDashboard,
  warnings: async (regionId: string, state: string | null) =>
    (
      await requestGraphQL<{ allFundWarnings: WarningRow[] }>(
        `query ($f: FundWarningFilter) { allFundWarnings(perPage: 50, sortField: raisedAt, sortOrder: DESC, filter: $f) { ${WARNING} } }`,
        { f: { regionId, ...(state ? { state } : {}) } },
      )
    ).allFundWarnings,
  warning: async (id: string) =>
    (await requestGraphQL<{ FundWarning: WarningRow }>(`query ($id: ID!) { FundWarning(id: $id) { ${WARNING} } }`, { id })).FundWarning,
  acknowledge: async (id: string, note: string) =>
    (
      await requestGraphQL<{ acknowledgeFundWarning: { id: string } }>(
        'mutation ($id: ID!, $n: String!) { acknowledgeFundWarning(id: $id, note: $n) { id state } }',
        { id, n: note },
      )
    ).acknowledgeFundWarning,
  statements: async (regionId: string) =>
    (
      await requestGraphQL<{ allFundBankStatements: StatementRow[] }>(
        `query ($f: FundBankStatementFilter) { allFundBankStatements(perPage: 24, sortField: month, sortOrder: DESC, filter: $f) {
          id accountId month closingBalance ledgerBalance difference note recordedByName } }`,
        { f: { regionId } },
      )
    ).allFundBankStatements,
  recordStatement: async (accountId: string, month: string, closingBalance: string, note: string) =>
    (
      await requestGraphQL<{ recordFundBankStatement: StatementRow }>(
        `mutation ($a: ID!, $m: String!, $b: String!, $n: String) { recordFundBankStatement(accountId: $a, month: $m, closingBalance: $b, note: $n) {
          id accountId month closingBalance ledgerBalance difference note recordedByName } }`,
        { a: accountId, m: month, b: closingBalance, n: note || null },
      )
    ).recordFundBankStatement,
  postTransfer: async (v: {
    regionId: string;
    kind: string;
    date: string;
    memo: string | null;
    from: string;
    to: string;
    amount: string;
  }) =>
    (
      await requestGraphQL<{ postFund: { id: string; number: string } }>(
        `mutation ($r: ID!, $k: FundPostingKind!, $d: String!, $m: String, $l: [FundPostingLineInput!]!) {
          postFund(regionId: $r, kind: $k, date: $d, memo: $m, lines: $l) { id number } }`,
        {
          r: v.regionId,
          k: v.kind,
          d: v.date,
          m: v.memo,
          l: [
            { accountId: v.to, side: 'debit', amount: v.amount },
            { accountId: v.from, side: 'credit', amount: v.amount },
          ],
        },
      )
    ).postFund,
  postings: async (regionId: string) =>
    (
      await requestGraphQL<{ allFundPostings: PostingRow[] }>(
        `query ($f: FundPostingFilter) { allFundPostings(perPage: 25, sortField: number, sortOrder: DESC, filter: $f) { ${POSTING} } }`,
        { f: { regionId } },
      )
    ).allFundPostings,
  reversals: async (regionId: string) =>
    (
      await requestGraphQL<{ allFundReversals: ReversalRow[] }>(
        `query ($f: FundReversalFilter) { allFundReversals(perPage: 25, sortField: createdAt, sortOrder: DESC, filter: $f) { ${REVERSAL} } }`,
        { f: { regionId } },
      )
    ).allFundReversals,
  proposeReversal: async (postingId: string, reason: string) =>
    (
      await requestGraphQL<{ proposeFundReversal: { id: string } }>(
        'mutation ($p: ID!, $r: String!) { proposeFundReversal(postingId: $p, reason: $r) { id state } }',
        { p: postingId, r: reason },
      )
    ).proposeFundReversal,
  incomeStatement: async (regionId: string, period: string) =>
    (
      await requestGraphQL<{ fundIncomeStatement: IncomeStatement }>(
        `query ($r: ID!, $p: String!) { fundIncomeStatement(regionId: $r, period: $p) { regionName period citation
          accounts { id name kind } lines { section kind labelZh labelEn amounts total yearToDate yearTotal } } }`,
        { r: regionId, p: period },
      )
    ).fundIncomeStatement,
  ledgerAgreement: async (regionId: string) =>
    (
      await requestGraphQL<{
        fundLedgerAgreement: { agree: boolean; totalDebit: string; totalCredit: string; mismatchCodes: string[]; trace: TraceStepLike[] };
      }>(`query ($r: ID!) { fundLedgerAgreement(regionId: $r) { agree totalDebit totalCredit mismatchCodes ${TRACE} } }`, { r: regionId })
    ).fundLedgerAgreement,
};
