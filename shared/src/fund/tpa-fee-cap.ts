import { D, type Money, money } from '../core/money.js';
import { fail, Issues, ok, type PolicyResult } from '../core/result.js';
import { Tracer } from '../core/trace.js';
import { requireNonNegativeMoney, requireRecord } from '../core/validate.js';
import type { FundParams } from './params.js';

export interface TpaFeeInput {
  year: number;
  /** The fund raised in the year (当年筹集的长护险基金). */
  raisedFund: Money;
  quarter: 1 | 2 | 3 | 4;
  /** TPA fees already paid this year, before this quarter. */
  feesPaidThisYear: Money;
  /** The fee this quarter under the service contract (after its score and deductions). Required where no cap is stated. */
  quarterFee?: Money;
}

export interface TpaFeeCap {
  year: number;
  quarter: number;
  /** The year's cap; null when the region states none. */
  annualCap: Money | null;
  /** What the cap still allows this year; null when there is no cap. */
  remaining: Money | null;
  payable: Money;
  /** Whether the cap cut the quarter's fee. */
  capApplied: boolean;
  note: string | null;
}

/**
 * The TPA service-fee cap: Qinhuangdao art. 63 — "从当年筹集的长护险基金中按照不高于5%的标准列支，
 * 由市医保经办机构按季度拨付"; Tumxuk §6(五) — "相关费用依协议约定从基金中列支", no cap stated.
 */
export function tpaFeeCap(input: TpaFeeInput, params: FundParams): PolicyResult<TpaFeeCap> {
  const issues = new Issues();
  const rule = params.tpaFee;
  if (!requireRecord(issues, 'input', input)) return fail(issues.list);
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
    issues.add('year', 'OUT_OF_RANGE', 'year must be a calendar year, e.g. 2026');
  if (![1, 2, 3, 4].includes(input.quarter)) issues.add('quarter', 'OUT_OF_RANGE', 'quarter must be 1, 2, 3 or 4');
  requireNonNegativeMoney(issues, 'raisedFund', input.raisedFund);
  requireNonNegativeMoney(issues, 'feesPaidThisYear', input.feesPaidThisYear);
  if (rule.capRate === null) requireNonNegativeMoney(issues, 'quarterFee', input.quarterFee);
  else if (input.quarterFee !== undefined) requireNonNegativeMoney(issues, 'quarterFee', input.quarterFee);
  if (rule.capRate !== null && !/^\d+(\.\d+)?$/.test(rule.capRate))
    issues.add('params.tpaFee.capRate', 'INVALID_PARAMETER', 'capRate must be a decimal rate, e.g. "0.05"');
  if (!issues.empty) return fail(issues.list);

  const t = new Tracer();
  const base = { year: input.year, quarter: input.quarter };
  if (rule.capRate === null) {
    const payable = money(new D(input.quarterFee!));
    const note = `${params.source}: no cap on TPA fees is stated; the agreed amount is payable (依协议约定)`;
    t.step('fund.tpaFee', rule.citation, { quarterFee: input.quarterFee }, payable, { note });
    return ok({ ...base, annualCap: null, remaining: null, payable, capApplied: false, note }, t.steps);
  }
  const annualCap = money(new D(input.raisedFund).times(rule.capRate));
  t.step('fund.tpaFeeAnnualCap', rule.citation, { raisedFund: input.raisedFund, capRate: rule.capRate }, annualCap);
  const left = new D(annualCap).minus(input.feesPaidThisYear);
  const remaining = money(left.isNegative() ? new D(0) : left);
  t.step('fund.tpaFeeRemaining', rule.citation, { annualCap, feesPaidThisYear: input.feesPaidThisYear }, remaining);
  const asked = input.quarterFee === undefined ? new D(remaining) : new D(input.quarterFee);
  const capApplied = asked.greaterThan(remaining);
  const payable = money(capApplied ? new D(remaining) : asked);
  const note = input.quarterFee === undefined ? 'no quarter fee given: the most the cap still allows this year' : null;
  t.step(
    'fund.tpaFeePayable',
    rule.citation,
    { quarter: input.quarter, quarterFee: input.quarterFee ?? null, remaining },
    payable,
    note ? { note } : undefined,
  );
  return ok({ ...base, annualCap, remaining, payable, capApplied, note }, t.steps);
}
