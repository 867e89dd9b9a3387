import { describe, expect, it } from 'vitest';
import { type AnnualScoreInput, scoreAnnual } from './annual.js';
import type { ScorecardEvent } from './template-types.js';

// A clean year: own return rate 5/100 = the mean of A 5% and B 5%; satisfaction 95%;
// all four areas served; 2 internal trainings; no holiday suspension.
// Deduction categories keep their 80 points; bonuses: 11(1) 4 + 13(2) 2 = 6 → total 86.
function year(overrides: Partial<AnnualScoreInput> = {}): AnnualScoreInput {
  return {
    institutionId: 'A',
    year: 2024,
    events: [],
    returnRates: [
      { institutionId: 'A', returned: 5, submitted: 100 },
      { institutionId: 'B', returned: 5, submitted: 100 },
    ],
    satisfactionRate: '0.95',
    districtsServedWithoutRefusal: 4,
    internalTrainingsHeld: 2,
    noHolidaySuspension: true,
    ...overrides,
  };
}

function score(overrides: Partial<AnnualScoreInput> = {}) {
  const r = scoreAnnual(year(overrides));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
}

const category = (overrides: Partial<AnnualScoreInput>, id: string) => score(overrides).value.categories.find((c) => c.id === id)!.score;
const times = (n: number, event: ScorecardEvent) => Array.from({ length: n }, () => event);

describe('Changzhou annual scorecard 2024', () => {
  it('Changzhou annex 1: a clean year scores 80 (items 1–10) + 4 (item 11(1)) + 2 (item 13(2)) = 86', () => {
    const r = score();
    expect(r.value.subtotal).toBe('86.00');
    expect(r.value.total).toBe('86.00');
    expect(r.value.categories.map((c) => c.max)).toEqual(
      ['5', '5', '10', '20', '15', '5', '5', '5', '5', '5', '6', '6', '8'].map((m) => `${m}.00`),
    );
  });

  it.each<[string, ScorecardEvent[], string, string]>([
    [
      'Changzhou item 1: major change declared on day 31 → −5',
      [{ type: 'majorInfoChangeNotDeclared', occurredOn: '2024-03-01', reportedOn: '2024-04-01' }],
      'basicManagement',
      '0.00',
    ],
    [
      'Changzhou item 1: "30日" calendar days, declared on day 30 (03-31) → on time, 0',
      [{ type: 'majorInfoChangeNotDeclared', occurredOn: '2024-03-01', reportedOn: '2024-03-31' }],
      'basicManagement',
      '5.00',
    ],
    [
      'Changzhou item 1: two undeclared major changes still cost 5 once ("扣5分", no 每次)',
      times(2, { type: 'majorInfoChangeNotDeclared', occurredOn: '2024-03-01' }),
      'basicManagement',
      '0.00',
    ],
    [
      'Changzhou item 1: staff change filed late, 2 times × 2 → 5 − 4 = 1',
      times(2, { type: 'staffChangeNotFiled', occurredOn: '2024-05-01', reportedOn: '2024-06-15' }),
      'basicManagement',
      '1.00',
    ],
    [
      'Changzhou item 1: staff change on 12-20 unreported at 12-31 is not yet late (due 2025-01-19)',
      [{ type: 'staffChangeNotFiled', occurredOn: '2024-12-20' }],
      'basicManagement',
      '5.00',
    ],
    ['Changzhou item 2(1): external network → −5', [{ type: 'externalNetworkOrNoAntivirus' }], 'informationManagement', '0.00'],
    [
      'Changzhou item 2(2): remote-control software twice → 5 − 2×2 = 1',
      times(2, { type: 'remoteControlSoftware' }),
      'informationManagement',
      '1.00',
    ],
    ['Changzhou item 2(3): not upgraded 3 times → 5 − 3 = 2', times(3, { type: 'systemNotMaintained' }), 'informationManagement', '2.00'],
    ['Changzhou item 2(4): network address changed → 5 − 5 = 0', [{ type: 'networkAddressChanged' }], 'informationManagement', '0.00'],
    ['Changzhou item 2(5): other misuse once → 5 − 1 = 4', [{ type: 'otherSystemMisuse' }], 'informationManagement', '4.00'],
    ['Changzhou item 2(6): security notice → 5 − 5 = 0', [{ type: 'networkSecurityNotice' }], 'informationManagement', '0.00'],
    ['Changzhou item 3(1): 3 refused dispatches → 10 − 3 = 7', times(3, { type: 'dispatchRefused' }), 'efficiency', '7.00'],
    ['Changzhou item 3(2): refused re-assessment → 10 − 1 = 9', [{ type: 'reassessmentRefused' }], 'efficiency', '9.00'],
    ['Changzhou item 3(3): 2 late on-site visits → 10 − 2×2 = 6', times(2, { type: 'lateOnSiteVisit' }), 'efficiency', '6.00'],
    ['Changzhou item 3(4): late upload → 10 − 1 = 9', [{ type: 'lateUpload' }], 'efficiency', '9.00'],
    ['Changzhou item 3(5): late delivery ×4 → 10 − 4 = 6', times(4, { type: 'lateConclusionDelivery' }), 'efficiency', '6.00'],
    ['Changzhou item 4(1): unrecused conflict ×2 → 20 − 10 = 10', times(2, { type: 'conflictNotRecused' }), 'conduct', '10.00'],
    ['Changzhou item 4(2): care-institution conflict → 20 − 5 = 15', [{ type: 'careInstitutionConflictFraud' }], 'conduct', '15.00'],
    ['Changzhou item 4(3): irregular upload ×3 → 20 − 6 = 14', times(3, { type: 'irregularUpload' }), 'conduct', '14.00'],
    [
      'Changzhou item 4(4): late rectification 1 + refused 3 → 20 − 4 = 16',
      [{ type: 'lateRectificationOfReturn' }, { type: 'refusedRectificationOfReturn' }],
      'conduct',
      '16.00',
    ],
    [
      'Changzhou item 5: one grade changed (institution at fault) → 15 − 2 = 13',
      [{ type: 'conclusionChangedOneGrade', flags: { institutionAtFault: true } }],
      'quality',
      '13.00',
    ],
    [
      'Changzhou item 5: ≥ 2 grades changed ×2 → 15 − 6 = 9',
      times(2, { type: 'conclusionChangedTwoOrMoreGrades', flags: { institutionAtFault: true } }),
      'quality',
      '9.00',
    ],
    [
      'Changzhou item 5: changed but not for reasons of the institution → 0',
      [{ type: 'conclusionChangedOneGrade', flags: { institutionAtFault: false } }],
      'quality',
      '15.00',
    ],
    [
      'Changzhou item 6(1): one verified complaint → 5 − 2.5 = 2.5',
      [{ type: 'conductComplaint', flags: { verified: true } }],
      'complaints',
      '2.50',
    ],
    ['Changzhou item 6(1): unverified complaint → 0', [{ type: 'conductComplaint', flags: { verified: false } }], 'complaints', '5.00'],
    ['Changzhou item 6(2): verified privacy leak → 5 − 5 = 0', [{ type: 'privacyLeak', flags: { verified: true } }], 'complaints', '0.00'],
    ['Changzhou item 7: 2 deficient systems → 5 − 2 = 3', times(2, { type: 'managementSystemDeficient' }), 'systems', '3.00'],
    ['Changzhou item 8(1): 2 staff missed training → 5 − 2 = 3', times(2, { type: 'staffMissedSkillsTraining' }), 'training', '3.00'],
    ['Changzhou item 8(2): missed meeting → 5 − 1 = 4', [{ type: 'meetingMissed' }], 'training', '4.00'],
    [
      'Changzhou item 8(3): no training plan (twice recorded, once counted) → 5 − 1 = 4',
      times(2, { type: 'noInternalTrainingPlan' }),
      'training',
      '4.00',
    ],
    ['Changzhou item 8(3): content inconsistent ×2 → 5 − 2 = 3', times(2, { type: 'trainingContentInconsistent' }), 'training', '3.00'],
    ['Changzhou item 9(1): incomplete records ×3 → 5 − 3 = 2', times(3, { type: 'recordsIncomplete' }), 'records', '2.00'],
    ['Changzhou item 9(2): not one file per person → 5 − 1 = 4', [{ type: 'recordsNotOnePerPerson' }], 'records', '4.00'],
    [
      'Changzhou item 12: 2 media + 1 praise + 1 assistance → 4',
      [{ type: 'mediaPublicity' }, { type: 'mediaPublicity' }, { type: 'governmentPraise' }, { type: 'publicityAssistance' }],
      'publicity',
      '4.00',
    ],
    [
      'Changzhou item 13(1): fraud investigated with evidence ×2 → 2 + 2×2 = 6',
      times(2, { type: 'fraudInvestigated', flags: { evidenceProvided: true } }),
      'overallCapability',
      '6.00',
    ],
    [
      'Changzhou item 13(1): without evidence → only 13(2) 2',
      [{ type: 'fraudInvestigated', flags: { evidenceProvided: false } }],
      'overallCapability',
      '2.00',
    ],
    ['Changzhou item 13(3): 3 adopted suggestions → 2 + 3 = 5', times(3, { type: 'suggestionAdopted' }), 'overallCapability', '5.00'],
  ])('%s', (_name, events, id, expected) => {
    expect(category({ events }, id)).toBe(expected);
  });

  it('Changzhou item 3: a category never goes below 0 (11 refused dispatches → 10 − 11 → 0, clamp traced)', () => {
    const r = score({ events: times(11, { type: 'dispatchRefused' }) });
    const efficiency = r.value.categories.find((c) => c.id === 'efficiency')!;
    expect(efficiency).toMatchObject({ points: '11.00', score: '0.00', clamped: 'floor' });
    expect(r.trace.find((s) => s.rule === 'scorecard.floor.efficiency')!.interpretation).toContain('categoryFloor=zero');
  });

  it.each([
    // mean of 12%, 4%, 5% = 7%; A 12% is 5 full points above → −5
    ['Changzhou item 4(5): A 12%, peers 4% and 5%: mean 7% → 5 points above → −5', [12, 4, 5], '15.00'],
    // mean of 7.9%, 7% = 7.45%; 0.45 points above → no full point
    ['Changzhou item 4(5): 0.45 points above the mean → 0', [7.9, 7], '20.00'],
    // mean of 9%, 7% = 8%; exactly 1 point above → −1
    ['Changzhou item 4(5): exactly 1 full point above → −1', [9, 7], '19.00'],
    // below the average → 0
    ['Changzhou item 4(5): below the average → 0', [3, 7], '20.00'],
    // 40% vs 0%, 0%, 0%: mean 10% → 30 above → −30 → conduct floor 0
    ['Changzhou item 4(5): 30 points above → conduct floored at 0', [40, 0, 0, 0], '0.00'],
  ])('%s', (_name, percents, expected) => {
    const returnRates = percents.map((p, i) => ({ institutionId: i === 0 ? 'A' : `P${i}`, returned: p * 10, submitted: 1000 }));
    expect(category({ returnRates }, 'conduct')).toBe(expected);
  });

  it('Changzhou item 4(5): the average is the mean of the institutions’ rates (1/3 and 1/6: mean 25%), not pooled', () => {
    // A 1 of 3 = 33.33%, B 1 of 6 = 16.67%: mean 25% → 8.33 above → −8 (pooled 2/9 = 22.2% would give −11)
    const r = score({
      returnRates: [
        { institutionId: 'A', returned: 1, submitted: 3 },
        { institutionId: 'B', returned: 1, submitted: 6 },
      ],
    });
    expect(r.value.categories.find((c) => c.id === 'conduct')!.score).toBe('12.00');
    const step = r.trace.find((s) => s.rule === 'scorecard.computed.returnRateAboveAverage')!;
    expect(step.interpretation).toBe('average=meanOfInstitutionRates');
    expect(step.inputs).toMatchObject({ ownRatePercent: '33.3333', averageRatePercent: '25.0000', fullPercentagePointsAbove: 8 });
  });

  it('Changzhou item 4(5): an institution without orders is left out of the average and loses nothing', () => {
    const r = score({
      returnRates: [
        { institutionId: 'A', returned: 0, submitted: 0 },
        { institutionId: 'B', returned: 5, submitted: 100 },
      ],
    });
    expect(r.value.categories.find((c) => c.id === 'conduct')!.score).toBe('20.00');
  });

  it.each([
    ['Changzhou item 10: 95% → 0', '0.95', '5.00'],
    ['Changzhou item 10: 90% itself costs nothing (interpretation)', '0.90', '5.00'],
    ['Changzhou item 10: 89.99% → −3', '0.8999', '2.00'],
    ['Changzhou item 10: 85% (包含85%) → −3', '0.85', '2.00'],
    ['Changzhou item 10: 84.9% → −5', '0.849', '0.00'],
  ])('%s', (_name, satisfactionRate, expected) => {
    expect(category({ satisfactionRate }, 'satisfaction')).toBe(expected);
  });

  it.each([
    ['Changzhou item 8(3): no internal training → −2', 0, '3.00'],
    ['Changzhou item 8(3): one internal training → −1', 1, '4.00'],
    ['Changzhou item 8(3): three internal trainings → 0', 3, '5.00'],
  ])('%s', (_name, internalTrainingsHeld, expected) => {
    expect(category({ internalTrainingsHeld }, 'training')).toBe(expected);
  });

  it.each<[string, Partial<AnnualScoreInput>, string]>([
    ['Changzhou item 11(1): four areas → 4', { districtsServedWithoutRefusal: 4 }, '4.00'],
    ['Changzhou item 11(1): three areas → 2', { districtsServedWithoutRefusal: 3 }, '2.00'],
    ['Changzhou item 11(1): two areas → 0', { districtsServedWithoutRefusal: 2 }, '0.00'],
    [
      'Changzhou item 11(2): 120 extra orders while short of capacity → 4 + 2 = 6',
      { events: [{ type: 'extraOrders', units: 120 }], cityShortOfAssessmentCapacity: true },
      '6.00',
    ],
    [
      'Changzhou item 11(2): extra orders count ONLY when the city is short of capacity → 4',
      { events: [{ type: 'extraOrders', units: 120 }], cityShortOfAssessmentCapacity: false },
      '4.00',
    ],
    [
      'Changzhou item 11: 4 + 250 extra orders (5) = 9 → never above the maximum 6',
      { events: [{ type: 'extraOrders', units: 250 }], cityShortOfAssessmentCapacity: true },
      '6.00',
    ],
  ])('%s', (_name, overrides, expected) => {
    expect(category(overrides, 'cooperation')).toBe(expected);
  });

  it('Changzhou item 12: 8 publicity items → capped at the category maximum 6 (interpretation)', () => {
    const r = score({ events: times(8, { type: 'mediaPublicity' }) });
    expect(r.value.categories.find((c) => c.id === 'publicity')).toMatchObject({ points: '8.00', score: '6.00', clamped: 'ceiling' });
    expect(r.trace.find((s) => s.rule === 'scorecard.ceiling.publicity')!.interpretation).toContain('categoryCeiling=max');
  });

  it.each<[string, ScorecardEvent[], string, boolean]>([
    ['Changzhou item 14: 2 interviews → 86 − 10 = 76', times(2, { type: 'interviewOrRectification' }), '76.00', false],
    ['Changzhou item 15: deduction/penalty → 86 − 10 = 76', [{ type: 'deductionOrPenalty' }], '76.00', false],
    ['Changzhou item 16: suspended (recorded twice, 扣20分 once) → 86 − 20 = 66', times(2, { type: 'agreementSuspended' }), '66.00', false],
    [
      'Changzhou items 14–16: 5×5 + 3×10 + 20 = 75 → 86 − 75 = 11',
      [...times(5, { type: 'interviewOrRectification' }), ...times(3, { type: 'deductionOrPenalty' }), { type: 'agreementSuspended' }],
      '11.00',
      false,
    ],
    [
      'Changzhou items 15–16: 8×10 + 20 = 100 > 86 → total never below 0',
      [...times(8, { type: 'deductionOrPenalty' }), { type: 'agreementSuspended' }],
      '0.00',
      false,
    ],
    ['Changzhou item 17: agreement terminated → total 0', [{ type: 'agreementTerminated' }], '0.00', true],
    ['Changzhou item 18: false materials → total 0', [{ type: 'refusedToCooperateOrFalseMaterials' }], '0.00', true],
  ])('%s', (_name, events, total, zeroed) => {
    const r = score({ events });
    expect(r.value.subtotal).toBe('86.00');
    expect(r.value.total).toBe(total);
    expect(r.value.zeroed).toBe(zeroed);
  });

  it('Changzhou items 15–16: the floor at 0 is traced with its interpretation', () => {
    const r = score({ events: times(9, { type: 'deductionOrPenalty' }) });
    expect(r.trace.find((s) => s.rule === 'scorecard.totalFloor')!.interpretation).toContain('totalFloor=zero');
  });

  it('Changzhou: every event’s effect is reported, with its citation in the trace', () => {
    const r = score({
      events: [{ type: 'dispatchRefused' }, { type: 'conductComplaint', flags: { verified: false } }, { type: 'interviewOrRectification' }],
    });
    expect(r.value.events).toEqual([
      { index: 0, type: 'dispatchRefused', category: 'efficiency', points: '-1.00', counted: true },
      {
        index: 1,
        type: 'conductComplaint',
        category: 'complaints',
        points: '0.00',
        counted: false,
        reason: 'not counted: verified is false',
      },
      { index: 2, type: 'interviewOrRectification', category: 'veto', points: '-5.00', counted: true },
    ]);
    expect(r.trace.find((s) => s.rule === 'scorecard.event.dispatchRefused')!.citation).toBe('Changzhou item 3(1)');
    expect(r.trace.find((s) => s.rule === 'scorecard.veto.interviewOrRectification')!.citation).toBe('Changzhou item 14');
  });

  it.each([
    // 12-01 + 30 calendar days = due 12-31: unreported at 12-31 is not late yet, at 2025-01-05 it is (−2)
    ['Changzhou item 1: unreported staff change due 12-31, judged at 12-31 → not late', '2024-12-31', '5.00'],
    ['Changzhou item 1: unreported staff change due 12-31, judged at 2025-01-05 (asOf) → −2', '2025-01-05', '3.00'],
  ])('%s', (_name, asOf, expected) => {
    const r = score({ events: [{ type: 'staffChangeNotFiled', occurredOn: '2024-12-01' }], asOf });
    expect(r.value.categories[0].score).toBe(expected);
  });

  it('Changzhou: every input problem is listed at once, the events’ included', () => {
    const r = scoreAnnual({
      institutionId: '',
      year: 2024,
      events: [
        { type: 'nope' },
        { type: 'extraOrders' },
        { type: 'conductComplaint' },
        { type: 'staffChangeNotFiled', occurredOn: '2024-02-30', reportedOn: 'x' },
        { type: 'dispatchRefused', occurredOn: '2023-05-01' },
      ],
      returnRates: [
        { institutionId: 'B', returned: 5, submitted: 4 },
        { institutionId: 'B', returned: -1, submitted: 4 },
      ],
      satisfactionRate: '1.2',
      districtsServedWithoutRefusal: 5,
      internalTrainingsHeld: -1,
      noHolidaySuspension: 'yes' as unknown as boolean,
      asOf: '2024-13-01',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      'institutionId REQUIRED',
      'returnRates.0.returned OUT_OF_RANGE',
      'returnRates.1.returned OUT_OF_RANGE',
      'returnRates.1.institutionId NOT_ALLOWED',
      'satisfactionRate OUT_OF_RANGE',
      'districtsServedWithoutRefusal OUT_OF_RANGE',
      'internalTrainingsHeld OUT_OF_RANGE',
      'noHolidaySuspension NOT_ALLOWED',
      'asOf INVALID_DATE',
      'events.0.type NOT_ALLOWED',
      'events.1.units REQUIRED',
      'conditions.cityShortOfAssessmentCapacity REQUIRED',
      'events.2.flags.verified REQUIRED',
      'events.3.occurredOn INVALID_DATE',
      'events.3.reportedOn INVALID_DATE',
      'events.4.occurredOn OUT_OF_RANGE',
    ]);
  });

  it.each<[string, Partial<AnnualScoreInput>, string]>([
    ['Changzhou: year must be whole', { year: 2024.5 }, 'year OUT_OF_RANGE'],
    ['Changzhou: events must be a list', { events: undefined as never }, 'events REQUIRED'],
    [
      'Changzhou item 11(2): condition must be a boolean',
      { cityShortOfAssessmentCapacity: 'no' as never },
      'cityShortOfAssessmentCapacity NOT_ALLOWED',
    ],
  ])('%s', (_name, overrides, issue) => {
    const r = scoreAnnual(year(overrides));
    expect(r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`)).toEqual([issue]);
  });

  it('Changzhou item 4(5): the institution scored must be among the return records', () => {
    const r = scoreAnnual(year({ returnRates: [{ institutionId: 'B', returned: 1, submitted: 10 }] }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ path: 'returnRates', code: 'REQUIRED' });
    const r2 = scoreAnnual(year({ returnRates: undefined as never }));
    expect(r2.ok).toBe(false);
  });
});
