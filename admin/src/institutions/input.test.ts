import { creditCodeCheckChar } from '@ltci/shared';
import { describe, expect, it } from 'vitest';
import { regionChoices, toInstitutionInput, validateCareSubtype, validateCreditCode } from './input';

describe('institution form helpers', () => {
  it('accepts a valid credit code and explains an invalid one in Chinese', () => {
    const first17 = '91130300MA0000012';
    expect(validateCreditCode(`${first17}${creditCodeCheckChar(first17)}`)).toBeUndefined();
    expect(validateCreditCode('91350100M000100Y43')).toBeUndefined();
    expect(validateCreditCode('91350100M000100Y44')).toContain('校验位');
    expect(validateCreditCode('123')).toContain('18位');
    expect(validateCreditCode('')).toBeUndefined();
  });

  it('requires a care subtype only for care institutions', () => {
    expect(validateCareSubtype(undefined, { kind: 'care' })).toBe('app.validation.careSubtypeRequired');
    expect(validateCareSubtype('medical', { kind: 'care' })).toBeUndefined();
    expect(validateCareSubtype(undefined, { kind: 'assessment' })).toBeUndefined();
  });

  it('sends only the mutation arguments and clears the subtype when the kind is not care', () => {
    const record = {
      id: '7',
      kind: 'assessment',
      careSubtype: 'medical',
      name: ' 秦皇岛评估中心 ',
      creditCode: '91350100m000100y43',
      legalRepresentative: '王五',
      address: '海港区',
      regionId: 'qinhuangdao',
      region: { id: 'tumxuk' },
      staff: [{ id: '1' }],
      status: 'active',
      __typename: 'Institution',
    };
    expect(toInstitutionInput(record)).toEqual({
      id: '7',
      kind: 'assessment',
      careSubtype: null,
      name: '秦皇岛评估中心',
      creditCode: '91350100M000100Y43',
      legalRepresentative: '王五',
      address: '海港区',
      regionId: 'qinhuangdao',
      status: 'active',
    });
    expect(toInstitutionInput({ kind: 'care', careSubtype: 'elderly' }).careSubtype).toBe('elderly');
  });

  it('offers the user regions as choices', () => {
    expect(regionChoices([{ id: 'tumxuk', name: '第三师图木舒克市' }])).toEqual([{ id: 'tumxuk', name: '第三师图木舒克市' }]);
    expect(regionChoices(undefined)).toEqual([]);
  });
});
