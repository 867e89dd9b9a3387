import { D, type Money, money } from '../core/money.js';
import { Issues, ok, type PolicyResult, unwrap } from '../core/result.js';
import { Tracer } from '../core/trace.js';
import type { FundParams } from '../fund/params.js';
import { tpaFeeCap } from '../fund/tpa-fee-cap.js';

export interface TpaInstalmentInput {
  /** The year's fee due after the schedule and the losses (Tianjin art. 18–19). */
  feeDue: Money;
  quarter: 1 | 2 | 3 | 4;
  /** What was already paid of this fee, quarter by quarter. */
  paidQuarters: { quarter: number; amount: Money }[];
  /** The cap's year (the payment date's): fund raised then and TPA fees already paid then, from the ledger. */
  capYear: number;
  raisedFund: Money;
  feesPaidInCapYear: Money;
}

export interface TpaInstalment {
  amount: Money;
  annualCap: Money | null;
  remaining: Money | null;
  withinCap: boolean;
}

/**
 * A quarter's instalment of the year's TPA fee (Qinhuangdao art. 63 按季度拨付): a quarter of the
 * fee due, half-up to the cent, the fourth quarter taking what is left; then "is this payment
 * within the year's cap" (Qinhuangdao art. 63: ≤ 5% of the fund raised that year; Tumxuk §6(五):
 * as agreed, no cap). **Product rule**: over the cap is refused, never silently cut.
 */
export function tpaInstalment(input: TpaInstalmentInput, params: FundParams): PolicyResult<TpaInstalment> {
  const issues = new Issues();
  if (![1, 2, 3, 4].includes(input.quarter)) issues.add('quarter', 'OUT_OF_RANGE', '季度须为1至4');
  if (input.paidQuarters.some((p) => p.quarter === input.quarter))
    issues.add('quarter', 'QUARTER_ALREADY_PAID', `第${input.quarter}季度已拨付或正在审批 (this quarter is already paid or pending)`);
  if (input.quarter === 4 && input.paidQuarters.length < 3)
    issues.add('quarter', 'EARLIER_QUARTER_UNPAID', '第四季度结清前须先拨付前三个季度 (Q4 settles the rest after Q1–Q3)');
  if (!issues.empty) return issues.result()!;
  const t = new Tracer();
  const paid = input.paidQuarters.reduce((acc, p) => acc.plus(p.amount), new D(0));
  const quarterShare = money(new D(input.feeDue).dividedBy(4));
  const amount =
    input.quarter === 4
      ? t.step(
          'tpa.instalment',
          'Qinhuangdao art. 63',
          { feeDue: input.feeDue, paid: money(paid) },
          money(new D(input.feeDue).minus(paid)),
          {
            note: '第四季度结清余额 (the fourth quarter pays what is left)',
          },
        )
      : t.step('tpa.instalment', 'Qinhuangdao art. 63', { feeDue: input.feeDue, quarter: input.quarter }, quarterShare, {
          note: '年度服务费的四分之一 (a quarter of the year’s fee)',
        });
  const cap = unwrap(
    tpaFeeCap(
      {
        year: input.capYear,
        quarter: input.quarter,
        raisedFund: input.raisedFund,
        feesPaidThisYear: input.feesPaidInCapYear,
        quarterFee: new D(amount).isNegative() ? '0.00' : amount,
      },
      params,
    ),
  );
  t.include(cap.trace);
  return ok({ amount, annualCap: cap.value.annualCap, remaining: cap.value.remaining, withinCap: !cap.value.capApplied }, t.steps);
}
