import { Issues, ok, type PolicyResult } from '../core/result.js';
import { shown } from '../core/shown.js';
import { Tracer } from '../core/trace.js';
import { requireRecord, requireRecordList } from '../core/validate.js';
import type { AssessmentKind, AssessmentParams, AssessorRemovalGround } from './params.js';
import { mulberry32, seededShuffle } from './prng.js';

export interface AssessorCandidate {
  id: string;
  isExpert: boolean;
  /** Passed the official assessor training (Xinjiang art. 15). */
  trained: boolean;
  /** Set once the assessor is removed from the pool for good (Xinjiang art. 16 ¶2(1)–(5)). */
  removedFor?: AssessorRemovalGround | null;
  institutionId?: string;
  /** Family or interest relation to this claimant (Qinhuangdao art. 20). */
  relatedToClaimant?: boolean;
}

export interface AssessorDrawInput {
  /** Unsigned 32-bit seed, stored with the draw so it can be replayed. */
  seed: number;
  kind: AssessmentKind;
  pool: AssessorCandidate[];
  /** Dispute / objection re-assessment: the first assessment's institution and assessors recuse. */
  firstAssessment?: { institutionId: string; assessorIds: string[] };
}

export type AssessorExclusionReason = 'removed' | 'untrained' | 'related' | 'firstAssessmentInstitution' | 'firstAssessmentAssessor';

export interface AssessorDrawCandidate {
  id: string;
  isExpert: boolean;
  eligible: boolean;
  exclusions: { reason: AssessorExclusionReason; citation: string }[];
}

export interface AssessorDrawResult {
  seed: number;
  /** Drawn ids, experts first. */
  drawn: string[];
  drawnExperts: string[];
  /** `confirmingExperts`: experts who must confirm the conclusion afterwards (Qinhuangdao art. 22), for the workflow. */
  required: { assessors: number; experts: number; expertsInPrinciple: number; confirmingExperts: number | null };
  /** The whole pool, sorted by id, with why each excluded candidate was left out. */
  candidates: AssessorDrawCandidate[];
  /** "In principle" shortfalls (dispute experts) for a person to acknowledge. */
  warnings: { citation: string; message: string; requiresAcknowledgment: true }[];
}

const REMOVAL_ITEM: Record<AssessorRemovalGround, string> = {
  falseReport: '1',
  giftsOrHospitality: '2',
  dereliction: '3',
  violationOrSanction: '4',
  otherLegal: '5',
};
const KINDS: AssessmentKind[] = ['initial', 'dispute', 'objection', 'stateChange', 'spotCheck', 'endOfTerm'];
const isReassessmentOfDispute = (kind: AssessmentKind) => kind === 'dispute' || kind === 'objection';

function validate(input: AssessorDrawInput, params: AssessmentParams): Issues {
  const issues = new Issues();
  if (!requireRecord(issues, 'input', input)) return issues;
  const { seed, kind, pool, firstAssessment } = input;
  if (issues.required('seed', seed) && !(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff))
    issues.add('seed', 'OUT_OF_RANGE', `seed must be a whole number 0…4294967295, got ${shown(seed)}`);
  if (issues.required('kind', kind) && !KINDS.includes(kind)) issues.add('kind', 'NOT_ALLOWED', `kind must be one of ${KINDS.join(', ')}`);
  if (requireRecordList(issues, 'pool', pool)) {
    const seen = new Set<string>();
    pool.forEach((c, i) => {
      if (typeof c?.id !== 'string' || c.id === '') issues.add(`pool.${i}.id`, 'REQUIRED', `pool.${i}.id is required`);
      else if (seen.has(c.id)) issues.add(`pool.${i}.id`, 'NOT_ALLOWED', `assessor ${c.id} appears twice in the pool`);
      else seen.add(c.id);
      for (const f of ['isExpert', 'trained'] as const)
        if (typeof c?.[f] !== 'boolean') issues.add(`pool.${i}.${f}`, 'REQUIRED', `pool.${i}.${f} must be true or false`);
      if (c?.removedFor != null && !(typeof c.removedFor === 'string' && Object.hasOwn(REMOVAL_ITEM, c.removedFor)))
        issues.add(`pool.${i}.removedFor`, 'NOT_ALLOWED', `unknown removal ground ${shown(c.removedFor)}`);
    });
  }
  if (
    isReassessmentOfDispute(kind) &&
    !(firstAssessment && typeof firstAssessment.institutionId === 'string' && Array.isArray(firstAssessment.assessorIds))
  )
    issues.add(
      'firstAssessment',
      'REQUIRED',
      `a ${kind} re-assessment needs the first assessment's institution and assessors, who recuse (${params.assessors.citations.firstAssessment})`,
    );
  for (const p of ['minAssessors', 'minExperts'] as const)
    if (params.assessors[p].value === null)
      issues.add(
        `params.assessors.${p}`,
        'PARAMETER_MISSING',
        `${p} is not stated for this region (${params.assessors[p].citation}); set it in the policy pack`,
      );
  return issues;
}

/**
 * Reproducible random draw of the on-site assessors (Xinjiang art. 16; Qinhuangdao art. 19):
 * removed (Xinjiang art. 16 ¶2), untrained (Xinjiang art. 15) and recused assessors
 * (Qinhuangdao art. 20; for a dispute, the first institution and its assessors, art. 24) are
 * excluded; then ≥ 1 expert and ≥ 2 assessors in all are drawn (a dispute: ≥ 2 experts in principle).
 */
export function drawAssessors(input: AssessorDrawInput, params: AssessmentParams): PolicyResult<AssessorDrawResult> {
  const bad = validate(input, params).result<AssessorDrawResult>();
  if (bad) return bad;
  const a = params.assessors;
  const t = new Tracer();
  const first = isReassessmentOfDispute(input.kind) ? input.firstAssessment : undefined;

  const candidates: AssessorDrawCandidate[] = [...input.pool]
    .sort((x, y) => (x.id < y.id ? -1 : 1))
    .map((c) => {
      const exclusions: AssessorDrawCandidate['exclusions'] = [];
      if (c.removedFor) exclusions.push({ reason: 'removed', citation: a.citations.removed.replace('{item}', REMOVAL_ITEM[c.removedFor]) });
      if (!c.trained) exclusions.push({ reason: 'untrained', citation: a.citations.untrained });
      if (c.relatedToClaimant) exclusions.push({ reason: 'related', citation: a.citations.related });
      if (first && c.institutionId !== undefined && c.institutionId === first.institutionId)
        exclusions.push({ reason: 'firstAssessmentInstitution', citation: a.citations.firstAssessment });
      if (first?.assessorIds.includes(c.id)) exclusions.push({ reason: 'firstAssessmentAssessor', citation: a.citations.firstAssessment });
      return { id: c.id, isExpert: c.isExpert, eligible: exclusions.length === 0, exclusions };
    });
  t.step(
    'assessment.draw.exclusions',
    a.citations.draw,
    { pool: candidates.map((c) => c.id), kind: input.kind, firstAssessment: first ?? null },
    candidates.filter((c) => !c.eligible).map((c) => ({ id: c.id, reasons: c.exclusions.map((e) => e.reason) })),
  );

  const minAssessors = a.minAssessors.value!;
  const minExperts = a.minExperts.value!;
  const disputeExperts = first && a.minDisputeExperts.value !== null ? a.minDisputeExperts.value : 0;
  const wantExperts = Math.max(minExperts, disputeExperts);
  const eligible = candidates.filter((c) => c.eligible);
  const experts = eligible.filter((c) => c.isExpert);

  const issues = new Issues();
  if (eligible.length < minAssessors)
    issues.add(
      'pool',
      'INSUFFICIENT_CANDIDATES',
      `需要至少${minAssessors}名评估人员，排除后仅有${eligible.length}名可抽取 (${a.minAssessors.citation})`,
    );
  if (experts.length < minExperts)
    issues.add(
      'pool',
      'INSUFFICIENT_CANDIDATES',
      `需要至少${minExperts}名评估专家，排除后仅有${experts.length}名可抽取 (${a.minExperts.citation})`,
    );
  const insufficient = issues.result<AssessorDrawResult>();
  if (insufficient) return insufficient;

  const random = mulberry32(input.seed);
  const shuffledExperts = seededShuffle(
    experts.map((c) => c.id),
    random,
  );
  const drawnExperts = shuffledExperts.slice(0, Math.min(wantExperts, experts.length));
  const rest = seededShuffle(
    eligible.map((c) => c.id).filter((id) => !drawnExperts.includes(id)),
    random,
  );
  const drawn = [...drawnExperts, ...rest.slice(0, Math.max(0, minAssessors - drawnExperts.length))];
  const allDrawnExperts = drawn.filter((id) => experts.some((e) => e.id === id));
  t.step(
    'assessment.draw.random',
    `${a.citations.draw}; ${a.minAssessors.citation}`,
    { seed: input.seed, eligible: eligible.map((c) => c.id), minAssessors, minExperts, expertsInPrinciple: disputeExperts },
    drawn,
  );

  const warnings: AssessorDrawResult['warnings'] = [];
  if (allDrawnExperts.length < disputeExperts) {
    warnings.push({
      citation: a.minDisputeExperts.citation,
      message: `争议复评原则上不少于${disputeExperts}名评估专家，回避后仅有${experts.length}名可抽取`,
      requiresAcknowledgment: true,
    });
  }
  return ok(
    {
      seed: input.seed,
      drawn,
      drawnExperts: allDrawnExperts,
      required: {
        assessors: minAssessors,
        experts: minExperts,
        expertsInPrinciple: disputeExperts,
        confirmingExperts: a.minConfirmingExperts.value,
      },
      candidates,
      warnings,
    },
    t.steps,
  );
}
