import { afterEach, describe, expect, it, vi } from 'vitest';
// The README examples import from '@ltci/shared'; the same names come from the source here.
import { commitmentFulfilment, scoreTpa, tpaFee } from './index.js';

function printed(): string[] {
  return (console.log as unknown as { mock: { calls: unknown[][] } }).mock.calls.map((args) => args.map(String).join(' '));
}

describe('tpa README examples', () => {
  afterEach(() => vi.restoreAllMocks());

  it('Tianjin art. 14: README scoreTpa example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = scoreTpa({
      tpaId: 'T1',
      year: 2024,
      weights: { headOffice: '0.5', districtSubCentres: '0.3', cityCentre: '0.2' },
      headOffice: { unitId: 'HQ', events: [{ type: 'internalSystemsDeficiency', points: '3' }], satisfactionRate: '0.9' },
      districtSubCentres: [
        { unitId: 'D1', score: '80' },
        { unitId: 'D2', score: '70' },
      ],
      cityCentre: { unitId: 'CITY', score: '85' },
      commitments: [
        { id: 'c1', area: 'staffing', description: '≥ 12 staff', target: '12', actual: '13', direction: 'atLeast', evidence: ['roster'] },
      ],
      midYearReplacement: { replacedOn: '2024-07-01', role: 'incoming' },
    });
    if (r.ok) {
      console.log(r.value.units.map((u) => `${u.unitId} ${u.score}`).join(', '));
      console.log(r.value.districtScore, r.value.total, r.value.assessedAt);
      console.log(r.trace.find((s) => s.rule === 'tpa.districtScore')?.interpretation);
    }
    expect(printed()).toEqual(['HQ 96.00, D1 80.00, D2 70.00, CITY 85.00', '75.00 87.50 2024-12-31', 'districtScore=mean']);
  });

  it('Tianjin art. 11: README commitmentFulfilment example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = commitmentFulfilment([
      { id: 'staff', area: 'staffing', description: '≥ 12 staff', target: '12', actual: '12', direction: 'atLeast', evidence: ['roster'] },
      {
        id: 'complaints',
        area: 'dailyOperation',
        description: '≤ 2 complaints',
        target: '2',
        actual: '3',
        direction: 'atMost',
        evidence: ['log'],
      },
      { id: 'audit', area: 'financialAudit', description: '1 audit', target: '1', actual: '1', direction: 'atLeast', evidence: [] },
    ]);
    if (r.ok) {
      for (const i of r.value.items) console.log(i.id, i.fulfilled, i.reason);
      console.log(r.value.ratio);
    }
    expect(printed()).toEqual([
      'staff true met with evidence',
      'complaints false actual 3 misses target ≤ 2',
      'audit false no evidence',
      '0.3333',
    ]);
  });

  it('Tianjin art. 18–20: README tpaFee example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = tpaFee({
      contractFee: '1200000.00',
      score: '78.5',
      schedule: [
        { minScore: '90', payRate: '1' },
        { minScore: '80', payRate: '0.9' },
        { minScore: '0', payRate: '0.7' },
      ],
      fundLosses: [{ description: 'duplicate payment', amount: '12345.67' }],
      poorResultBelow: '80',
      severeBreach: false,
    });
    if (r.ok) {
      const { scheduledFee, fee, actions } = r.value;
      console.log(scheduledFee, fee, actions.map((a) => a.action).join(' + '));
    }
    expect(printed()).toEqual(['840000.00 827654.33 interview + rectifyByDeadline']);
  });
});
