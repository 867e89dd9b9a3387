import { type AccountKind, type FundParams, type RaisedWarning, reconcileStatements } from '@ltci/shared';
import type { Scope } from '../../common/scope.js';

/** How many months of statements each recomputation re-checks (older ones stand as recorded). */
const MONTHS_CHECKED = 36;

/**
 * The region's bank statements against the ledger's month-end balances (账实相符), month by month
 * through the shared rule: one statement reads the aggregates, never the whole ledger.
 */
export async function statementWarnings(scope: Scope, regionId: string, params: FundParams): Promise<RaisedWarning[]> {
  const rows: { month: string; id: string; kind: AccountKind; name: string; ledger: string; statement: string | null }[] =
    await scope.em.query(
      `WITH months AS (SELECT DISTINCT month FROM fund_bank_statements WHERE region_id = $1 ORDER BY month DESC LIMIT $2)
       SELECT mo.month, a.id, a.kind, a.name, s.closing_balance::text AS statement,
              (SELECT coalesce(sum(m.debit - m.credit), 0)::numeric(18,2)::text FROM fund_monthly m
                WHERE m.account_id = a.id AND m.month <= mo.month) AS ledger
         FROM months mo CROSS JOIN fund_accounts a
         LEFT JOIN fund_bank_statements s ON s.account_id = a.id AND s.month = mo.month
        WHERE a.region_id = $1 AND a.kind IN ('special', 'cityExpenditure', 'countyExpenditure')
        ORDER BY mo.month, a.kind, a.id`,
      [regionId, MONTHS_CHECKED],
    );
  const byMonth = new Map<string, typeof rows>();
  for (const r of rows) byMonth.set(r.month, [...(byMonth.get(r.month) ?? []), r]);
  const raised: RaisedWarning[] = [];
  for (const [month, accounts] of byMonth) {
    const r = reconcileStatements(
      month,
      accounts.map((a) => ({ id: a.id, kind: a.kind, name: a.name, ledgerBalance: a.ledger, statementBalance: a.statement })),
      params,
    );
    if (r.ok) raised.push(...r.value);
  }
  return raised;
}
