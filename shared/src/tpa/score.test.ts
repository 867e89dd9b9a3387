import { describe, expect, it } from 'vitest';
import type { TpaCommitment } from './commitments.js';
import { scoreTpa, type TpaScoreInput } from './score.js';

const commitments: TpaCommitment[] = [
  { id: 'c1', area: 'staffing', description: '≥ 12 staff', target: '12', actual: '12', direction: 'atLeast', evidence: ['roster'] },
  { id: 'c2', area: 'premises', description: '≥ 200 m²', target: '200', actual: '240', direction: 'atLeast', evidence: ['lease'] },
  {
    id: 'c3',
    area: 'trainingAndPublicity',
    description: '≥ 4 trainings',
    target: '4',
    actual: '4',
    direction: 'atLeast',
    evidence: ['minutes'],
  },
  { id: 'c4', area: 'dailyOperation', description: '≤ 2 complaints', target: '2', actual: '3', direction: 'atMost', evidence: ['log'] },
];

// Head office 90, sub-centres 80 and 70 (mean 75), city centre 85, weights 0.5 / 0.3 / 0.2:
// 0.5 × 90 + 0.3 × 75 + 0.2 × 85 = 45 + 22.5 + 17 = 84.5.
function tpa(overrides: Partial<TpaScoreInput> = {}): TpaScoreInput {
  return {
    tpaId: 'T1',
    year: 2024,
    weights: { headOffice: '0.5', districtSubCentres: '0.3', cityCentre: '0.2' },
    headOffice: { unitId: 'HQ', score: '90' },
    districtSubCentres: [
      { unitId: 'D1', score: '80', caseload: 300 },
      { unitId: 'D2', score: '70', caseload: 100 },
    ],
    cityCentre: { unitId: 'CITY', score: '85' },
    ...overrides,
  };
}

describe('Tianjin TPA assessment', () => {
  it('Tianjin art. 14: weighted average 0.5 × 90 + 0.3 × mean(80, 70) + 0.2 × 85 = 84.5', () => {
    const r = scoreTpa(tpa());
    expect(r.ok && r.value).toMatchObject({ total: '84.50', districtScore: '75.00', assessedAt: '2024-12-31' });
    const step = r.ok ? r.trace.find((s) => s.rule === 'tpa.districtScore')! : undefined;
    expect(step?.interpretation).toBe('districtScore=mean');
  });

  it('Tianjin art. 14 with districtScore = caseloadWeighted: (80 × 300 + 70 × 100) / 400 = 77.5 → 45 + 23.25 + 17 = 85.25', () => {
    const r = scoreTpa(tpa(), undefined, { districtScore: 'caseloadWeighted' });
    expect(r.ok && r.value).toMatchObject({ total: '85.25', districtScore: '77.50' });
  });

  it('Tianjin art. 5–11: a unit scored by the template: 100 − 3 − 2.5 − 4 − (10 × 0.1) − (10 × 0.25) = 87', () => {
    const r = scoreTpa(
      tpa({
        weights: { headOffice: '1', districtSubCentres: '0', cityCentre: '0' },
        headOffice: {
          unitId: 'HQ',
          events: [
            { type: 'internalSystemsDeficiency', points: '3' },
            { type: 'disabilityAssessment', points: '2.5' },
            { type: 'majorViolation', points: '4' },
          ],
          satisfactionRate: '0.9',
        },
        districtSubCentres: [],
        cityCentre: undefined,
        commitments,
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.total).toBe('87.00');
    expect(r.value.districtScore).toBeNull();
    expect(r.value.commitments).toMatchObject({ fulfilled: 3, total: 4, ratio: '0.7500' });
    expect(r.value.units[0].detail!.categories.map((c) => [c.id, c.score])).toEqual([
      ['internalSystems', '12.00'],
      ['serviceCapacity', '27.50'],
      ['informationManagement', '10.00'],
      ['fundManagement', '15.00'],
      ['riskControl', '6.00'],
      ['commitments', '7.50'],
      ['satisfaction', '9.00'],
    ]);
    expect(r.trace.find((s) => s.rule === 'scorecard.event.majorViolation')!.citation).toBe('Tianjin art. 19');
  });

  it('Tianjin art. 16: a contract replaced mid-year is assessed at year end, and the trace says so', () => {
    const r = scoreTpa(tpa({ midYearReplacement: { replacedOn: '2024-07-01', role: 'incoming' } }));
    expect(r.ok && r.value.assessedAt).toBe('2024-12-31');
    expect(r.ok && r.trace[0]).toMatchObject({ rule: 'tpa.midYearReplacement', citation: 'Tianjin art. 16', output: '2024-12-31' });
  });

  it('Tianjin art. 15: weights must sum to 1, and every other problem is listed at once', () => {
    const r = scoreTpa(
      {
        tpaId: '',
        year: 2024.5,
        weights: { headOffice: '0.5', districtSubCentres: '0.3', cityCentre: '0.1' },
        headOffice: { unitId: 'HQ', score: '101' },
        districtSubCentres: [{ unitId: '', events: undefined as never, satisfactionRate: '2' }],
        midYearReplacement: { replacedOn: '2023-07-01', role: 'both' as never },
      },
      undefined,
      { districtScore: 'median' as never },
    );
    expect(r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      'tpaId REQUIRED',
      'year OUT_OF_RANGE',
      'params.districtScore NOT_ALLOWED',
      'weights OUT_OF_RANGE',
      'headOffice.score OUT_OF_RANGE',
      'districtSubCentres.0.unitId REQUIRED',
      'districtSubCentres.0.events REQUIRED',
      'districtSubCentres.0.satisfactionRate OUT_OF_RANGE',
      'cityCentre REQUIRED',
      'commitments REQUIRED',
      'midYearReplacement.replacedOn INVALID_DATE',
      'midYearReplacement.role NOT_ALLOWED',
    ]);
  });

  it.each<[string, Partial<TpaScoreInput>, string[]]>([
    [
      'Tianjin art. 14: a weight must be a rate',
      { weights: { headOffice: '1.5', districtSubCentres: 'x', cityCentre: '0' } },
      ['weights.headOffice OUT_OF_RANGE', 'weights.districtSubCentres OUT_OF_RANGE'],
    ],
    ['Tianjin art. 14: weighted sub-centres must exist', { districtSubCentres: [] }, ['districtSubCentres REQUIRED']],
    ['Tianjin art. 14: sub-centres must be a list', { districtSubCentres: undefined as never }, ['districtSubCentres REQUIRED']],
    ['Tianjin art. 11: bad commitments are listed', { commitments: [] }, ['commitments REQUIRED']],
    [
      'Tianjin art. 13: a template-scored unit’s event problems are listed with its path',
      { headOffice: { unitId: 'HQ', events: [{ type: 'nope' }], satisfactionRate: '0.9' }, commitments },
      ['headOffice.events.0.type NOT_ALLOWED'],
    ],
  ])('%s', (_name, overrides, expected) => {
    const r = scoreTpa(tpa(overrides));
    expect(r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`)).toEqual(expected);
  });

  it('Tianjin art. 14 with caseloadWeighted: every sub-centre needs a caseload, and not all zero', () => {
    const r = scoreTpa(tpa({ districtSubCentres: [{ unitId: 'D1', score: '80' }] }), undefined, { districtScore: 'caseloadWeighted' });
    expect(r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`)).toEqual(['districtSubCentres.0.caseload REQUIRED']);
    const r2 = scoreTpa(tpa({ districtSubCentres: [{ unitId: 'D1', score: '80', caseload: 0 }] }), undefined, {
      districtScore: 'caseloadWeighted',
    });
    expect(r2.ok ? [] : r2.issues.map((i) => `${i.path} ${i.code}`)).toEqual(['districtSubCentres OUT_OF_RANGE']);
  });
});
