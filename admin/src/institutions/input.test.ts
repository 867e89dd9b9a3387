import { creditCodeCheckChar } from '@ltci/shared';
import { describe, expect, it } from 'vitest';
import { institutionRule, regionChoices, toInstitutionInput } from './input';

describe('institution form helpers', () => {
  const record = {
    kind: 'assessment',
    name: '秦皇岛评估中心',
    creditCode: '91350100M000100Y43',
    legalRepresentative: '王五',
    address: '海港区',
    regionId: 'qinhuangdao',
    status: 'active',
  };
  const check = (path: Parameters<typeof institutionRule>[0], values: Record<string, unknown>) =>
    institutionRule(path)(values[path], values);

  it('checks a field with the shared record rule, in Chinese, as the server does', () => {
    const first17 = '91130300MA0000012';
    expect(check('creditCode', { ...record, creditCode: `${first17}${creditCodeCheckChar(first17)}` })).toBeUndefined();
    expect(check('creditCode', { ...record, creditCode: '91350100M000100Y44' })).toContain('校验位');
    expect(check('creditCode', { ...record, creditCode: '123' })).toContain('18位');
    expect(check('name', { ...record, name: '名'.repeat(101) })).toContain('100');
    expect(check('name', { ...record, name: '' })).toBeUndefined(); // required() reports an empty field
  });

  it('in English, names the issue by its code to translate, the rule’s Chinese words as fallback', () => {
    const rule = institutionRule('careSubtype', 'en');
    expect(rule(undefined, { ...record, kind: 'care' })).toEqual({
      message: 'app.errors.issue.REQUIRED',
      args: { _: '护理服务机构须选择类别' },
    });
    expect(institutionRule('creditCode', 'en')('123', { ...record, creditCode: '123' })).toMatchObject({
      message: 'app.errors.issue.INVALID_CREDIT_CODE',
    });
  });

  it('requires a care subtype only for care institutions', () => {
    expect(check('careSubtype', { ...record, kind: 'care' })).toBe('护理服务机构须选择类别');
    expect(check('careSubtype', { ...record, kind: 'care', careSubtype: 'medical' })).toBeUndefined();
    expect(check('careSubtype', record)).toBeUndefined();
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
    const input = toInstitutionInput(record);
    expect(Object.keys(input).filter((k) => ['region', 'staff', 'status', '__typename'].includes(k))).toEqual([]);
    // an existing institution also sends its premises and systems (empty here)
    expect(input).toMatchObject({ zones: [], managementSystems: [], tenure: null, floorArea: null });
    expect(input).toMatchObject({
      id: '7',
      kind: 'assessment',
      careSubtype: null,
      name: '秦皇岛评估中心',
      creditCode: '91350100M000100Y43',
      legalRepresentative: '王五',
      address: '海港区',
      regionId: 'qinhuangdao',
    });
    expect(toInstitutionInput({ kind: 'care', careSubtype: 'elderly' }).careSubtype).toBe('elderly');
  });

  it('offers the user regions as choices', () => {
    expect(regionChoices([{ id: 'tumxuk', name: '第三师图木舒克市' }])).toEqual([{ id: 'tumxuk', name: '第三师图木舒克市' }]);
    expect(regionChoices(undefined)).toEqual([]);
  });
});
