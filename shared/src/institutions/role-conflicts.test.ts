import { describe, expect, it } from 'vitest';
import {
  type InstitutionParams,
  type InstitutionRole,
  qinhuangdaoInstitutionParams as qhd,
  tumxukInstitutionParams as tmk,
} from './params.js';
import { checkRoleConflicts } from './role-conflicts.js';

const notAllThree: InstitutionParams = { ...tmk, roleSeparation: { ...tmk.roleSeparation, rule: 'notAllThree' } };

describe('Separation of roles', () => {
  it.each([
    ['Qinhuangdao art. 40', qhd, ['assessment', 'care'], [['assessment', 'care']]],
    ['Qinhuangdao art. 40', qhd, ['assessment', 'tpa'], [['assessment', 'tpa']]],
    ['Qinhuangdao art. 40', qhd, ['care', 'tpa'], []],
    [
      'Qinhuangdao art. 40',
      qhd,
      ['tpa', 'care', 'assessment'],
      [
        ['assessment', 'care'],
        ['assessment', 'tpa'],
      ],
    ],
    ['Qinhuangdao art. 40', qhd, ['assessment'], []],
    ['Tumxuk §6(一)', tmk, ['care', 'tpa'], [['care', 'tpa']]],
    ['Tumxuk §6(一)', tmk, ['assessment', 'care'], [['assessment', 'care']]],
    [
      'Tumxuk §6(一)',
      tmk,
      ['assessment', 'care', 'tpa'],
      [
        ['assessment', 'care'],
        ['assessment', 'tpa'],
        ['care', 'tpa'],
      ],
    ],
    ['Tumxuk §6(一)', notAllThree, ['assessment', 'care'], []],
    ['Tumxuk §6(一)', notAllThree, ['assessment', 'care', 'tpa'], [['assessment', 'care', 'tpa']]],
  ] as const)('%s (%#): roles %j → conflicts %j', (citation, params, roles, conflicts) => {
    const r = checkRoleConflicts({ roles: [...roles] as InstitutionRole[] }, params as InstitutionParams);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.conflicts.map((c) => c.roles)).toEqual(conflicts);
    expect(r.value.allowed).toBe(conflicts.length === 0);
    expect(r.trace[0].citation).toBe(citation);
  });

  it('Tumxuk §6(一): the trace names the interpretation roleSeparation.rule = noTwoOfThree', () => {
    const r = checkRoleConflicts({ roles: ['care', 'tpa'] }, tmk);
    expect(r.ok && r.trace[0].interpretation).toBe('roleSeparation.rule = noTwoOfThree');
    expect(r.ok && r.value.conflicts[0].message).toBe('不得同时承担依评估结论开展的长期护理服务和长护险经办工作');
  });

  it('Qinhuangdao art. 40: unknown roles are all rejected; missing roles reported', () => {
    const r = checkRoleConflicts({ roles: ['assessment', 'audit', 'x'] } as unknown as { roles: InstitutionRole[] }, qhd);
    expect(!r.ok && r.issues.map((i) => `${i.path}:${i.code}`)).toEqual(['roles.1:NOT_ALLOWED', 'roles.2:NOT_ALLOWED']);
    const none = checkRoleConflicts({} as { roles: InstitutionRole[] }, qhd);
    expect(!none.ok && none.issues[0].code).toBe('REQUIRED');
  });
});
