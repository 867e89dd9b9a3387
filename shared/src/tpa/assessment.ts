import { daysBetween, type IsoDate } from '../core/dates.js';
import { D, type Money, money } from '../core/money.js';
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
  /** Fund losses the TPA caused (Tianjin art. 19); one may name the supervision finding it comes from. */
  fundLosses: { description: string; amount: Money; findingId?: string | null }[];
  severeBreach: boolean;
  /** Satisfaction surveys of those each unit served (Tianjin art. 5, 10 开展满意度调查), per unit id. */
  surveys?: Record<string, TpaSurvey>;
  /** Cases each district sub-centre handled in the year, for `districtScore: 'caseloadWeighted'`. */
  caseloads?: Record<string, number>;
  /** Supervision findings against the TPA in the year (Tianjin art. 19). */
  findings?: TpaFinding[];
  /** The contract's term; when it covers part of the year (a mid-year replacement, art. 16) the fee is that part. */
  term?: { startDate: IsoDate; endDate: IsoDate };
}

/** One unit's satisfaction survey: people surveyed and people satisfied. */
export interface TpaSurvey {
  surveyed: number;
  satisfied: number;
}

/** A finding of the supervision module whose target is the TPA institution. */
export interface TpaFinding {
  id: string;
  category: string;
  description: string;
  foundOn: IsoDate;
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
  /** The findings against the TPA shown in the assessment, and the fund loss each fed (art. 19). */
  findings: (TpaFinding & { fundLoss: Money | null })[];
  /** Days of the year the contract covered, of the year's days (art. 16). */
  termShare: { days: number; yearDays: number; annualFee: Money; yearFee: Money };
  /** Satisfaction per unit from its survey (art. 5). */
  satisfaction: { unitId: string; surveyed: number; satisfied: number; rate: string; score: string; max: string }[];
}

/** The area scored from the satisfaction surveys (Tianjin art. 5 以服务对象满意度为基础). */
export const TPA_SATISFACTION_PLAN_AREA = 'satisfaction';

/** Whether the commitment's plan area of a unit is computed from the commitments rather than scored. */
export const computedArea = (unit: TpaUnit, areaId: string, plan: readonly TpaPlanArea[]) =>
  plan.some((a) => a.id === areaId) &&
  ((unit.kind === 'headOffice' && areaId === TPA_COMMITMENT_PLAN_AREA) || areaId === TPA_SATISFACTION_PLAN_AREA);

/** Each unit's survey is whole numbers with 1 ≤ surveyed and satisfied ≤ surveyed (Tianjin art. 5, 10). */
export function surveyIssues(plan: readonly TpaPlanArea[], units: readonly TpaUnit[], surveys: unknown): PolicyIssue[] {
  const issues = new Issues();
  if (!plan.some((a) => a.id === TPA_SATISFACTION_PLAN_AREA)) return issues.list;
  const given = (isRecord(surveys) ? surveys : {}) as Record<string, unknown>;
  for (const unit of units) {
    const p = `surveys.${unit.id}`;
    const s = given[unit.id];
    if (!isRecord(s)) {
      issues.add(
        p,
        'SURVEY_REQUIRED',
        `请填写“${unit.name}”的满意度调查人数与满意人数 (the unit's satisfaction survey is required; Tianjin art. 5)`,
      );
      continue;
    }
    const whole = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
    if (!whole(s.surveyed) || (s.surveyed as number) < 1)
      issues.add(`${p}.surveyed`, 'SURVEY_OUT_OF_RANGE', '调查人数须为正整数 (surveyed is a whole number ≥ 1)');
    if (!whole(s.satisfied)) issues.add(`${p}.satisfied`, 'SURVEY_OUT_OF_RANGE', '满意人数须为非负整数 (satisfied is a whole number ≥ 0)');
    else if (whole(s.surveyed) && (s.satisfied as number) > (s.surveyed as number))
      issues.add(`${p}.satisfied`, 'SURVEY_OUT_OF_RANGE', '满意人数不得多于调查人数 (satisfied ≤ surveyed)');
  }
  return issues.list;
}

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
      const v = row[area.id];
      const path = `scores.${unit.id}.${area.id}`;
      if (computedArea(unit, area.id, plan)) {
        if (v !== undefined && v !== null && v !== '')
          issues.add(
            path,
            'AREA_COMPUTED',
            `“${area.label}”由${area.id === TPA_SATISFACTION_PLAN_AREA ? '满意度调查结果' : '投标承诺兑现情况'}计算，不能直接打分 (this area is computed, not typed; Tianjin art. 5, 11)`,
          );
        continue;
      }
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
  issues.merge(surveyIssues(input.plan, input.units, input.surveys));
  if (params.districtScore === 'caseloadWeighted')
    for (const u of input.units.filter((x) => x.kind === 'districtSubCentre')) {
      const n = input.caseloads?.[u.id];
      if (!Number.isInteger(n) || (n as number) < 0)
        issues.add(
          `caseloads.${u.id}`,
          'CASELOAD_REQUIRED',
          `请填写“${u.name}”本年度经办件数 (the region weights sub-centres by caseload: give each one's cases)`,
        );
    }
  const findingIds = new Set((input.findings ?? []).map((f) => f.id));
  input.fundLosses.forEach((l, i) => {
    if (l.findingId && !findingIds.has(l.findingId))
      issues.add(
        `fundLosses.${i}.findingId`,
        'FINDING_NOT_FOUND',
        '所引问题不是本年度针对该经办机构的监督检查发现 (not a finding against this TPA in the year)',
      );
  });
  if (!issues.empty) return issues.result()!;
  const t = new Tracer();
  const findings = (input.findings ?? []).map((f) => {
    const losses = input.fundLosses.filter((l) => l.findingId === f.id);
    return { ...f, fundLoss: losses.length ? money(losses.reduce((acc, l) => acc.plus(l.amount), new D(0))) : null };
  });
  if (findings.length)
    t.step(
      'tpa.findings',
      'Tianjin art. 19',
      { findings: findings.map((f) => ({ id: f.id, category: f.category, foundOn: f.foundOn, fundLoss: f.fundLoss })) },
      findings.length,
      {
        note: '重大违规违法事件应在考核指标中予以体现，造成基金损失的从委托经办服务费中扣除: the findings are shown to the inspectors, who reflect them in the area scores (the document sets no points; art. 15 leaves scoring to the plan); losses named on a finding are deducted below',
      },
    );
  const satisfactionArea = input.plan.find((a) => a.id === TPA_SATISFACTION_PLAN_AREA);
  const satisfaction = satisfactionArea
    ? input.units.map((u) => {
        const s = input.surveys![u.id];
        const rate = new D(s.satisfied).dividedBy(s.surveyed);
        const score = t.step(
          'tpa.satisfaction',
          'Tianjin art. 5, 10; Product rule: the satisfaction area scores its maximum times the share of those surveyed who are satisfied',
          { unitId: u.id, surveyed: s.surveyed, satisfied: s.satisfied, max: satisfactionArea.max },
          scoreText(rate.times(satisfactionArea.max)),
        );
        return {
          unitId: u.id,
          surveyed: s.surveyed,
          satisfied: s.satisfied,
          rate: rate.toDecimalPlaces(4).toFixed(4),
          score,
          max: satisfactionArea.max,
        };
      })
    : [];
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
      if (area.id === TPA_SATISFACTION_PLAN_AREA)
        return { areaId: area.id, score: satisfaction.find((x) => x.unitId === unit.id)!.score, max: area.max };
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
        districtSubCentres: byKind('districtSubCentre').map((u) => ({
          unitId: u.unitId,
          score: u.score,
          ...(params.districtScore === 'caseloadWeighted' ? { caseload: input.caseloads![u.unitId] } : {}),
        })),
        ...(city ? { cityCentre: { unitId: city.unitId, score: city.score } } : {}),
      },
      undefined,
      params,
    ),
  );
  t.include(scored.trace);
  const termShare = yearShare(input, t);
  const fee = unwrap(
    tpaFee({
      contractFee: termShare.yearFee,
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
      findings,
      termShare,
      satisfaction,
    },
    t.steps,
  );
}

/**
 * The part of the annual fee for the days of the year the contract covered. Tianjin art. 16 assesses a
 * contract replaced after a mid-year tender at the year's end; **Product rule**: each of the two
 * contracts is then paid its annual fee pro rata to its days in the year (the document does not split it).
 */
function yearShare(input: TpaYearInput, t: Tracer): TpaYearResult['termShare'] {
  const first = `${input.year}-01-01`;
  const last = `${input.year}-12-31`;
  const yearDays = daysBetween(first, last) + 1;
  const from = input.term && input.term.startDate > first ? input.term.startDate : first;
  const to = input.term && input.term.endDate < last ? input.term.endDate : last;
  const days = Math.max(0, daysBetween(from, to) + 1);
  if (days === yearDays) return { days, yearDays, annualFee: input.annualFee, yearFee: input.annualFee };
  const yearFee = t.step(
    'tpa.termShare',
    'Tianjin art. 16; Product rule: the annual fee pro rata to the contract’s days in the year',
    { annualFee: input.annualFee, from, to, days, yearDays },
    money(new D(input.annualFee).times(days).dividedBy(yearDays)),
    { note: '年中招标后更换委托经办机构的，可在当年度年终进行考核清算: both contracts are assessed at year end, each for its own days' },
  );
  return { days, yearDays, annualFee: input.annualFee, yearFee };
}
