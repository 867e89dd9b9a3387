import { describe, expect, it } from 'vitest';
import { poolCandidate, removalIssues, trainingIssues } from './assessor-pool.js';
import { institutionProfileIssues } from './institution-profile.js';
import { designationStaffOf, staffRecordIssues } from './staff-record.js';

describe('staff, premises and the pool', () => {
  it('Xinjiang art. 6(2), 7(3): a staff record lists every problem at once', () => {
    const issues = staffRecordIssues({
      name: '',
      role: 'cook',
      title: 'senior',
      fullTime: true,
      yearsInField: 2.5,
      certificates: [{ name: '', expiresOn: '2027-02-29' }],
    });
    expect(issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'name:REQUIRED',
      'role:NOT_ALLOWED',
      'yearsInField:OUT_OF_RANGE',
      'certificates.0.name:REQUIRED',
      'certificates.0.expiresOn:INVALID_DATE',
    ]);
    expect(
      staffRecordIssues({ name: '王医生', role: 'expert', title: 'senior', fullTime: false, yearsInField: 0, certificates: [] }),
    ).toEqual([]);
  });

  it('Xinjiang art. 7(4): a lease needs its end; a posted system must exist (annex 2, item 3)', () => {
    const issues = institutionProfileIssues({
      tenure: 'leased',
      managementSystems: ['service'],
      systemsPosted: ['finance'],
      floorArea: '-3',
    });
    expect(issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'floorArea:OUT_OF_RANGE',
      'leaseEndsOn:REQUIRED',
      'systemsPosted:NOT_ALLOWED',
    ]);
  });

  it('Xinjiang art. 15: a training on a real past day with hours; art. 16 ¶2: a removal with a ground and a reason', () => {
    expect(trainingIssues({ trainedOn: '2026-12-02', hours: '0', passed: true }, '2026-12-01').map((i) => i.path)).toEqual([
      'trainedOn',
      'hours',
    ]);
    expect(trainingIssues({ trainedOn: '2026-11-30', hours: '7.5', passed: false }, '2026-12-01')).toEqual([]);
    expect(removalIssues({ ground: 'haircut', reason: '' }).map((i) => i.path)).toEqual(['ground', 'reason']);
  });

  it('Xinjiang art. 16: a pool member in the shape the assessor draw reads', () => {
    expect(poolCandidate({ id: 'S1', role: 'expert', institutionId: 'I1', removedFor: null, trained: true })).toEqual({
      id: 'S1',
      isExpert: true,
      trained: true,
      removedFor: null,
      institutionId: 'I1',
    });
  });

  it('Xinjiang art. 6(2): the roster as the designation check reads it — managers, valid certificates, removed left out', () => {
    const rows = [
      { id: 'E1', role: 'expert', title: 'senior', yearsInField: 8, certificates: [{ expiresOn: '2027-01-31' }] },
      { id: 'E2', role: 'expert', title: 'intermediate', yearsInField: 3, certificates: [{ expiresOn: '2026-11-30' }] },
      { id: 'A1', role: 'assessor', title: 'none', yearsInField: null, certificates: [] },
      { id: 'A2', role: 'assessor', title: 'junior', yearsInField: 4, removedFor: 'falseReport', certificates: [{ expiresOn: null }] },
      { id: 'M1', role: 'manager', title: 'none', yearsInField: 1, certificates: [] },
      { id: 'C1', role: 'carer', title: 'none', yearsInField: 5, certificates: [] },
    ];
    expect(designationStaffOf(rows, '2026-12-01')).toEqual([
      { id: 'E1', role: 'expert', title: 'senior', yearsInField: 8, qualified: true },
      { id: 'E2', role: 'expert', title: 'intermediate', yearsInField: 3, qualified: false },
      { id: 'A1', role: 'assessor', title: 'none', yearsInField: 0, qualified: false },
      { id: 'M1', role: 'ltciManager', title: 'none', yearsInField: 1, qualified: false },
    ]);
  });
});
