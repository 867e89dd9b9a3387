import { addMonthsToMonth, firstDayOf, type IsoDate, type IsoMonth, isIsoDate, isIsoMonth, lastDayOf } from '../core/dates.js';
import { D, isMoney, type Money } from '../core/money.js';
import type { PolicyIssue } from '../core/result.js';
import type { BenefitEvent } from '../eligibility/benefit-events.js';

/**
 * One month of a claimant's contributions as the collection system reports it (Qinhuangdao art.
 * 11, 14; Tumxuk §4): `paid` arrived on time, `arrears` is due and has not arrived, `backPaid` was
 * in arrears and the back-payment arrived on `arrivedOn`.
 */
export type ContributionStatus = 'paid' | 'arrears' | 'backPaid';
export const CONTRIBUTION_STATUSES: readonly ContributionStatus[] = ['paid', 'arrears', 'backPaid'];

export interface ContributionMonth {
  month: IsoMonth;
  status: ContributionStatus;
  amount: Money;
  arrivedOn: IsoDate | null;
}

/** Every problem with one month's record, in Chinese, with stable codes. */
export function contributionMonthIssues(m: Partial<ContributionMonth>, asOf: IsoDate, path = ''): PolicyIssue[] {
  const at = (field: string) => (path ? `${path}.${field}` : field);
  const issues: PolicyIssue[] = [];
  if (!isIsoMonth(m.month)) issues.push({ path: at('month'), code: 'INVALID_MONTH', message: '缴费月份应为 YYYY-MM' });
  else if (m.month > asOf.slice(0, 7)) issues.push({ path: at('month'), code: 'OUT_OF_RANGE', message: '缴费月份不能晚于本月' });
  if (!CONTRIBUTION_STATUSES.includes(m.status as ContributionStatus))
    issues.push({ path: at('status'), code: 'NOT_ALLOWED', message: '缴费状态应为：到账、欠费、补缴到账' });
  if (!isMoney(m.amount) || String(m.amount).startsWith('-'))
    issues.push({ path: at('amount'), code: 'INVALID_MONEY', message: '金额应为不小于 0 的数字，最多两位小数，如 123.45' });
  const arrived = m.arrivedOn ?? null;
  if (m.status === 'arrears' && arrived !== null)
    issues.push({ path: at('arrivedOn'), code: 'NOT_ALLOWED', message: '欠费月份没有到账日期' });
  if ((m.status === 'paid' || m.status === 'backPaid') && arrived === null)
    issues.push({ path: at('arrivedOn'), code: 'REQUIRED', message: '到账或补缴须填写到账日期' });
  if (arrived !== null && !isIsoDate(arrived))
    issues.push({ path: at('arrivedOn'), code: 'INVALID_DATE', message: '到账日期应为 YYYY-MM-DD' });
  else if (arrived !== null && arrived > asOf)
    issues.push({ path: at('arrivedOn'), code: 'OUT_OF_RANGE', message: '到账日期不能晚于今天' });
  // a back-payment arrives after the month it pays for is over (it was in arrears first)
  else if (arrived !== null && m.status === 'backPaid' && isIsoMonth(m.month) && arrived <= lastDayOf(m.month))
    issues.push({ path: at('arrivedOn'), code: 'OUT_OF_RANGE', message: '补缴到账日期应晚于所补月份的月末' });
  return issues;
}

/**
 * How a month's record may change when a later file or entry reports it again: the same record
 * again is nothing new; arrears may become back-paid; anything else contradicts what arrived.
 */
export function contributionChange(before: ContributionMonth | null, after: ContributionMonth): 'insert' | 'same' | 'update' | 'conflict' {
  if (!before) return 'insert';
  const same = before.status === after.status && before.arrivedOn === after.arrivedOn && D(before.amount).eq(after.amount);
  if (same) return 'same';
  if (before.status === 'arrears' && (after.status === 'backPaid' || after.status === 'arrears')) return 'update';
  return 'conflict';
}

/** A run of consecutive months in arrears (some perhaps back-paid since). */
export interface ArrearsRun {
  from: IsoMonth;
  to: IsoMonth;
  months: number;
  /** The day the last back-payment of the run arrived, when every month of it is back-paid. */
  backPaidOn: IsoDate | null;
}

/** The runs of arrears in a history, oldest first (Qinhuangdao art. 14 ¶2, 34(1)). */
export function arrearsRuns(history: readonly ContributionMonth[]): ArrearsRun[] {
  const months = [...history].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const runs: (ArrearsRun & { open: boolean })[] = [];
  for (const m of months) {
    if (m.status === 'paid') continue;
    const last = runs.at(-1);
    const run =
      last && addMonthsToMonth(last.to, 1) === m.month
        ? last
        : runs[runs.push({ from: m.month, to: m.month, months: 0, backPaidOn: null, open: false }) - 1];
    run.to = m.month;
    run.months += 1;
    if (m.status === 'arrears') run.open = true;
    else if (!run.backPaidOn || (m.arrivedOn as IsoDate) > run.backPaidOn) run.backPaidOn = m.arrivedOn;
  }
  return runs.map(({ open, ...r }) => ({ ...r, backPaidOn: open ? null : r.backPaidOn }));
}

/** The arrears of a history as the eligibility engine's dated events: arrears begin on the 1st of their first month. */
export function arrearsEvents(history: readonly ContributionMonth[]): BenefitEvent[] {
  return arrearsRuns(history).flatMap((r): BenefitEvent[] => [
    { type: 'arrearsBegin', date: firstDayOf(r.from) },
    ...(r.backPaidOn ? [{ type: 'backPaymentArrived' as const, date: r.backPaidOn }] : []),
  ]);
}
