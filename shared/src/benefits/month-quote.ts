import type { ContributionCategory } from '../contributions/params.js';
import { addDays, daysInMonth, firstDayOf, type IsoDate, type IsoMonth, isIsoMonth, lastDayOf } from '../core/dates.js';
import { isMoney, type Money } from '../core/money.js';
import { fail, ok, type PolicyIssue, type PolicyResult } from '../core/result.js';
import { Tracer } from '../core/trace.js';
import { benefitDates } from '../eligibility/benefit-dates.js';
import type { BenefitEvent } from '../eligibility/benefit-events.js';
import type { EligibilityParams } from '../eligibility/params.js';
import type { HomeVisit } from './home-visits.js';
import type { BenefitParams, CareMode, InstitutionSubtype, InsuredCategory } from './params.js';
import { quoteBenefit } from './quote-benefit.js';
import type { BenefitQuote, BenefitQuoteInput, GuardianCover } from './quote-types.js';

/** An accepted care plan as the month's quote reads it: from its first payable day to its last. */
export interface QuotedPlan {
  id: string;
  careMode: CareMode;
  institution: string;
  institutionSubtype?: InstitutionSubtype;
  frequencyPerWeek: number;
  benefitsFrom: IsoDate;
  lastDay: IsoDate | null;
}

export interface MonthQuoteInput {
  month: IsoMonth;
  /** The claimant's insured category (contributions), and as the benefit table reads it. */
  category: ContributionCategory;
  grade: number | null;
  conclusionOn: IsoDate | null;
  plans: readonly QuotedPlan[];
  hospitalStays: readonly { admittedOn: IsoDate; dischargedOn: IsoDate | null }[];
  sanctions: readonly { kind: 'suspend' | 'revoke'; startsOn: IsoDate; endsOn: IsoDate; reinstatedOn: IsoDate | null }[];
  deathDate: IsoDate | null;
  /** The conclusion letter that ended a severe result (Qinhuangdao art. 34(4)). */
  notSevereOn?: IsoDate | null;
  /** What the month's care costs: billed care for institution, community and family care; the price of a home visit. */
  billedCare?: Money;
  visitPrice?: Money;
  annualCap?: { perCapitaIncome: Money; paidYearToDate: Money };
  consecutiveContributionYears?: number;
  guardianCover?: GuardianCover;
  remoteArea?: boolean;
}

export interface MonthQuote {
  month: IsoMonth;
  /** Days of the month with benefits payable under an accepted plan. */
  serviceDays: number;
  payableFrom: IsoDate | null;
  payableTo: IsoDate | null;
  planId: string | null;
  careMode: CareMode | null;
  quote: BenefitQuote | null;
}

const MONTH_RULE = 'Product rule: a month is quoted on the days its benefit periods and an accepted care plan cover';
const VISIT_RULE = 'Product rule: home visits quoted every other day at the plan’s weekly frequency';
const TWO_PLANS_RULE = 'Product rule: a month with two plans is quoted with the plan of most days';

/** Benefit categories as the benefit tables name them: a flexible retiree is a retiree, an orphan is quoted as a resident (Qinhuangdao art. 31(2) ¶2). */
export function benefitCategory(category: ContributionCategory): InsuredCategory {
  if (category === 'flexibleRetiree') return 'retiree';
  if (category === 'orphan') return 'resident';
  return category as InsuredCategory;
}

function events(input: MonthQuoteInput): BenefitEvent[] {
  const out: BenefitEvent[] = [];
  if (input.conclusionOn && input.grade !== null)
    out.push({ type: 'conclusion', date: input.conclusionOn, severe: true, grade: input.grade });
  // the plan's first payable day already applies art. 28, 30 and 34(2) (carePlanStart): accepted on that day
  for (const p of input.plans)
    out.push({ type: 'carePlanAccepted', date: p.benefitsFrom, careMode: p.careMode, institution: p.institution });
  for (const s of input.hospitalStays) {
    out.push({ type: 'hospitalAdmission', date: s.admittedOn });
    if (s.dischargedOn) out.push({ type: 'hospitalDischarge', date: s.dischargedOn });
  }
  for (const s of input.sanctions) {
    out.push({ type: 'sanction', date: s.startsOn, action: s.kind, until: s.endsOn });
    if (s.reinstatedOn) out.push({ type: 'reinstated', date: s.reinstatedOn });
  }
  if (input.notSevereOn) out.push({ type: 'conclusion', date: input.notSevereOn, severe: false });
  if (input.deathDate) out.push({ type: 'death', date: input.deathDate });
  return out;
}

/** Home visits of the month: every other payable day, as many as the plan's weekly frequency gives for those days. */
function plannedVisits(days: IsoDate[], perWeek: number, price: Money): HomeVisit[] {
  const wanted = Math.round((perWeek * days.length) / 7);
  const visits: HomeVisit[] = [];
  let last: IsoDate | null = null;
  for (const d of days) {
    if (visits.length >= wanted) break;
    if (last && addDays(last, 1) === d) continue;
    visits.push({ date: d, minutes: 120, billed: price });
    last = d;
  }
  return visits;
}

/**
 * A claimant's benefit for one month: the days their benefits are payable (the conclusion's start,
 * accepted care plans, hospital stays, sanctions, death — Qinhuangdao art. 28, 30, 34, 69, 71; Tumxuk §5(四))
 * and the month's care quoted on those days by the region's shares and caps (art. 31–33; Tumxuk §5(三)).
 */
export function quoteClaimantMonth(
  input: MonthQuoteInput,
  eligibility: EligibilityParams,
  benefits: BenefitParams,
): PolicyResult<MonthQuote> {
  if (!isIsoMonth(input.month)) return fail([{ path: 'month', code: 'INVALID_DATE', message: '月份格式应为 YYYY-MM (month YYYY-MM)' }]);
  const issues: PolicyIssue[] = [];
  if (input.grade === null || !input.conclusionOn)
    issues.push({ path: 'grade', code: 'NO_CONCLUSION', message: '没有重度失能的评估结论，不能测算待遇 (no severe conclusion)' });
  if (issues.length) return fail(issues);
  const dates = benefitDates({ category: input.category, events: events(input) }, eligibility);
  if (!dates.ok) return fail(dates.issues);
  const t = new Tracer();
  t.include(dates.trace);
  const first = firstDayOf(input.month);
  const last = lastDayOf(input.month);
  const byPlan = new Map<string, IsoDate[]>();
  for (let d = first; d <= last; d = addDays(d, 1)) {
    const inPeriod = dates.value.periods.some((p) => p.from <= d && (p.to === null || d <= p.to));
    if (!inPeriod) continue;
    const plan = [...input.plans].reverse().find((p) => p.benefitsFrom <= d && (p.lastDay === null || d <= p.lastDay));
    if (plan) byPlan.set(plan.id, [...(byPlan.get(plan.id) ?? []), d]);
  }
  const ranked = [...byPlan.entries()].sort((a, b) => b[1].length - a[1].length);
  const [planId, days] = ranked[0] ?? [null, [] as IsoDate[]];
  const plan = input.plans.find((p) => p.id === planId) ?? null;
  t.step(
    'benefits.monthDays',
    `${eligibility.citations.start}; ${eligibility.citations.carePlan}; ${eligibility.citations.hospital}; ${eligibility.citations.sanction}; ${MONTH_RULE}`,
    { month: input.month, periods: dates.value.periods.length, plans: input.plans.length },
    { serviceDays: days.length, from: days[0] ?? null, to: days.at(-1) ?? null },
    ranked.length > 1 ? { note: TWO_PLANS_RULE } : undefined,
  );
  const empty: MonthQuote = {
    month: input.month,
    serviceDays: 0,
    payableFrom: null,
    payableTo: null,
    planId: null,
    careMode: null,
    quote: null,
  };
  if (!plan || !days.length) return ok(empty, t.steps);
  const insuredCategory = benefitCategory(input.category);
  const perVisit =
    benefits.employees.kind === 'monthlyCap' && plan.careMode === 'home' && ['employee', 'retiree', 'flexible'].includes(insuredCategory);
  const need: PolicyIssue[] = [];
  if (perVisit && !isMoney(input.visitPrice))
    need.push({ path: 'visitPrice', code: 'REQUIRED', message: '请填写每次上门服务的收费 (price of a home visit)' });
  if (!perVisit && !isMoney(input.billedCare))
    need.push({ path: 'billedCare', code: 'REQUIRED', message: '请填写当月护理服务费用 (the month’s billed care)' });
  if (need.length) return fail(need);
  const visits = perVisit ? plannedVisits(days, plan.frequencyPerWeek, input.visitPrice as Money) : undefined;
  if (visits) t.step('benefits.plannedVisits', VISIT_RULE, { perWeek: plan.frequencyPerWeek, days: days.length }, visits.length);
  const quoteInput: BenefitQuoteInput = {
    insuredCategory,
    careMode: plan.careMode,
    grade: input.grade as number,
    month: input.month,
    ...(days.length === daysInMonth(input.month) ? {} : { serviceDays: days.length }),
    lines: perVisit ? [] : [{ category: 'care', amount: input.billedCare as Money }],
    ...(visits ? { visits } : {}),
    ...(plan.institutionSubtype ? { institutionSubtype: plan.institutionSubtype } : {}),
    ...(input.annualCap ? { annualCap: input.annualCap } : {}),
    ...(input.consecutiveContributionYears !== undefined ? { consecutiveContributionYears: input.consecutiveContributionYears } : {}),
    ...(input.guardianCover ? { guardianCover: input.guardianCover } : {}),
    ...(input.remoteArea !== undefined ? { remoteArea: input.remoteArea } : {}),
  };
  const quoted = quoteBenefit(quoteInput, benefits);
  if (!quoted.ok) return fail(quoted.issues);
  return ok(
    {
      ...empty,
      serviceDays: days.length,
      payableFrom: days[0],
      payableTo: days.at(-1) as IsoDate,
      planId: plan.id,
      careMode: plan.careMode,
      quote: quoted.value,
    },
    [...t.steps, ...quoted.trace],
  );
}
