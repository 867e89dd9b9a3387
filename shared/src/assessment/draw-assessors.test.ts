import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AssessorCandidate, type AssessorDrawInput, drawAssessors } from './draw-assessors.js';
import { type AssessmentParams, qinhuangdaoAssessmentParams as qhd, tumxukAssessmentParams as tmk } from './params.js';

const tumxukWithCounts: AssessmentParams = {
  ...tmk,
  assessors: {
    ...tmk.assessors,
    minAssessors: { value: 2, citation: 'region setting' },
    minExperts: { value: 1, citation: 'region setting' },
  },
};

const pool: AssessorCandidate[] = [
  { id: 'E1', isExpert: true, trained: true, institutionId: 'A' },
  { id: 'E2', isExpert: true, trained: true, institutionId: 'B' },
  { id: 'E3', isExpert: true, trained: true, institutionId: 'B', removedFor: 'giftsOrHospitality' },
  { id: 'E4', isExpert: true, trained: false, institutionId: 'B' },
  { id: 'R1', isExpert: false, trained: true, institutionId: 'A' },
  { id: 'R2', isExpert: false, trained: true, institutionId: 'B', relatedToClaimant: true },
  { id: 'R3', isExpert: false, trained: true, institutionId: 'B' },
];

describe('Xinjiang art. 16 / Qinhuangdao art. 19–20, 24: assessor draw', () => {
  it('Qinhuangdao art. 19: initial → 2 drawn, at least 1 expert; removed, untrained and related candidates excluded with their article', () => {
    const r = drawAssessors({ seed: 42, kind: 'initial', pool }, qhd);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.drawn).toHaveLength(2);
    expect(r.value.drawnExperts.length).toBeGreaterThanOrEqual(1);
    // Qinhuangdao art. 19: 2 assessors, 1 expert; art. 22: 2 experts confirm the conclusion
    expect(r.value.required).toEqual({ assessors: 2, experts: 1, expertsInPrinciple: 0, confirmingExperts: 2 });
    expect(['E1', 'E2']).toContain(r.value.drawn[0]);
    expect(r.value.candidates.filter((c) => !c.eligible).map((c) => [c.id, c.exclusions.map((e) => e.citation)])).toEqual([
      ['E3', ['Product rule: a removed assessor is never drawn again (as Xinjiang art. 16 ¶2(2))']],
      ['E4', ['Product rule: assessors work only after passing the official training (as Xinjiang art. 15)']],
      ['R2', ['Qinhuangdao art. 20']],
    ]);
  });

  it('Xinjiang art. 16 ¶2 / art. 15 (Tumxuk): exclusions cite the Xinjiang articles', () => {
    const r = drawAssessors({ seed: 7, kind: 'initial', pool }, tumxukWithCounts);
    expect(r.ok && r.value.candidates.find((c) => c.id === 'E3')?.exclusions[0].citation).toBe('Xinjiang art. 16 ¶2(2)');
    expect(r.ok && r.value.candidates.find((c) => c.id === 'E4')?.exclusions[0].citation).toBe('Xinjiang art. 15');
  });

  it('Qinhuangdao art. 24: dispute → the first institution (A) and its assessors recuse; 2 experts in principle but only E2 remains → warning to acknowledge', () => {
    const r = drawAssessors({ seed: 1, kind: 'dispute', pool, firstAssessment: { institutionId: 'A', assessorIds: ['E1', 'R1'] } }, qhd);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    // eligible: E2 (expert), R3 → both drawn, expert first
    expect(r.value.drawn).toEqual(['E2', 'R3']);
    expect(r.value.candidates.find((c) => c.id === 'E1')?.exclusions.map((e) => e.reason)).toEqual([
      'firstAssessmentInstitution',
      'firstAssessmentAssessor',
    ]);
    expect(r.value.warnings).toEqual([expect.objectContaining({ citation: 'Qinhuangdao art. 24', requiresAcknowledgment: true })]);
  });

  it('Qinhuangdao art. 24: dispute with enough experts → 2 experts drawn, no warning', () => {
    const more = [...pool, { id: 'E5', isExpert: true, trained: true, institutionId: 'C' }];
    const r = drawAssessors({ seed: 9, kind: 'dispute', pool: more, firstAssessment: { institutionId: 'A', assessorIds: [] } }, qhd);
    expect(r.ok && [...r.value.drawn].sort()).toEqual(['E2', 'E5']);
    expect(r.ok && r.value.warnings).toEqual([]);
  });

  it('Qinhuangdao art. 19: not enough candidates → every shortfall listed', () => {
    const r = drawAssessors({ seed: 1, kind: 'initial', pool: [pool[2], pool[3], pool[4]] }, qhd);
    expect(!r.ok && r.issues.map((i) => i.message)).toEqual([
      '需要至少2名评估人员，排除后仅有1名可抽取 (Qinhuangdao art. 19)',
      '需要至少1名评估专家，排除后仅有0名可抽取 (Qinhuangdao art. 19)',
    ]);
  });

  it('Tumxuk: assessor counts are not stated → PARAMETER_MISSING', () => {
    const r = drawAssessors({ seed: 1, kind: 'initial', pool }, tmk);
    expect(!r.ok && r.issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'params.assessors.minAssessors:PARAMETER_MISSING',
      'params.assessors.minExperts:PARAMETER_MISSING',
    ]);
  });

  it('Xinjiang art. 16: bad input is all reported at once', () => {
    const r = drawAssessors(
      {
        seed: -1,
        kind: 'dispute',
        pool: [{ id: 'X', isExpert: 'yes', trained: true, removedFor: 'lazy' }, { id: 'X', isExpert: true, trained: true }, { id: '' }],
      } as unknown as AssessorDrawInput,
      qhd,
    );
    expect(!r.ok && r.issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'seed:OUT_OF_RANGE',
      'pool.0.isExpert:REQUIRED',
      'pool.0.removedFor:NOT_ALLOWED',
      'pool.1.id:NOT_ALLOWED',
      'pool.2.id:REQUIRED',
      'pool.2.isExpert:REQUIRED',
      'pool.2.trained:REQUIRED',
      'firstAssessment:REQUIRED',
    ]);
  });

  it('Xinjiang art. 16: missing seed, unknown kind and missing pool are reported', () => {
    const r = drawAssessors({ kind: 'yearly' } as unknown as AssessorDrawInput, qhd);
    expect(!r.ok && r.issues.map((i) => `${i.path}:${i.code}`)).toEqual(['seed:REQUIRED', 'kind:NOT_ALLOWED', 'pool:REQUIRED']);
  });
});

const candidateArb = fc.record({
  id: fc.string({ minLength: 1, maxLength: 4 }),
  isExpert: fc.boolean(),
  trained: fc.boolean(),
  // Most assessors are trained, unrelated and in good standing: with fc.option's default (removed 4 times
  // in 5) and fair coins almost no pool had two eligible candidates, so the properties checked next to no draw.
  removedFor: fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 4 },
    {
      arbitrary: fc.constantFrom('falseReport', 'giftsOrHospitality', 'dereliction', 'violationOrSanction', 'otherLegal' as const),
      weight: 1,
    },
  ),
  institutionId: fc.constantFrom('A', 'B', 'C'),
  relatedToClaimant: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
});
const poolArb = fc.uniqueArray(candidateArb, { selector: (c) => c.id, minLength: 2, maxLength: 15 });
const drawArb = fc.record({
  seed: fc.integer({ min: 0, max: 0xffffffff }),
  kind: fc.constantFrom('initial', 'dispute', 'stateChange' as const),
  pool: poolArb,
  firstAssessment: fc.record({
    institutionId: fc.constantFrom('A', 'B'),
    assessorIds: fc.array(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 3 }),
  }),
});

describe('Xinjiang art. 16 (properties)', () => {
  it('Product rule: same seed and pool (in any order) → same draw', () => {
    fc.assert(
      fc.property(drawArb, (input) => {
        const a = drawAssessors(input as AssessorDrawInput, qhd);
        const b = drawAssessors({ ...input, pool: [...input.pool].reverse() } as AssessorDrawInput, qhd);
        expect(b).toEqual(a);
      }),
    );
  });

  it('Xinjiang art. 16 ¶2, art. 15; Qinhuangdao art. 20, 24: a removed, untrained or recused assessor is never drawn', () => {
    let draws = 0;
    fc.assert(
      fc.property(drawArb, (input) => {
        const r = drawAssessors(input as AssessorDrawInput, qhd);
        if (!r.ok) return;
        draws++;
        const byId = new Map(input.pool.map((c) => [c.id, c]));
        for (const id of r.value.drawn) {
          const c = byId.get(id)!;
          expect(c.removedFor).toBeUndefined();
          expect(c.trained).toBe(true);
          expect(c.relatedToClaimant).toBe(false);
          if (input.kind === 'dispute') {
            expect(c.institutionId).not.toBe(input.firstAssessment.institutionId);
            expect(input.firstAssessment.assessorIds).not.toContain(id);
          }
        }
      }),
    );
    // the property must have checked real draws (of the default 100 runs), not only pools too small to draw from
    expect(draws).toBeGreaterThan(20);
  });

  it('Qinhuangdao art. 19, 24: the draw meets the counts, or fails only when the eligible candidates are too few', () => {
    fc.assert(
      fc.property(drawArb, (input) => {
        const r = drawAssessors(input as AssessorDrawInput, qhd);
        const eligible = input.pool.filter(
          (c) =>
            !c.removedFor &&
            c.trained &&
            !c.relatedToClaimant &&
            (input.kind !== 'dispute' ||
              (c.institutionId !== input.firstAssessment.institutionId && !input.firstAssessment.assessorIds.includes(c.id))),
        );
        const experts = eligible.filter((c) => c.isExpert).length;
        if (!r.ok) {
          expect(eligible.length < 2 || experts < 1).toBe(true);
          return;
        }
        expect(new Set(r.value.drawn).size).toBe(r.value.drawn.length);
        expect(r.value.drawn.length).toBeGreaterThanOrEqual(2);
        expect(r.value.drawnExperts.length).toBeGreaterThanOrEqual(1);
        if (input.kind === 'dispute') expect(r.value.drawnExperts.length).toBe(Math.min(2, experts));
        expect(r.value.warnings.length > 0).toBe(input.kind === 'dispute' && experts < 2);
      }),
    );
  });
});
