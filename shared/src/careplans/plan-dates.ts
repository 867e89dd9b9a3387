import { addDays, firstDayOfNextMonth, type IsoDate } from '../core/dates.js';
import { ok, type PolicyResult } from '../core/result.js';
import { Tracer } from '../core/trace.js';
import type { ChangeEffective, EligibilityParams } from '../eligibility/params.js';
import type { CarePlanEndCause } from './care-plan.js';

function effective(date: IsoDate, rule: ChangeEffective): IsoDate {
  return rule === 'nextDay' ? addDays(date, 1) : firstDayOfNextMonth(date);
}
const later = (a: IsoDate, b: IsoDate) => (a > b ? a : b);

export interface CarePlanStartInput {
  /** The day the agency accepted (备案) the plan. */
  acceptedOn: IsoDate;
  /** The first day the plan asks for. */
  startDate: IsoDate;
  /** The conclusion letter's date (its benefits start by art. 28). */
  conclusionOn: IsoDate | null;
  /** The plan replaces an accepted one: a change of mode, of institution, or both. */
  replaces?: { careModeChanged: boolean; institutionChanged: boolean } | null;
}

/**
 * The first day a plan's services are payable: not before the plan asks, not before it is accepted
 * (Qinhuangdao art. 30 备案通过后), and — for a first plan — not before the conclusion's benefits
 * start (Qinhuangdao art. 28: the month after the letter; Tumxuk §5(四), interpretation: the day after);
 * a plan that changes the mode or the institution applies by the region's rule of change
 * (Qinhuangdao art. 34(2): the next month; Tumxuk §5(四): the next day).
 */
export function carePlanStart(input: CarePlanStartInput, params: EligibilityParams): PolicyResult<{ benefitsFrom: IsoDate }> {
  const t = new Tracer();
  let from = later(input.startDate, input.acceptedOn);
  t.step('carePlan.accepted', params.citations.carePlan, { startDate: input.startDate, acceptedOn: input.acceptedOn }, from);
  if (input.replaces) {
    const rule = input.replaces.careModeChanged
      ? params.careModeChange
      : params.institutionChange === 'likeModeChange'
        ? params.careModeChange
        : params.institutionChange;
    const changeFrom = effective(input.acceptedOn, rule);
    from = later(from, changeFrom);
    t.step(
      'carePlan.change',
      params.citations.careChange,
      { acceptedOn: input.acceptedOn, ...input.replaces, rule },
      from,
      params.institutionChange === 'likeModeChange' && !input.replaces.careModeChanged
        ? { interpretation: 'institutionChange=likeModeChange' }
        : undefined,
    );
  } else if (input.conclusionOn) {
    const start = effective(input.conclusionOn, params.firstGradeStart);
    from = later(from, start);
    t.step('carePlan.benefitStart', params.citations.start, { conclusionOn: input.conclusionOn, rule: params.firstGradeStart }, from, {
      interpretation: `firstGradeStart=${params.firstGradeStart}`,
    });
  }
  return ok({ benefitsFrom: from }, t.steps);
}

/**
 * The last day a plan's services are payable when it ends: death ends benefits from the day after
 * death, a result no longer severe from the day after the letter (Qinhuangdao art. 34(4)(5);
 * Tumxuk §5(四)), so the last day is that day itself; any other end, the day before `today`'s step.
 */
export function carePlanLastDay(cause: CarePlanEndCause, on: IsoDate | null, today: IsoDate, params: EligibilityParams) {
  const t = new Tracer();
  const citation =
    cause === 'death' ? params.citations.death : cause === 'notSevere' ? params.citations.notSevere : params.citations.carePlan;
  const last = cause === 'other' || !on ? today : on;
  t.step('carePlan.lastDay', citation, { cause, on, today }, last);
  return ok({ lastDay: last }, t.steps);
}
