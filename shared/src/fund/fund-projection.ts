import { addMonthsToMonth, type IsoMonth, isIsoMonth } from '../core/dates.js';
import { D, type Dec, isMoney, type Money, money } from '../core/money.js';
import { fail, Issues, ok, type PolicyResult } from '../core/result.js';
import { Tracer } from '../core/trace.js';
import type { FundParams } from './params.js';

/** Beneficiaries of one grade and care mode, and what the fund pays for one of them a month. */
export interface BeneficiaryGroup {
  grade: string;
  mode: string;
  count: number;
  averageMonthlyBenefit: Money;
}

/** The what-if parameters of a projection (all stated, none guessed). */
export interface ProjectionAssumptions {
  /** Contribution income a month at today's rate (征缴收入). */
  monthlyContributions: Money;
  /** New rate ÷ today's rate, e.g. "2" for 0.15% → 0.3% (exact decimal). */
  contributionRateFactor: string;
  /** Government subsidy a month. */
  monthlySubsidy: Money;
  beneficiaries: BeneficiaryGroup[];
  /** Growth of the number of beneficiaries a year, e.g. "0.10"; applied pro rata by month. */
  beneficiaryGrowthPerYear: string;
  /** Assessment and TPA fees and the rest, a month. */
  otherMonthlyExpenditure: Money;
}

export interface ProjectionInput {
  /** The last month with actual figures; the projection starts the month after. */
  asOfMonth: IsoMonth;
  balance: Money;
  /** Actual expenditure of up to the last 12 months, oldest first: the warning line's average continues from them. */
  recentExpenditure: Money[];
  horizonMonths: number;
  assumptions: ProjectionAssumptions;
}

export interface ProjectedMonth {
  month: IsoMonth;
  income: Money;
  expenditure: Money;
  balance: Money;
  warningLine: Money | null;
  belowLine: boolean;
}

export interface FundProjection {
  months: ProjectedMonth[];
  /** The first month whose balance is below the warning line (null: never within the horizon, or no line). */
  crossingMonth: IsoMonth | null;
  /** The first month whose balance is below zero. */
  exhaustionMonth: IsoMonth | null;
  thresholdMonths: number | null;
}

const rate = /^\d{1,3}(\.\d{1,6})?$/;

function collectIssues(input: ProjectionInput): Issues {
  const issues = new Issues();
  if (!isIsoMonth(input?.asOfMonth)) issues.add('asOfMonth', 'INVALID_DATE', 'asOfMonth must be YYYY-MM');
  if (!isMoney(input?.balance)) issues.add('balance', 'INVALID_MONEY', 'balance must be an amount');
  if (!Number.isInteger(input?.horizonMonths) || input.horizonMonths < 1 || input.horizonMonths > 120)
    issues.add('horizonMonths', 'OUT_OF_RANGE', 'horizonMonths must be 1–120');
  if (!Array.isArray(input?.recentExpenditure) || input.recentExpenditure.length > 12 || !input.recentExpenditure.every(isMoney))
    issues.add('recentExpenditure', 'INVALID_MONEY', 'recentExpenditure: up to 12 amounts');
  const a = input?.assumptions;
  if (!a) return issues.add('assumptions', 'REQUIRED', 'assumptions are required');
  for (const f of ['monthlyContributions', 'monthlySubsidy', 'otherMonthlyExpenditure'] as const)
    if (!isMoney(a[f]) || a[f].startsWith('-')) issues.add(`assumptions.${f}`, 'INVALID_MONEY', `${f} must be an amount ≥ 0`);
  for (const f of ['contributionRateFactor', 'beneficiaryGrowthPerYear'] as const)
    if (typeof a[f] !== 'string' || !rate.test(a[f]))
      issues.add(`assumptions.${f}`, 'OUT_OF_RANGE', `${f} must be a decimal ≥ 0, e.g. "0.10"`);
  if (!Array.isArray(a.beneficiaries)) issues.add('assumptions.beneficiaries', 'REQUIRED', 'beneficiaries are required');
  else
    a.beneficiaries.forEach((g, i) => {
      if (!Number.isInteger(g?.count) || g.count < 0)
        issues.add(`assumptions.beneficiaries.${i}.count`, 'OUT_OF_RANGE', 'count must be a whole number ≥ 0');
      if (!isMoney(g?.averageMonthlyBenefit) || g.averageMonthlyBenefit.startsWith('-'))
        issues.add(`assumptions.beneficiaries.${i}.averageMonthlyBenefit`, 'INVALID_MONEY', 'averageMonthlyBenefit must be an amount ≥ 0');
    });
  return issues;
}

/**
 * The next months of the fund under stated what-if assumptions (Qinhuangdao art. 58: the agency
 * watches the balance against 6 months of average payments; the projection shows when it would
 * cross). Income = contributions × rate factor + subsidy; expenditure = Σ beneficiaries × average
 * benefit, grown pro rata by month, + other expenditure; the line continues the trailing-12 average
 * of actual then projected expenditure. **Product rule**: a planning aid, not a document's rule.
 *
 * @example fundProjection({ asOfMonth: '2026-11', balance: '5000000.00', recentExpenditure: [], horizonMonths: 24, assumptions }, qinhuangdaoFundParams)
 */
export function fundProjection(input: ProjectionInput, params: FundParams): PolicyResult<FundProjection> {
  const issues = collectIssues(input);
  if (!issues.empty) return fail(issues.list);
  const a = input.assumptions;
  const threshold = params.warnings.capacityMonthsThreshold;
  const citation = params.warnings.capacityCitation;
  const t = new Tracer();
  const income = new D(a.monthlyContributions).times(a.contributionRateFactor).plus(a.monthlySubsidy);
  const benefits = a.beneficiaries.reduce((s: Dec, g) => s.plus(new D(g.averageMonthlyBenefit).times(g.count)), new D(0));
  t.step(
    'fund.projection.assumptions',
    'Product rule: projection under stated assumptions (after Qinhuangdao art. 58)',
    { ...a, beneficiaries: a.beneficiaries.length },
    { monthlyIncome: money(income), monthlyBenefitsNow: money(benefits) },
  );
  const window: Dec[] = input.recentExpenditure.map((e) => new D(e));
  let balance = new D(input.balance);
  const months: ProjectedMonth[] = [];
  for (let k = 1; k <= input.horizonMonths; k++) {
    const growth = new D(1).plus(new D(a.beneficiaryGrowthPerYear).times(k).dividedBy(12));
    const expenditure = benefits.times(growth).plus(a.otherMonthlyExpenditure);
    balance = balance.plus(income).minus(expenditure);
    window.push(expenditure);
    if (window.length > 12) window.shift();
    const average = window.reduce((s, e) => s.plus(e), new D(0)).dividedBy(window.length);
    const line = threshold === null ? null : money(average.times(threshold));
    months.push({
      month: addMonthsToMonth(input.asOfMonth, k),
      income: money(income),
      expenditure: money(expenditure),
      balance: money(balance),
      warningLine: line,
      belowLine: line !== null && balance.lessThan(line),
    });
  }
  const crossingMonth = months.find((m) => m.belowLine)?.month ?? null;
  const exhaustionMonth = months.find((m) => m.balance.startsWith('-'))?.month ?? null;
  t.step(
    'fund.projection.crossing',
    citation,
    { thresholdMonths: threshold, horizonMonths: input.horizonMonths, from: months[0].month, to: months.at(-1)!.month },
    { crossingMonth, exhaustionMonth, endBalance: months.at(-1)!.balance },
    { note: 'line = months × trailing-12 average of actual, then projected, expenditure' },
  );
  return ok({ months, crossingMonth, exhaustionMonth, thresholdMonths: threshold }, t.steps);
}
