import { type IsoDate, isIsoDate } from '../core/dates.js';
import { Issues, ok, type PolicyResult } from '../core/result.js';
import { shown } from '../core/shown.js';
import { Tracer } from '../core/trace.js';
import { requireBoolean, requireCount, requireRecord, requireRecordList, requireText } from '../core/validate.js';
import { checkScorecardEvents, scoreScorecard } from './engine.js';
import { checkRate } from './points.js';
import type { ScorecardEvent, ScorecardResult, ScorecardTemplate } from './template-types.js';
import { changzhouAnnual2024 } from './templates/changzhou-annual-2024.js';

/** One institution's return record for the year: orders returned on review out of those submitted. */
export interface AnnualReturnRecord {
  institutionId: string;
  returned: number;
  submitted: number;
}

/** An assessment institution's year, as recorded (Changzhou annual scorecard). */
export interface AnnualScoreInput {
  institutionId: string;
  year: number;
  /** Every event of the year: deductions (items 1–9), bonuses (items 11–13), vetoes (items 14–18). */
  events: ScorecardEvent[];
  /** Every institution of the region that year, this one included (item 4(5)). */
  returnRates: AnnualReturnRecord[];
  /** Surveyed satisfaction, a rate such as "0.875" (item 10). */
  satisfactionRate: string;
  /** Of the four areas (市本级、溧阳、金坛、武进), how many it served without refusals (item 11(1)). */
  districtsServedWithoutRefusal: number;
  /** Internal trainings held in the year (item 8(3): at least 2). */
  internalTrainingsHeld: number;
  /** Never suspended or refused assessments over holidays (item 13(2)). */
  noHolidaySuspension: boolean;
  /** Whether the city was short of assessment capacity; required when extra orders are recorded (item 11(2)). */
  cityShortOfAssessmentCapacity?: boolean;
  /** Date the year is assessed from, for unreported changes (item 1); defaults to 31 December. */
  asOf?: IsoDate;
}

function conditionsOf(input: AnnualScoreInput): Record<string, boolean> {
  const value = input.cityShortOfAssessmentCapacity;
  return typeof value === 'boolean' ? { cityShortOfAssessmentCapacity: value } : {};
}

function checkAnnual(input: AnnualScoreInput, template: ScorecardTemplate): Issues {
  const issues = new Issues();
  if (!requireRecord(issues, 'input', input)) return issues;
  const idOk = requireText(issues, 'institutionId', input.institutionId);
  if (!Number.isInteger(input.year)) issues.add('year', 'OUT_OF_RANGE', 'year must be a whole year such as 2024');
  if (!Array.isArray(input.returnRates)) issues.add('returnRates', 'REQUIRED', 'returnRates must list every institution of the region');
  else if (requireRecordList(issues, 'returnRates', input.returnRates)) {
    const listed = new Set<unknown>();
    input.returnRates.forEach((r, i) => {
      requireText(issues, `returnRates.${i}.institutionId`, r.institutionId);
      const okR = requireCount(issues, `returnRates.${i}.returned`, r.returned);
      const okS = requireCount(issues, `returnRates.${i}.submitted`, r.submitted);
      if (okR && okS && r.returned > r.submitted)
        issues.add(`returnRates.${i}.returned`, 'OUT_OF_RANGE', `returned ${r.returned} exceeds submitted ${r.submitted}`);
      if (listed.has(r.institutionId))
        issues.add(`returnRates.${i}.institutionId`, 'NOT_ALLOWED', `institution ${shown(r.institutionId)} is listed twice`);
      listed.add(r.institutionId);
    });
    if (idOk && !input.returnRates.some((r) => r.institutionId === input.institutionId))
      issues.add('returnRates', 'REQUIRED', `returnRates must include the institution being scored (${input.institutionId})`);
  }
  checkRate(issues, 'satisfactionRate', input.satisfactionRate);
  // Changzhou item 11(1) names four areas.
  if (requireCount(issues, 'districtsServedWithoutRefusal', input.districtsServedWithoutRefusal) && input.districtsServedWithoutRefusal > 4)
    issues.add('districtsServedWithoutRefusal', 'OUT_OF_RANGE', 'there are four areas (市本级、溧阳、金坛、武进)');
  requireCount(issues, 'internalTrainingsHeld', input.internalTrainingsHeld);
  requireBoolean(issues, 'noHolidaySuspension', input.noHolidaySuspension);
  if (input.cityShortOfAssessmentCapacity !== undefined)
    requireBoolean(issues, 'cityShortOfAssessmentCapacity', input.cityShortOfAssessmentCapacity);
  if (input.asOf !== undefined && !isIsoDate(input.asOf)) issues.add('asOf', 'INVALID_DATE', 'asOf must be a date YYYY-MM-DD');
  if (!Array.isArray(input.events)) issues.add('events', 'REQUIRED', 'events must be a list (empty when nothing was recorded)');
  else
    issues.merge(
      checkScorecardEvents({ events: input.events, asOf: input.asOf ?? '9999-12-31', conditions: conditionsOf(input) }, template),
    );
  if (Array.isArray(input.events) && Number.isInteger(input.year))
    input.events.forEach((e, i) => {
      if (isIsoDate(e?.occurredOn) && Number(e.occurredOn.slice(0, 4)) !== input.year)
        issues.add(`events.${i}.occurredOn`, 'OUT_OF_RANGE', `the event is not in the assessment year ${input.year}`);
    });
  return issues;
}

/**
 * Scores an assessment institution's year with the Changzhou 2024 scorecard: the ten
 * deduction categories, the return rate against the region's average computed from every
 * institution's records, the satisfaction bands, the three bonus categories, the vetoes.
 */
export function scoreAnnual(input: AnnualScoreInput, template: ScorecardTemplate = changzhouAnnual2024): PolicyResult<ScorecardResult> {
  const issues = checkAnnual(input, template);
  if (!issues.empty) return issues.result()!;
  const t = new Tracer();
  const asOf = t.step(
    'annual.asOf',
    'Changzhou item 1; Product rule: an unreported change is judged at the end of the assessment year unless told otherwise',
    { year: input.year, asOf: input.asOf ?? null },
    input.asOf ?? `${input.year}-12-31`,
  );
  const result = scoreScorecard(
    {
      subjectId: input.institutionId,
      events: input.events,
      asOf,
      conditions: conditionsOf(input),
      facts: {
        returnRates: {
          subjectId: input.institutionId,
          records: input.returnRates.map((r) => ({ id: r.institutionId, count: r.returned, base: r.submitted })),
        },
        satisfactionRate: input.satisfactionRate,
        districtsServedWithoutRefusal: input.districtsServedWithoutRefusal,
        internalTrainingsHeld: input.internalTrainingsHeld,
        noHolidaySuspension: input.noHolidaySuspension,
      },
    },
    template,
  );
  if (!result.ok) return result;
  return ok(result.value, [...t.steps, ...result.trace]);
}
