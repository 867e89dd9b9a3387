import { describe, expect, it } from 'vitest';
import { type ReviewInput, rankReviews, scoreReview } from './review.js';

// Premises: 95 m² → ⌊45/10⌋ = 4; lease to 2028-03-01 (≥ 2 years from 2026-03-01) → 2; 3 zones × 2.5 = 7.5;
// kit 5; manager 5 → 23.5. Staff: 6 of 6 certified 10; 3+2 assessors/experts, 2 managers, 1 IT → 15;
// 2 senior → 10 → 35. Systems 4 posted × 2 = 8. IT 10 + 3 + 2 = 15. Archives 5. Total 86.5.
function applicant(overrides: Partial<ReviewInput> = {}): ReviewInput {
  return {
    applicantId: 'P1',
    applicationDate: '2026-03-01',
    basic: {
      credentialsLicence: true,
      credentialsRegistered: true,
      premises: true,
      staffCertified: true,
      systems: true,
      informationTechnology: true,
      archives: true,
    },
    refusalGrounds: [],
    premises: {
      floorAreaM2: 95,
      tenure: 'leased',
      leaseEndsOn: '2028-03-01',
      zones: ['consultation', 'office', 'archive'],
      homeVisitKit: true,
      dedicatedFullTimeManager: true,
    },
    staff: {
      fullTimeAssessors: 3,
      fullTimeExperts: 2,
      fullTimeManagers: 2,
      itStaff: 1,
      assessmentStaff: 6,
      certifiedAssessmentStaff: 6,
      seniorTitleAssessmentStaff: 2,
    },
    systemsPostedPublicly: 4,
    informationTechnology: { assessmentInformationSystem: true, securityPolicyDocumented: true, namedSecurityPerson: true },
    archives: { electronicFilePerClaimant: true },
    ...overrides,
  };
}

function review(overrides: Partial<ReviewInput> = {}) {
  const r = scoreReview(applicant(overrides));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
}
const cat = (overrides: Partial<ReviewInput>, id: string) => review(overrides).value.categories.find((c) => c.id === id)!.score;
const premises = (p: Partial<ReviewInput['premises']>) => ({ premises: { ...applicant().premises, ...p } });
const staff = (s: Partial<ReviewInput['staff']>) => ({ staff: { ...applicant().staff, ...s } });

describe('Xinjiang annex 2 review', () => {
  it('Xinjiang annex 2: 23.5 + 35 + 8 + 15 + 5 = 86.5, basic part passed', () => {
    const r = review();
    expect(r.value.total).toBe('86.50');
    expect(r.value.passed).toBe(true);
    expect(r.value.categories.map((c) => [c.id, c.score])).toEqual([
      ['premises', '23.50'],
      ['staff', '35.00'],
      ['systems', '8.00'],
      ['informationTechnology', '15.00'],
      ['archives', '5.00'],
    ]);
    expect(r.value.basic!.lines).toHaveLength(9);
  });

  it.each([
    // 5 + 0 (from the 2-year lease rule it stays 2) + 7.5 + 5 + 5: only the area part varies
    ['Xinjiang annex 2 differentiated item 1(1): 49 m² → 0', 49, '19.50'],
    ['Xinjiang annex 2 differentiated item 1(1): 50 m² → 0 (interpretation stepsAboveMinimum)', 50, '19.50'],
    ['Xinjiang annex 2 differentiated item 1(1): 59.9 m² → 0', 59.9, '19.50'],
    ['Xinjiang annex 2 differentiated item 1(1): 60 m² → 1', 60, '20.50'],
    ['Xinjiang annex 2 differentiated item 1(1): 150 m² → 10', 150, '29.50'],
    ['Xinjiang annex 2 differentiated item 1(1): 400 m² → 10 (最高得10分)', 400, '29.50'],
  ])('%s', (_name, floorAreaM2, expected) => {
    expect(cat(premises({ floorAreaM2 }), 'premises')).toBe(expected);
  });

  it('Xinjiang annex 2 differentiated item 1(1): the floor-area step rule is traced with its interpretation', () => {
    const step = review().trace.find((s) => s.rule === 'scorecard.computed.floorArea')!;
    expect(step).toMatchObject({
      citation: 'Xinjiang annex 2 differentiated item 1(1)',
      output: '4.00',
      interpretation: 'stepCounting=stepsAboveMinimum',
    });
  });

  it.each<[string, Partial<ReviewInput['premises']>, string]>([
    // base without tenure: 4 + 7.5 + 5 + 5 = 21.5
    ['Xinjiang annex 2 differentiated item 1(2): owned → 5', { tenure: 'owned', leaseEndsOn: undefined }, '26.50'],
    [
      'Xinjiang annex 2 differentiated item 1(2): lease ends exactly 2 years after application (含) → 2',
      { leaseEndsOn: '2028-03-01' },
      '23.50',
    ],
    ['Xinjiang annex 2 differentiated item 1(2): lease ends one day short of 2 years → 0', { leaseEndsOn: '2028-02-29' }, '21.50'],
    [
      'Xinjiang annex 2 differentiated item 1(3): all four zones → 10',
      { zones: ['consultation', 'office', 'archive', 'storage'] },
      '26.00',
    ],
    ['Xinjiang annex 2 differentiated item 1(3): no zone → 0', { zones: [] }, '16.00'],
    ['Xinjiang annex 2 differentiated item 1(4): no uniforms/kit → −5', { homeVisitKit: false }, '18.50'],
    ['Xinjiang annex 2 differentiated item 1(5): no dedicated manager → −5', { dedicatedFullTimeManager: false }, '18.50'],
  ])('%s', (_name, p, expected) => {
    expect(cat(premises(p), 'premises')).toBe(expected);
  });

  it.each<[string, Partial<ReviewInput['staff']>, string]>([
    ['Xinjiang annex 2 differentiated item 2(1): 5 of 6 certified → no 10', { certifiedAssessmentStaff: 5 }, '25.00'],
    ['Xinjiang annex 2 differentiated item 2(2): 1 full-time expert → no 15', { fullTimeExperts: 1, fullTimeAssessors: 4 }, '20.00'],
    ['Xinjiang annex 2 differentiated item 2(2): 1 manager → no 15', { fullTimeManagers: 1 }, '20.00'],
    ['Xinjiang annex 2 differentiated item 2(3): 1 senior title → no 10', { seniorTitleAssessmentStaff: 1 }, '25.00'],
    ['Xinjiang annex 2 differentiated item 2(3): 3 senior titles → 10', { seniorTitleAssessmentStaff: 3 }, '35.00'],
  ])('%s', (_name, s, expected) => {
    expect(cat(staff(s), 'staff')).toBe(expected);
  });

  it.each([
    ['Xinjiang annex 2 differentiated item 3: 0 systems posted → 0', 0, '0.00'],
    ['Xinjiang annex 2 differentiated item 3: 5 systems posted → 10', 5, '10.00'],
    ['Xinjiang annex 2 differentiated item 3: 7 systems posted → 10 (最高得10分)', 7, '10.00'],
  ])('%s', (_name, systemsPostedPublicly, expected) => {
    expect(cat({ systemsPostedPublicly }, 'systems')).toBe(expected);
  });

  it.each<[string, Partial<ReviewInput>, string, string]>([
    [
      'Xinjiang annex 2 differentiated item 4(1): no assessment system → 15 − 10',
      { informationTechnology: { assessmentInformationSystem: false, securityPolicyDocumented: true, namedSecurityPerson: true } },
      'informationTechnology',
      '5.00',
    ],
    [
      'Xinjiang annex 2 differentiated item 4(2): no security policy → 15 − 3',
      { informationTechnology: { assessmentInformationSystem: true, securityPolicyDocumented: false, namedSecurityPerson: true } },
      'informationTechnology',
      '12.00',
    ],
    [
      'Xinjiang annex 2 differentiated item 4(3): no named person → 15 − 2',
      { informationTechnology: { assessmentInformationSystem: true, securityPolicyDocumented: true, namedSecurityPerson: false } },
      'informationTechnology',
      '13.00',
    ],
    [
      'Xinjiang annex 2 differentiated item 5: paper archives only → 0',
      { archives: { electronicFilePerClaimant: false } },
      'archives',
      '0.00',
    ],
  ])('%s', (_name, overrides, id, expected) => {
    expect(cat(overrides, id)).toBe(expected);
  });

  it.each<[string, Partial<ReviewInput>, string]>([
    [
      'Xinjiang annex 2 basic item 1(1): licence missing → review fails',
      { basic: { ...applicant().basic, credentialsLicence: false } },
      'credentialsLicence',
    ],
    [
      'Xinjiang annex 2 basic item 3(1): 3 full-time assessors + experts < 4 → fails (derived)',
      staff({ fullTimeAssessors: 1, fullTimeExperts: 2 }),
      'staffTeam',
    ],
    ['Xinjiang annex 2 basic item 3(1): no IT staff → fails (derived)', staff({ itStaff: 0 }), 'staffTeam'],
    [
      'Xinjiang annex 2 basic item 7 / art. 12(4): legal representative on the dishonest list → fails',
      { refusalGrounds: ['12(4)'] },
      'refusalGrounds',
    ],
  ])('%s', (_name, overrides, line) => {
    const r = review(overrides);
    expect(r.value.passed).toBe(false);
    expect(r.value.basic!.lines.filter((l) => !l.passed).map((l) => l.id)).toEqual([line]);
  });

  it('Xinjiang annex 2 basic item 7: the annex’s "第十条" is traced as art. 12', () => {
    const r = review({ refusalGrounds: ['12(6)'] });
    const derived = r.trace.find((s) => s.rule === 'review.basic.refusalGrounds')!;
    expect(derived).toMatchObject({ citation: 'Xinjiang art. 12', output: false, inputs: { grounds: ['Xinjiang art. 12(6)'] } });
    expect(derived.note).toContain('art. 12');
    expect(r.trace.find((s) => s.rule === 'scorecard.basic.refusalGrounds')!.citation).toBe(
      'Xinjiang annex 2 basic item 7; Xinjiang art. 12',
    );
  });

  it('Xinjiang annex 2: every input problem is listed at once', () => {
    const r = scoreReview({
      ...applicant(),
      applicantId: '',
      applicationDate: '2026-02-30',
      basic: { ...applicant().basic, systems: undefined as never, archives: 'yes' as never },
      refusalGrounds: ['10(1)' as never],
      premises: {
        floorAreaM2: -1,
        tenure: 'rented' as never,
        zones: ['office', 'office', 'garden' as never],
        homeVisitKit: true,
        dedicatedFullTimeManager: true,
      },
      staff: { ...applicant().staff, assessmentStaff: 4, certifiedAssessmentStaff: 5, seniorTitleAssessmentStaff: 5 },
      systemsPostedPublicly: 1.5,
      informationTechnology: { assessmentInformationSystem: true, securityPolicyDocumented: true, namedSecurityPerson: undefined as never },
      archives: {} as never,
    });
    expect(r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      'applicantId REQUIRED',
      'applicationDate INVALID_DATE',
      'basic.systems REQUIRED',
      'basic.archives NOT_ALLOWED',
      'refusalGrounds.0 NOT_ALLOWED',
      'premises.floorAreaM2 OUT_OF_RANGE',
      'premises.tenure NOT_ALLOWED',
      'premises.zones.1 NOT_ALLOWED',
      'premises.zones.2 NOT_ALLOWED',
      'staff.assessmentStaff OUT_OF_RANGE',
      'staff.certifiedAssessmentStaff OUT_OF_RANGE',
      'staff.seniorTitleAssessmentStaff OUT_OF_RANGE',
      'systemsPostedPublicly OUT_OF_RANGE',
      'informationTechnology.namedSecurityPerson REQUIRED',
      'archives.electronicFilePerClaimant REQUIRED',
    ]);
  });

  it.each<[string, Partial<ReviewInput>, string[]]>([
    [
      'Xinjiang annex 2 differentiated item 1(2): a lease needs its end date',
      premises({ leaseEndsOn: undefined }),
      ['premises.leaseEndsOn REQUIRED'],
    ],
    [
      'Xinjiang annex 2 differentiated item 1(2): a bad lease end date',
      premises({ leaseEndsOn: '2028-02-30' }),
      ['premises.leaseEndsOn INVALID_DATE'],
    ],
    [
      'Xinjiang annex 2: lists must be lists',
      { refusalGrounds: undefined as never, ...premises({ zones: undefined as never }) },
      ['refusalGrounds REQUIRED', 'premises.zones REQUIRED'],
    ],
    [
      'Xinjiang annex 2: staff counts must be whole numbers',
      staff({ itStaff: undefined as never, fullTimeManagers: -1 }),
      ['staff.fullTimeManagers OUT_OF_RANGE', 'staff.itStaff REQUIRED'],
    ],
  ])('%s', (_name, overrides, expected) => {
    const r = scoreReview(applicant(overrides));
    expect(r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`)).toEqual(expected);
  });

  it('Xinjiang annex 2 ("根据得分择优确定"): passing applicants ranked by score, ties share a rank, failures unranked', () => {
    const r = rankReviews([
      applicant({ applicantId: 'C', systemsPostedPublicly: 5 }), // 86.5 + 2 = 88.5
      applicant({ applicantId: 'B' }), // 86.5
      applicant({ applicantId: 'A' }), // 86.5
      applicant({ applicantId: 'D', refusalGrounds: ['12(5)'], systemsPostedPublicly: 5 }), // fails the basic part
      applicant({ applicantId: 'E', systemsPostedPublicly: 0 }), // 86.5 − 8 = 78.5
    ]);
    expect(r.ok && r.value).toEqual([
      { applicantId: 'C', passed: true, total: '88.50', rank: 1 },
      { applicantId: 'A', passed: true, total: '86.50', rank: 2 },
      { applicantId: 'B', passed: true, total: '86.50', rank: 2 },
      { applicantId: 'E', passed: true, total: '78.50', rank: 4 },
      { applicantId: 'D', passed: false, total: '88.50', rank: null },
    ]);
    expect(r.ok && r.trace.at(-1)!.rule).toBe('review.ranking');
  });

  it('Xinjiang annex 2: ranking lists every applicant’s problems, and duplicates', () => {
    const r = rankReviews([applicant({ applicantId: 'A' }), applicant({ applicantId: 'A', systemsPostedPublicly: -1 })]);
    expect(r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      '1.applicantId NOT_ALLOWED',
      '1.systemsPostedPublicly OUT_OF_RANGE',
    ]);
    const empty = rankReviews([]);
    expect(empty.ok ? [] : empty.issues.map((i) => i.code)).toEqual(['REQUIRED']);
  });

  it('Xinjiang annex 2: ranking rejects a template that does not fit the applicant facts', () => {
    const bad = { ...applicant() };
    const r = scoreReview(bad, {
      id: 'x',
      title: 'x',
      source: 'X',
      year: 2026,
      total: '5',
      basicLines: [],
      categories: [
        {
          id: 'c',
          title: 'c',
          citation: 'X 1',
          kind: 'award',
          max: '5',
          eventTypes: [],
          computed: [{ kind: 'flag', id: 'f', title: 'f', citation: 'X 1', fact: 'unknownFact', points: '5' }],
        },
      ],
      vetoes: [],
      interpretations: { categoryFloor: 'zero', categoryCeiling: 'max', totalFloor: 'zero' },
    });
    expect(r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`)).toEqual(['facts.unknownFact REQUIRED']);
  });
});
