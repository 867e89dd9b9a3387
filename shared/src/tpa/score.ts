import { type IsoDate, isIsoDate } from '../core/dates.js';
import { D, type Dec } from '../core/money.js';
import { Issues, ok, type PolicyResult, unwrap } from '../core/result.js';
import { shown } from '../core/shown.js';
import { Tracer } from '../core/trace.js';
import { isRecord, requireCount, requireRecord, requireText } from '../core/validate.js';
import { scoreScorecard } from '../scorecards/engine.js';
import { checkRate, isPoints, isRate, scoreText } from '../scorecards/points.js';
import type {
  ScorecardEvent,
  ScorecardFactValue,
  ScorecardResult,
  ScorecardScore,
  ScorecardTemplate,
} from '../scorecards/template-types.js';
import { tianjinTpa2024 } from '../scorecards/templates/tianjin-tpa-2024.js';
import { commitmentFulfilment, type TpaCommitment, type TpaCommitmentFulfilment } from './commitments.js';
import { type TpaParams, tianjinTpaParams } from './params.js';

/** One of the TPA's own units: scored by the template from its events, or a score already given. */
export interface TpaUnitAssessment {
  unitId: string;
  /** A score out of 100 the agency already established; when set, no events are read. */
  score?: string;
  events?: ScorecardEvent[];
  /** Satisfaction of those the unit served, "0.92" (Tianjin art. 5). */
  satisfactionRate?: string;
  /** Cases handled, for `districtScore: 'caseloadWeighted'`. */
  caseload?: number;
  /** Further facts a region's own template reads. */
  facts?: Record<string, ScorecardFactValue>;
}

export interface TpaScoreInput {
  tpaId: string;
  year: number;
  /** Weights of the agency's plan (Tianjin art. 15), decimal strings summing to 1. */
  weights: { headOffice: string; districtSubCentres: string; cityCentre: string };
  headOffice: TpaUnitAssessment;
  districtSubCentres: TpaUnitAssessment[];
  cityCentre?: TpaUnitAssessment;
  /** The contract's tender commitments (Tianjin art. 11); required when the template scores them. */
  commitments?: TpaCommitment[];
  /** The contract changed hands after a mid-year tender (Tianjin art. 16). */
  midYearReplacement?: { replacedOn: IsoDate; role: 'incoming' | 'outgoing' };
}

export interface TpaUnitScore {
  unitId: string;
  role: 'headOffice' | 'districtSubCentre' | 'cityCentre';
  score: ScorecardScore;
  detail: ScorecardResult | null;
}

export interface TpaScoreResult {
  tpaId: string;
  year: number;
  units: TpaUnitScore[];
  districtScore: ScorecardScore | null;
  commitments: TpaCommitmentFulfilment | null;
  total: ScorecardScore;
  /** The date the year is assessed at: 31 December, also after a mid-year replacement (art. 16). */
  assessedAt: IsoDate;
}

const ROLES = ['headOffice', 'districtSubCentres', 'cityCentre'] as const;

function factsNeeded(template: ScorecardTemplate): Set<string> {
  const facts = new Set<string>();
  for (const c of template.categories) for (const r of c.computed) if ('fact' in r) facts.add(r.fact);
  return facts;
}

function checkUnit(
  issues: Issues,
  p: string,
  unit: TpaUnitAssessment | undefined,
  needed: Set<string>,
  params: TpaParams,
  total: string,
): void {
  if (!requireRecord(issues, p, unit)) return;
  requireText(issues, `${p}.unitId`, unit.unitId);
  if (unit.score !== undefined) {
    if (!isPoints(unit.score) || new D(unit.score).greaterThan(total))
      issues.add(`${p}.score`, 'OUT_OF_RANGE', `${p}.score must be a decimal string in [0, ${total}]`);
  } else {
    if (!Array.isArray(unit.events))
      issues.add(`${p}.events`, 'REQUIRED', `${p}.events must be a list (empty when nothing was found), or give a score`);
    if (needed.has('satisfactionRate')) checkRate(issues, `${p}.satisfactionRate`, unit.satisfactionRate);
  }
  if (params.districtScore === 'caseloadWeighted' && p.startsWith('districtSubCentres'))
    requireCount(issues, `${p}.caseload`, unit.caseload);
}

function checkTpa(input: TpaScoreInput, template: ScorecardTemplate, params: TpaParams): Issues {
  const issues = new Issues();
  if (!requireRecord(issues, 'input', input)) return issues;
  const needed = factsNeeded(template);
  requireText(issues, 'tpaId', input.tpaId);
  if (!Number.isInteger(input.year)) issues.add('year', 'OUT_OF_RANGE', 'year must be a whole year such as 2024');
  if (params.districtScore !== 'mean' && params.districtScore !== 'caseloadWeighted')
    issues.add('params.districtScore', 'NOT_ALLOWED', 'districtScore must be mean or caseloadWeighted');
  const weights = (isRecord(input.weights) ? input.weights : {}) as TpaScoreInput['weights'];
  const valid = ROLES.map((role) => {
    if (isRate(weights[role])) return true;
    issues.add(`weights.${role}`, 'OUT_OF_RANGE', `weights.${role} must be a decimal string in [0, 1], got ${shown(weights[role])}`);
    return false;
  });
  if (valid.every(Boolean)) {
    const sum = ROLES.reduce((acc, role) => acc.plus(weights[role]), new D(0));
    if (!sum.equals(1))
      issues.add('weights', 'OUT_OF_RANGE', `the plan's weights must sum to 1, they sum to ${sum.toString()} (Tianjin art. 14, 15)`);
  }
  checkUnit(issues, 'headOffice', input.headOffice, needed, params, template.total);
  const districtsOk = Array.isArray(input.districtSubCentres);
  if (!districtsOk) issues.add('districtSubCentres', 'REQUIRED', 'districtSubCentres must be a list');
  else {
    if (input.districtSubCentres.length === 0 && valid[1] && !new D(weights.districtSubCentres).isZero())
      issues.add('districtSubCentres', 'REQUIRED', 'the district sub-centres carry a weight, so at least one must be scored');
    for (const [i, u] of input.districtSubCentres.entries())
      checkUnit(issues, `districtSubCentres.${i}`, u, needed, params, template.total);
    if (
      params.districtScore === 'caseloadWeighted' &&
      input.districtSubCentres.length > 0 &&
      input.districtSubCentres.every((u) => u?.caseload === 0)
    )
      issues.add('districtSubCentres', 'OUT_OF_RANGE', 'caseload weighting needs at least one sub-centre with cases');
  }
  if (input.cityCentre !== undefined || (valid[2] && !new D(weights.cityCentre).isZero()))
    checkUnit(issues, 'cityCentre', input.cityCentre, needed, params, template.total);
  const anyTemplateScored = [input.headOffice, ...(districtsOk ? input.districtSubCentres : []), input.cityCentre].some(
    (u) => isRecord(u) && u.score === undefined,
  );
  if (needed.has('commitmentFulfilment') && anyTemplateScored && input.commitments === undefined)
    issues.add('commitments', 'REQUIRED', 'the template scores tender commitments (Tianjin art. 11): list them');
  if (input.commitments !== undefined) {
    const c = commitmentFulfilment(input.commitments);
    if (!c.ok) issues.merge(c.issues);
  }
  const r = input.midYearReplacement;
  if (r !== undefined && requireRecord(issues, 'midYearReplacement', r)) {
    if (!isIsoDate(r.replacedOn) || Number(r.replacedOn.slice(0, 4)) !== input.year)
      issues.add('midYearReplacement.replacedOn', 'INVALID_DATE', `replacedOn must be a date in ${shown(input.year)}`);
    if (r.role !== 'incoming' && r.role !== 'outgoing')
      issues.add('midYearReplacement.role', 'NOT_ALLOWED', 'role must be incoming or outgoing');
  }
  return issues;
}

/**
 * A TPA's yearly score (Tianjin art. 13–16): each of its own units is scored against the
 * template (or its score is given), the district sub-centres are combined into one score,
 * and the total is the weighted average of head office, district sub-centres and city
 * centre with the weights of the agency's plan.
 */
export function scoreTpa(
  input: TpaScoreInput,
  template: ScorecardTemplate = tianjinTpa2024,
  params: TpaParams = tianjinTpaParams,
): PolicyResult<TpaScoreResult> {
  const issues = checkTpa(input, template, params);
  if (!issues.empty) return issues.result()!;
  const t = new Tracer();
  const assessedAt = `${input.year}-12-31`;
  if (input.midYearReplacement)
    t.step('tpa.midYearReplacement', 'Tianjin art. 16', { ...input.midYearReplacement, year: input.year }, assessedAt, {
      note: '年中招标后更换委托经办机构的，可在当年度年终进行考核清算: assessed at year end',
    });
  let commitments: TpaCommitmentFulfilment | null = null;
  if (input.commitments !== undefined) {
    const c = unwrap(commitmentFulfilment(input.commitments));
    t.include(c.trace);
    commitments = c.value;
  }
  const unitIssues = new Issues();
  const unitScore = (unit: TpaUnitAssessment, role: TpaUnitScore['role'], path: string): TpaUnitScore => {
    if (unit.score !== undefined) {
      t.step('tpa.unitScore', 'Tianjin art. 13, 15', { unitId: unit.unitId, role, given: unit.score }, scoreText(unit.score), {
        note: 'score established by the agency under its plan',
      });
      return { unitId: unit.unitId, role, score: scoreText(unit.score), detail: null };
    }
    const facts: Record<string, ScorecardFactValue> = { ...unit.facts };
    if (unit.satisfactionRate !== undefined) facts.satisfactionRate = unit.satisfactionRate;
    if (commitments) facts.commitmentFulfilment = commitments.ratio;
    const detail = scoreScorecard({ subjectId: unit.unitId, events: unit.events!, facts }, template);
    if (!detail.ok) {
      unitIssues.merge(detail.issues, path);
      return { unitId: unit.unitId, role, score: '0.00', detail: null };
    }
    t.include(detail.trace);
    t.step('tpa.unitScore', 'Tianjin art. 13, 15', { unitId: unit.unitId, role, template: template.id }, detail.value.total);
    return { unitId: unit.unitId, role, score: detail.value.total, detail: detail.value };
  };
  const head = unitScore(input.headOffice, 'headOffice', 'headOffice');
  const districts = input.districtSubCentres.map((u, i) => unitScore(u, 'districtSubCentre', `districtSubCentres.${i}`));
  const city = input.cityCentre ? unitScore(input.cityCentre, 'cityCentre', 'cityCentre') : null;
  if (!unitIssues.empty) return unitIssues.result()!;
  const districtScore = districts.length ? combineDistricts(districts, input.districtSubCentres, params, t) : null;
  const parts: Record<string, Dec> = {
    headOffice: new D(head.score),
    districtSubCentres: new D(districtScore ?? 0),
    cityCentre: new D(city?.score ?? 0),
  };
  const total = ROLES.reduce((acc, role) => acc.plus(new D(input.weights[role]).times(parts[role])), new D(0));
  t.step(
    'tpa.total',
    'Tianjin art. 14, 15',
    { weights: input.weights, headOffice: head.score, districtSubCentres: districtScore, cityCentre: city?.score ?? null },
    scoreText(total),
    {
      note: 'the three scores are the TPA’s own units (head office, district sub-centres, city service centre), weights from the agency’s plan',
    },
  );
  return ok(
    {
      tpaId: input.tpaId,
      year: input.year,
      units: [head, ...districts, ...(city ? [city] : [])],
      districtScore,
      commitments,
      total: scoreText(total),
      assessedAt,
    },
    t.steps,
  );
}

function combineDistricts(scores: TpaUnitScore[], units: TpaUnitAssessment[], params: TpaParams, t: Tracer): ScorecardScore {
  let value: Dec;
  if (params.districtScore === 'mean') {
    value = scores.reduce((acc, s) => acc.plus(s.score), new D(0)).dividedBy(scores.length);
  } else {
    const cases = units.reduce((acc, u) => acc + u.caseload!, 0);
    value = scores.reduce((acc, s, i) => acc.plus(new D(s.score).times(units[i].caseload!)), new D(0)).dividedBy(cases);
  }
  return t.step(
    'tpa.districtScore',
    'Tianjin art. 14',
    {
      subCentres: scores.map((s, i) => ({
        unitId: s.unitId,
        score: s.score,
        ...(units[i].caseload !== undefined ? { caseload: units[i].caseload } : {}),
      })),
    },
    scoreText(value),
    { interpretation: `districtScore=${params.districtScore}` },
  );
}
