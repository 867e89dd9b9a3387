import access from 'virtual:ltci-access';

/**
 * Resource names as the GraphQL schema spells them (ra-data-graphql-simple convention);
 * `PolicyData` is a page of its own (policyPack and workingDayCalendar queries), not a GraphQL type.
 */
export const RESOURCES = {
  institutions: 'Institution',
  regions: 'Region',
  counties: 'County',
  users: 'User',
  auditLogs: 'AuditLog',
  policyData: 'PolicyData',
  agreements: 'ServiceAgreement',
  scorecards: 'AnnualScorecard',
  complaints: 'Complaint',
  staff: 'Staff',
  relatedPersons: 'RelatedPerson',
  tpaContracts: 'TpaContract',
  tpaAssessments: 'TpaAssessment',
  tpaFeePayments: 'TpaFeePayment',
  claimants: 'Claimant',
  fund: 'FundAccount',
  fundWarnings: 'FundWarning',
  declarations: 'ServiceDeclaration',
  auditFlags: 'AuditFlag',
  fundGrants: 'FundGrant',
  designations: 'DesignationApplication',
  infoChanges: 'InfoChange',
  inspections: 'Inspection',
  rectifications: 'Rectification',
  supervision: 'Supervision',
  settlement: 'SettlementRun',
  assessments: 'AssessmentApplication',
  carePlans: 'CarePlan',
  claimantSanctions: 'ClaimantSanction',
  careServiceItems: 'CareServiceItem',
} as const;

export type MenuKey =
  | 'institutions'
  | 'agreements'
  | 'regions'
  | 'users'
  | 'auditLogs'
  | 'policyData'
  | 'scorecards'
  | 'complaints'
  | 'assessorPool'
  | 'tpaContracts'
  | 'tpaAssessments'
  | 'tpaFeePayments'
  | 'claimants'
  | 'fund'
  | 'declarations'
  | 'auditFlags'
  | 'fundGrants'
  | 'designations'
  | 'infoChanges'
  | 'inspections'
  | 'rectifications'
  | 'supervision'
  | 'settlement'
  | 'assessments'
  | 'carePlans'
  | 'careServiceItems';

/**
 * Whether a user with these roles may perform `action` on `resource` (react-admin's vocabulary:
 * list, show, create, edit, delete, export, clone…): the one rights table of @ltci/shared, which the
 * server's resolvers name too, so the menu and the server cannot drift apart (shipped as its access
 * table, `access-table.ts`).
 */
/** react-admin's actions and the right each asks for (as @ltci/shared's `canAccess` maps them). */
const RA_ACTIONS: Record<string, string> = {
  list: 'read',
  show: 'read',
  export: 'read',
  create: 'create',
  clone: 'create',
  edit: 'update',
  delete: 'delete',
};

const KNOWN_RESOURCES = new Set(Object.keys(access).map((key) => key.slice(0, key.indexOf('.'))));

/** Whether the rights table names the resource. */
export function isKnownResource(resource: string): boolean {
  return KNOWN_RESOURCES.has(resource);
}

export function canAccess(roles: readonly string[], resource: string, action: string): boolean {
  const holders = access[`${resource}.${RA_ACTIONS[action] ?? action}`];
  return holders === 'signedIn' || (!!holders && roles.some((role) => holders.includes(role)));
}

const MENU: { key: MenuKey; resource: string }[] = [
  { key: 'institutions', resource: RESOURCES.institutions },
  { key: 'agreements', resource: RESOURCES.agreements },
  { key: 'assessorPool', resource: RESOURCES.staff },
  { key: 'regions', resource: RESOURCES.regions },
  { key: 'users', resource: RESOURCES.users },
  { key: 'auditLogs', resource: RESOURCES.auditLogs },
  { key: 'policyData', resource: RESOURCES.policyData },
  { key: 'scorecards', resource: RESOURCES.scorecards },
  { key: 'complaints', resource: RESOURCES.complaints },
  { key: 'tpaContracts', resource: RESOURCES.tpaContracts },
  { key: 'tpaAssessments', resource: RESOURCES.tpaAssessments },
  { key: 'tpaFeePayments', resource: RESOURCES.tpaFeePayments },
  { key: 'claimants', resource: RESOURCES.claimants },
  { key: 'fund', resource: RESOURCES.fund },
  { key: 'declarations', resource: RESOURCES.declarations },
  { key: 'auditFlags', resource: RESOURCES.auditFlags },
  { key: 'fundGrants', resource: RESOURCES.fundGrants },
  { key: 'designations', resource: RESOURCES.designations },
  { key: 'infoChanges', resource: RESOURCES.infoChanges },
  { key: 'inspections', resource: RESOURCES.inspections },
  { key: 'rectifications', resource: RESOURCES.rectifications },
  { key: 'supervision', resource: RESOURCES.supervision },
  { key: 'settlement', resource: RESOURCES.settlement },
  { key: 'assessments', resource: RESOURCES.assessments },
  { key: 'carePlans', resource: RESOURCES.carePlans },
  { key: 'careServiceItems', resource: RESOURCES.careServiceItems },
];

/** The menu entries a user with these roles sees, in menu order. */
export function menuItemsFor(roles: readonly string[]): { key: MenuKey; resource: string }[] {
  return MENU.filter((item) => canAccess(roles, item.resource, 'list'));
}
