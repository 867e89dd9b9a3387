import { describe, expect, it } from 'vitest';
import { checkDesignationEligibility, type DesignationApplication, type DesignationStaffMember } from './designation-eligibility.js';
import { qinhuangdaoInstitutionParams as qhd, tumxukInstitutionParams as tmk } from './params.js';

const staff: DesignationStaffMember[] = [
  { id: 'S1', role: 'expert', title: 'senior', yearsInField: 10, qualified: true },
  { id: 'S2', role: 'expert', title: 'intermediate', yearsInField: 5, qualified: true },
  { id: 'S3', role: 'expert', title: 'intermediate', yearsInField: 2, qualified: true },
  { id: 'S4', role: 'assessor', title: 'junior', yearsInField: 3, qualified: true },
  { id: 'M1', role: 'ltciManager' },
  { id: 'IT1', role: 'it' },
];

const good: DesignationApplication = {
  applicationDate: '2026-06-01',
  independentLegalPerson: true,
  registeredInRegionOn: '2026-03-01',
  staff,
  premises: { fixedOffice: true, tenure: 'leased', leaseEndsOn: '2028-06-01' },
  equipmentReady: true,
  platformReady: true,
  managementSystems: ['service', 'finance', 'statistics', 'internalControl', 'staff', 'archives', 'disputes'],
  materialsProvided: ['licence', 'representativeIdAndPledge', 'staffRoster', 'premisesProof', 'internalRules', 'itSystem'],
  dishonestListed: false,
  underInvestigation: false,
  ownerSetUpCareInstitution: false,
};

const codes = (app: DesignationApplication) => {
  const r = checkDesignationEligibility(app, tmk);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

describe('Xinjiang art. 6–7 and annex 2: eligibility', () => {
  it('Xinjiang art. 6: 4 qualified assessors/experts (3 intermediate+, 1 senior), a manager, IT, lease to exactly 2 years, 3 months operating → eligible', () => {
    expect(codes(good)).toEqual({ status: 'eligible', eligible: true, refusals: [], unmet: [], missingMaterials: [] });
  });

  it.each([
    ['Xinjiang annex 2', { independentLegalPerson: false }, ['independentLegalPerson']],
    // registered 2026-03-02 + 3 months = 2026-06-02 > 2026-06-01
    ['Xinjiang annex 2', { registeredInRegionOn: '2026-03-02' }, ['operatingPeriod']],
    // S3 has 1 year: not qualified → 3 valid members (< 4), 2 intermediate+ experts (< 3)
    [
      'Xinjiang art. 6(2)',
      { staff: staff.map((s) => (s.id === 'S3' ? { ...s, yearsInField: 1 } : s)) },
      ['staffQualification.S3', 'teamSize', 'intermediateExperts'],
    ],
    ['Xinjiang art. 6(2)', { staff: staff.map((s) => (s.id === 'S1' ? { ...s, title: 'intermediate' as const } : s)) }, ['seniorExperts']],
    ['Xinjiang art. 6(2)', { staff: staff.filter((s) => s.role !== 'ltciManager' && s.role !== 'it') }, ['ltciManagers', 'itStaff']],
    ['Xinjiang art. 6(3)', { equipmentReady: false }, ['fixedOffice']],
    // lease must run to 2026-06-01 + 2 years = 2028-06-01
    ['Xinjiang art. 7(4)', { premises: { fixedOffice: true, tenure: 'leased' as const, leaseEndsOn: '2028-05-31' } }, ['premisesTerm']],
    ['Xinjiang art. 6(4)', { platformReady: false }, ['platform']],
    [
      'Xinjiang art. 6(5)',
      { managementSystems: ['service', 'finance'] as DesignationApplication['managementSystems'] },
      ['managementSystems'],
    ],
  ])('%s: %j → ineligible (%j)', (citation, change, unmet) => {
    const v = codes({ ...good, ...change });
    expect(v.status).toBe('ineligible');
    expect(v.unmet.map((u) => u.code)).toEqual(unmet);
    expect(v.unmet.every((u) => u.citation === citation)).toBe(true);
  });

  it('Xinjiang art. 7(4): owned premises need no lease; the missing management systems are named', () => {
    expect(codes({ ...good, premises: { fixedOffice: true, tenure: 'owned' } }).status).toBe('eligible');
    const v = codes({ ...good, managementSystems: ['service', 'finance', 'statistics', 'internalControl', 'staff'] });
    expect(v.unmet[0].message).toBe('缺少管理制度：archives、disputes');
  });

  it('Xinjiang art. 8: every missing material is listed at once', () => {
    const v = codes({ ...good, materialsProvided: ['licence', 'internalRules'] });
    expect(v.status).toBe('materialsIncomplete');
    expect(v.missingMaterials).toEqual(['representativeIdAndPledge', 'staffRoster', 'premisesProof', 'itSystem']);
  });
});

describe('Xinjiang art. 12: refused outright', () => {
  it.each([
    // discovered 2023-06-02: 3 years end 2026-06-02 > 2026-06-01
    ['Xinjiang art. 12(1)', { forgeryDiscoveredOn: '2023-06-02' }],
    ['Xinjiang art. 12(2)', { terminatedForViolationOn: '2023-06-02', violationPenaltyFulfilled: true }],
    ['Xinjiang art. 12(2)', { terminatedForViolationOn: '2020-01-01', violationPenaltyFulfilled: false }],
    // 1 year after 2025-06-02 = 2026-06-02 > 2026-06-01
    ['Xinjiang art. 12(3)', { terminatedForSevereBreachOn: '2025-06-02', breachLiabilityFulfilled: true }],
    ['Xinjiang art. 12(3)', { terminatedForSevereBreachOn: '2024-01-01', breachLiabilityFulfilled: false }],
    ['Xinjiang art. 12(4)', { dishonestListed: true }],
    ['Xinjiang art. 12(5)', { underInvestigation: true }],
    ['Xinjiang art. 12(6)', { ownerSetUpCareInstitution: true }],
  ])('%s: %j → refused', (citation, change) => {
    const v = codes({ ...good, ...change });
    expect(v.status).toBe('refused');
    expect(v.refusals.map((x) => x.citation)).toEqual([citation]);
  });

  it.each([
    ['Xinjiang art. 12(1)', { forgeryDiscoveredOn: '2023-06-01' }],
    ['Xinjiang art. 12(2)', { terminatedForViolationOn: '2023-06-01', violationPenaltyFulfilled: true }],
    ['Xinjiang art. 12(3)', { terminatedForSevereBreachOn: '2025-06-01', breachLiabilityFulfilled: true }],
  ])('%s: the bar has run on the application day and liability is met → not refused (%j)', (_c, change) => {
    expect(codes({ ...good, ...change }).refusals).toEqual([]);
  });

  it('Xinjiang art. 8, 12: refusals, missing materials and unmet requirements are all reported together', () => {
    const v = codes({ ...good, dishonestListed: true, ownerSetUpCareInstitution: true, materialsProvided: [], platformReady: false });
    expect(v.status).toBe('refused');
    expect(v.refusals.map((x) => x.citation)).toEqual(['Xinjiang art. 12(4)', 'Xinjiang art. 12(6)']);
    expect(v.missingMaterials).toHaveLength(6);
    expect(v.unmet.map((u) => u.code)).toEqual(['platform']);
  });
});

describe('checkDesignationEligibility: errors', () => {
  it('Qinhuangdao art. 37: the designation conditions are in another document → PARAMETER_MISSING', () => {
    const r = checkDesignationEligibility(good, qhd);
    expect(!r.ok && r.issues).toEqual([expect.objectContaining({ path: 'params.designation', code: 'PARAMETER_MISSING' })]);
  });

  it('Xinjiang art. 6–7: every bad field is listed at once', () => {
    const r = checkDesignationEligibility(
      {
        applicationDate: '2026-06-31',
        staff: [{ id: 'X', role: 'boss', title: 'chief', yearsInField: -1 }],
        premises: { fixedOffice: true, tenure: 'leased' },
        terminatedForViolationOn: '2025-01-01',
        terminatedForSevereBreachOn: '2025-01-01',
      } as unknown as DesignationApplication,
      tmk,
    );
    expect(!r.ok && r.issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'applicationDate:INVALID_DATE',
      'registeredInRegionOn:REQUIRED',
      'independentLegalPerson:REQUIRED',
      'equipmentReady:REQUIRED',
      'platformReady:REQUIRED',
      'dishonestListed:REQUIRED',
      'underInvestigation:REQUIRED',
      'ownerSetUpCareInstitution:REQUIRED',
      'staff.0.role:NOT_ALLOWED',
      'staff.0.title:NOT_ALLOWED',
      'staff.0.yearsInField:OUT_OF_RANGE',
      'premises.leaseEndsOn:REQUIRED',
      'managementSystems:REQUIRED',
      'materialsProvided:REQUIRED',
      'violationPenaltyFulfilled:REQUIRED',
      'breachLiabilityFulfilled:REQUIRED',
    ]);
  });

  it('Xinjiang art. 6–7: missing staff and premises are reported', () => {
    const r = checkDesignationEligibility(
      { ...good, staff: undefined, premises: { fixedOffice: 'y', tenure: 'rented' } } as unknown as DesignationApplication,
      tmk,
    );
    expect(!r.ok && r.issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'staff:REQUIRED',
      'premises.fixedOffice:NOT_ALLOWED',
      'premises.tenure:NOT_ALLOWED',
    ]);
    const r2 = checkDesignationEligibility({ ...good, premises: undefined } as unknown as DesignationApplication, tmk);
    expect(!r2.ok && r2.issues.map((i) => i.path)).toEqual(['premises']);
  });
});
