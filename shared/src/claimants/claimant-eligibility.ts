import type { ContributionCategory } from '../contributions/params.js';
import { type IsoDate, isIsoDate } from '../core/dates.js';
import { ok, type PolicyIssue, type PolicyResult } from '../core/result.js';
import { type Trace, Tracer } from '../core/trace.js';
import { benefitDates, type EventEffect } from '../eligibility/benefit-dates.js';
import type { BenefitEvent } from '../eligibility/benefit-events.js';
import type { EligibilityParams, WaitingExemption } from '../eligibility/params.js';
import { waitingPeriodEnd } from '../eligibility/waiting-period.js';
import { arrearsEvents, arrearsRuns, type ContributionMonth } from './contribution-history.js';

/** Where a claimant stands on a day: the insurance side of eligibility, before any assessment. */
export type EligibilityStatus = 'notInsured' | 'waiting' | 'suspended' | 'active' | 'ended' | 'undetermined';
export const ELIGIBILITY_STATUSES: readonly EligibilityStatus[] = ['notInsured', 'waiting', 'suspended', 'active', 'ended', 'undetermined'];

export type SuspensionReason = 'arrears' | 'hospital' | 'sanction';

export interface HospitalStay {
  admittedOn: IsoDate;
  dischargedOn: IsoDate | null;
}

export interface ClaimantEligibilityInput {
  category: ContributionCategory;
  contributions: readonly ContributionMonth[];
  hospitalStays: readonly HospitalStay[];
  deathDate: IsoDate | null;
  /** Hardship-subsidised people and newborns have no waiting period (Qinhuangdao art. 14 ¶1; Tumxuk §5(五)). */
  exemptions: readonly WaitingExemption[];
  /** A minor or orphan with no contributions of their own: the day their insurance began (Qinhuangdao art. 10(四)). */
  insuredSince?: IsoDate | null;
  /** Sanctions put in force (Qinhuangdao art. 69): the period's first and last day, and the reinstatement, if any (art. 71). */
  sanctions?: readonly ClaimantSanctionFact[];
  asOf: IsoDate;
}

export interface ClaimantSanctionFact {
  kind: 'suspend' | 'revoke';
  startsOn: IsoDate;
  endsOn: IsoDate;
  reinstatedOn: IsoDate | null;
}

export interface ClaimantEligibility {
  status: EligibilityStatus;
  /** The first day after the waiting period (null: none, or not insured yet). */
  waitingEnd: IsoDate | null;
  suspendedBecause: SuspensionReason[];
  /** The day the status began, when known. */
  since: IsoDate | null;
  /** The next day the status may change by the dates already known (waiting end, a resumption…); null: none known. */
  validUntil: IsoDate | null;
  /** Why the status could not be determined (a parameter the region has not set, a contribution before launch). */
  issues: PolicyIssue[];
}

/** The region's articles the status reads: waiting period, arrears, hospital stays, death (Qinhuangdao art. 14, 34; Tumxuk §5). */
const statusCitation = (p: EligibilityParams) =>
  [...new Set([p.citations.waiting, p.citations.arrears, p.citations.hospital, p.citations.death])].join('; ');
/** The engine's own summary steps of benefit periods say nothing of a claimant's insurance status. */
const NOT_STATUS_STEPS = new Set(['eligibility.carePlanRequired', 'eligibility.benefitPeriods']);

function firstArrivalOf(input: ClaimantEligibilityInput): IsoDate | null {
  const arrivals = input.contributions.filter((c) => c.status === 'paid' && c.arrivedOn).map((c) => c.arrivedOn as IsoDate);
  if (!arrivals.length && (input.category === 'minor' || input.category === 'orphan')) return input.insuredSince ?? null;
  return arrivals.sort()[0] ?? null;
}

function undetermined(t: Tracer, issues: PolicyIssue[], params: EligibilityParams): PolicyResult<ClaimantEligibility> {
  const value: ClaimantEligibility = {
    status: 'undetermined',
    waitingEnd: null,
    suspendedBecause: [],
    since: null,
    validUntil: null,
    issues,
  };
  t.step('eligibility.claimantStatus', statusCitation(params), { issues: issues.map((i) => `${i.path}: ${i.code}`) }, 'undetermined', {
    note: issues.map((i) => i.message).join('；'),
  });
  return ok(value, t.steps);
}

/** The waiting period of this enrolment: a flexible worker long in arrears starts a new one at the back-payment (art. 14 ¶2). */
function waiting(input: ClaimantEligibilityInput, first: IsoDate, params: EligibilityParams) {
  const limit = params.flexibleArrearsNewEnrolmentMonths;
  // Product rule: a flexible worker (not a flexible retiree) is below the statutory retirement age.
  const longRun =
    input.category === 'flexible' && limit !== null
      ? arrearsRuns(input.contributions)
          .filter((r) => r.months > limit && r.backPaidOn)
          .at(-1)
      : undefined;
  return waitingPeriodEnd(
    {
      category: input.category,
      firstArrival: longRun ? (longRun.backPaidOn as IsoDate) : first,
      exemptions: [...input.exemptions],
      ...(longRun ? { flexibleArrears: { months: longRun.months, belowRetirementAge: true } } : {}),
    },
    params,
  );
}

function events(input: ClaimantEligibilityInput): BenefitEvent[] {
  return [
    ...arrearsEvents(input.contributions),
    ...input.hospitalStays.flatMap((s): BenefitEvent[] => [
      { type: 'hospitalAdmission', date: s.admittedOn },
      ...(s.dischargedOn ? [{ type: 'hospitalDischarge' as const, date: s.dischargedOn }] : []),
    ]),
    ...(input.sanctions ?? []).flatMap((s): BenefitEvent[] => [
      { type: 'sanction', date: s.startsOn, action: s.kind, until: s.endsOn },
      ...(s.reinstatedOn ? [{ type: 'reinstated' as const, date: s.reinstatedOn }] : []),
    ]),
    ...(input.deathDate ? [{ type: 'death' as const, date: input.deathDate }] : []),
  ];
}

const REASON: Partial<Record<EventEffect['type'], SuspensionReason>> = {
  arrearsBegin: 'arrears',
  backPaymentArrived: 'arrears',
  hospitalAdmission: 'hospital',
  hospitalDischarge: 'hospital',
  sanction: 'sanction',
  reinstated: 'sanction',
};

/** The suspensions in force on `asOf`, since when, and the next known change. */
function sweep(effects: readonly EventEffect[], asOf: IsoDate) {
  const inForce = new Map<SuspensionReason, IsoDate>();
  let ended: IsoDate | null = null;
  let lastResume: IsoDate | null = null;
  let next: IsoDate | null = null;
  const dated = effects
    .filter((e) => e.effectiveFrom)
    .sort((a, b) => ((a.effectiveFrom as IsoDate) < (b.effectiveFrom as IsoDate) ? -1 : 1));
  for (const e of dated) {
    const from = e.effectiveFrom as IsoDate;
    if (from > asOf) {
      next ??= from;
      continue;
    }
    const reason = REASON[e.type];
    // Qinhuangdao art. 71: a revocation, too, is lifted on a new application after its period, so it holds benefits like a suspension.
    if (e.type === 'sanction') inForce.set('sanction', from);
    else if (e.effect === 'end') ended = from;
    else if (reason && e.effect === 'suspend') inForce.set(reason, from);
    else if (reason && e.effect === 'resume') {
      inForce.delete(reason);
      lastResume = from;
    }
  }
  return { inForce, ended, lastResume, next };
}

/**
 * A claimant's eligibility status on `asOf`, from their contributions, hospital stays and death,
 * through the shared waiting-period and benefit-date rules (Qinhuangdao art. 14, 34; Tumxuk §5).
 */
export function claimantEligibility(input: ClaimantEligibilityInput, params: EligibilityParams): PolicyResult<ClaimantEligibility> {
  if (!isIsoDate(input.asOf)) return { ok: false, issues: [{ path: 'asOf', code: 'INVALID_DATE', message: '日期应为 YYYY-MM-DD' }] };
  const t = new Tracer();
  const dates = benefitDates({ category: input.category, events: events(input) }, params);
  if (!dates.ok) return undetermined(t, dates.issues, params);
  t.include(dates.trace.filter((s) => !NOT_STATUS_STEPS.has(s.rule)));
  const { inForce, ended, lastResume, next } = sweep(dates.value.effects, input.asOf);
  const base = { suspendedBecause: [...inForce.keys()].sort(), issues: [] as PolicyIssue[] };
  const done = (value: ClaimantEligibility, inputs: Record<string, unknown>): PolicyResult<ClaimantEligibility> =>
    ok(value, [...t.steps, ...statusStep(value, inputs, params)]);
  if (ended) return done({ ...base, status: 'ended', waitingEnd: null, since: ended, validUntil: null }, { asOf: input.asOf, ended });

  const first = firstArrivalOf(input);
  t.step(
    'eligibility.firstArrival',
    params.citations.waiting,
    { category: input.category, insuredSince: input.insuredSince ?? null },
    first,
  );
  if (!first) return done({ ...base, status: 'notInsured', waitingEnd: null, since: null, validUntil: null }, { asOf: input.asOf });
  if (first > input.asOf)
    return done(
      { ...base, status: 'notInsured', waitingEnd: null, since: null, validUntil: first },
      { asOf: input.asOf, insuredFrom: first },
    );
  const w = waiting(input, first, params);
  if (!w.ok) return undetermined(t, w.issues, params);
  t.include(w.trace);
  const waitingEnd = w.value.benefitsFrom;
  const earliest = (a: IsoDate | null, b: IsoDate | null) => (a && b ? (a < b ? a : b) : (a ?? b));
  if (waitingEnd && input.asOf < waitingEnd) {
    const value = { ...base, status: 'waiting' as const, waitingEnd, since: first, validUntil: earliest(waitingEnd, next) };
    return done(value, { asOf: input.asOf, waitingEnd, suspensions: base.suspendedBecause });
  }
  if (inForce.size) {
    const since = [...inForce.values()].sort().at(-1) as IsoDate;
    return done(
      { ...base, status: 'suspended', waitingEnd, since, validUntil: next },
      { asOf: input.asOf, suspensions: base.suspendedBecause },
    );
  }
  const since = [waitingEnd ?? first, lastResume]
    .filter((d): d is IsoDate => !!d)
    .sort()
    .at(-1) as IsoDate;
  return done({ ...base, status: 'active', waitingEnd, since, validUntil: next }, { asOf: input.asOf, waitingEnd });
}

function statusStep(value: ClaimantEligibility, inputs: Record<string, unknown>, params: EligibilityParams): Trace {
  const t = new Tracer();
  t.step('eligibility.claimantStatus', statusCitation(params), inputs, value.status, {
    note: value.since ? `since ${value.since}${value.validUntil ? `, until ${value.validUntil} at the latest` : ''}` : undefined,
  });
  return t.steps;
}
