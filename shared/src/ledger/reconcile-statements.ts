import { type IsoMonth, isIsoMonth, lastDayOf } from '../core/dates.js';
import { D, isMoney, type Money, money } from '../core/money.js';
import { fail, ok, type PolicyResult } from '../core/result.js';
import { Tracer } from '../core/trace.js';
import type { FundParams } from '../fund/params.js';
import { reconcileAccounts } from '../fund/reconcile-accounts.js';
import { ACCOUNT_KIND_RULES, type AccountKind, isFundAccountKind } from './accounts.js';
import type { RaisedWarning } from './fund-warnings.js';

/** One fund account at the end of a month: its balance in the ledger, and the bank's when a statement was recorded. */
export interface StatementAccount {
  id: string;
  kind: AccountKind;
  name: string;
  ledgerBalance: Money;
  statementBalance: Money | null;
}

/** Product rule (账实相符, after Tianjin art. 12): a bank statement that differs from the ledger is a warning. */
export const STATEMENT_CITATION = 'Product rule: 账实相符 — the bank statement agrees with the ledger (after Tianjin art. 12)';

/**
 * The bank statements of one month against the ledger (账实相符), through `reconcileAccounts`: each
 * account whose statement differs raises RECONCILIATION_MISMATCH, subject `account/month`, with the
 * difference and the trace of the check.
 *
 * @example reconcileStatements('2026-10', [{ id: 'a', kind: 'special', name: '财政专户', ledgerBalance: '100.00', statementBalance: '90.00' }], params)
 */
export function reconcileStatements(month: IsoMonth, accounts: StatementAccount[], params: FundParams): PolicyResult<RaisedWarning[]> {
  if (!isIsoMonth(month)) return fail([{ path: 'month', code: 'INVALID_DATE', message: 'month must be YYYY-MM' }]);
  const own = (Array.isArray(accounts) ? accounts : []).filter((a) => isFundAccountKind(a.kind));
  const bad = own.findIndex((a) => !isMoney(a.ledgerBalance) || (a.statementBalance !== null && !isMoney(a.statementBalance)));
  if (bad >= 0) return fail([{ path: `accounts.${bad}`, code: 'INVALID_MONEY', message: 'balances must be amounts' }]);
  const r = reconcileAccounts(
    {
      asOf: lastDayOf(month),
      accounts: own.map((a) => ({
        id: a.id,
        level: ACCOUNT_KIND_RULES[a.kind].level,
        openingBalance: a.ledgerBalance,
        reportedBalance: a.ledgerBalance,
        ...(a.statementBalance === null ? {} : { statementBalance: a.statementBalance }),
      })),
      transfers: [],
    },
    params,
  );
  if (!r.ok) return r;
  const byId = new Map(own.map((a) => [a.id, a]));
  const raised: RaisedWarning[] = [];
  for (const m of r.value.mismatches.filter((x) => x.code === 'STATEMENT_MISMATCH')) {
    const a = byId.get(m.accountId!)!;
    const difference = money(new D(a.statementBalance!).minus(a.ledgerBalance));
    const t = new Tracer();
    t.include(r.trace.filter((s) => s.rule === 'fund.balances'));
    t.step(
      'ledger.statementMatch',
      STATEMENT_CITATION,
      { account: a.name, month, ledger: a.ledgerBalance, statement: a.statementBalance },
      { matches: false, difference },
    );
    raised.push({
      code: 'RECONCILIATION_MISMATCH',
      subject: `${a.id}/${month}`,
      citation: STATEMENT_CITATION,
      message: `账实不符：${a.name} ${month} 月末账面余额 ${money(a.ledgerBalance)}，银行对账单 ${money(a.statementBalance!)}，差额 ${difference}`,
      figures: { accountId: a.id, month, ledgerBalance: money(a.ledgerBalance), statementBalance: money(a.statementBalance!), difference },
      trace: t.steps,
    });
  }
  return ok(raised, r.trace);
}
