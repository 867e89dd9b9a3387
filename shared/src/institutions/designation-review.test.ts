import { describe, expect, it } from 'vitest';
import { checkDesignationEligibility } from './designation-eligibility.js';
import { type ReviewRecords, type ReviewStaff, rankDesignationReviews, scoreDesignationReview } from './designation-review.js';
import { tumxukInstitutionParams } from './params.js';

const staff: ReviewStaff[] = [
  { role: 'assessor', title: 'junior', fullTime: true, certified: true },
  { role: 'assessor', title: 'junior', fullTime: true, certified: true },
  { role: 'expert', title: 'senior', fullTime: true, certified: true },
  { role: 'expert', title: 'intermediate', fullTime: true, certified: true },
  { role: 'manager', title: 'none', fullTime: true, certified: false },
  { role: 'it', title: 'none', fullTime: false, certified: false },
];

// A hand-filled annex 2 sheet: 125 m², leased to 2028-06-30 (applied 2026-06-01), three zones, kit,
// one full-time manager, four assessing staff all certified, one senior, four systems posted,
// an information system and a security policy, no named officer, electronic archives.
const records: ReviewRecords = {
  applicationDate: '2026-06-01',
  floorArea: '125',
  tenure: 'leased',
  leaseEndsOn: '2028-06-30',
  zones: ['consultation', 'office', 'archive'],
  homeVisitKit: true,
  staff,
  systemsPosted: ['service', 'finance', 'staff', 'archives'],
  infoSystemName: '评估管理系统',
  securityPolicy: true,
  securityOfficer: null,
  electronicArchives: true,
  eligibility: null,
};
const points = (r: ReturnType<typeof scoreDesignationReview>) =>
  r.ok ? Object.fromEntries(r.value.items.map((i) => [i.item, i.points])) : r.issues;

describe('Xinjiang annex 2: differentiated items', () => {
  it('Xinjiang annex 2: 7 + 2 + 7.5 + 5 + 5 + 10 + 0 + 0 + 8 + 10 + 3 + 0 + 5 = 62.50 from the records', () => {
    const r = scoreDesignationReview(records);
    expect(points(r)).toEqual({
      floorArea: '7.00', // (125 − 50) / 10 = 7.5 → 7 full steps
      tenure: '2.00', // lease ends 2028-06-30 ≥ 2028-06-01
      zones: '7.50', // 3 × 2.5
      homeVisitKit: '5.00',
      fullTimeManager: '5.00',
      certificateRate: '10.00', // 4 of 4
      staffing: '0.00', // 1 full-time manager < 2
      seniorTitles: '0.00', // 1 senior < 2
      systemsPosted: '8.00', // 4 × 2
      infoSystem: '10.00',
      securityPolicy: '3.00',
      securityOfficer: '0.00',
      electronicArchives: '5.00',
    });
    expect(r.ok && r.value.total).toBe('62.50');
  });

  it.each([
    ['49', '0.00'],
    ['50', '0.00'],
    ['59.9', '0.00'],
    ['60', '1.00'],
    ['150', '10.00'],
    ['400', '10.00'],
  ])('Xinjiang annex 2 item 1.1 (interpretation: +1 per full 10 m² above 50): %s m² → %s', (area, expected) => {
    expect((points(scoreDesignationReview({ ...records, floorArea: area })) as Record<string, string>).floorArea).toBe(expected);
  });

  it('Xinjiang annex 2 item 1.2: owned 5; a lease ending a day short of 2 years 0', () => {
    expect((points(scoreDesignationReview({ ...records, tenure: 'owned' })) as Record<string, string>).tenure).toBe('5.00');
    expect((points(scoreDesignationReview({ ...records, leaseEndsOn: '2028-05-31' })) as Record<string, string>).tenure).toBe('0.00');
  });

  it('Xinjiang annex 2: the inspector raises item 2.2 to 15 with a reason → 77.50; the line says overridden', () => {
    const r = scoreDesignationReview(records, { items: { staffing: { points: '15', reason: '现场核查：第二名专职管理人员已到岗' } } });
    expect(r.ok && r.value.total).toBe('77.50');
    expect(r.ok && r.value.items.find((i) => i.item === 'staffing')).toMatchObject({
      prefilled: '0.00',
      points: '15.00',
      overridden: true,
    });
    expect(r.ok && r.value.issues.filter((i) => i.path.startsWith('items.'))).toEqual([]);
  });

  it('Xinjiang annex 2: a score above the item maximum is SCORE_ABOVE_MAX, an override without reason REASON_REQUIRED', () => {
    const r = scoreDesignationReview(records, { items: { securityOfficer: { points: '3', reason: 'x' }, zones: { points: 10 } } });
    expect(r.ok && r.value.issues.map((i) => [i.path, i.code])).toEqual(
      expect.arrayContaining([
        ['items.securityOfficer.points', 'SCORE_ABOVE_MAX'],
        ['items.zones.reason', 'REASON_REQUIRED'],
      ]),
    );
  });
});

describe('Xinjiang annex 2: basic lines', () => {
  const application = {
    applicationDate: '2026-06-01',
    independentLegalPerson: true,
    registeredInRegionOn: '2025-01-01',
    staff: [
      { id: 'a1', role: 'assessor' as const, yearsInField: 3, qualified: true },
      { id: 'e1', role: 'expert' as const, title: 'senior' as const, yearsInField: 10, qualified: true },
      { id: 'e2', role: 'expert' as const, title: 'intermediate' as const, yearsInField: 5, qualified: true },
      { id: 'e3', role: 'expert' as const, title: 'intermediate' as const, yearsInField: 5, qualified: true },
      { id: 'm1', role: 'ltciManager' as const },
      { id: 'i1', role: 'it' as const },
    ],
    premises: { fixedOffice: true, tenure: 'leased' as const, leaseEndsOn: '2028-06-30' },
    equipmentReady: true,
    platformReady: true,
    managementSystems: tumxukInstitutionParams.designation!.requiredSystems,
    materialsProvided: tumxukInstitutionParams.designation!.requiredMaterials,
    dishonestListed: false,
    underInvestigation: false,
    ownerSetUpCareInstitution: false,
  };
  const eligibility = (over = {}) => {
    const r = checkDesignationEligibility({ ...application, ...over }, tumxukInstitutionParams);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.value;
  };

  it('Xinjiang annex 2: without the art. 6–12 check every line waits for a verdict; the review is incomplete', () => {
    const r = scoreDesignationReview(records);
    expect(r.ok && [r.value.complete, r.value.basicPassed, r.value.issues.filter((i) => i.code === 'VERDICT_REQUIRED').length]).toEqual([
      false,
      false,
      9,
    ]);
  });

  it('Xinjiang annex 2: eight lines pre-filled as passing, archives (basic 6) judged on site → all pass', () => {
    const r = scoreDesignationReview({ ...records, eligibility: eligibility() }, { basic: { archives: { verdict: 'pass' } } });
    expect(r.ok && [r.value.complete, r.value.basicPassed, r.value.failedLines]).toEqual([true, true, []]);
  });

  it('Xinjiang annex 2 basic 7, art. 12(5): under investigation pre-fills the refusal line as failed → the review fails', () => {
    const r = scoreDesignationReview(
      { ...records, eligibility: eligibility({ underInvestigation: true }) },
      { basic: { archives: { verdict: 'pass' } } },
    );
    expect(r.ok && [r.value.basicPassed, r.value.failedLines]).toEqual([false, ['refusalGrounds']]);
    expect(r.ok && r.value.basic.find((b) => b.line === 'refusalGrounds')?.basis).toContain('Xinjiang art. 12(5)');
  });

  it('Xinjiang annex 2 basic 3.1: three assessors and experts pre-fill the staff line as failed; passing it needs a reason', () => {
    const few = eligibility({ staff: application.staff.filter((s) => s.id !== 'e3') });
    const r = scoreDesignationReview(
      { ...records, eligibility: few },
      { basic: { archives: { verdict: 'pass' }, staffTeam: { verdict: 'pass' } } },
    );
    expect(r.ok && r.value.basic.find((b) => b.line === 'staffTeam')).toMatchObject({
      prefilled: 'fail',
      verdict: 'pass',
      overridden: true,
    });
    expect(r.ok && r.value.issues.map((i) => i.code)).toContain('REASON_REQUIRED');
  });
});

describe('Xinjiang annex 2: ranking of a round', () => {
  it('Xinjiang annex 2 (根据得分择优确定): 80, 77.5, 80 rank 1, 3, 1; a failed basic line is not ranked', () => {
    const r = rankDesignationReviews([
      { id: 'A', total: '80.00', basicPassed: true },
      { id: 'B', total: '77.5', basicPassed: true },
      { id: 'C', total: '80', basicPassed: true },
      { id: 'D', total: '90', basicPassed: false },
    ]);
    expect(r.ok && r.value.map((x) => [x.id, x.rank])).toEqual([
      ['A', 1],
      ['C', 1],
      ['B', 3],
      ['D', null],
    ]);
  });
});
