import type { CareMode } from '../benefits/params.js';
import type { ContributionCategory } from '../contributions/params.js';
import { addDays, firstDayOfNextMonth, type IsoDate } from '../core/dates.js';
import { ok, type PolicyResult } from '../core/result.js';
import { Tracer } from '../core/trace.js';
import { type BenefitDatesInput, type BenefitEvent, type BenefitEventType, benefitDatesIssues, sortedEvents } from './benefit-events.js';
import type { ChangeEffective, EligibilityParams } from './params.js';

export type EffectKind = 'start' | 'end' | 'suspend' | 'resume' | 'change' | 'none';

/** When an event takes effect and what it does. */
export interface EventEffect {
  index: number;
  type: BenefitEventType;
  date: IsoDate;
  effectiveFrom: IsoDate | null;
  effect: EffectKind;
  citation: string;
}

/** A run of days with benefits payable under the same grade, care mode, institution and category; `to` inclusive. */
export interface BenefitPeriod {
  from: IsoDate;
  to: IsoDate | null;
  /** The event type(s) that opened the period. */
  reason: string;
  /** The event type(s) that closed it; null while open. */
  endReason: string | null;
  grade: number | null;
  careMode: CareMode | null;
  institution: string | null;
  category: ContributionCategory;
}

export interface BenefitDatesResult {
  periods: BenefitPeriod[];
  effects: EventEffect[];
}

type Suspension = 'hospital' | 'arrears' | 'workInjury' | 'sanction';

interface State {
  entitled: boolean;
  grade: number | null;
  careMode: CareMode | null;
  institution: string | null;
  category: ContributionCategory;
  plan: boolean;
  suspensions: Set<Suspension>;
}

/** A state change scheduled on `effectiveFrom`. */
interface Scheduled extends EventEffect {
  apply: (s: State) => void;
}

function effectiveDate(date: IsoDate, rule: ChangeEffective): IsoDate {
  return rule === 'nextDay' ? addDays(date, 1) : firstDayOfNextMonth(date);
}

/**
 * What each event does and from when, in order of the events' dates. Whether a conclusion starts,
 * regrades or ends benefits depends on the conclusions before it.
 */
function schedule(input: BenefitDatesInput, params: EligibilityParams, t: Tracer): Scheduled[] {
  const c = params.citations;
  const out: Scheduled[] = [];
  let severeInForce = false;
  let grade: number | null = null;
  const add = (
    index: number,
    e: BenefitEvent,
    effect: EffectKind,
    effectiveFrom: IsoDate | null,
    citation: string,
    apply: (s: State) => void,
    interpretation?: string,
  ) => {
    out.push({ index, type: e.type, date: e.date, effectiveFrom, effect, citation, apply });
    t.step(`eligibility.${e.type}`, citation, { ...e }, { effectiveFrom, effect }, interpretation ? { interpretation } : undefined);
  };
  const suspend = (k: Suspension) => (s: State) => s.suspensions.add(k);
  const resume = (k: Suspension) => (s: State) => s.suspensions.delete(k);
  for (const { index: i, event: e } of sortedEvents(input.events)) {
    switch (e.type) {
      case 'conclusion': {
        const g = e.grade ?? null;
        if (e.severe && !severeInForce) {
          // Qinhuangdao art. 28: the month after the letter; Tumxuk §5(四) (interpretation): the day after.
          add(
            i,
            e,
            'start',
            effectiveDate(e.date, params.firstGradeStart),
            c.start,
            (s) => Object.assign(s, { entitled: true, grade: g }),
            `firstGradeStart=${params.firstGradeStart}`,
          );
        } else if (e.severe && g !== grade) {
          add(i, e, 'change', effectiveDate(e.date, params.newGradeEffective), c.newGrade, (s) => Object.assign(s, { grade: g }));
        } else if (!e.severe && severeInForce) {
          // Qinhuangdao art. 34(4) / Tumxuk §5(四): no longer severe → ends the day after the letter.
          add(i, e, 'end', addDays(e.date, 1), c.notSevere, (s) => Object.assign(s, { entitled: false, grade: null }));
        } else add(i, e, 'none', null, e.severe ? c.newGrade : c.start, () => {});
        severeInForce = e.severe;
        grade = e.severe ? g : null;
        break;
      }
      case 'carePlanAccepted':
        // Qinhuangdao art. 30: services only once the plan is filed and accepted.
        add(i, e, 'change', e.date, c.carePlan, (s) => Object.assign(s, { careMode: e.careMode, institution: e.institution, plan: true }));
        break;
      case 'careModeChange':
        // Qinhuangdao art. 34(2): next month; Tumxuk §5(四): next day.
        add(i, e, 'change', effectiveDate(e.date, params.careModeChange), c.careChange, (s) => Object.assign(s, { careMode: e.careMode }));
        break;
      case 'institutionChange': {
        const rule = params.institutionChange === 'likeModeChange' ? params.careModeChange : params.institutionChange;
        const interpretation = params.institutionChange === 'likeModeChange' ? 'institutionChange=likeModeChange' : undefined;
        add(
          i,
          e,
          'change',
          effectiveDate(e.date, rule),
          c.careChange,
          (s) => Object.assign(s, { institution: e.institution }),
          interpretation,
        );
        break;
      }
      case 'categoryChange':
        // Tumxuk §5(四): the next month.
        add(i, e, 'change', effectiveDate(e.date, params.categoryChange as ChangeEffective), c.categoryChange, (s) =>
          Object.assign(s, { category: e.category }),
        );
        break;
      case 'hospitalAdmission':
        add(i, e, 'suspend', e.date, c.hospital, suspend('hospital'));
        break;
      case 'hospitalDischarge':
        // Qinhuangdao art. 34(3): the day after discharge; Tumxuk §5(四): the discharge day.
        add(i, e, 'resume', params.resumeAfterHospital === 'dischargeDay' ? e.date : addDays(e.date, 1), c.hospital, resume('hospital'));
        break;
      case 'arrearsBegin':
        // Qinhuangdao art. 14 ¶2, 34(1): from the month after the arrears begin.
        add(i, e, 'suspend', firstDayOfNextMonth(e.date), c.arrears, suspend('arrears'));
        break;
      case 'backPaymentArrived':
        // Qinhuangdao art. 34(1): from the month after the back-payment arrives.
        add(i, e, 'resume', firstDayOfNextMonth(e.date), c.arrears, resume('arrears'));
        break;
      case 'death':
        add(i, e, 'end', addDays(e.date, 1), c.death, (s) => Object.assign(s, { entitled: false }));
        break;
      case 'workInjuryAllowanceStart':
        // Tumxuk §5(六): no LTCI service benefit alongside the work-injury nursing allowance.
        add(i, e, 'suspend', e.date, c.workInjury, suspend('workInjury'));
        break;
      case 'workInjuryAllowanceEnd':
        add(i, e, 'resume', e.date, c.workInjury, resume('workInjury'));
        break;
      case 'sanction':
        // Qinhuangdao art. 69: benefits suspended or revoked for violations.
        add(i, e, e.action === 'revoke' ? 'end' : 'suspend', e.date, c.sanction, suspend('sanction'));
        break;
      default:
        // Qinhuangdao art. 71: lifted only on a new application after the period ends.
        add(i, e, 'resume', e.date, c.reinstatement, resume('sanction'));
    }
  }
  return out;
}

function payable(s: State, params: EligibilityParams): boolean {
  return s.entitled && s.suspensions.size === 0 && (!params.carePlanRequired || s.plan);
}

function sameTerms(p: BenefitPeriod, s: State): boolean {
  return p.grade === s.grade && p.careMode === s.careMode && p.institution === s.institution && p.category === s.category;
}

/** Sweeps the scheduled changes by effective date into periods of payable benefits. */
function sweep(scheduled: Scheduled[], input: BenefitDatesInput, params: EligibilityParams): BenefitPeriod[] {
  // Compared without casts: Stryker drops the parentheses of `(x as T) < (y as T)` when it copies a mutant.
  const active = scheduled
    .filter((s): s is Scheduled & { effectiveFrom: IsoDate } => s.effectiveFrom !== null)
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
  const state: State = {
    entitled: false,
    grade: null,
    careMode: null,
    institution: null,
    category: input.category,
    plan: false,
    suspensions: new Set(),
  };
  const periods: BenefitPeriod[] = [];
  let open: BenefitPeriod | null = null;
  for (let k = 0; k < active.length; ) {
    const day = active[k].effectiveFrom;
    const types: BenefitEventType[] = [];
    for (; k < active.length && active[k].effectiveFrom === day; k++) {
      active[k].apply(state);
      if (!types.includes(active[k].type)) types.push(active[k].type);
    }
    const reason = types.join('+');
    const now = payable(state, params);
    if (open && (!now || !sameTerms(open, state))) {
      open.to = addDays(day, -1);
      open.endReason = reason;
      open = null;
    }
    if (now && !open) {
      open = {
        from: day,
        to: null,
        reason,
        endReason: null,
        grade: state.grade,
        careMode: state.careMode,
        institution: state.institution,
        category: state.category,
      };
      periods.push(open);
    }
  }
  return periods;
}

/**
 * The periods in which one claimant's benefits are payable, from a list of dated events, with the
 * date each event takes effect (Qinhuangdao art. 14, 28, 30, 33, 34, 69, 71; Tumxuk §5(四)(六)).
 */
export function benefitDates(input: BenefitDatesInput, params: EligibilityParams): PolicyResult<BenefitDatesResult> {
  const invalid = benefitDatesIssues(input, params).result<BenefitDatesResult>();
  if (invalid) return invalid;
  const t = new Tracer();
  const scheduled = schedule(input, params, t);
  const periods = sweep(scheduled, input, params);
  if (params.carePlanRequired && !input.events.some((e) => e.type === 'carePlanAccepted')) {
    t.step('eligibility.carePlanRequired', params.citations.carePlan, { carePlans: 0 }, [], {
      note: 'no accepted care plan: nothing is payable',
    });
  }
  t.step(
    'eligibility.benefitPeriods',
    'Product rule: benefit periods from the events’ effective dates',
    { events: input.events.length },
    periods,
  );
  const effects = scheduled.map(({ apply: _apply, ...effect }) => effect);
  return ok({ periods, effects }, t.steps);
}
