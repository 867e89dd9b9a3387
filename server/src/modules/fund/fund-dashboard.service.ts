import {
  addMonthsToMonth,
  D,
  FUND_ACCOUNT_KINDS,
  type FundMonth,
  fundSeries,
  lastDayOf,
  money,
  POSTING_KIND_RULES,
  type PostingKind,
} from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import type { Scope } from '../../common/scope.js';
import { todayInChina } from '../../common/today.js';
import { FundAccount } from './fund-account.entity.js';
import type { FundDashboard } from './fund-dashboard.types.js';
import { fundMonths, packAt } from './fund-warnings.js';

/** Months the dashboard's chart shows. */
export const DASHBOARD_MONTHS = 36;

/** A region's fund at a glance, from the monthly aggregates (a few statements, whatever the ledger's size). */
export class FundDashboardService {
  constructor(private readonly db: Db) {}

  dashboard(caller: Caller, regionId: string): Promise<FundDashboard> {
    return this.db.read(caller, async (scope) => {
      if (!scope.regions(regionId).length) throw new NotFoundError('统筹地区', regionId);
      const rows = await fundMonths(scope, regionId);
      const today = todayInChina().slice(0, 7);
      const asOfMonth = [today, rows.at(-1)?.month ?? today].sort()[1];
      const launchMonth = rows[0]?.month ?? null;
      const pack = await packAt(scope, regionId, lastDayOf(asOfMonth));
      if (!pack) throw new BadUserInputError({ regionId: '该统筹地区在此日期没有政策' });
      const accounts = await fundAccounts(scope, regionId);
      const base = {
        regionId,
        launchMonth,
        asOfMonth,
        thresholdMonths: pack.fund.warnings.capacityMonthsThreshold,
        citation: pack.fund.warnings.capacityCitation,
        packVersion: `${pack.title}（${pack.validFrom}）`,
        accounts,
        postedMonth: rows.at(-1)?.month ?? asOfMonth,
        thisMonth: await thisMonth(scope, regionId, rows.at(-1)?.month ?? asOfMonth),
      };
      const empty = { balance: '0.00', monthsOfCapacity: null, warningLine: null, averageMonthlyPayment: '0.00' };
      if (!launchMonth)
        return { ...base, ...empty, yearToDateIncome: '0.00', yearToDateExpenditure: '0.00', series: [], trace: [], missingParameters: [] };
      const byMonth = new Map(rows.map((r) => [r.month, r]));
      const months: FundMonth[] = [];
      // a reversal booked in a later month can make a month's figure negative; the indicators read amounts ≥ 0
      const clamp = (v: string | undefined) => (v && !v.startsWith('-') ? v : '0.00');
      for (let m = launchMonth; m <= asOfMonth; m = addMonthsToMonth(m, 1))
        months.push({ month: m, income: clamp(byMonth.get(m)?.income), expenditure: clamp(byMonth.get(m)?.expenditure) });
      const r = fundSeries({ launchMonth, asOfMonth, months, window: DASHBOARD_MONTHS }, pack.fund);
      if (!r.ok) throw new BadUserInputError({ regionId: r.issues.map((i) => i.message).join('；') });
      const latest = r.value.latest;
      return {
        ...base,
        balance: r.value.points.at(-1)!.balance,
        monthsOfCapacity: latest.monthsOfCapacity,
        warningLine: latest.warningLine,
        averageMonthlyPayment: latest.averageMonthlyPayment.amount,
        yearToDateIncome: latest.yearToDate.income,
        yearToDateExpenditure: latest.yearToDate.expenditure,
        series: r.value.points,
        trace: r.trace as FundDashboard['trace'],
        missingParameters: latest.missingParameters.map((p) => p.message),
      };
    });
  }
}

/** The fund's own accounts of the region, each with its balance from the aggregates, in one statement. */
async function fundAccounts(scope: Scope, regionId: string): Promise<FundAccount[]> {
  const accounts = await scope
    .rows(FundAccount, 'a', regionId)
    .andWhere('a.kind IN (:...kinds)', { kinds: FUND_ACCOUNT_KINDS })
    .orderBy('a.kind')
    .addOrderBy('a.name')
    .addOrderBy('a.id')
    .getMany();
  if (!accounts.length) return [];
  const sums: { id: string; balance: string }[] = await scope.em.query(
    `SELECT account_id AS id, sum(debit - credit)::numeric(18,2)::text AS balance FROM fund_monthly
      WHERE region_id = $1 AND account_id = ANY($2) GROUP BY account_id`,
    [regionId, accounts.map((a) => a.id)],
  );
  const by = new Map(sums.map((s) => [s.id, s.balance]));
  return accounts.map((a) => Object.assign(a, { balance: by.get(a.id) ?? '0.00', isFund: true }));
}

/** This month's income and payments by kind, as the fund's own accounts see them (transfers between them cancel). */
async function thisMonth(scope: Scope, regionId: string, month: string) {
  const rows: { kind: PostingKind; net: string }[] = await scope.em.query(
    `SELECT m.kind, sum(m.debit - m.credit)::numeric(18,2)::text AS net
       FROM fund_monthly m JOIN fund_accounts a ON a.id = m.account_id
      WHERE m.region_id = $1 AND m.month = $2 AND a.kind = ANY($3) GROUP BY m.kind ORDER BY m.kind`,
    [regionId, month, FUND_ACCOUNT_KINDS],
  );
  return rows
    .filter((r) => POSTING_KIND_RULES[r.kind]?.class !== 'transfer')
    .map((r) => {
      const postingClass = POSTING_KIND_RULES[r.kind].class;
      const amount = postingClass === 'expenditure' ? money(new D(r.net).negated()) : r.net;
      return { kind: r.kind, postingClass, amount };
    });
}
