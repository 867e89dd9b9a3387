import { daysInMonth, type IsoDate, type IsoMonth, isIsoMonth } from '../core/dates.js';
import { D, type Dec, isMoney, type Money, money } from '../core/money.js';
import { fail, Issues, ok, type PolicyResult } from '../core/result.js';
import { shown } from '../core/shown.js';
import { Tracer } from '../core/trace.js';
import { type CompiledBenefitParams, compileBenefitParams } from './compile-params.js';
import { moneyText, ZERO } from './money-text.js';
import type { BenefitParams } from './params.js';

/** One home-care visit (Qinhuangdao art. 31(1)3). */
export interface HomeVisit {
  date: IsoDate;
  minutes: number;
  billed: Money;
  /** A reviewer's reason for accepting a visit on the day after another one. */
  consecutiveDayApproval?: string;
}

export type VisitStatus = 'paid' | 'approvedConsecutiveDay' | 'tooShort' | 'consecutiveDayNeedsReview' | 'overMonthlyVisits';

export interface VisitPayment {
  /** Position of the visit in the input list. */
  index: number;
  date: IsoDate;
  minutes: number;
  billed: Money;
  paid: Money;
  status: VisitStatus;
}

/** Something a person should see: `needsReview` ones hold a payment until a reviewer acts. */
export interface BenefitFlag {
  code: string;
  path: string;
  citation: string;
  message: string;
  needsReview: boolean;
}

export interface HomeVisitPayments {
  visits: VisitPayment[];
  billedTotal: Money;
  fundPays: Money;
  /** The same two as decimals, for the caller's arithmetic. */
  billedDec: Dec;
  fundDec: Dec;
  paidVisits: number;
  flags: BenefitFlag[];
}

export interface HomeVisitInput {
  month: IsoMonth;
  /** The claimant had benefits the whole calendar month (matters only for `billedUpToCap`). */
  wholeMonth: boolean;
  visits: HomeVisit[];
}

const DATE = /^(\d{4}-\d{2})-(\d{2})$/;

/** Every problem with a list of visits, paths under `path`. */
export function collectVisitIssues(issues: Issues, path: string, visits: unknown, month: IsoMonth): void {
  if (!Array.isArray(visits)) {
    issues.add(path, 'REQUIRED', `${path} is required for home care: the list of visits (may be empty)`);
    return;
  }
  const lastDay = isIsoMonth(month) ? daysInMonth(month) : 31;
  visits.forEach((v: HomeVisit, i) => {
    const p = `${path}.${i}`;
    const date = typeof v?.date === 'string' && DATE.exec(v.date);
    if (!date || +date[2] < 1 || +date[2] > 31) issues.add(`${p}.date`, 'INVALID_DATE', `${p}.date must be a date YYYY-MM-DD`);
    else if (date[1] !== month || +date[2] > lastDay)
      issues.add(`${p}.date`, 'OUT_OF_RANGE', `${p}.date ${v.date} is not in ${shown(month)}`);
    if (!Number.isInteger(v?.minutes) || v.minutes < 0)
      issues.add(`${p}.minutes`, 'OUT_OF_RANGE', `${p}.minutes must be a whole number ≥ 0`);
    if (!isMoney(v?.billed) || v.billed.startsWith('-'))
      issues.add(`${p}.billed`, 'INVALID_MONEY', `${p}.billed must be an amount ≥ 0, e.g. "120.00"`);
    if (v?.consecutiveDayApproval !== undefined && (typeof v.consecutiveDayApproval !== 'string' || !v.consecutiveDayApproval.trim())) {
      issues.add(`${p}.consecutiveDayApproval`, 'REQUIRED', 'an approval of a consecutive-day visit needs a reason');
    }
  });
}

// Stryker disable all: only saves sorting a list already by date; sorting it (stable) changes nothing
function isSortedByDate(visits: readonly HomeVisit[]): boolean {
  for (let i = 1; i < visits.length; i++) if (visits[i].date < visits[i - 1].date) return false;
  return true;
}
// Stryker restore all

/** By date; visits of one day keep their listed order (`Array.prototype.sort` is stable). */
function byDate(a: { v: HomeVisit }, b: { v: HomeVisit }): number {
  if (a.v.date < b.v.date) return -1;
  // Stryker disable next-line all: V8's sort reads only whether the answer is below 0, so 1 or 0 here give the same order
  return a.v.date > b.v.date ? 1 : 0;
}

function previousDay(date: IsoDate): IsoDate {
  const day = Number(date.slice(8));
  return `${date.slice(0, 8)}${day <= 10 ? '0' : ''}${day - 1}`;
}

/**
 * Qinhuangdao art. 31(1)3: 1100 a month as 10 visits of ≥ 120 minutes, "原则上不能连续两日进行护理",
 * a part month paid by the visits made. Assumes validated visits; used by `quoteBenefit`.
 */
export function payHomeVisits(t: Tracer, visits: readonly HomeVisit[], wholeMonth: boolean, c: CompiledBenefitParams): HomeVisitPayments {
  // Stryker disable next-line ConditionalExpression: a share scheme has no `home` either
  const rule = c.params.employees.kind === 'monthlyCap' ? c.params.employees.home : undefined;
  const home = c.home;
  /* v8 ignore next */
  // Stryker disable next-line all: unreachable, the callers have refused a region without a home-visit rule
  if (!rule || !home) throw new Error('payHomeVisits needs a region with a home-visit rule');
  const uptoCap = rule.homeCarePayment === 'billedUpToCap' && wholeMonth;
  const order = visits.map((v, index) => ({ v, index }));
  if (!isSortedByDate(visits)) order.sort(byDate);
  const days = new Set(visits.map((v) => v.date));
  // Stryker disable next-line ArrayDeclaration: every place is filled by index below; the length only presizes
  const out: VisitPayment[] = new Array(visits.length);
  const flags: BenefitFlag[] = [];
  // Visits of a month mostly share a price: each distinct amount is parsed once and summed as amount × count.
  const amounts = new Map<string, BilledAmount>();
  let perVisitPaid = 0;
  let runningUptoCap = ZERO;
  let paidVisits = 0;
  let consecutive = 0;
  for (const { v, index } of order) {
    let amount = amounts.get(v.billed);
    if (!amount) {
      const dec = new D(v.billed);
      amount = { dec, text: moneyText(v.billed, dec), billed: 0, paidInFull: 0, belowPerVisit: dec.lessThan(home.perVisit) };
      amounts.set(v.billed, amount);
    }
    amount.billed++;
    let status: VisitStatus = 'paid';
    let paidText = '0.00';
    const afterAnotherDay = days.has(previousDay(v.date));
    if (afterAnotherDay) consecutive++;
    if (v.minutes < rule.minMinutes) status = 'tooShort';
    else if (afterAnotherDay && !v.consecutiveDayApproval) {
      status = 'consecutiveDayNeedsReview';
      flags.push({
        code: 'CONSECUTIVE_DAY_VISIT',
        path: `visits.${index}`,
        citation: rule.consecutiveDaysCitation,
        message: `${v.date} 的上门护理与前一日连续，需审核人员填写理由批准后支付 (visit on the day after another: unpaid until approved with a reason)`,
        needsReview: true,
      });
    } else if (paidVisits >= rule.visitsPerMonth) status = 'overMonthlyVisits';
    else {
      if (afterAnotherDay) status = 'approvedConsecutiveDay';
      paidVisits++;
      if (uptoCap) {
        // billedUpToCap (whole month): billed until the cap is used up.
        const limit = home.cap.minus(runningUptoCap);
        const paid = amount.dec.lessThan(limit) ? amount.dec : limit;
        runningUptoCap = runningUptoCap.plus(paid);
        paidText = money(paid);
      } else if (amount.belowPerVisit) {
        // perVisit: min(cap ÷ visits, billed).
        amount.paidInFull++;
        paidText = amount.text;
      } else {
        perVisitPaid++;
        paidText = home.perVisitText;
      }
    }
    out[index] = { index, date: v.date, minutes: v.minutes, billed: amount.text, paid: paidText, status };
  }
  let billedTotal = ZERO;
  let total = uptoCap ? runningUptoCap : home.perVisit.times(perVisitPaid);
  // Stryker disable ConditionalExpression: `=== 1` and `if (a.paidInFull)` only skip a multiplication by 1 or an addition of 0
  for (const a of amounts.values()) {
    billedTotal = billedTotal.plus(a.billed === 1 ? a.dec : a.dec.times(a.billed));
    if (a.paidInFull) total = total.plus(a.paidInFull === 1 ? a.dec : a.dec.times(a.paidInFull));
  }
  // Stryker restore ConditionalExpression
  const fundPays = money(total);
  t.step(
    'benefits.homeVisitPayments',
    rule.citation,
    { visits: visits.length, perVisit: home.perVisitText, maxVisits: rule.visitsPerMonth, minMinutes: rule.minMinutes, wholeMonth },
    { paidVisits, fundPays },
    { interpretation: `homeCarePayment=${rule.homeCarePayment}` },
  );
  if (consecutive > 0) {
    t.step(
      'benefits.consecutiveDayVisits',
      rule.consecutiveDaysCitation,
      { consecutiveDayVisits: consecutive },
      { heldForReview: flags.length },
    );
  }
  return { visits: out, billedTotal: money(billedTotal), fundPays, billedDec: billedTotal, fundDec: total, paidVisits, flags };
}

interface BilledAmount {
  dec: Dec;
  text: Money;
  /** Visits billed this amount, and those of them paid the amount in full. */
  billed: number;
  paidInFull: number;
  belowPerVisit: boolean;
}

/** The per-visit payments of a month of home care (Qinhuangdao art. 31(1)3), with a trace. */
export function homeVisitPayments(input: HomeVisitInput, params: BenefitParams): PolicyResult<HomeVisitPayments> {
  const compiled = compileBenefitParams(params);
  if (Array.isArray(compiled)) return fail(compiled);
  const issues = new Issues();
  if (!compiled.home) issues.add('params.employees.home', 'NOT_ALLOWED', `${params.source} pays home care by share, not per visit`);
  if (!isIsoMonth(input?.month)) issues.add('month', 'INVALID_DATE', 'month must be YYYY-MM');
  if (typeof input?.wholeMonth !== 'boolean') issues.add('wholeMonth', 'REQUIRED', 'wholeMonth is required (true or false)');
  collectVisitIssues(issues, 'visits', input?.visits, input?.month);
  if (!issues.empty) return fail(issues.list);
  const t = new Tracer();
  const value = payHomeVisits(t, input.visits, input.wholeMonth, compiled);
  return ok(value, t.steps);
}
