import { describe, expect, it } from 'vitest';
import { type InstitutionDraft, institutionFieldErrors, normalise } from './institution.rules.js';
import { CareSubtype, InstitutionKind, InstitutionStatus } from './institution-enums.js';

const valid: InstitutionDraft = {
  kind: InstitutionKind.assessment,
  careSubtype: null,
  name: '测试评估中心',
  creditCode: '91350100M000100Y43',
  legalRepresentative: '王某',
  address: '秦皇岛市海港区',
  regionId: 'qinhuangdao',
  status: InstitutionStatus.active,
};

describe('institution field rules', () => {
  it('a complete assessment institution has no errors', () => {
    expect(institutionFieldErrors(valid)).toEqual({});
  });
  it('care institutions need a subtype; other kinds may not have one', () => {
    expect(institutionFieldErrors({ ...valid, kind: InstitutionKind.care })).toHaveProperty('careSubtype');
    expect(institutionFieldErrors({ ...valid, careSubtype: CareSubtype.medical })).toHaveProperty('careSubtype');
  });
  it('normalises the credit code to upper case and trims text', () => {
    expect(normalise({ ...valid, creditCode: ' 91350100m000100y43 ', name: ' 名称 ' })).toMatchObject({
      creditCode: '91350100M000100Y43',
      name: '名称',
    });
  });
  it('overlong text is refused field by field', () => {
    expect(Object.keys(institutionFieldErrors({ ...valid, address: 'x'.repeat(201), legalRepresentative: 'y'.repeat(51) })).sort()).toEqual(
      ['address', 'legalRepresentative'],
    );
  });

  it('kind, region and status may not be emptied (an explicit null on update)', () => {
    const emptied = { ...valid, kind: null, regionId: null, status: null } as unknown as InstitutionDraft;
    expect(Object.keys(institutionFieldErrors(emptied)).sort()).toEqual(['kind', 'regionId', 'status']);
  });
});
