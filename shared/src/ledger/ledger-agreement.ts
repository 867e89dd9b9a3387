import { D, type Money, money } from '../core/money.js';
import { type Trace, Tracer } from '../core/trace.js';
import type { RaisedWarning } from './fund-warnings.js';

/** 账账相符: the books agree with each other — every account's balance kept by the aggregates equals its lines, debits equal credits. */
export const LEDGER_AGREEMENT_CITATION = 'Product rule: double-entry fund ledger, 账账相符 (after Tianjin art. 12; Qinhuangdao art. 49)';

export interface LedgerAgreementAccount {
  id: string;
  name: string;
  /** Debits − credits of the account's posting lines. */
  fromLines: Money;
  /** Debits − credits of the account's monthly aggregates (what the dashboard and the statements read). */
  fromAggregates: Money;
}

export interface LedgerAgreement {
  agree: boolean;
  accounts: (LedgerAgreementAccount & { difference: Money; agrees: boolean })[];
  totalDebit: Money;
  totalCredit: Money;
  /** Codes of what disagrees: ACCOUNT_AGGREGATE_MISMATCH per account, LEDGER_UNBALANCED for the region. */
  mismatches: { code: 'ACCOUNT_AGGREGATE_MISMATCH' | 'LEDGER_UNBALANCED'; accountId: string | null; difference: Money }[];
  trace: Trace;
}

/** Whether a region's books agree with each other (账账相符): aggregates = lines per account, and the region's debits = its credits. */
export function ledgerAgreement(accounts: readonly LedgerAgreementAccount[], totalDebit: Money, totalCredit: Money): LedgerAgreement {
  const t = new Tracer();
  const rows = accounts.map((a) => {
    const difference = money(new D(a.fromAggregates).minus(a.fromLines));
    return { ...a, difference, agrees: new D(difference).isZero() };
  });
  const mismatches: LedgerAgreement['mismatches'] = rows
    .filter((r) => !r.agrees)
    .map((r) => ({ code: 'ACCOUNT_AGGREGATE_MISMATCH' as const, accountId: r.id, difference: r.difference }));
  t.step('ledger.agreement.accounts', LEDGER_AGREEMENT_CITATION, { accounts: rows.length }, { disagreeing: mismatches.length });
  const unbalanced = money(new D(totalDebit).minus(totalCredit));
  if (!new D(unbalanced).isZero()) mismatches.push({ code: 'LEDGER_UNBALANCED', accountId: null, difference: unbalanced });
  t.step('ledger.agreement.balanced', LEDGER_AGREEMENT_CITATION, { totalDebit, totalCredit }, new D(unbalanced).isZero());
  return { agree: mismatches.length === 0, accounts: rows, totalDebit, totalCredit, mismatches, trace: t.steps };
}

/**
 * 账账相符 as warnings, like 账实相符's (Product rule, after Tianjin art. 12; Qinhuangdao art. 49): each account
 * whose aggregates disagree with its lines raises ACCOUNT_AGGREGATE_MISMATCH (subject: the account), debits
 * unequal to credits raise LEDGER_UNBALANCED (subject: '' — the whole region), each with its figures and trace.
 */
export function ledgerAgreementWarnings(a: LedgerAgreement): RaisedWarning[] {
  const raised: RaisedWarning[] = [];
  for (const r of a.accounts.filter((x) => !x.agrees)) {
    const t = new Tracer();
    t.step(
      'ledger.agreement.account',
      LEDGER_AGREEMENT_CITATION,
      { account: r.name, fromLines: r.fromLines, fromAggregates: r.fromAggregates },
      { agrees: false, difference: r.difference },
    );
    raised.push({
      code: 'ACCOUNT_AGGREGATE_MISMATCH',
      subject: r.id,
      citation: LEDGER_AGREEMENT_CITATION,
      message: `账账不符：${r.name} 按月度汇总余额 ${money(r.fromAggregates)}，按记账流水 ${money(r.fromLines)}，差额 ${r.difference}`,
      figures: { accountId: r.id, fromLines: money(r.fromLines), fromAggregates: money(r.fromAggregates), difference: r.difference },
      trace: [...a.trace, ...t.steps],
    });
  }
  const unbalanced = a.mismatches.find((m) => m.code === 'LEDGER_UNBALANCED');
  if (unbalanced)
    raised.push({
      code: 'LEDGER_UNBALANCED',
      subject: '',
      citation: LEDGER_AGREEMENT_CITATION,
      message: `账账不符：借方合计 ${a.totalDebit}，贷方合计 ${a.totalCredit}，差额 ${unbalanced.difference}`,
      figures: { totalDebit: a.totalDebit, totalCredit: a.totalCredit, difference: unbalanced.difference },
      trace: a.trace,
    });
  return raised;
}
