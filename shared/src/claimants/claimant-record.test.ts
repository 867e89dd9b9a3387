import { describe, expect, it } from 'vitest';
import { type ClaimantDraft, claimantRecordIssues, hospitalStayIssues } from './claimant-record.js';

const adult: ClaimantDraft = { name: '王秀英', idNumber: '130302195003150014', phone: '13812345678', category: 'retiree' };
const codes = (d: ClaimantDraft) => claimantRecordIssues(d, '2026-12-01').map((i) => `${i.path}:${i.code}`);

describe('a claimant’s record', () => {
  it('a valid record has no issue', () => {
    expect(codes(adult)).toEqual([]);
  });
  it('GB 11643-1999 and the form’s fields: every problem at once', () => {
    expect(codes({ ...adult, name: ' ', idNumber: '130302195003150013', phone: '12345' })).toEqual([
      'name:REQUIRED',
      'idNumber:INVALID_RESIDENT_ID',
      'phone:INVALID_PHONE',
    ]);
  });
  // 13030220150601002: 7+27+0+15+0+8+4+0+6+15+0+54+0+5+0+0+4 = 145; 145 mod 11 = 2 → X (a girl born 2015-06-01)
  it('Qinhuangdao art. 10(四): a minor follows a parent’s category and has a guardian; an adult is no minor', () => {
    const girl: ClaimantDraft = { name: '李小红', idNumber: '13030220150601002X', category: 'minor' };
    expect(codes(girl)).toEqual(['parentsCategory:REQUIRED', 'guardianName:REQUIRED']);
    expect(codes({ ...girl, parentsCategory: 'employee', guardianName: '李建国' })).toEqual([]);
    expect(codes({ ...adult, category: 'minor', parentsCategory: 'employee', guardianName: '某' })).toEqual(['category:NOT_ALLOWED']);
  });
  it('death not in the future, not before birth', () => {
    expect(codes({ ...adult, deathDate: '2026-12-02' })).toEqual(['deathDate:OUT_OF_RANGE']);
    expect(codes({ ...adult, deathDate: '1949-01-01' })).toEqual(['deathDate:OUT_OF_RANGE']);
  });
  it('hospital stays: discharge after admission, no overlap, not after death', () => {
    const asOf = '2026-12-01';
    expect(hospitalStayIssues({ admittedOn: '2026-10-05', dischargedOn: '2026-10-01' }, [], asOf)[0].code).toBe('OUT_OF_RANGE');
    const open = [{ id: 'a', admittedOn: '2026-11-20', dischargedOn: null }];
    expect(hospitalStayIssues({ admittedOn: '2026-11-25' }, open, asOf)[0].code).toBe('OVERLAPS');
    expect(hospitalStayIssues({ admittedOn: '2026-10-05', dischargedOn: '2026-10-20' }, open, asOf)).toEqual([]);
    expect(hospitalStayIssues({ admittedOn: '2026-11-05' }, [], asOf, '2026-11-03')[0].path).toBe('admittedOn');
  });
});
