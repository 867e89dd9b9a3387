import { D, decimalText } from '../core/money.js';
import { Issues, ok, type PolicyResult } from '../core/result.js';
import { Tracer } from '../core/trace.js';
import { requireRecordList, requireText } from '../core/validate.js';

/** The commitment areas of Tianjin art. 11. */
export type TpaCommitmentArea =
  | 'staffing'
  | 'premises'
  | 'equipment'
  | 'dailyOperation'
  | 'trainingAndPublicity'
  | 'archives'
  | 'financialAudit'
  | 'serviceFeeExecution';

export const TPA_COMMITMENT_AREAS: readonly TpaCommitmentArea[] = [
  'staffing',
  'premises',
  'equipment',
  'dailyOperation',
  'trainingAndPublicity',
  'archives',
  'financialAudit',
  'serviceFeeExecution',
];

/** One tender commitment with a measurable target, and what was found. */
export interface TpaCommitment {
  id: string;
  area: TpaCommitmentArea;
  description: string;
  /** Target and actual as decimal strings ("12" staff, "0.95" rate). */
  target: string;
  actual: string;
  /** `atLeast`: actual ≥ target fulfils (staff, trainings); `atMost`: actual ≤ target (complaints). */
  direction: 'atLeast' | 'atMost';
  /** References to the evidence (documents, photos, inspection records). */
  evidence: string[];
}

export interface TpaCommitmentFulfilment {
  items: { id: string; area: TpaCommitmentArea; fulfilled: boolean; reason: string }[];
  fulfilled: number;
  total: number;
  /** fulfilled ÷ total, 4 decimals half-up. */
  ratio: string;
}

const NUMBER = /^-?\d{1,12}(\.\d{1,8})?$/;

/**
 * Commitment fulfilment (Tianjin art. 11, "承诺制考核"): each tender commitment is met when
 * the actual figure reaches the target and evidence backs it. Product rule: a commitment
 * without evidence counts as not fulfilled.
 */
export function commitmentFulfilment(commitments: TpaCommitment[]): PolicyResult<TpaCommitmentFulfilment> {
  const issues = new Issues();
  if (!Array.isArray(commitments) || commitments.length === 0)
    return issues.add('commitments', 'REQUIRED', 'at least one tender commitment is required (Tianjin art. 11)').result()!;
  if (!requireRecordList(issues, 'commitments', commitments)) return issues.result()!;
  const ids = new Set<string>();
  commitments.forEach((c, i) => {
    const p = `commitments.${i}`;
    if (requireText(issues, `${p}.id`, c.id)) {
      if (ids.has(c.id)) issues.add(`${p}.id`, 'NOT_ALLOWED', `commitment ${c.id} is listed twice`);
      ids.add(c.id);
    }
    if (!TPA_COMMITMENT_AREAS.includes(c.area))
      issues.add(`${p}.area`, 'NOT_ALLOWED', `area must be one of ${TPA_COMMITMENT_AREAS.join(', ')}`);
    for (const key of ['target', 'actual'] as const)
      if (issues.required(`${p}.${key}`, c[key]) && !(typeof c[key] === 'string' && NUMBER.test(c[key])))
        issues.add(`${p}.${key}`, 'OUT_OF_RANGE', `${key} must be a decimal string such as "12" or "0.95"`);
    if (c.direction !== 'atLeast' && c.direction !== 'atMost')
      issues.add(`${p}.direction`, 'NOT_ALLOWED', 'direction must be atLeast or atMost');
    if (!Array.isArray(c.evidence)) issues.add(`${p}.evidence`, 'REQUIRED', 'evidence must be a list (empty when none)');
  });
  if (!issues.empty) return issues.result()!;
  const t = new Tracer();
  const items = commitments.map((c) => {
    const met = c.direction === 'atLeast' ? new D(c.actual).greaterThanOrEqualTo(c.target) : new D(c.actual).lessThanOrEqualTo(c.target);
    const evidenced = c.evidence.length > 0;
    const fulfilled = met && evidenced;
    const reason = !met
      ? `actual ${c.actual} misses target ${c.direction === 'atLeast' ? '≥' : '≤'} ${c.target}`
      : evidenced
        ? 'met with evidence'
        : 'no evidence';
    t.step(
      'tpa.commitment',
      evidenced ? 'Tianjin art. 11' : 'Tianjin art. 11; Product rule: a commitment without evidence is not fulfilled',
      { id: c.id, area: c.area, target: c.target, actual: c.actual, direction: c.direction, evidence: c.evidence },
      fulfilled,
      { note: reason },
    );
    return { id: c.id, area: c.area, fulfilled, reason };
  });
  const fulfilled = items.filter((x) => x.fulfilled).length;
  const ratio = decimalText(new D(fulfilled).dividedBy(items.length), 4);
  t.step('tpa.commitmentFulfilment', 'Tianjin art. 11', { fulfilled, total: items.length }, ratio);
  return ok({ items, fulfilled, total: items.length, ratio }, t.steps);
}
