import { addMonthsToMonth, type IsoMonth, isIsoMonth } from '../core/dates.js';
import { D, type Dec, decimalText, isMoney, type Money, money } from '../core/money.js';
import { fail, Issues, ok, type PolicyIssue, type PolicyResult } from '../core/result.js';
import { shown } from '../core/shown.js';
import { Tracer } from '../core/trace.js';
import { requireRecord } from '../core/validate.js';
import type { FundParams } from './params.js';

export interface FundMonth {
  month: IsoMonth;
  income: Money;
  expenditure: Money;
}

export interface FundIndicatorsInput {
  /** First month of the fund (averages never reach before it). */
  launchMonth: IsoMonth;
  /** The last month reported; the balance is at its end. */
  asOfMonth: IsoMonth;
  /** Monthly income and expenditure; every month the windows need must be present. */
  months: FundMonth[];
  /** Accumulated balance (累计结余) at the end of `asOfMonth`. */
  balance: Money;
}

/** A figure a person must see: a warning to report (art. 58), or a notice shown but not alarmed. */
export interface FundAlert {
  code: 'INCOME_BELOW_EXPENDITURE' | 'BALANCE_BELOW_WARNING_LINE' | 'MONTH_SHORTFALL';
  citation: string;
  message: string;
  figures: Record<string, string | number | null>;
}

export interface FundPeriod {
  from: IsoMonth;
  to: IsoMonth;
  income: Money;
  expenditure: Money;
  /** income − expenditure */
  net: Money;
}

export interface FundIndicators {
  asOfMonth: IsoMonth;
  yearToDate: FundPeriod;
  latestMonth: FundPeriod;
  averageMonthlyPayment: { from: IsoMonth; to: IsoMonth; months: number; amount: Money };
  /** balance ÷ average monthly payment, 2 decimals half-up; null when nothing has been paid yet. */
  monthsOfCapacity: string | null;
  /** threshold × average monthly payment; null when the region states no threshold. */
  warningLine: Money | null;
  warnings: FundAlert[];
  notices: FundAlert[];
  /** Checks that could not run because the region's documents leave their parameter unstated. */
  missingParameters: PolicyIssue[];
}

function later(a: IsoMonth, b: IsoMonth): IsoMonth {
  return a > b ? a : b;
}

function earlier(a: IsoMonth, b: IsoMonth): IsoMonth {
  return a < b ? a : b;
}

function collectIssues(input: FundIndicatorsInput): Issues {
  const issues = new Issues();
  if (!requireRecord(issues, 'input', input)) return issues;
  const launchOk = isIsoMonth(input.launchMonth);
  const asOfOk = isIsoMonth(input.asOfMonth);
  if (!launchOk) issues.add('launchMonth', 'INVALID_DATE', 'launchMonth must be YYYY-MM');
  if (!asOfOk) issues.add('asOfMonth', 'INVALID_DATE', 'asOfMonth must be YYYY-MM');
  if (launchOk && asOfOk && input.asOfMonth < input.launchMonth) issues.add('asOfMonth', 'OUT_OF_RANGE', 'asOfMonth is before launchMonth');
  if (!isMoney(input.balance)) issues.add('balance', 'INVALID_MONEY', 'balance must be an amount of money, e.g. "1200000.00"');
  if (!Array.isArray(input.months)) return issues.add('months', 'REQUIRED', 'months is required');
  const seen = new Set<string>();
  input.months.forEach((m, i) => {
    const p = `months.${i}`;
    if (!isIsoMonth(m?.month)) issues.add(`${p}.month`, 'INVALID_DATE', `${p}.month must be YYYY-MM`);
    else if (seen.has(m.month)) issues.add(`${p}.month`, 'NOT_ALLOWED', `${m.month} appears twice`);
    else if ((launchOk && m.month < input.launchMonth) || (asOfOk && m.month > input.asOfMonth)) {
      issues.add(`${p}.month`, 'OUT_OF_RANGE', `${m.month} is outside ${shown(input.launchMonth)}…${shown(input.asOfMonth)}`);
    }
    if (isIsoMonth(m?.month)) seen.add(m.month);
    for (const f of ['income', 'expenditure'] as const) {
      if (!isMoney(m?.[f]) || m[f].startsWith('-')) issues.add(`${p}.${f}`, 'INVALID_MONEY', `${p}.${f} must be an amount ≥ 0`);
    }
  });
  return issues;
}

function sumPeriod(byMonth: Map<string, FundMonth>, from: IsoMonth, to: IsoMonth): { income: Dec; expenditure: Dec; months: number } {
  let income: Dec = new D(0);
  let expenditure: Dec = new D(0);
  let months = 0;
  for (let m = from; m <= to; m = addMonthsToMonth(m, 1)) {
    const row = byMonth.get(m)!;
    income = income.plus(row.income);
    expenditure = expenditure.plus(row.expenditure);
    months++;
  }
  return { income, expenditure, months };
}

function period(from: IsoMonth, to: IsoMonth, s: { income: Dec; expenditure: Dec }): FundPeriod {
  return { from, to, income: money(s.income), expenditure: money(s.expenditure), net: money(s.income.minus(s.expenditure)) };
}

/**
 * The fund's health: income against expenditure, the average monthly payment, months of
 * payment capacity, and the warnings of Qinhuangdao art. 58 ("收不抵支", or the accumulated
 * balance below 6 months of average payments), each with the figures that raised it.
 */
export function fundIndicators(input: FundIndicatorsInput, params: FundParams): PolicyResult<FundIndicators> {
  const issues = collectIssues(input);
  if (!issues.empty) return fail(issues.list);
  const w = params.warnings;
  const asOf = input.asOfMonth;
  const byMonth = new Map(input.months.map((m) => [m.month, m]));
  const ytdFrom = later(`${asOf.slice(0, 4)}-01`, input.launchMonth);
  const avgFrom = w.averageMonthlyPayment === 'trailing12' ? later(addMonthsToMonth(asOf, -11), input.launchMonth) : ytdFrom;
  const needFrom = earlier(avgFrom, ytdFrom);
  for (let m = needFrom; m <= asOf; m = addMonthsToMonth(m, 1)) {
    if (!byMonth.has(m)) issues.add('months', 'REQUIRED', `the figures of ${m} are missing`);
  }
  if (!issues.empty) return fail(issues.list);

  const t = new Tracer();
  const warnings: FundAlert[] = [];
  const notices: FundAlert[] = [];
  const missingParameters: PolicyIssue[] = [];
  const ytd = period(ytdFrom, asOf, sumPeriod(byMonth, ytdFrom, asOf));
  const latest = period(asOf, asOf, sumPeriod(byMonth, asOf, asOf));
  const shortfallCitation = w.incomeShortfallCitation ?? w.capacityCitation;
  t.step('fund.yearToDate', shortfallCitation, { from: ytdFrom, to: asOf }, ytd);

  // Qinhuangdao art. 58 "收不抵支", judged over the period the interpretation names.
  const judged = w.incomeVsExpenditure === 'yearToDate' ? ytd : latest;
  const shortfall = new D(judged.net).isNegative();
  t.step(
    'fund.incomeVsExpenditure',
    shortfallCitation,
    { period: `${judged.from}…${judged.to}`, income: judged.income, expenditure: judged.expenditure },
    shortfall,
    {
      interpretation: `incomeVsExpenditure=${w.incomeVsExpenditure}`,
    },
  );
  if (shortfall && w.incomeShortfallCitation) {
    warnings.push({
      code: 'INCOME_BELOW_EXPENDITURE',
      citation: w.incomeShortfallCitation,
      message: `基金收不抵支：${judged.from}至${judged.to} 收入 ${judged.income}，支出 ${judged.expenditure}`,
      figures: { from: judged.from, to: judged.to, income: judged.income, expenditure: judged.expenditure, net: judged.net },
    });
  }
  if (w.incomeVsExpenditure === 'yearToDate' && new D(latest.net).isNegative()) {
    notices.push({
      code: 'MONTH_SHORTFALL',
      citation: shortfallCitation,
      message: `${asOf} 当月收入 ${latest.income} 低于支出 ${latest.expenditure}（按年累计判断，仅提示）`,
      figures: { month: asOf, income: latest.income, expenditure: latest.expenditure, net: latest.net },
    });
  }

  const avgSum = sumPeriod(byMonth, avgFrom, asOf);
  // Unrounded: the warning line and the months of capacity are rounded once, at their end, not via a rounded average.
  const average = avgSum.expenditure.dividedBy(avgSum.months);
  const averageMonthlyPayment = { from: avgFrom, to: asOf, months: avgSum.months, amount: money(average) };
  t.step(
    'fund.averageMonthlyPayment',
    w.capacityCitation,
    { from: avgFrom, to: asOf, months: avgSum.months, expenditure: money(avgSum.expenditure) },
    averageMonthlyPayment.amount,
    {
      interpretation: `averageMonthlyPayment=${w.averageMonthlyPayment}`,
    },
  );

  const balance = new D(input.balance);
  const monthsOfCapacity = average.isZero() ? null : decimalText(balance.dividedBy(average), 2);
  t.step(
    'fund.monthsOfCapacity',
    w.capacityCitation,
    { balance: input.balance, averageMonthlyPayment: averageMonthlyPayment.amount },
    monthsOfCapacity,
    {
      note: average.isZero()
        ? '尚无支付，无法计算可支付月数 (no payments yet)'
        : 'balance ÷ average monthly payment, half-up to 2 decimals',
    },
  );

  let warningLine: Money | null = null;
  if (w.capacityMonthsThreshold === null) {
    missingParameters.push({
      path: 'params.warnings.capacityMonthsThreshold',
      code: 'PARAMETER_MISSING',
      message: `${params.source} states no months-of-capacity warning line (${w.capacityCitation}); set one to enable the warning`,
    });
  } else {
    // art. 58 "累计结余低于全市6个月基金月均支付额": 6 × (expenditure ÷ months), rounded once.
    warningLine = money(average.times(w.capacityMonthsThreshold));
    const below = balance.lessThan(warningLine);
    t.step(
      'fund.warningLine',
      w.capacityCitation,
      { thresholdMonths: w.capacityMonthsThreshold, averageMonthlyPayment: averageMonthlyPayment.amount, balance: input.balance },
      { warningLine, below },
    );
    if (below) {
      warnings.push({
        code: 'BALANCE_BELOW_WARNING_LINE',
        citation: w.capacityCitation,
        message: `累计结余 ${input.balance} 低于 ${w.capacityMonthsThreshold} 个月月均支付额 ${warningLine}`,
        figures: {
          balance: input.balance,
          averageMonthlyPayment: averageMonthlyPayment.amount,
          thresholdMonths: w.capacityMonthsThreshold,
          warningLine,
          monthsOfCapacity,
        },
      });
    }
  }
  return ok(
    {
      asOfMonth: asOf,
      yearToDate: ytd,
      latestMonth: latest,
      averageMonthlyPayment,
      monthsOfCapacity,
      warningLine,
      warnings,
      notices,
      missingParameters,
    },
    t.steps,
  );
}
