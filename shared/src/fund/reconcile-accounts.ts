import { type IsoDate, isIsoDate } from '../core/dates.js';
import { D, type Dec, isMoney, type Money, money } from '../core/money.js';
import { fail, Issues, ok, type PolicyResult } from '../core/result.js';
import { Tracer } from '../core/trace.js';
import { requireRecord, requireRecordList, requireText } from '../core/validate.js';
import { ACCOUNT_LEVELS, type AccountLevel, type FundParams, TRANSFER_KINDS, type TransferKind } from './params.js';

export interface FundAccount {
  id: string;
  level: AccountLevel;
  name?: string;
  /** Who holds the account; a fund account held by a TPA is a mismatch (Tumxuk §6(三)). */
  heldBy?: 'agency' | 'tpa';
  /** Required for the fund's own accounts (not `external`). */
  openingBalance?: Money;
  /** Balance in the books at `asOf`. */
  reportedBalance?: Money;
  /** Balance on the bank statement at `asOf`, when known (账实相符). */
  statementBalance?: Money;
}

export interface TransferLeg {
  account: string;
  /** Signed: positive into the account, negative out of it. */
  amount: Money;
}

export interface Transfer {
  id: string;
  date: IsoDate;
  kind: TransferKind;
  legs: TransferLeg[];
}

export interface ReconcileInput {
  asOf: IsoDate;
  accounts: FundAccount[];
  transfers: Transfer[];
}

export type MismatchCode =
  | 'ACCOUNT_STRUCTURE'
  | 'THIRD_PARTY_CUSTODY'
  | 'UNKNOWN_ACCOUNT'
  | 'UNBALANCED_TRANSFER'
  | 'FLOW_NOT_ALLOWED'
  | 'BALANCE_MISMATCH'
  | 'STATEMENT_MISMATCH'
  | 'INTEREST_NOT_REMITTED'
  | 'COUNTY_BALANCE_NOT_SWEPT';

export interface AccountMismatch {
  code: MismatchCode;
  citation: string;
  message: string;
  accountId?: string;
  transferId?: string;
  figures: Record<string, string | number>;
}

export interface AccountBalance {
  accountId: string;
  level: AccountLevel;
  opening: Money;
  movements: Money;
  computed: Money;
  reported: Money;
  statement: Money | null;
}

export interface Reconciliation {
  asOf: IsoDate;
  balances: AccountBalance[];
  mismatches: AccountMismatch[];
  reconciled: boolean;
}

/** Product rule: every movement is a balanced double entry and the books agree with each other and with the bank. */
export const LEDGER_CITATION = 'Product rule: double-entry fund ledger, 账账相符、账实相符 (after Tianjin art. 12)';

function quarterEnd(date: IsoDate): IsoDate {
  const q = Math.ceil(Number(date.slice(5, 7)) / 3);
  return `${date.slice(0, 4)}-${['03-31', '06-30', '09-30', '12-31'][q - 1]}`;
}

function collectIssues(input: ReconcileInput): Issues {
  const issues = new Issues();
  if (!requireRecord(issues, 'input', input)) return issues;
  if (!isIsoDate(input.asOf)) issues.add('asOf', 'INVALID_DATE', 'asOf must be a date YYYY-MM-DD');
  if (requireRecordList(issues, 'accounts', input.accounts)) {
    const ids = new Set<string>();
    input.accounts.forEach((a, i) => {
      const p = `accounts.${i}`;
      if (requireText(issues, `${p}.id`, a.id)) {
        if (ids.has(a.id)) issues.add(`${p}.id`, 'NOT_ALLOWED', `account ${a.id} appears twice`);
        ids.add(a.id);
      }
      if (!ACCOUNT_LEVELS.includes(a?.level))
        issues.add(`${p}.level`, 'NOT_ALLOWED', `${p}.level must be one of ${ACCOUNT_LEVELS.join(', ')}`);
      if (a?.level === 'external') return;
      for (const f of ['openingBalance', 'reportedBalance'] as const) {
        if (issues.required(`${p}.${f}`, a?.[f]) && !isMoney(a[f])) issues.add(`${p}.${f}`, 'INVALID_MONEY', `${p}.${f} must be an amount`);
      }
      if (a?.statementBalance !== undefined && !isMoney(a.statementBalance))
        issues.add(`${p}.statementBalance`, 'INVALID_MONEY', `${p}.statementBalance must be an amount`);
    });
  }
  if (!requireRecordList(issues, 'transfers', input.transfers)) return issues;
  input.transfers.forEach((tr, i) => {
    const p = `transfers.${i}`;
    requireText(issues, `${p}.id`, tr.id);
    if (!isIsoDate(tr?.date)) issues.add(`${p}.date`, 'INVALID_DATE', `${p}.date must be a date YYYY-MM-DD`);
    else if (isIsoDate(input.asOf) && tr.date > input.asOf)
      issues.add(`${p}.date`, 'OUT_OF_RANGE', `${p}.date ${tr.date} is after asOf ${input.asOf}`);
    if (!TRANSFER_KINDS.includes(tr?.kind)) issues.add(`${p}.kind`, 'NOT_ALLOWED', `${p}.kind must be one of ${TRANSFER_KINDS.join(', ')}`);
    if (!Array.isArray(tr?.legs) || tr.legs.length < 2)
      issues.add(`${p}.legs`, 'REQUIRED', 'a transfer needs at least two legs (double entry)');
    else if (requireRecordList(issues, `${p}.legs`, tr.legs)) {
      tr.legs.forEach((leg, j) => {
        requireText(issues, `${p}.legs.${j}.account`, leg.account);
        if (!isMoney(leg?.amount)) issues.add(`${p}.legs.${j}.amount`, 'INVALID_MONEY', `${p}.legs.${j}.amount must be a signed amount`);
      });
    }
  });
  return issues;
}

/**
 * Checks a region's fund ledger: every transfer balanced and allowed between the account
 * levels of Qinhuangdao art. 50–52; each account's balance from its movements equal to its
 * reported balance (账账相符) and to the bank (账实相符); expenditure-account interest remitted
 * to the special account quarterly; county balances swept at year end.
 */
export function reconcileAccounts(input: ReconcileInput, params: FundParams): PolicyResult<Reconciliation> {
  const issues = collectIssues(input);
  if (!issues.empty) return fail(issues.list);
  const a = params.accounts;
  const t = new Tracer();
  const mismatches: AccountMismatch[] = [];
  const accounts = new Map(input.accounts.map((acc) => [acc.id, acc]));
  const own = input.accounts.filter((acc) => acc.level !== 'external');

  // Qinhuangdao art. 50: one special account and one city expenditure account.
  for (const level of ['special', 'cityExpenditure'] as const) {
    const n = own.filter((acc) => acc.level === level).length;
    if (n !== 1) {
      mismatches.push({
        code: 'ACCOUNT_STRUCTURE',
        citation: a.structureCitation,
        message: `expected exactly one ${level} account, found ${n}`,
        figures: { level, count: n },
      });
    }
  }
  if (a.noThirdPartyCustodyCitation) {
    for (const acc of own.filter((x) => x.heldBy === 'tpa')) {
      mismatches.push({
        code: 'THIRD_PARTY_CUSTODY',
        citation: a.noThirdPartyCustodyCitation,
        accountId: acc.id,
        message: `基金账户 ${acc.id} 由第三方机构持有：基金不得交由第三方代管代拨`,
        figures: { level: acc.level },
      });
    }
  }
  t.step('fund.accountStructure', a.structureCitation, { accounts: own.length }, mismatches.length === 0);

  const movements = new Map<string, Dec>(own.map((acc) => [acc.id, new D(0)]));
  const interestIn = new Map<string, Dec>();
  const remitted = new Map<string, Dec>();
  const add = (map: Map<string, Dec>, id: string, v: Dec) => map.set(id, (map.get(id) ?? new D(0)).plus(v));
  let unbalanced = 0;
  for (const tr of input.transfers) {
    const rule = a.flows[tr.kind];
    let sum: Dec = new D(0);
    for (const leg of tr.legs) {
      const amount = new D(leg.amount);
      sum = sum.plus(amount);
      const acc = accounts.get(leg.account);
      if (!acc) {
        mismatches.push({
          code: 'UNKNOWN_ACCOUNT',
          citation: LEDGER_CITATION,
          transferId: tr.id,
          accountId: leg.account,
          message: `transfer ${tr.id} names unknown account ${leg.account}`,
          figures: { amount: leg.amount },
        });
        continue;
      }
      const allowed = amount.isNegative() ? rule.from : rule.to;
      if (!amount.isZero() && !allowed.includes(acc.level)) {
        mismatches.push({
          code: 'FLOW_NOT_ALLOWED',
          citation: rule.citation,
          transferId: tr.id,
          accountId: acc.id,
          message: `a ${tr.kind} may not ${amount.isNegative() ? 'leave' : 'reach'} a ${acc.level} account`,
          figures: { kind: tr.kind, level: acc.level, amount: money(amount) },
        });
      }
      if (acc.level === 'external') continue;
      add(movements, acc.id, amount);
      if (acc.level === 'cityExpenditure' || acc.level === 'countyExpenditure') {
        if (tr.kind === 'interest' && amount.isPositive() && quarterEnd(tr.date) <= input.asOf) add(interestIn, acc.id, amount);
        if (tr.kind === 'interestRemittance' && amount.isNegative()) add(remitted, acc.id, amount.negated());
      }
    }
    if (!sum.isZero()) {
      unbalanced++;
      mismatches.push({
        code: 'UNBALANCED_TRANSFER',
        citation: LEDGER_CITATION,
        transferId: tr.id,
        message: `transfer ${tr.id} does not balance: its legs sum to ${money(sum)}`,
        figures: { sum: money(sum) },
      });
    }
  }
  t.step('fund.doubleEntry', LEDGER_CITATION, { transfers: input.transfers.length }, { unbalanced });

  const balances: AccountBalance[] = own.map((acc) => {
    const moved = movements.get(acc.id)!;
    const computed = moved.plus(acc.openingBalance!);
    const b: AccountBalance = {
      accountId: acc.id,
      level: acc.level,
      opening: money(new D(acc.openingBalance!)),
      movements: money(moved),
      computed: money(computed),
      reported: money(new D(acc.reportedBalance!)),
      statement: acc.statementBalance === undefined ? null : money(new D(acc.statementBalance)),
    };
    if (b.computed !== b.reported) {
      mismatches.push({
        code: 'BALANCE_MISMATCH',
        citation: LEDGER_CITATION,
        accountId: acc.id,
        message: `账账不符：${acc.id} 按流水 ${b.computed}，账面 ${b.reported}`,
        figures: { computed: b.computed, reported: b.reported },
      });
    }
    if (b.statement !== null && b.statement !== b.reported) {
      mismatches.push({
        code: 'STATEMENT_MISMATCH',
        citation: LEDGER_CITATION,
        accountId: acc.id,
        message: `账实不符：${acc.id} 账面 ${b.reported}，银行对账单 ${b.statement}`,
        figures: { reported: b.reported, statement: b.statement },
      });
    }
    return b;
  });
  t.step(
    'fund.balances',
    LEDGER_CITATION,
    { accounts: balances.length },
    balances.map((b) => ({ account: b.accountId, computed: b.computed, reported: b.reported })),
  );

  if (a.interestRemittanceCitation) {
    // Interest credited in a quarter that has ended by asOf must have been remitted to the special account.
    for (const [id, received] of interestIn) {
      const sent = remitted.get(id) ?? new D(0);
      if (sent.lessThan(received)) {
        mismatches.push({
          code: 'INTEREST_NOT_REMITTED',
          citation: a.interestRemittanceCitation,
          accountId: id,
          message: `${id} 利息未按季度上缴市级财政专户：已入账 ${money(received)}，已上缴 ${money(sent)}`,
          figures: { interestReceived: money(received), remitted: money(sent) },
        });
      }
    }
    t.step('fund.interestRemittance', a.interestRemittanceCitation, { asOf: input.asOf }, [...interestIn.keys()]);
  }
  if (a.yearEndSweepCitation && input.asOf.slice(5) === '12-31') {
    for (const b of balances.filter((x) => x.level === 'countyExpenditure' && x.computed !== '0.00')) {
      mismatches.push({
        code: 'COUNTY_BALANCE_NOT_SWEPT',
        citation: a.yearEndSweepCitation,
        accountId: b.accountId,
        message: `${b.accountId} 年末余额 ${b.computed} 未全部上缴市级财政专户`,
        figures: { balance: b.computed },
      });
    }
    t.step(
      'fund.yearEndSweep',
      a.yearEndSweepCitation,
      { asOf: input.asOf },
      balances.filter((x) => x.level === 'countyExpenditure').map((x) => x.computed),
    );
  }
  return ok({ asOf: input.asOf, balances, mismatches, reconciled: mismatches.length === 0 }, t.steps);
}
