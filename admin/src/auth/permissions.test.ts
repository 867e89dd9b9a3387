import { describe, expect, it } from 'vitest';
import { canAccess, menuItemsFor } from './permissions';

/** TPA contracts, their assessments and fee payments: every role reads them (TPA staff their own only, server-side). */
const TPA_MENU = ['tpaContracts', 'tpaAssessments', 'tpaFeePayments'];
/** Supervision (Qinhuangdao art. 67–68): the agency's inspectors, officers and administrators; the fund managers see the dashboard. */
const SUPERVISION_MENU = ['inspections', 'rectifications', 'supervision'];
/** Care plans and the service-item catalogue: whoever reads claimants (Qinhuangdao art. 30, 60–62). */
const CLAIMANT_FILE_MENU = ['carePlans', 'careServiceItems'];

describe('menuItemsFor', () => {
  it('shows institutions, service agreements, the assessor pool, regions and the TPA pages to every role, users, the audit log and the policy data only to the administrator', () => {
    expect(menuItemsFor(['admin']).map((i) => i.key)).toEqual([
      'institutions',
      'agreements',
      'assessorPool',
      'regions',
      'users',
      'auditLogs',
      'policyData',
      'scorecards',
      'complaints',
      ...TPA_MENU,
      'claimants',
      'fund',
      // service declarations and their audit flags: every role reads them (issue 13)
      'declarations',
      'auditFlags',
      'fundGrants',
      'designations',
      'infoChanges',
      ...SUPERVISION_MENU,
      // the monthly settlement: the agency, its inspectors and the fund managers (Qinhuangdao art. 55–56)
      'settlement',
      'assessments',
      ...CLAIMANT_FILE_MENU,
    ]);
    expect(menuItemsFor(['fund_manager']).map((i) => i.key)).toEqual([
      'institutions',
      'agreements',
      'assessorPool',
      'regions',
      ...TPA_MENU,
      'fund',
      'declarations',
      'auditFlags',
      'fundGrants',
      'infoChanges',
      'supervision',
      'settlement',
    ]);
    // claimants: the agency's officers, the TPA for its delegated intake, the inspectors (Qinhuangdao art. 60–62)
    expect(menuItemsFor(['tpa_staff']).map((i) => i.key)).toEqual([
      'institutions',
      'agreements',
      'assessorPool',
      'regions',
      ...TPA_MENU,
      'claimants',
      'declarations',
      'auditFlags',
      'infoChanges',
      'assessments',
      ...CLAIMANT_FILE_MENU,
    ]);
    // Qinhuangdao art. 60, 67: inspection and evaluation are the agency's
    for (const role of ['inspector', 'agency_officer']) {
      expect(menuItemsFor([role]).map((i) => i.key)).toEqual([
        'institutions',
        'agreements',
        'assessorPool',
        'regions',
        'scorecards',
        'complaints',
        ...TPA_MENU,
        'claimants',
        'declarations',
        'auditFlags',
        'designations',
        'infoChanges',
        ...SUPERVISION_MENU,
        'settlement',
        'assessments',
        ...CLAIMANT_FILE_MENU,
      ]);
    }
  });

  it('a user without roles sees only what the rights table opens to any signed-in caller (the database gives every user a role)', () => {
    expect(menuItemsFor([]).map((i) => i.key)).toEqual([
      'institutions',
      'agreements',
      'assessorPool',
      'regions',
      ...TPA_MENU,
      'infoChanges',
    ]);
  });

  it('unions the menus of several roles', () => {
    expect(menuItemsFor(['inspector', 'admin']).map((i) => i.key)).toEqual([
      'institutions',
      'agreements',
      'assessorPool',
      'regions',
      'users',
      'auditLogs',
      'policyData',
      'scorecards',
      'complaints',
      'tpaContracts',
      'tpaAssessments',
      'tpaFeePayments',
      'claimants',
      'fund',
      // service declarations and their audit flags: every role reads them (issue 13)
      'declarations',
      'auditFlags',
      'fundGrants',
      'designations',
      'infoChanges',
      ...SUPERVISION_MENU,
      'settlement',
      'assessments',
      ...CLAIMANT_FILE_MENU,
    ]);
  });

  it('lets only the agency’s editors draft and edit service agreements (the rights table of @ltci/shared)', () => {
    for (const role of ['admin', 'inspector', 'agency_officer']) expect(canAccess([role], 'ServiceAgreement', 'create')).toBe(true);
    for (const role of ['fund_manager', 'tpa_staff']) {
      expect(canAccess([role], 'ServiceAgreement', 'edit')).toBe(false);
      expect(canAccess([role], 'ServiceAgreement', 'show')).toBe(true);
    }
  });
});

describe('canAccess', () => {
  it('lets admin, inspector and agency officer create and edit institutions', () => {
    for (const role of ['admin', 'inspector', 'agency_officer']) {
      expect(canAccess([role], 'Institution', 'create')).toBe(true);
      expect(canAccess([role], 'Institution', 'edit')).toBe(true);
    }
    for (const role of ['fund_manager', 'tpa_staff']) {
      expect(canAccess([role], 'Institution', 'create')).toBe(false);
      expect(canAccess([role], 'Institution', 'edit')).toBe(false);
      expect(canAccess([role], 'Institution', 'list')).toBe(true);
    }
  });

  it('lets nobody delete an institution: it is deactivated with a reason (issue 8, defect 3)', () => {
    expect(canAccess(['admin'], 'Institution', 'delete')).toBe(false);
    expect(canAccess(['inspector'], 'Institution', 'delete')).toBe(false);
    expect(canAccess(['agency_officer'], 'Institution', 'deactivate')).toBe(true);
    expect(canAccess(['inspector'], 'Institution', 'deactivate')).toBe(false);
  });

  it('keeps the audit log read-only and for the administrator', () => {
    expect(canAccess(['admin'], 'AuditLog', 'show')).toBe(true);
    expect(canAccess(['admin'], 'AuditLog', 'edit')).toBe(false);
    expect(canAccess(['fund_manager'], 'AuditLog', 'list')).toBe(false);
  });

  it('keeps the policy data page read-only and for the administrator', () => {
    expect(canAccess(['admin'], 'PolicyData', 'list')).toBe(true);
    expect(canAccess(['admin'], 'PolicyData', 'edit')).toBe(false);
    for (const role of ['fund_manager', 'inspector', 'agency_officer', 'tpa_staff'])
      expect(canAccess([role], 'PolicyData', 'list')).toBe(false);
  });

  it('denies unknown resources and actions', () => {
    expect(canAccess(['admin'], 'NoSuchResource', 'list')).toBe(false);
    expect(canAccess(['admin'], 'Spaceship', 'list')).toBe(false);
    expect(canAccess(['admin'], 'Institution', 'launch')).toBe(false);
  });
});
