import { type PolicyIssue, STAFF_ROLES, STAFF_TITLES, staffRecordIssues } from '@ltci/shared';
import { enumChoices } from '../domain';

export const staffRoleChoices = enumChoices(STAFF_ROLES, 'enums.StaffRole');
export const staffTitleChoices = enumChoices(STAFF_TITLES, 'enums.StaffTitle');
export const poolStatusChoices = enumChoices(['active', 'removed'], 'enums.PoolStatus');

interface CertificateRow {
  name?: string | null;
  number?: string | null;
  expiresOn?: string | null;
}

/** Form data → createStaff / updateStaff arguments: only the writable fields, the certificates replaced whole. */
export function toStaffInput(data: Record<string, unknown>) {
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
  const years = data.yearsInField;
  return {
    ...(data.id !== undefined ? { id: data.id } : { institutionId: data.institutionId }),
    name: text(data.name),
    role: data.role,
    title: data.title,
    yearsInField: years === '' || years === undefined || years === null ? null : Number(years),
    fullTime: !!data.fullTime,
    nationalCode: (text(data.nationalCode) as string) || null,
    certificates: ((data.certificates as CertificateRow[] | undefined) ?? []).map((c) => ({
      name: text(c.name),
      number: (text(c.number) as string) || null,
      expiresOn: c.expiresOn || null,
    })),
  };
}

/** The server's own rule for a form: field → the issue's words (Chinese) or its code's key (other languages). */
export function staffFormErrors(values: Record<string, unknown>, locale = 'zh-CN'): Record<string, unknown> {
  const input = toStaffInput(values);
  return issuesToErrors(staffRecordIssues(input as never), locale);
}

export function issuesToErrors(issues: readonly PolicyIssue[], locale: string): Record<string, unknown> {
  const errors: Record<string, unknown> = {};
  for (const issue of issues) {
    if (issue.path in errors) continue;
    errors[issue.path] = locale.startsWith('zh')
      ? issue.message
      : { message: `app.errors.issue.${issue.code}`, args: { _: issue.message } };
  }
  return errors;
}
