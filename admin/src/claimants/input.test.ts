import { describe, expect, it } from 'vitest';
import { claimantRule, toClaimantInput } from './input';

describe('claimant form', () => {
  it('GB 11643-1999: a wrong check character is refused as the user types, in Chinese by default and by code in English', () => {
    const values = { name: '王秀英', idNumber: '130302195003150013', category: 'retiree' };
    expect(claimantRule('idNumber')('130302195003150013', values)).toBe('身份证号码校验位错误：应为 4');
    expect(claimantRule('idNumber', 'en')('130302195003150013', values)).toEqual({
      message: 'app.errors.issue.INVALID_RESIDENT_ID',
      args: { _: '身份证号码校验位错误：应为 4' },
    });
    expect(claimantRule('idNumber')('130302195003150014', { ...values, idNumber: '130302195003150014' })).toBeUndefined();
  });

  it('a masked number from the record is neither checked nor sent; a typed one is upper-cased', () => {
    const record = { id: 'x', version: 3, name: '王秀英', idNumber: '130***********0014', phone: '138****5678', category: 'retiree' };
    expect(claimantRule('idNumber')(record.idNumber, record)).toBeUndefined();
    const sent = toClaimantInput(record);
    expect(sent).toMatchObject({ id: 'x', expectedVersion: 3, name: '王秀英' });
    expect(sent).not.toHaveProperty('idNumber');
    expect(sent).not.toHaveProperty('phone');
    expect(
      toClaimantInput({ regionId: 'qinhuangdao', idNumber: '11010519491231002x', category: 'minor', parentsCategory: 'employee' }),
    ).toMatchObject({
      regionId: 'qinhuangdao',
      idNumber: '11010519491231002X',
      parentsCategory: 'employee',
    });
  });
});
