import { describe, expect, it } from 'vitest';
import { can, canAccess, isRightId, RIGHTS, type RightId, rightById, rightFor, rolesWith, SIGNED_IN } from './rights.js';
import { isRole, ROLE_LABELS, ROLES, type Role } from './roles.js';

const ALL = 'any signed-in caller';
const EDITORS: Role[] = ['admin', 'inspector', 'agency_officer'];

/** Every operation the server has today, with the roles its resolver's @Authorized names (server/src/modules/*). */
const TODAY: [operation: string, right: RightId, roles: typeof ALL | Role[]][] = [
  ['me', 'session.read', ALL],
  ['allInstitutions', 'institution.read', ALL],
  ['_allInstitutionsMeta', 'institution.read', ALL],
  ['Institution', 'institution.read', ALL],
  ['createInstitution', 'institution.create', EDITORS],
  ['updateInstitution', 'institution.update', EDITORS],
  ['transitionInstitution', 'institution.transition', ['admin', 'agency_officer']],
  ['allRegions', 'region.read', ALL],
  ['_allRegionsMeta', 'region.read', ALL],
  ['Region', 'region.read', ALL],
  ['allAuditLogs', 'audit.read', ['admin']],
  ['_allAuditLogsMeta', 'audit.read', ['admin']],
  ['AuditLog', 'audit.read', ['admin']],
  ['workingDayCalendar', 'calendar.read', ALL],
  ['addWorkingDays', 'calendar.read', ALL],
  ['setCalendarYear', 'calendar.update', ['admin']],
  ['policyPack', 'policyPack.read', ALL],
  ['setPolicyOverrides', 'policyPack.update', ['admin']],
  ['quoteBenefit', 'calculator.run', ALL],
  ['disabilityGrade', 'calculator.run', ALL],
  ['scorecardPreview', 'calculator.run', ALL],
];

describe('rights table', () => {
  it.each(TODAY)('Product rule: one rights table — %s (%s) grants exactly what the server grants today', (_op, right, roles) => {
    for (const role of ROLES) expect(can([role], right), `${role}`).toBe(roles === ALL || roles.includes(role));
    // @Authorized() lets any signed-in caller in, even one without roles
    expect(can([], right)).toBe(roles === ALL);
  });

  it('Product rule: one rights table — ids are unique, `resource.action`, and every role is known', () => {
    const ids = RIGHTS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RIGHTS) {
      expect(r.id.endsWith(`.${r.action}`)).toBe(true);
      if (r.roles !== SIGNED_IN) for (const role of r.roles) expect(isRole(role)).toBe(true);
      expect(r.label.zh && r.label.en && r.citation).toBeTruthy();
      expect(rightById(r.id)).toBe(r);
    }
    expect(new Set(RIGHTS.map((r) => `${r.resource}/${r.action}`)).size).toBe(RIGHTS.length);
  });

  it('Qinhuangdao art. 36, 60–62: agreements are read by all, drafted and moved by the agency and inspectors, never by the TPA', () => {
    expect(can(['tpa_staff'], 'agreement.read')).toBe(true);
    for (const id of RIGHTS.map((r) => r.id).filter((id) => id.startsWith('agreement.') && id !== 'agreement.read')) {
      expect(rolesWith(id)).toEqual(EDITORS);
      expect(can(['tpa_staff', 'fund_manager'], id)).toBe(false);
    }
  });

  it('Product rule: an unknown right is never granted', () => {
    expect(isRightId('institution.read')).toBe(true);
    expect(isRightId('institution.fly')).toBe(false);
    expect(can(['admin'], 'institution.fly' as RightId)).toBe(false);
    expect(rolesWith('region.read')).toEqual(ROLES);
  });

  it('Product rule: the dashboard’s canAccess — react-admin actions mapped onto the table, as the menu shows today', () => {
    // admin/src/auth/permissions.ts ACCESS_RULES as of this change
    const expected: Record<string, Record<string, Role[]>> = {
      Institution: {
        list: [...ROLES],
        show: [...ROLES],
        export: [...ROLES],
        create: EDITORS,
        clone: EDITORS,
        edit: EDITORS,
        // never deleted: deactivated with a reason (issue 8, defect 3)
        delete: [],
      },
      Region: { list: [...ROLES], show: [...ROLES], create: [], edit: ['admin'], delete: [] },
      County: { list: [...ROLES], show: [...ROLES], create: [], edit: ['admin'], delete: [] },
      User: { list: ['admin'], show: ['admin'], create: ['admin'], edit: ['admin'], delete: [] },
      AuditLog: { list: ['admin'], show: ['admin'], create: [], edit: [], delete: [] },
      PolicyData: { list: ['admin'], show: ['admin'], create: [], edit: [], delete: [] },
    };
    for (const [resource, actions] of Object.entries(expected))
      for (const [action, roles] of Object.entries(actions))
        for (const role of ROLES) expect(canAccess([role], resource, action), `${role} ${action} ${resource}`).toBe(roles.includes(role));
    expect(canAccess(['admin'], 'Nowhere', 'list')).toBe(false);
    expect(canAccess(['inspector'], 'ServiceAgreement', 'suspend')).toBe(true);
    expect(rightFor('ServiceAgreement', 'approve_termination')?.id).toBe('agreement.approve_termination');
  });

  it('Product rule: Chinese by default, English one click away — every role is labelled', () => {
    for (const role of ROLES) expect(ROLE_LABELS[role].zh && ROLE_LABELS[role].en).toBeTruthy();
    expect(ROLE_LABELS.inspector).toEqual({ zh: '稽核人员', en: 'Inspector' });
  });
});
