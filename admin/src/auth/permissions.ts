import type { Role } from '../domain';

/**
 * Resource names as the GraphQL schema spells them (ra-data-graphql-simple convention);
 * `PolicyData` is a page of its own (policyPack and workingDayCalendar queries), not a GraphQL type.
 */
export const RESOURCES = { institutions: 'Institution', regions: 'Region', auditLogs: 'AuditLog', policyData: 'PolicyData' } as const;

export type MenuKey = 'institutions' | 'auditLogs' | 'policyData';

interface ResourceRule {
  /** Roles that may read (list, show, export). */
  read: readonly Role[];
  create: readonly Role[];
  edit: readonly Role[];
  delete: readonly Role[];
}

const ALL_ROLES: readonly Role[] = ['admin', 'fund_manager', 'inspector', 'agency_officer', 'tpa_staff'];

/** Who may do what, mirroring the server's rules (the server stays the authority). */
export const ACCESS_RULES: Record<string, ResourceRule> = {
  [RESOURCES.institutions]: {
    read: ALL_ROLES,
    create: ['admin', 'inspector', 'agency_officer'],
    edit: ['admin', 'inspector', 'agency_officer'],
    delete: ['admin'],
  },
  [RESOURCES.regions]: { read: ALL_ROLES, create: [], edit: [], delete: [] },
  [RESOURCES.auditLogs]: { read: ['admin'], create: [], edit: [], delete: [] },
  [RESOURCES.policyData]: { read: ['admin'], create: [], edit: [], delete: [] },
};

const READ_ACTIONS = new Set(['list', 'show', 'read', 'export']);

/**
 * Whether a user with these roles may perform `action` on `resource`
 * (react-admin's `authProvider.canAccess` vocabulary: list, show, create, edit, delete, export, clone…).
 */
export function canAccess(roles: readonly string[], resource: string, action: string): boolean {
  const rule = ACCESS_RULES[resource];
  if (!rule) return false;
  const allowed = READ_ACTIONS.has(action)
    ? rule.read
    : action === 'create' || action === 'clone'
      ? rule.create
      : action === 'edit'
        ? rule.edit
        : action === 'delete'
          ? rule.delete
          : [];
  return roles.some((role) => (allowed as readonly string[]).includes(role));
}

const MENU: { key: MenuKey; resource: string }[] = [
  { key: 'institutions', resource: RESOURCES.institutions },
  { key: 'auditLogs', resource: RESOURCES.auditLogs },
  { key: 'policyData', resource: RESOURCES.policyData },
];

/** The menu entries a user with these roles sees, in menu order. */
export function menuItemsFor(roles: readonly string[]): { key: MenuKey; resource: string }[] {
  return MENU.filter((item) => canAccess(roles, item.resource, 'list'));
}
