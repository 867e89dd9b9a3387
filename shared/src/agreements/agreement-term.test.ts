import { describe, expect, it } from 'vitest';
import { qinhuangdaoInstitutionParams, tumxukInstitutionParams } from '../institutions/params.js';
import { AGREEMENT_NUMBER_MAX, agreementFeeIssues, agreementNormalEnd, agreementTermIssues, checkAgreementTerm } from './agreement-term.js';

const codes = (draft: Parameters<typeof agreementTermIssues>[0]) => agreementTermIssues(draft).map((i) => `${i.path} ${i.code}`);

describe('agreement term', () => {
  it('Xinjiang art. 10: a one-year term counts its first day, so it ends the day before the anniversary', () => {
    expect(agreementNormalEnd('2026-09-01', 12)).toBe('2027-08-31');
    expect(agreementNormalEnd('2028-03-01', 12)).toBe('2029-02-28');
    expect(agreementNormalEnd('2027-02-28', 12)).toBe('2028-02-27');
  });

  it('Xinjiang art. 10: the normal term raises no warning; another term is a warning to acknowledge, not an error', () => {
    const normal = checkAgreementTerm({ number: 'XJ-2026-001', startDate: '2026-09-01', endDate: '2027-08-31' }, tumxukInstitutionParams);
    expect(normal.ok && normal.value).toEqual({ normalEnd: '2027-08-31', warnings: [] });
    const longer = checkAgreementTerm({ number: 'XJ-2026-002', startDate: '2026-09-01', endDate: '2027-12-31' }, tumxukInstitutionParams);
    expect(longer.ok && longer.value.warnings).toEqual([
      { citation: 'Xinjiang art. 10', message: '协议期限一般为1年（至2027-08-31），本协议至2027-12-31', requiresAcknowledgment: true },
    ]);
  });

  it('Qinhuangdao art. 36, 41: the documents state no term, so there is no normal end and no warning', () => {
    const r = checkAgreementTerm(
      { number: '秦医保协〔2026〕3号', startDate: '2026-07-01', endDate: '2028-06-30' },
      qinhuangdaoInstitutionParams,
    );
    expect(r.ok && r.value).toEqual({ normalEnd: null, warnings: [] });
    if (r.ok) expect(r.trace[0]).toMatchObject({ citation: 'Qinhuangdao art. 36, 41', output: null });
  });

  it('Product rule: an agreement has a number and a term; every problem is listed at once', () => {
    expect(codes({})).toEqual(['number REQUIRED', 'startDate REQUIRED', 'endDate REQUIRED']);
    expect(codes({ number: 'A\u0000B', startDate: '2026-13-01', endDate: '' })).toEqual([
      'number NOT_ALLOWED',
      'startDate INVALID_DATE',
      'endDate REQUIRED',
    ]);
    expect(codes({ number: 'x'.repeat(AGREEMENT_NUMBER_MAX + 1), startDate: '2026-09-01', endDate: '2026-08-31' })).toEqual([
      'number OUT_OF_RANGE',
      'endDate OUT_OF_RANGE',
    ]);
    expect(codes({ number: `  ${'x'.repeat(AGREEMENT_NUMBER_MAX)}  `, startDate: '2026-09-01', endDate: '2026-09-01' })).toEqual([]);
    // characters as PostgreSQL counts them: an emoji is one, though JavaScript's length says two
    expect(codes({ number: '🏥'.repeat(AGREEMENT_NUMBER_MAX), startDate: '2026-09-01', endDate: '2026-09-01' })).toEqual([]);
    const r = checkAgreementTerm({ number: null, startDate: '2026-09-01', endDate: '2027-08-31' }, tumxukInstitutionParams);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['REQUIRED']);
  });

  it('Xinjiang art. 22: the agreed assessment fee is decimal money — "180.00" and "180" pass; a float, a negative, three decimals, 0 or over 99999.99 are refused', () => {
    const fee = (v: unknown) => agreementFeeIssues(v).map((i) => i.code);
    expect(fee(undefined)).toEqual([]);
    expect(fee('')).toEqual([]);
    expect(fee('180.00')).toEqual([]);
    expect(fee('180')).toEqual([]);
    expect(fee('99999.99')).toEqual([]);
    expect(fee(180)).toEqual(['INVALID_MONEY']);
    expect(fee('-1.00')).toEqual(['INVALID_MONEY']);
    expect(fee('180.005')).toEqual(['INVALID_MONEY']);
    expect(fee('1e3')).toEqual(['INVALID_MONEY']);
    expect(fee('0.00')).toEqual(['OUT_OF_RANGE']);
    expect(fee('100000.00')).toEqual(['OUT_OF_RANGE']);
    expect(codes({ number: 'A', startDate: '2026-09-01', endDate: '2027-08-31', assessmentFee: '1.234' })).toEqual([
      'assessmentFee INVALID_MONEY',
    ]);
  });
});
