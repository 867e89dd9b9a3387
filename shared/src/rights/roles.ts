/** A bilingual label: Chinese by default, English one click away. */
export interface Label {
  zh: string;
  en: string;
}

/** The roles a user can hold, as the server's `Role` enum spells them. */
export const ROLES = ['admin', 'fund_manager', 'inspector', 'agency_officer', 'tpa_staff'] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, Label> = {
  admin: { zh: '系统管理员', en: 'Administrator' },
  fund_manager: { zh: '基金管理人员', en: 'Fund manager' },
  inspector: { zh: '稽核人员', en: 'Inspector' },
  agency_officer: { zh: '经办人员', en: 'Agency officer' },
  tpa_staff: { zh: '第三方经办人员', en: 'TPA staff' },
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
