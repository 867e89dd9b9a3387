import { Issues, ok, type PolicyResult } from '../core/result.js';
import { shown } from '../core/shown.js';
import { Tracer } from '../core/trace.js';
import type { AdlItem, AssessmentParams, CognitionItem, Dimension, DimensionLevel, DisabilityGrade, PerceptionItem } from './params.js';

/** The item scores an assessor records on the sheet. */
export interface DisabilityItemScores {
  adl: Record<AdlItem, number>;
  cognition: Record<CognitionItem, number>;
  perception: Record<PerceptionItem, number>;
}

export interface DisabilityGradeResult {
  totals: Record<Dimension, number>;
  levels: Record<Dimension, DimensionLevel>;
  /** The worse of the cognition and perception levels (the matrix column). */
  worseOfCognitionAndPerception: DimensionLevel;
  grade: DisabilityGrade;
  label: string;
  qualifies: boolean;
}

const SEVERITY: DimensionLevel[] = ['intact', 'mild', 'moderate', 'severe'];

function checkItems(issues: Issues, dimension: Dimension, scores: unknown, allowed: Record<string, number[]>): number {
  if (typeof scores !== 'object' || scores === null) {
    issues.add(dimension, 'REQUIRED', `${dimension} item scores are required`);
    return 0;
  }
  let total = 0;
  const given = scores as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!Object.hasOwn(allowed, key)) issues.add(`${dimension}.${key}`, 'NOT_ALLOWED', `${dimension} has no item ${key}`);
  }
  for (const [item, values] of Object.entries(allowed)) {
    const path = `${dimension}.${item}`;
    const value = given[item];
    if (!issues.required(path, value)) continue;
    const min = Math.min(...values);
    const max = Math.max(...values);
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      issues.add(path, 'OUT_OF_RANGE', `${path} must be between ${min} and ${max}, got ${shown(value)}`);
    } else if (!values.includes(value)) {
      issues.add(path, 'NOT_ALLOWED', `${path} must be one of ${values.join('/')}, got ${value}`);
    } else {
      total += value;
    }
  }
  return total;
}

/**
 * Disability grade from the item scores (National standard 医保办发〔2021〕37号, named in
 * Qinhuangdao art. 16): each dimension's total gives its level by the bands; the grade is
 * matrix[ADL level][worse of cognition and perception]. A score outside its allowed values is
 * rejected, never clamped.
 */
export function disabilityGrade(itemScores: DisabilityItemScores, params: AssessmentParams): PolicyResult<DisabilityGradeResult> {
  const g = params.grading;
  const issues = new Issues();
  const scores = (itemScores ?? {}) as Partial<DisabilityItemScores>;
  const totals: Record<Dimension, number> = {
    adl: checkItems(issues, 'adl', scores.adl, g.adlItems),
    cognition: checkItems(issues, 'cognition', scores.cognition, g.cognitionItems),
    perception: checkItems(issues, 'perception', scores.perception, g.perceptionItems),
  };
  const levels = {} as Record<Dimension, DimensionLevel>;
  if (issues.empty) {
    for (const dimension of ['adl', 'cognition', 'perception'] as const) {
      const band = g.bands[dimension].find((b) => totals[dimension] >= b.min && totals[dimension] <= b.max);
      if (band) levels[dimension] = band.level;
      else
        issues.add(`params.grading.bands.${dimension}`, 'PARAMETER_MISSING', `no ${dimension} band covers the total ${totals[dimension]}`);
    }
  }
  const bad = issues.result<DisabilityGradeResult>();
  if (bad) return bad;

  const t = new Tracer();
  for (const dimension of ['adl', 'cognition', 'perception'] as const) {
    t.step(`assessment.${dimension}Level`, g.citation, { total: totals[dimension], bands: g.bands[dimension] }, levels[dimension]);
  }
  const worse = t.step(
    'assessment.worseOfCognitionAndPerception',
    g.citation,
    { cognition: levels.cognition, perception: levels.perception },
    SEVERITY[Math.max(SEVERITY.indexOf(levels.cognition), SEVERITY.indexOf(levels.perception))],
  );
  const grade = t.step('assessment.gradeMatrix', g.citation, { adlLevel: levels.adl, otherLevel: worse }, g.matrix[levels.adl][worse]);
  const label = g.labels[grade];
  const qualifies = t.step(
    'assessment.qualifyingGrade',
    params.qualifyingGrades.citation,
    { grade, qualifyingGrades: params.qualifyingGrades.value },
    params.qualifyingGrades.value.includes(grade),
  );
  return ok({ totals, levels, worseOfCognitionAndPerception: worse, grade, label, qualifies }, t.steps);
}
