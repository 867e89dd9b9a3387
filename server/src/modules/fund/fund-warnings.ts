import {
  addMonthsToMonth,
  D,
  FUND_ACCOUNT_KINDS,
  type FundMonth,
  fundWarnings,
  lastDayOf,
  ledgerAgreementWarnings,
  money,
  POSTING_KIND_RULES,
  POSTING_KINDS,
  type PostingKind,
  policyPack,
} from '@ltci/shared';
import type { Scope } from '../../common/scope.js';
import { todayInChina } from '../../common/today.js';
import { PolicyOverride } from '../policy/policy-override.entity.js';
import { statementWarnings } from './fund-reconcile.js';
import { ledgerAgreementOf } from './fund-report.js';
import { FundWarning } from './fund-warning.entity.js';

const kindsOf = (c: string) => POSTING_KINDS.filter((k) => POSTING_KIND_RULES[k].class === c);
const INCOME = kindsOf('income');
const EXPENDITURE = kindsOf('expenditure');
/** 当年筹集的长护险基金 (Qinhuangdao art. 63): what comes in from outside, recoveries of paid money aside. */
export const RAISED: PostingKind[] = ['collection', 'subsidy', 'donation', 'interest'];

/** The region's fund by month from the aggregates: income and expenditure of the fund's own accounts. */
export async function fundMonths(
  scope: Scope,
  regionId: string,
): Promise<{ month: string; income: string; expenditure: string; net: string }[]> {
  return scope.em.query(
    `SELECT m.month,
            coalesce(sum(m.debit - m.credit) FILTER (WHERE m.kind = ANY($2)), 0)::numeric(18,2)::text AS income,
            coalesce(sum(m.credit - m.debit) FILTER (WHERE m.kind = ANY($3)), 0)::numeric(18,2)::text AS expenditure,
            sum(m.debit - m.credit)::numeric(18,2)::text AS net
       FROM fund_monthly m JOIN fund_accounts a ON a.id = m.account_id
      WHERE m.region_id = $1 AND a.kind = ANY($4)
      GROUP BY m.month ORDER BY m.month`,
    [regionId, INCOME, EXPENDITURE, FUND_ACCOUNT_KINDS],
  );
}

/** The region's policy pack in force at `date`, with its stored overrides, read in the caller's unit of work. */
export async function packAt(scope: Scope, regionId: string, date: string) {
  const shipped = policyPack(regionId, date);
  if (!shipped.ok) return null;
  const stored = await scope.em.findOneBy(PolicyOverride, { regionId, validFrom: shipped.value.validFrom });
  const pack = stored ? policyPack(regionId, date, stored.overrides) : shipped;
  return pack.ok ? pack.value : null;
}

/** Recompute the region's warnings from its aggregates after a posting: raise new ones, refresh live ones, resolve the rest. */
/** The warnings of 账账相符: only a reconciliation (a bank statement entered or imported) checks them, against the whole ledger. */
const LEDGER_AGREEMENT_CODES: readonly string[] = ['ACCOUNT_AGGREGATE_MISMATCH', 'LEDGER_UNBALANCED'];

/**
 * `reconcile`: also prove the aggregates against every posting line (账账相符). A posting keeps its
 * aggregates in its own transaction, so only a reconciliation reads the whole ledger; the recomputation
 * a posting triggers leaves those warnings as they stand.
 */
export async function recomputeWarnings(scope: Scope, regionId: string, options: { reconcile?: boolean } = {}): Promise<void> {
  const rows = await fundMonths(scope, regionId);
  if (!rows.length) return;
  const launchMonth = rows[0].month;
  const asOfMonth = [todayInChina().slice(0, 7), rows[rows.length - 1].month].sort().at(-1)!;
  const pack = await packAt(scope, regionId, lastDayOf(asOfMonth));
  if (!pack) return;
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  const months: FundMonth[] = [];
  let balance = new D(0);
  for (let m = launchMonth; m <= asOfMonth; m = addMonthsToMonth(m, 1)) {
    const r = byMonth.get(m);
    // a reversal booked in a later month can make a month's income negative; the indicators read amounts ≥ 0
    const clamp = (v: string | undefined) => (v && !v.startsWith('-') ? v : '0.00');
    months.push({ month: m, income: clamp(r?.income), expenditure: clamp(r?.expenditure) });
    if (r) balance = balance.plus(r.net);
  }
  const year = asOfMonth.slice(0, 4);
  const [totals] = await scope.em.query(
    `SELECT coalesce(sum(m.debit - m.credit) FILTER (WHERE m.kind = ANY($3)), 0)::numeric(18,2)::text AS raised,
            coalesce(sum(m.credit - m.debit) FILTER (WHERE m.kind = 'tpaFee'), 0)::numeric(18,2)::text AS tpa
       FROM fund_monthly m JOIN fund_accounts a ON a.id = m.account_id
      WHERE m.region_id = $1 AND a.kind = ANY($4) AND m.month LIKE $2`,
    [regionId, `${year}-%`, RAISED, FUND_ACCOUNT_KINDS],
  );
  const lastYear = Number(year) - 1;
  const counties: { accountId: string; balance: string }[] =
    launchMonth <= `${lastYear}-12`
      ? await scope.em.query(
          `SELECT a.id AS "accountId", coalesce(sum(m.debit - m.credit), 0)::numeric(18,2)::text AS balance
             FROM fund_accounts a LEFT JOIN fund_monthly m ON m.account_id = a.id AND m.month <= $2
            WHERE a.region_id = $1 AND a.kind = 'countyExpenditure' GROUP BY a.id ORDER BY a.id`,
          [regionId, `${lastYear}-12`],
        )
      : [];
  const result = fundWarnings(
    {
      launchMonth,
      asOfMonth,
      months,
      balance: money(balance),
      raisedThisYear: clampMoney(totals.raised),
      tpaFeesThisYear: clampMoney(totals.tpa),
      countyYearEnd: counties.map((c) => ({ ...c, year: lastYear })),
    },
    pack.fund,
  );
  if (!result.ok) return;
  result.value.push(...(await statementWarnings(scope, regionId, pack.fund)));
  // 账账相符 (Product rule, after Tianjin art. 12): aggregates that disagree with their lines are warnings like 账实不符
  if (options.reconcile) result.value.push(...ledgerAgreementWarnings(await ledgerAgreementOf(scope, regionId)));
  const live = await scope.em.find(FundWarning, {
    where: [
      { regionId, state: 'open' },
      { regionId, state: 'acknowledged' },
    ],
  });
  const key = (w: { code: string; subject: string }) => `${w.code}/${w.subject}`;
  const raised = new Map(result.value.map((w) => [key(w), w]));
  for (const w of live) {
    if (!options.reconcile && LEDGER_AGREEMENT_CODES.includes(w.code)) continue;
    const now = raised.get(key(w));
    if (now)
      await scope.em.update(FundWarning, { id: w.id }, { message: now.message, figures: now.figures as never, trace: now.trace as never });
    else await scope.em.update(FundWarning, { id: w.id }, { state: 'resolved', resolvedAt: new Date() });
    raised.delete(key(w));
  }
  for (const w of raised.values())
    await scope.em.insert(FundWarning, {
      regionId,
      code: w.code,
      subject: w.subject,
      citation: w.citation,
      message: w.message,
      figures: w.figures as never,
      trace: w.trace as never,
    });
}

function clampMoney(v: string): string {
  return v.startsWith('-') ? '0.00' : v;
}
