import { afterEach, describe, expect, it, vi } from 'vitest';
// The README imports from '@ltci/shared'; shared's own vitest config does not resolve the package
// by name (it lacks ssr.resolve.conditions), so the same names are imported from the source here.
import { officialCalendar } from '../core/index.js';
import {
  checkDesignationEligibility,
  checkRoleConflicts,
  creditCodeCheckChar,
  designationTimeline,
  infoChangeDeadline,
  isValidCreditCode,
  qinhuangdaoInstitutionParams,
  tumxukInstitutionParams,
} from './index.js';

function printed(): string[] {
  return (console.log as unknown as { mock: { calls: unknown[][] } }).mock.calls.map((args) => args.map(String).join(' '));
}

describe('institutions README examples', () => {
  afterEach(() => vi.restoreAllMocks());

  it('Qinhuangdao art. 40 / Tumxuk §6(一): README checkRoleConflicts example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const q = checkRoleConflicts({ roles: ['care', 'tpa'] }, qinhuangdaoInstitutionParams);
    const t = checkRoleConflicts({ roles: ['care', 'tpa'] }, tumxukInstitutionParams);
    if (q.ok && t.ok) console.log(q.value.allowed, t.value.allowed, t.value.conflicts[0].citation);
    expect(printed()).toEqual(['true false Tumxuk §6(一)']);
  });

  it('Xinjiang art. 6–8, 12: README checkDesignationEligibility example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = checkDesignationEligibility(
      {
        applicationDate: '2026-06-01',
        independentLegalPerson: true,
        registeredInRegionOn: '2026-03-01',
        staff: [
          { id: 'S1', role: 'expert', title: 'senior', yearsInField: 10, qualified: true },
          { id: 'S2', role: 'expert', title: 'intermediate', yearsInField: 5, qualified: true },
          { id: 'S3', role: 'expert', title: 'intermediate', yearsInField: 2, qualified: true },
          { id: 'M1', role: 'ltciManager' },
          { id: 'IT1', role: 'it' },
        ],
        premises: { fixedOffice: true, tenure: 'owned' },
        equipmentReady: true,
        platformReady: true,
        managementSystems: ['service', 'finance', 'statistics', 'internalControl', 'staff', 'archives', 'disputes'],
        materialsProvided: ['licence', 'representativeIdAndPledge', 'staffRoster', 'premisesProof', 'internalRules'],
        dishonestListed: false,
        underInvestigation: false,
        ownerSetUpCareInstitution: true,
      },
      tumxukInstitutionParams,
    );
    if (r.ok) {
      console.log(r.value.status, r.value.refusals.map((x) => x.citation).join(', '));
      console.log(r.value.missingMaterials.join(', '));
      console.log(r.value.unmet.map((x) => `${x.code} (${x.citation})`).join(', '));
    }
    // 3 qualified experts < 4 assessors + experts (art. 6(2)); itSystem material missing; 12(6) refusal
    expect(printed()).toEqual(['refused Xinjiang art. 12(6)', 'itSystem', 'teamSize (Xinjiang art. 6(2))']);
  });

  it('Xinjiang art. 21: README infoChangeDeadline example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = infoChangeDeadline(
      { approvalDate: '2026-09-15', changes: ['bankAccount'], appliedOn: '2026-11-03' },
      tumxukInstitutionParams,
      officialCalendar,
    );
    if (r.ok) console.log(r.value.due, r.value.status);
    expect(printed()).toEqual(['2026-11-02 late']);
  });

  it('Xinjiang art. 8–10: README designationTimeline example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = designationTimeline(
      {
        acceptanceDate: '2026-03-10',
        supplementPeriods: [{ from: '2026-04-01', to: '2026-04-15' }],
        publicityStart: '2026-07-01',
        agreementStart: '2026-08-01',
      },
      tumxukInstitutionParams,
    );
    if (r.ok) console.log(r.value.reviewDue, r.value.publicityEarliestEnd, r.value.agreementNormalEnd);
    expect(printed()).toEqual(['2026-06-24 2026-07-06 2027-07-31']);
  });

  it('GB 32100-2015: README credit code example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    console.log(creditCodeCheckChar('91350100M000100Y4'), isValidCreditCode('91350100M000100Y43'), isValidCreditCode('91350100M000100Y4Q'));
    expect(printed()).toEqual(['3 true false']);
  });
});
