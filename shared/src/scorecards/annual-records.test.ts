import { describe, expect, it } from 'vitest';
import { COMPLAINT_WORKFLOW } from '../complaints/complaint-workflow.js';
import { decideTransition } from '../workflow/kernel.js';
import { checkMonthlyCount, checkRecordedEvent, recordableTypes, scoreInstitutionYear } from './annual-records.js';
import { ANNUAL_SCORECARD_WORKFLOW } from './annual-workflow.js';
import { changzhouAnnual2024 } from './templates/changzhou-annual-2024.js';

const districts = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, name: `区${id}` }));
const monthly = [
  { institutionId: 'A', month: '2026-03', submitted: 100, returned: 8, surveyed: 40, satisfied: 35 },
  { institutionId: 'B', month: '2026-03', submitted: 200, returned: 6, surveyed: 0, satisfied: 0 },
  { institutionId: 'C', month: '2026-03', submitted: 50, returned: 2, surveyed: 0, satisfied: 0 },
  // another year never enters the mean
  { institutionId: 'C', month: '2025-12', submitted: 10, returned: 10, surveyed: 0, satisfied: 0 },
];

describe('an institution-year scored from its records (Changzhou 2024)', () => {
  it('Changzhou items 3(1), 4(5), 10, 11(1), 13(2): 2 拒单 in one area, 8% vs mean 5%, 87.5% satisfied → 5+5+8+17+15+5+5+5+5+2 + 2+0+2 = 76.00', () => {
    const r = scoreInstitutionYear(changzhouAnnual2024, {
      institutionId: 'A',
      year: 2026,
      events: [
        { type: 'dispatchRefused', occurredOn: '2026-03-01', count: 2, districtId: 'b' },
        { type: 'internalTrainingHeld', occurredOn: '2026-04-01', count: 2 },
      ],
      monthly,
      districts,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.parts).toMatchObject({
      deductionPart: '72.00',
      bonusPart: '4.00',
      total: '76.00',
      deductionMax: '80.00',
      bonusMax: '20.00',
    });
    expect(r.value.facts).toMatchObject({
      returned: 8,
      submitted: 100,
      satisfactionRate: '0.875',
      districtsWithRefusal: ['区b'],
      districtsWithoutRefusal: 4,
    });
  });

  it('Changzhou item 8(3): no training recorded costs 2 (two missing); a holiday suspension (item 13(2)) loses the 2 bonus points', () => {
    const r = scoreInstitutionYear(changzhouAnnual2024, {
      institutionId: 'B',
      year: 2026,
      events: [{ type: 'holidaySuspension', occurredOn: '2026-10-03', count: 1 }],
      monthly,
      districts,
    });
    if (!r.ok) throw new Error('expected ok');
    const score = (id: string) => r.value.result.categories.find((c) => c.id === id)?.score;
    expect(score('training')).toBe('3.00');
    expect(score('overallCapability')).toBe('0.00');
    expect(score('cooperation')).toBe('4.00');
  });

  it('bad input: unknown type, outside the year, negative count, a 拒单 without district, a district of another region', () => {
    const codes = (e: Parameters<typeof checkRecordedEvent>[1]) =>
      checkRecordedEvent(changzhouAnnual2024, e, 2026, ['a']).map((i) => i.code);
    expect(codes({ type: 'nope', occurredOn: '2026-01-01', count: 1 })).toEqual(['EVENT_TYPE_NOT_IN_TEMPLATE']);
    expect(codes({ type: 'lateUpload', occurredOn: '2027-01-01', count: 1 })).toEqual(['EVENT_OUTSIDE_YEAR']);
    expect(codes({ type: 'lateUpload', occurredOn: '2026-01-01', count: -2 })).toEqual(['NEGATIVE_COUNT']);
    expect(codes({ type: 'dispatchRefused', occurredOn: '2026-01-01', count: 1 })).toEqual(['DISTRICT_REQUIRED']);
    expect(codes({ type: 'dispatchRefused', occurredOn: '2026-01-01', count: 1, districtId: 'z' })).toEqual(['NOT_ALLOWED']);
    expect(codes({ type: 'conclusionChangedOneGrade', occurredOn: '2026-01-01', count: 1 })).toEqual(['REQUIRED']);
    expect(checkMonthlyCount({ month: '2026-01', submitted: 5, returned: 6, surveyed: 0, satisfied: 0 }).map((i) => i.code)).toEqual([
      'OUT_OF_RANGE',
    ]);
  });

  it('the recordable types are the template’s event types, its vetoes and the two fact records; refusals need a district', () => {
    const types = recordableTypes(changzhouAnnual2024);
    expect(types.filter((t) => t.needsDistrict).map((t) => t.id)).toEqual(['dispatchRefused', 'reassessmentRefused']);
    expect(types.filter((t) => t.kind === 'fact').map((t) => t.id)).toEqual(['internalTrainingHeld', 'holidaySuspension']);
    expect(types.filter((t) => t.kind === 'veto')).toHaveLength(5);
  });
});

describe('sign-off and complaint tables', () => {
  const actor = (id: string) => ({ id, roles: ['inspector'] });
  it('Product rule (maker-checker): the inspector who submitted cannot approve', () => {
    const r = decideTransition(ANNUAL_SCORECARD_WORKFLOW, {
      state: 'submitted',
      actor: actor('u1'),
      history: [{ action: 'submit', from: 'open', to: 'submitted', actorId: 'u1' }],
      facts: {},
      action: 'approve',
    });
    expect(r.ok ? 'ok' : r.issues.map((i) => i.code)).toEqual(['SAME_PERSON']);
  });

  it('Qinhuangdao art. 72: a complaint is verified only with reasons, and not while its year’s scorecard is locked', () => {
    const base = { state: 'investigating', actor: actor('u1'), facts: { scorecardLocked: false }, action: 'verify' };
    const codes = (r: ReturnType<typeof decideTransition>) => (r.ok ? ['ok'] : r.issues.map((i) => i.code));
    expect(codes(decideTransition(COMPLAINT_WORKFLOW, base))).toEqual(['REASON_REQUIRED']);
    expect(codes(decideTransition(COMPLAINT_WORKFLOW, { ...base, reason: '属实' }))).toEqual(['ok']);
    expect(codes(decideTransition(COMPLAINT_WORKFLOW, { ...base, reason: '属实', facts: { scorecardLocked: true } }))).toEqual([
      'SCORECARD_LOCKED',
    ]);
  });
});
