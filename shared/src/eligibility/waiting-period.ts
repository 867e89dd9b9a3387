import { CONTRIBUTION_CATEGORIES, type ContributionCategory } from '../contributions/params.js';
import { addMonths, addMonthsToMonth, firstDayOf, type IsoDate, isIsoDate, monthOf, yearOf } from '../core/dates.js';
import { Issues, ok, type PolicyResult } from '../core/result.js';
import { shown } from '../core/shown.js';
import { Tracer } from '../core/trace.js';
import { requireRecord } from '../core/validate.js';
import { type EligibilityParams, WAITING_EXEMPTIONS, type WaitingExemption } from './params.js';

export interface WaitingPeriodInput {
  category: ContributionCategory;
  /** The day this enrolment's contributions first arrived (residents: the first day of the first covered year). */
  firstArrival: IsoDate;
  /** Enrolling again after a break in contributions. */
  reEnrolment?: boolean;
  /** Resident re-enrolling: whole years without contributions. A late first enrolment's years are counted from the launch year. */
  breakYears?: number;
  exemptions?: WaitingExemption[];
  /** Flexible worker paying again after arrears: how many months, and whether below the statutory retirement age. */
  flexibleArrears?: { months: number; belowRetirementAge: boolean };
}

export interface WaitingPeriodResult {
  waitingPeriod: boolean;
  /** The first day benefits may be paid; null when there is no waiting period. */
  benefitsFrom: IsoDate | null;
  months: number;
}

const NONE: WaitingPeriodResult = { waitingPeriod: false, benefitsFrom: null, months: 0 };

function groupOf(category: ContributionCategory): 'employees' | 'residents' {
  return category === 'resident' || category === 'minor' || category === 'orphan' ? 'residents' : 'employees';
}

function isNewEnrolmentAfterArrears(input: WaitingPeriodInput, params: EligibilityParams): boolean {
  const limit = params.flexibleArrearsNewEnrolmentMonths;
  const a = input.flexibleArrears;
  return input.category === 'flexible' && limit !== null && !!a && a.months > limit && a.belowRetirementAge;
}

function lateYears(input: WaitingPeriodInput, params: EligibilityParams): number {
  return input.reEnrolment ? (input.breakYears as number) : yearOf(input.firstArrival) - yearOf(params.launch.residents);
}

function isExempt(input: WaitingPeriodInput, params: EligibilityParams): boolean {
  return (input.exemptions ?? []).some((e) => params.exemptions.includes(e));
}

function needsResidentExtension(input: WaitingPeriodInput, params: EligibilityParams): boolean {
  return (
    !isExempt(input, params) && input.category === 'resident' && params.residentWaitingExtendsWithBreak && lateYears(input, params) > 0
  );
}

function inputIssues(input: WaitingPeriodInput, params: EligibilityParams): Issues {
  const issues = new Issues();
  if (!requireRecord(issues, 'input', input)) return issues;
  if (!CONTRIBUTION_CATEGORIES.includes(input.category))
    issues.add('category', 'NOT_ALLOWED', `category must be one of ${CONTRIBUTION_CATEGORIES.join(', ')}`);
  if (!isIsoDate(input.firstArrival)) {
    issues.add('firstArrival', 'INVALID_DATE', `firstArrival must be a date YYYY-MM-DD, got ${shown(input.firstArrival)}`);
  } else if (CONTRIBUTION_CATEGORIES.includes(input.category) && input.firstArrival < params.launch[groupOf(input.category)]) {
    issues.add('firstArrival', 'OUT_OF_RANGE', `${params.source} covers this group only from ${params.launch[groupOf(input.category)]}`);
  }
  if (input.breakYears !== undefined && (!Number.isInteger(input.breakYears) || input.breakYears < 0)) {
    issues.add('breakYears', 'OUT_OF_RANGE', `breakYears must be a whole number ≥ 0, got ${shown(input.breakYears)}`);
  }
  (input.exemptions ?? []).forEach((e, i) => {
    if (!WAITING_EXEMPTIONS.includes(e))
      issues.add(`exemptions.${i}`, 'NOT_ALLOWED', `exemption must be one of ${WAITING_EXEMPTIONS.join(', ')}`);
  });
  const a = input.flexibleArrears;
  if (a && (!Number.isInteger(a.months) || a.months < 0))
    issues.add('flexibleArrears.months', 'OUT_OF_RANGE', 'months must be a whole number ≥ 0');
  if (!issues.empty) return issues;
  if (input.category === 'resident' && input.reEnrolment && params.residentWaitingExtendsWithBreak && !isExempt(input, params))
    issues.required('breakYears', input.breakYears);
  if (issues.empty && needsResidentExtension(input, params) && params.residentExtensionMonthsPerBreakYear === null) {
    issues.add(
      'params.residentExtensionMonthsPerBreakYear',
      'PARAMETER_MISSING',
      `the waiting period lengthens with the years of the break, but by how much is not stated (${params.citations.residentBreak})`,
    );
  }
  return issues;
}

/**
 * The first day a newly insured person may receive benefits (Qinhuangdao art. 14, Tumxuk §5(五)),
 * or no waiting period.
 */
export function waitingPeriodEnd(input: WaitingPeriodInput, params: EligibilityParams): PolicyResult<WaitingPeriodResult> {
  const invalid = inputIssues(input, params).result<WaitingPeriodResult>();
  if (invalid) return invalid;
  const t = new Tracer();
  const c = params.citations;
  if (isExempt(input, params)) {
    return ok(
      t.step('eligibility.waitingExemption', c.waiting, { exemptions: input.exemptions, exemptGroups: params.exemptions }, NONE),
      t.steps,
    );
  }
  if (input.exemptions?.length) {
    t.step('eligibility.waitingExemption', c.waiting, { exemptions: input.exemptions, exemptGroups: params.exemptions }, false, {
      note: `not an exemption in ${params.source}`,
    });
  }
  const afterArrears = isNewEnrolmentAfterArrears(input, params);
  if (input.flexibleArrears) {
    t.step(
      'eligibility.flexibleArrears',
      c.flexibleArrears,
      { ...input.flexibleArrears, limit: params.flexibleArrearsNewEnrolmentMonths },
      afterArrears,
      {
        note: afterArrears ? 'in arrears too long below retirement age: managed as newly insured' : 'not a new enrolment',
      },
    );
  }
  if (input.flexibleArrears && !afterArrears && !input.reEnrolment) {
    return ok(
      t.step('eligibility.waitingPeriod', c.flexibleArrears, { flexibleArrears: input.flexibleArrears }, NONE, {
        note: 'the same enrolment continues: benefits resume after the back-payment (see benefitDates)',
      }),
      t.steps,
    );
  }
  const group = groupOf(input.category);
  const atLaunch = !input.reEnrolment && !afterArrears && yearOf(input.firstArrival) === yearOf(params.launch[group]);
  t.step(
    'eligibility.insuredAtLaunch',
    c.waiting,
    { firstArrival: input.firstArrival, launch: params.launch[group], reEnrolment: !!input.reEnrolment },
    atLaunch,
  );

  const fromArrival = params.waitingFromFirstArrival && (input.category === 'employee' || input.category === 'flexible');
  if (atLaunch && !fromArrival) {
    return ok(t.step('eligibility.waitingPeriod', c.waiting, { insuredAtLaunch: true }, NONE), t.steps);
  }
  let months = params.waitingMonths;
  t.step(
    'eligibility.waitingPeriod',
    atLaunch ? c.waitingFromArrival : c.waiting,
    { insuredAtLaunch: atLaunch, category: input.category },
    months,
    fromArrival ? { interpretation: `waitingFromFirstArrival=${params.waitingFromFirstArrival}` } : undefined,
  );
  if (needsResidentExtension(input, params)) {
    const years = lateYears(input, params);
    const perYear = params.residentExtensionMonthsPerBreakYear as number;
    months = t.step(
      'eligibility.residentBreakExtension',
      c.residentBreak,
      { breakYears: years, monthsPerYear: perYear, baseMonths: months },
      months + years * perYear,
    );
  }
  const benefitsFrom =
    params.waitingCountsFrom === 'arrivalMonth'
      ? firstDayOf(addMonthsToMonth(monthOf(input.firstArrival), months))
      : addMonths(input.firstArrival, months);
  t.step('eligibility.waitingEnd', c.waitingFromArrival, { firstArrival: input.firstArrival, months }, benefitsFrom, {
    interpretation: `waitingCountsFrom=${params.waitingCountsFrom}`,
    note: params.waitingCountsFrom === 'arrivalMonth' ? 'the arrival month counts as month 1' : undefined,
  });
  return ok({ waitingPeriod: true, benefitsFrom, months }, t.steps);
}
