import { type IsoDate, isIsoDate } from '../core/dates.js';
import type { PolicyIssue } from '../core/result.js';
import type { DesignationStaffMember, StaffTitle } from './designation-eligibility.js';

/** assessor, expert, LTCI manager (`manager`), IT (Xinjiang art. 6(2)); a care or TPA institution's carers, nurses and others. */
export const STAFF_ROLES = ['assessor', 'expert', 'manager', 'it', 'carer', 'nurse', 'other'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
/** 职称 (Xinjiang art. 6(2): intermediate or senior experts). */
export const STAFF_TITLES = ['none', 'junior', 'intermediate', 'senior'] as const;
/** The roles the assessor pool holds (Xinjiang art. 16). */
export const POOL_ROLES = ['assessor', 'expert'] as const satisfies readonly StaffRole[];

export const STAFF_LIMITS = {
  name: 50,
  qualification: 100,
  certificate: 50,
  nationalCode: 30,
  certificates: 10,
  yearsInField: 60,
} as const;

export interface StaffCertificateDraft {
  /** The qualification the certificate proves (执业资格、职称证书…). */
  name?: string | null;
  number?: string | null;
  expiresOn?: string | null;
}

export interface StaffRecordDraft {
  name?: string | null;
  role?: string | null;
  title?: string | null;
  yearsInField?: number | null;
  fullTime?: boolean | null;
  /** The assessor's code on the region's medical-security platform (Xinjiang art. 19). */
  nationalCode?: string | null;
  certificates?: StaffCertificateDraft[] | null;
}

const issue = (path: string, code: string, message: string): PolicyIssue => ({ path, code, message });
const chars = (text: string | null | undefined) => [...(text?.trim() ?? '')].length;

/**
 * Product rule: what a staff record needs before it is saved (the roster of Xinjiang art. 7(3):
 * role, title, years in a relevant field, qualification certificates with their expiry; full-time
 * or not). Every problem at once; the server refuses what the form shows.
 */
export function staffRecordIssues(draft: StaffRecordDraft): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const L = STAFF_LIMITS;
  if (!chars(draft.name)) issues.push(issue('name', 'REQUIRED', '请填写姓名'));
  else if (chars(draft.name) > L.name) issues.push(issue('name', 'OUT_OF_RANGE', `姓名过长（最多${L.name}字）`));
  if (!draft.role) issues.push(issue('role', 'REQUIRED', '请选择岗位'));
  else if (!(STAFF_ROLES as readonly string[]).includes(draft.role)) issues.push(issue('role', 'NOT_ALLOWED', '岗位不在可选范围内'));
  if (!draft.title) issues.push(issue('title', 'REQUIRED', '请选择职称'));
  else if (!(STAFF_TITLES as readonly string[]).includes(draft.title)) issues.push(issue('title', 'NOT_ALLOWED', '职称不在可选范围内'));
  if (typeof draft.fullTime !== 'boolean') issues.push(issue('fullTime', 'REQUIRED', '请选择是否专职'));
  const years = draft.yearsInField;
  if (years != null && !(Number.isInteger(years) && years >= 0 && years <= L.yearsInField))
    issues.push(issue('yearsInField', 'OUT_OF_RANGE', `相关专业工作年限应为0到${L.yearsInField}的整数`));
  if (chars(draft.nationalCode) > L.nationalCode)
    issues.push(issue('nationalCode', 'OUT_OF_RANGE', `平台编码过长（最多${L.nationalCode}位）`));
  const certificates = draft.certificates ?? [];
  if (certificates.length > L.certificates) issues.push(issue('certificates', 'OUT_OF_RANGE', `证书最多${L.certificates}项`));
  certificates.forEach((c, i) => {
    if (!chars(c.name)) issues.push(issue(`certificates.${i}.name`, 'REQUIRED', '请填写证书名称'));
    else if (chars(c.name) > L.qualification)
      issues.push(issue(`certificates.${i}.name`, 'OUT_OF_RANGE', `证书名称过长（最多${L.qualification}字）`));
    if (chars(c.number) > L.certificate)
      issues.push(issue(`certificates.${i}.number`, 'OUT_OF_RANGE', `证书编号过长（最多${L.certificate}位）`));
    if (c.expiresOn && !isIsoDate(c.expiresOn))
      issues.push(issue(`certificates.${i}.expiresOn`, 'INVALID_DATE', '有效期日期格式应为 YYYY-MM-DD'));
  });
  return issues;
}

/** A staff row as recorded (the server's shape, certificates with their expiry). */
export interface RecordedStaff {
  id: string;
  role: string;
  title: string;
  yearsInField: number | null;
  removedFor?: string | null;
  certificates: { expiresOn: string | null }[];
}

const DESIGNATION_ROLE: Partial<Record<StaffRole, DesignationStaffMember['role']>> = {
  assessor: 'assessor',
  expert: 'expert',
  manager: 'ltciManager',
  it: 'it',
};

/**
 * The roster as `checkDesignationEligibility` reads it (Xinjiang art. 6(2)), on `asOf`: LTCI
 * managers are `manager` here; a person is qualified when they hold a certificate valid that day
 * (none without an expiry counts as valid); removed assessors (art. 16 ¶2) and other roles are left out.
 */
export function designationStaffOf(staff: readonly RecordedStaff[], asOf: IsoDate): DesignationStaffMember[] {
  return staff.flatMap((s) => {
    const role = DESIGNATION_ROLE[s.role as StaffRole];
    if (!role || s.removedFor) return [];
    const qualified = s.certificates.some((c) => !c.expiresOn || c.expiresOn >= asOf);
    return [{ id: s.id, role, title: s.title as StaffTitle, yearsInField: s.yearsInField ?? 0, qualified }];
  });
}
