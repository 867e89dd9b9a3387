import type { IsoMonth } from '../core/dates.js';
import { D, type Money, money } from '../core/money.js';
import { fail, ok, type PolicyResult } from '../core/result.js';
import type { Trace } from '../core/trace.js';
import { Tracer } from '../core/trace.js';
import { type FundMonth, fundIndicators } from '../fund/fund-indicators.js';
import type { FundParams } from '../fund/params.js';
import { tpaFeeCap } from '../fund/tpa-fee-cap.js';

export interface FundWarningsInput {
  launchMonth: IsoMonth;
  asOfMonth: IsoMonth;
  /** The fund's income and expenditure by month (postings of class income / expenditure), launch … asOf. */
  months: FundMonth[];
  /** The fund's own accounts together at the end of asOfMonth. */
  balance: Money;
  /** This calendar year: the fund raised (tax collection, subsidies, donations, interest) and the TPA fees paid. */
  raisedThisYear: Money;
  tpaFeesThisYear: Money;
  /** Each county account's balance at the end of the last completed year (null: no such year yet). */
  countyYearEnd: { accountId: string; year: number; balance: Money }[];
}

export type FundWarningCode =
  | 'BALANCE_BELOW_WARNING_LINE'
  | 'INCOME_BELOW_EXPENDITURE'
  | 'TPA_FEE_OVER_CAP'
  | 'COUNTY_BALANCE_NOT_SWEPT'
  | 'RECONCILIATION_MISMATCH'
  | 'ACCOUNT_AGGREGATE_MISMATCH'
  | 'LEDGER_UNBALANCED';

/** One warning: what raised it, where in the documents, with its figures and the trace that explains it. */
export interface RaisedWarning {
  code: FundWarningCode;
  /** Which account it is about, '' for the whole fund. */
  subject: string;
  citation: string;
  message: string;
  figures: Record<string, unknown>;
  trace: Trace;
}

/**
 * The warnings the fund's figures raise now, from the region's policy pack: months of payment
 * capacity below the line and income below expenditure year to date (Qinhuangdao art. 58, through
 * `fundIndicators`), TPA fees over the cap of the year's raised fund (art. 63, through `tpaFeeCap`),
 * and county balances not swept back at year end (art. 50 ¶3). A warning not raised any more is resolved.
 */
export function fundWarnings(input: FundWarningsInput, params: FundParams): PolicyResult<RaisedWarning[]> {
  const indicators = fundIndicators(
    { launchMonth: input.launchMonth, asOfMonth: input.asOfMonth, months: input.months, balance: input.balance },
    params,
  );
  if (!indicators.ok) return fail(indicators.issues);
  const raised: RaisedWarning[] = indicators.value.warnings.map((w) => ({
    code: w.code as FundWarningCode,
    subject: '',
    citation: w.citation,
    message: w.message,
    figures: { ...w.figures, monthsOfCapacity: indicators.value.monthsOfCapacity, asOfMonth: input.asOfMonth },
    trace: indicators.trace,
  }));

  const year = Number(input.asOfMonth.slice(0, 4));
  const cap = tpaFeeCap(
    { year, quarter: 4, raisedFund: input.raisedThisYear, feesPaidThisYear: input.tpaFeesThisYear, quarterFee: '0.00' },
    params,
  );
  if (!cap.ok) return fail(cap.issues);
  const annualCap = cap.value.annualCap;
  if (annualCap !== null && new D(input.tpaFeesThisYear).greaterThan(annualCap)) {
    raised.push({
      code: 'TPA_FEE_OVER_CAP',
      subject: '',
      citation: params.tpaFee.citation,
      message: `${year}年第三方经办服务费 ${input.tpaFeesThisYear} 超过当年筹集基金 ${input.raisedThisYear} 的 ${new D(params.tpaFee.capRate!).times(100).toString()}%（${annualCap}）`,
      figures: {
        year,
        tpaFees: input.tpaFeesThisYear,
        raisedFund: input.raisedThisYear,
        capRate: params.tpaFee.capRate,
        annualCap,
        over: money(new D(input.tpaFeesThisYear).minus(annualCap)),
      },
      trace: cap.trace,
    });
  }

  const sweep = params.accounts.yearEndSweepCitation;
  if (sweep) {
    for (const c of input.countyYearEnd) {
      const t = new Tracer();
      const left = !new D(c.balance).isZero();
      t.step('ledger.countyYearEndSweep', sweep, { accountId: c.accountId, year: c.year, balance: c.balance }, !left);
      if (left)
        raised.push({
          code: 'COUNTY_BALANCE_NOT_SWEPT',
          subject: c.accountId,
          citation: sweep,
          message: `县（区）支出户 ${c.year} 年末余额 ${money(c.balance)} 未全部上缴市级财政专户`,
          figures: { year: c.year, balance: money(c.balance) },
          trace: t.steps,
        });
    }
  }
  return ok(raised, indicators.trace);
}
