import { describe, expect, it } from 'vitest';
import { type InstitutionRecordDraft, institutionRecordIssues } from './institution-record.js';

const valid: InstitutionRecordDraft = {
  kind: 'assessment',
  careSubtype: null,
  name: '测试评估中心',
  creditCode: '91350100M000100Y43',
  legalRepresentative: '王某',
  address: '秦皇岛市海港区',
  regionId: 'qinhuangdao',
  status: 'active',
};
const paths = (draft: InstitutionRecordDraft) => institutionRecordIssues(draft).map((i) => i.path);

describe('Product rule: institution record', () => {
  it('a complete assessment institution has no issues', () => {
    expect(institutionRecordIssues(valid)).toEqual([]);
  });
  it('a care institution needs a subtype; other kinds may not have one', () => {
    expect(paths({ ...valid, kind: 'care' })).toEqual(['careSubtype']);
    expect(paths({ ...valid, careSubtype: 'medical' })).toEqual(['careSubtype']);
  });
  it('GB 32100-2015: the credit code check character is the shared rule', () => {
    expect(paths({ ...valid, creditCode: '91350100M000100Y44' })).toEqual(['creditCode']);
  });
  it.each([
    ['name', { name: 'x' }],
    ['name', { name: '名'.repeat(101) }],
    ['legalRepresentative', { legalRepresentative: '  ' }],
    ['legalRepresentative', { legalRepresentative: '王'.repeat(51) }],
    ['address', { address: '路'.repeat(201) }],
  ])('%s out of its limits is reported', (path, change) => {
    expect(paths({ ...valid, ...change })).toEqual([path]);
  });
  it('every missing field is listed at once', () => {
    expect(paths({}).sort()).toEqual(['address', 'creditCode', 'kind', 'legalRepresentative', 'name', 'regionId', 'status']);
  });
  it('lengths count characters as a person (and PostgreSQL) does: an emoji is one character, not two', () => {
    expect(paths({ ...valid, name: '😀' })).toEqual(['name']);
    expect(paths({ ...valid, name: '😀😀' })).toEqual([]);
    expect(paths({ ...valid, name: '😀'.repeat(100) })).toEqual([]);
    expect(paths({ ...valid, name: '😀'.repeat(101) })).toEqual(['name']);
    expect(paths({ ...valid, address: '🏠'.repeat(200) })).toEqual([]);
  });
});
