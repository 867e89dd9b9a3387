import { type AgreementTermWarning, agreementNormalEnd, agreementTermWarning } from '../agreements/agreement-term.js';
import { addDays, addMonths, daysBetween, type IsoDate } from '../core/dates.js';
import { fail, Issues, ok, type PolicyResult } from '../core/result.js';
import { Tracer } from '../core/trace.js';
import { optionalDate, requireDate, requireRecord, requireRecordList } from '../core/validate.js';
import type { InstitutionParams } from './params.js';

export interface DesignationTimelineInput {
  acceptanceDate: IsoDate;
  /** Periods the applicant spent supplementing materials: from the notice to the day they arrived. */
  supplementPeriods?: { from: IsoDate; to: IsoDate }[];
  reviewCompletedOn?: IsoDate;
  publicityStart?: IsoDate;
  publicityEnd?: IsoDate;
  agreementStart?: IsoDate;
  agreementEnd?: IsoDate;
}

export interface DesignationTimelineResult {
  supplementDays: number;
  reviewDue: IsoDate;
  reviewStatus: 'onTime' | 'late' | 'open';
  /** Publicity may end no earlier than this (≥ 5 days, the start day not counted). */
  publicityEarliestEnd: IsoDate | null;
  publicityTooShort: boolean;
  /** Normal 1-year term: the start day included, so it ends the day before the anniversary. */
  agreementNormalEnd: IsoDate | null;
  /** "一般为1年": a different term is a warning to acknowledge, not an error. */
  warnings: AgreementTermWarning[];
}

/**
 * Designation review timeline (Xinjiang art. 8–10): review ≤ 3 months from acceptance, time
 * spent supplementing not counted; publicity ≥ 5 days; agreement normally 1 year.
 */
export function designationTimeline(input: DesignationTimelineInput, params: InstitutionParams): PolicyResult<DesignationTimelineResult> {
  const issues = new Issues();
  if (!requireRecord(issues, 'input', input)) return fail(issues.list);
  if (!params.designation) issues.add('params.designation', 'PARAMETER_MISSING', 'the designation rules are not stated for this region');
  requireDate(issues, 'acceptanceDate', input.acceptanceDate);
  const periods = input.supplementPeriods ?? [];
  if (requireRecordList(issues, 'supplementPeriods', periods))
    periods.forEach((p, i) => {
      const okFrom = requireDate(issues, `supplementPeriods.${i}.from`, p.from);
      const okTo = requireDate(issues, `supplementPeriods.${i}.to`, p.to);
      if (okFrom && okTo && p.to < p.from) issues.add(`supplementPeriods.${i}.to`, 'OUT_OF_RANGE', 'to must not be before from');
    });
  for (const f of ['reviewCompletedOn', 'publicityStart', 'publicityEnd', 'agreementStart', 'agreementEnd'] as const)
    optionalDate(issues, f, input[f]);
  if (input.publicityEnd && !input.publicityStart) issues.add('publicityStart', 'REQUIRED', 'publicityStart is required with publicityEnd');
  if (input.agreementEnd && !input.agreementStart) issues.add('agreementStart', 'REQUIRED', 'agreementStart is required with agreementEnd');
  const bad = issues.result<DesignationTimelineResult>();
  if (bad) return bad;

  const d = params.designation!;
  const t = new Tracer();
  const supplementDays = (input.supplementPeriods ?? []).reduce((sum, p) => sum + daysBetween(p.from, p.to), 0);
  const reviewDue = t.step(
    'institutions.designation.reviewDue',
    'Xinjiang art. 8',
    { acceptanceDate: input.acceptanceDate, months: d.reviewMonths, supplementDays },
    addDays(addMonths(input.acceptanceDate, d.reviewMonths), supplementDays),
  );
  const reviewStatus = !input.reviewCompletedOn ? 'open' : input.reviewCompletedOn <= reviewDue ? 'onTime' : 'late';
  let publicityEarliestEnd: IsoDate | null = null;
  let publicityTooShort = false;
  if (input.publicityStart) {
    publicityEarliestEnd = t.step(
      'institutions.designation.publicity',
      'Xinjiang art. 9',
      { publicityStart: input.publicityStart, minDays: d.publicityMinDays },
      addDays(input.publicityStart, d.publicityMinDays),
    );
    publicityTooShort = !!input.publicityEnd && input.publicityEnd < publicityEarliestEnd;
  }
  let normalEnd: IsoDate | null = null;
  const warnings: AgreementTermWarning[] = [];
  if (input.agreementStart) {
    normalEnd = t.step(
      'institutions.designation.agreementTerm',
      'Xinjiang art. 10',
      { agreementStart: input.agreementStart, months: d.agreementTermMonths },
      agreementNormalEnd(input.agreementStart, d.agreementTermMonths),
    );
    const warning = input.agreementEnd ? agreementTermWarning(normalEnd, input.agreementEnd) : null;
    if (warning) warnings.push(warning);
  }
  return ok(
    { supplementDays, reviewDue, reviewStatus, publicityEarliestEnd, publicityTooShort, agreementNormalEnd: normalEnd, warnings },
    t.steps,
  );
}
