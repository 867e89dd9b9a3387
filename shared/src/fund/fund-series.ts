import { addMonthsToMonth, type IsoMonth, isIsoMonth } from '../core/dates.js';
import { D, type Money, money } from '../core/money.js';
import { fail, ok, type PolicyResult } from '../core/result.js';
import { type Trace, Tracer } from '../core/trace.js';
import { type FundIndicators, type FundMonth, fundIndicators } from './fund-indicators.js';
import type { FundParams } from './params.js';

export interface FundSeriesInput {
  launchMonth: IsoMonth;
  asOfMonth: IsoMonth;
  /** Every month launch … asOf with its income and expenditure; the balance runs from 0 at launch. */
  months: FundMonth[];
  /** Months shown, ending at asOf (the dashboard's 36). */
  window: number;
}

/** One month of the dashboard's chart: what came in and went out, the balance at its end, the art. 58 line then. */
export interface FundSeriesPoint {
  month: IsoMonth;
  income: Money;
  expenditure: Money;
  /** Accumulated balance (累计结余) at the end of the month. */
  balance: Money;
  averageMonthlyPayment: Money;
  /** threshold × average monthly payment as of that month; null when the region states no threshold. */
  warningLine: Money | null;
  monthsOfCapacity: string | null;
  belowLine: boolean;
}

export interface FundSeries {
  points: FundSeriesPoint[];
  thresholdMonths: number | null;
  citation: string;
  /** The indicators of asOfMonth, whose trace explains the latest point. */
  latest: FundIndicators;
}

/**
 * The fund month by month for the dashboard's chart: each month's balance from launch, and the
 * warning line of Qinhuangdao art. 58 (6 × the average monthly payment, trailing 12 months) as it
 * stood that month, each point computed by `fundIndicators` as of its month.
 *
 * @example fundSeries({ launchMonth: '2026-01', asOfMonth: '2026-03', months, window: 36 }, qinhuangdaoFundParams)
 */
export function fundSeries(input: FundSeriesInput, params: FundParams): PolicyResult<FundSeries> {
  if (!Number.isInteger(input?.window) || input.window < 1 || input.window > 120)
    return fail([{ path: 'window', code: 'OUT_OF_RANGE', message: 'window must be 1–120 months' }]);
  if (!isIsoMonth(input.asOfMonth) || !Array.isArray(input.months))
    return fail([{ path: 'asOfMonth', code: 'INVALID_DATE', message: 'asOfMonth must be YYYY-MM' }]);
  const t = new Tracer();
  const from = [input.launchMonth, addMonthsToMonth(input.asOfMonth, -(input.window - 1))].sort()[1];
  const points: FundSeriesPoint[] = [];
  let balance = new D(0);
  let latest: FundIndicators | null = null;
  let latestTrace: Trace = [];
  const sorted = [...input.months].sort((a, b) => (a.month < b.month ? -1 : 1));
  for (const row of sorted) {
    if (row.month > input.asOfMonth) break;
    balance = balance.plus(row.income).minus(row.expenditure);
    if (row.month < from) continue;
    const r = fundIndicators(
      { launchMonth: input.launchMonth, asOfMonth: row.month, months: sorted.filter((m) => m.month <= row.month), balance: money(balance) },
      params,
    );
    if (!r.ok) return fail(r.issues);
    latest = r.value;
    latestTrace = r.trace;
    points.push({
      month: row.month,
      income: money(row.income),
      expenditure: money(row.expenditure),
      balance: money(balance),
      averageMonthlyPayment: r.value.averageMonthlyPayment.amount,
      warningLine: r.value.warningLine,
      monthsOfCapacity: r.value.monthsOfCapacity,
      belowLine: r.value.warningLine !== null && balance.lessThan(r.value.warningLine),
    });
  }
  if (!latest) return fail([{ path: 'months', code: 'REQUIRED', message: `no figures for ${input.asOfMonth}` }]);
  const w = params.warnings;
  t.step(
    'fund.series',
    w.capacityCitation,
    { from, to: input.asOfMonth, months: points.length, thresholdMonths: w.capacityMonthsThreshold },
    { belowLine: points.filter((p) => p.belowLine).map((p) => p.month) },
    { note: 'balance from launch = Σ(income − expenditure); each month’s line as fundIndicators gives it that month' },
  );
  t.include(latestTrace);
  return ok({ points, thresholdMonths: w.capacityMonthsThreshold, citation: w.capacityCitation, latest }, t.steps);
}
