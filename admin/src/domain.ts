/** Enumerations of the GraphQL contract, as the dashboard uses them. Labels live in i18n. */
import { AUDIT_ENTITY_TYPES, AUDIT_OPERATIONS } from '@ltci/shared';

export const ROLES = ['admin', 'fund_manager', 'inspector', 'agency_officer', 'tpa_staff'] as const;
export type Role = (typeof ROLES)[number];

export const INSTITUTION_KINDS = ['assessment', 'care', 'tpa'] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export const CARE_SUBTYPES = ['medical', 'integrated', 'elderly', 'other'] as const;
export type CareSubtype = (typeof CARE_SUBTYPES)[number];

export const INSTITUTION_STATUSES = ['active', 'suspended', 'terminated', 'expired', 'none'] as const;
export type InstitutionStatus = (typeof INSTITUTION_STATUSES)[number];

export interface Region {
  id: string;
  name: string;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  regions: Region[];
  /** Set after an administrator chose the password: the dashboard shows only the change-password page. */
  mustChangePassword?: boolean;
}

/** Choices for a react-admin SelectInput/SelectField whose labels are i18n keys. */
export function enumChoices(values: readonly string[], prefix: string): { id: string; name: string }[] {
  return values.map((id) => ({ id, name: `${prefix}.${id}` }));
}

export const kindChoices = enumChoices(INSTITUTION_KINDS, 'enums.InstitutionKind');
export const careSubtypeChoices = enumChoices(CARE_SUBTYPES, 'enums.CareSubtype');
export const statusChoices = enumChoices(INSTITUTION_STATUSES, 'enums.InstitutionStatus');
export const roleChoices = enumChoices(ROLES, 'enums.Role');

// The audit trail's operations and kinds of object come from shared, which also types the server's audit writes.
export const auditOperationChoices = enumChoices(AUDIT_OPERATIONS, 'enums.AuditOperation');
export const auditEntityTypeChoices = enumChoices(AUDIT_ENTITY_TYPES, 'enums.EntityType');
