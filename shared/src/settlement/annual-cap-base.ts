import type { BenefitParams, InsuredCategory } from '../benefits/params.js';
import { isEmployeeLike } from '../benefits/validate-quote.js';
import type { IsoMonth } from '../core/dates.js';
import { isMoney, type Money } from '../core/money.js';
import { fail, ok, type PolicyResult } from '../core/result.js';
import { Tracer } from '../core/trace.js';
import type { SettlementParams } from './params.js';

/** Whether the claimant's scheme pays within an annual cap (Tumxuk §5(三) every scheme; Qinhuangdao art. 31(2) residents), not a monthly one. */
export function hasAnnualCap(category: InsuredCategory, params: BenefitParams): boolean {
  return (isEmployeeLike(category) ? params.employees : params.residents).kind !== 'monthlyCap';
}

/**
 * The per-capita income an annual cap of `month` is a share of: the figure of the year before the
 * month's (上年度, Tumxuk §5(三); Qinhuangdao art. 31(2)), as the pack in force states it. A figure
 * of another year, or none, is reported (`PARAMETER_MISSING`), never carried over or guessed.
 */
export function annualCapIncome(month: IsoMonth, params: SettlementParams): PolicyResult<Money> {
  const year = Number(month.slice(0, 4)) - 1;
  const citation = params.perCapitaIncomeCitation;
  if (params.perCapitaIncome === null || !isMoney(params.perCapitaIncome) || params.perCapitaIncomeYear !== year)
    return fail([
      {
        path: 'params.settlement.perCapitaIncome',
        code: 'PARAMETER_MISSING',
        message:
          `${citation}：未录入 ${year} 年度人均可支配收入` +
          (params.perCapitaIncomeYear ? `（现有 ${params.perCapitaIncomeYear} 年度）` : '') +
          ` (the ${year} per-capita income the annual cap rests on is not set)`,
      },
    ]);
  const t = new Tracer();
  t.step('settlement.perCapitaIncome', citation, { month, year }, params.perCapitaIncome, {
    note: '年度限额以上年度人均可支配收入为基数 (the annual cap is a share of the previous year’s per-capita income)',
  });
  return ok(params.perCapitaIncome, t.steps);
}

/** Tumxuk §5(五) 连续缴费: the years with a contribution, counted back without a break from `year` (a break resets the count). */
export function consecutiveYears(years: readonly number[], year: number): number {
  const paid = new Set(years);
  let n = 0;
  while (paid.has(year - n)) n++;
  return n;
}
