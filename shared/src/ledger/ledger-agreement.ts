import { D, type Money, money } from '../core/money.js';
import { type Trace, Tracer } from '../core/trace.js';

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
