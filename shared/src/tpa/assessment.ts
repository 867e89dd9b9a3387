import { D, type Money } from '../core/money.js';
import { Issues, ok, type PolicyIssue, type PolicyResult, unwrap } from '../core/result.js';
import { Tracer } from '../core/trace.js';
import { isRecord } from '../core/validate.js';
import { isPoints, scoreText } from '../scorecards/points.js';
import { commitmentFulfilment, type TpaCommitment, type TpaCommitmentArea } from './commitments.js';
import { TPA_COMMITMENT_PLAN_AREA, type TpaContractCommitment, type TpaPlanArea, type TpaUnit } from './contract.js';
import { type TpaServiceFeeBand, type TpaServiceFeeResult, tpaFee } from './fee.js';
import { type TpaParams, tianjinTpaParams } from './params.js';
import { scoreTpa } from './score.js';

/** Scores per unit, per area of the plan: `scores[unitId][areaId] = "12.5"`. */
export type TpaAreaScores = Record<string, Record<string, string>>;

export interface TpaDelivered {
  /** A decimal for a numeric target, `yes`/`no` for a yes/no one. */
  actual: string;
  evidence: string[];
}

export interface TpaYearInput {
  tpaId: string;
  year: number;
  annualFee: Money;
  units: TpaUnit[];
  weights: { headOffice: string; districtSubCentres: string; cityCentre: string };
  schedule: TpaServiceFeeBand[];
  plan: TpaPlanArea[];
  poorResultBelow: string;
  commitments: (TpaContractCommitment & { id: string })[];
  /** The agency's on-site scores (Tianjin art. 13 实地考核). */
  scores: TpaAreaScores;
  /** What each commitment delivered, as the agency confirmed or corrected it. */
  delivered: Record<string, TpaDelivered>;
  /** Fund losses the TPA caused (Tianjin art. 19). */
  fundLosses: { description: string; amount: Money }[];
  severeBreach: boolean;
}

export interface TpaCommitmentRow {
  id: string;
  category: TpaCommitmentArea;
  description: string;
  promised: string;
  delivered: string | null;
  fulfilled: boolean;
  reason: string;
  points: string;
  pointsLost: string;
}

export interface TpaYearResult {
  units: { unitId: string; kind: string; name: string; areas: { areaId: string; score: string; max: string }[]; score: string }[];
  districtScore: string | null;
  total: string;
  commitments: TpaCommitmentRow[];
  pointsLost: string;
  fee: TpaServiceFeeResult;
}

/** Whether the commitment's plan area of a unit is computed from the commitments rather than scored. */
export const computedArea = (unit: TpaUnit, areaId: string, plan: readonly TpaPlanArea[]) =>
  unit.kind === 'headOffice' && areaId === TPA_COMMITMENT_PLAN_AREA && plan.some((a) => a.id === areaId);

/**
 * Every area score given lies in [0, the area's maximum] (Tianjin art. 15: the plan sets each
 * indicator's points); with `complete`, every unit scores every area it is scored on.
 */
export function areaScoreIssues(
  plan: readonly TpaPlanArea[],
  units: readonly TpaUnit[],
  scores: unknown,
  complete: boolean,
): PolicyIssue[] {
  const issues = new Issues();
  const given = (isRecord(scores) ? scores : {}) as Record<string, unknown>;
  for (const key of Object.keys(given))
    if (!units.some((u) => u.id === key)) issues.add(`scores.${key}`, 'NOT_ALLOWED', `合同中没有该单位：${key} (no such unit)`);
  for (const unit of units) {
    const row = (isRecord(given[unit.id]) ? given[unit.id] : {}) as Record<string, unknown>;
    for (const key of Object.keys(row))
      if (!plan.some((a) => a.id === key)) issues.add(`scores.${unit.id}.${key}`, 'NOT_ALLOWED', `考核方案中没有该指标：${key}`);
    for (const area of plan) {
      if (computedArea(unit, area.id, plan)) continue;
      const v = row[area.id];
      const path = `scores.${unit.id}.${area.id}`;
      if (v === undefined || v === null || v === '') {
        if (complete) issues.add(path, 'REQUIRED', `请为“${unit.name}”的“${area.label}”打分`);
      } else if (!isPoints(v) || new D(v).greaterThan(area.max))
        issues.add(
          path,
          'SCORE_OUT_OF_RANGE',
          `“${area.label}”得分须在0至${area.max}之间 (score outside the area's range [0, ${area.max}])`,
        );
    }
  }
  return issues.list;
}

/** A delivered value matches its target's kind: a decimal, or yes/no. */
export function deliveredIssues(c: TpaContractCommitment & { id: string }, d: unknown, p: string): PolicyIssue[] {
  const issues = new Issues();
  const x = (isRecord(d) ? d : {}) as Record<string, unknown>;
  const actual = typeof x.actual === 'string' ? x.actual.trim() : '';
  if (!actual) issues.add(`${p}.actual`, 'REQUIRED', `请填写“${c.description}”的实际完成值`);
  else if (c.targetKind === 'number' && !/^\d{1,12}(\.\d{1,8})?$/.test(actual))
    issues.add(`${p}.actual`, 'OUT_OF_RANGE', '实际值须为数值 (the actual value is a number)');
  else if (c.targetKind === 'yesNo' && actual !== 'yes' && actual !== 'no')
    issues.add(`${p}.actual`, 'OUT_OF_RANGE', '实际值须为 yes 或 no');
  if (!Array.isArray(x.evidence) || x.evidence.some((e) => typeof e !== 'string'))
    issues.add(`${p}.evidence`, 'REQUIRED', 'evidence must be a list of attachment ids');
  return issues.list;
}

const asNumber = (kind: string, v: string) => (kind === 'yesNo' ? (v === 'yes' ? '1' : '0') : v);

/**
 * The year's result of a TPA contract: each unit's score from its area scores, the head office's
 * commitment area from the tender commitments (Tianjin art. 11), the weighted total of art. 14
 * (through `scoreTpa`), and the fee of art. 18–20 (through `tpaFee`).
 */
export function assessTpaYear(input: TpaYearInput, params: TpaParams = tianjinTpaParams): PolicyResult<TpaYearResult> {
  const issues = new Issues();
  issues.merge(areaScoreIssues(input.plan, input.units, input.scores, true));
  for (const c of input.commitments) issues.merge(deliveredIssues(c, input.delivered[c.id], `delivered.${c.id}`));
  if (!issues.empty) return issues.result()!;
  const t = new Tracer();
  const asCommitments: TpaCommitment[] = input.commitments.map((c) => ({
    id: c.id,
    area: c.category,
    description: c.description,
    target: c.targetKind === 'yesNo' ? (c.target === 'yes' ? '1' : '0') : c.target,
    actual: asNumber(c.targetKind, input.delivered[c.id].actual),
    direction: c.targetKind === 'yesNo' ? (c.target === 'yes' ? 'atLeast' : 'atMost') : c.direction,
    evidence: input.delivered[c.id].evidence,
  }));
  const fulfilment = asCommitments.length ? unwrap(commitmentFulfilment(asCommitments)) : null;
  if (fulfilment) t.include(fulfilment.trace);
  const rows: TpaCommitmentRow[] = input.commitments.map((c, i) => {
    const item = fulfilment!.value.items[i];
    return {
      id: c.id,
      category: c.category,
      description: c.description,
      promised: `${c.direction === 'atMost' && c.targetKind === 'number' ? '≤' : c.targetKind === 'number' ? '≥' : ''}${c.target}${c.unit ?? ''}`,
      delivered: input.delivered[c.id].actual,
      fulfilled: item.fulfilled,
      reason: item.reason,
      points: scoreText(c.points),
      pointsLost: scoreText(item.fulfilled ? 0 : c.points),
    };
  });
  const pointsLost = rows.reduce((acc, r) => acc.plus(r.pointsLost), new D(0));
  const units = input.units.map((unit) => {
    const areas = input.plan.map((area) => {
      if (!computedArea(unit, area.id, input.plan))
        return { areaId: area.id, score: scoreText(input.scores[unit.id][area.id]), max: area.max };
      const left = new D(area.max).minus(pointsLost);
      const score = t.step(
        'tpa.commitmentArea',
        'Tianjin art. 5, 11; Product rule: the head office’s commitment area is its maximum less the points of unmet commitments',
        { max: area.max, pointsLost: scoreText(pointsLost) },
        scoreText(left.isNegative() ? 0 : left),
      );
      return { areaId: area.id, score, max: area.max };
    });
    const score = t.step(
      'tpa.unitAreas',
      'Tianjin art. 13, 15',
      { unitId: unit.id, areas: Object.fromEntries(areas.map((a) => [a.areaId, a.score])) },
      scoreText(areas.reduce((acc, a) => acc.plus(a.score), new D(0))),
    );
    return { unitId: unit.id, kind: unit.kind, name: unit.name, areas, score };
  });
  const byKind = (k: string) => units.filter((u) => u.kind === k);
  const head = byKind('headOffice')[0];
  const city = byKind('cityCentre')[0];
  const scored = unwrap(
    scoreTpa(
      {
        tpaId: input.tpaId,
        year: input.year,
        weights: input.weights,
        headOffice: { unitId: head.unitId, score: head.score },
        districtSubCentres: byKind('districtSubCentre').map((u) => ({ unitId: u.unitId, score: u.score })),
        ...(city ? { cityCentre: { unitId: city.unitId, score: city.score } } : {}),
      },
      undefined,
      params,
    ),
  );
  t.include(scored.trace);
  const fee = unwrap(
    tpaFee({
      contractFee: input.annualFee,
      score: scored.value.total,
      schedule: input.schedule,
      fundLosses: input.fundLosses,
      poorResultBelow: input.poorResultBelow,
      severeBreach: input.severeBreach,
    }),
  );
  t.include(fee.trace);
  return ok(
    {
      units,
      districtScore: scored.value.districtScore,
      total: scored.value.total,
      commitments: rows,
      pointsLost: scoreText(pointsLost),
      fee: fee.value,
    },
    t.steps,
  );
}
