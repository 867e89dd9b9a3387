import { maskResidentId } from '../claimants/masking.js';
import { parseResidentId } from '../claimants/resident-id.js';
import { formatCitation } from '../core/citation.js';
import { ok, type PolicyIssue, type PolicyResult } from '../core/result.js';
import { Tracer } from '../core/trace.js';
import type { InstitutionParams, InstitutionRole } from './params.js';
import { checkRoleConflicts } from './role-conflicts.js';

/** The related persons of Xinjiang art. 7(2), 12(4) and 12(6): legal representative, principal, actual controller, shareholders. */
export const RELATED_PERSON_ROLES = ['legalRepresentative', 'principal', 'actualController', 'shareholder'] as const;
export type RelatedPersonRole = (typeof RELATED_PERSON_ROLES)[number];
export const RELATED_PERSON_LABELS: Record<RelatedPersonRole, string> = {
  legalRepresentative: '法定代表人',
  principal: '主要负责人',
  actualController: '实际控制人',
  shareholder: '股东',
};

/** Interpretation: the persons whose being the same makes two records "one institution" for Qinhuangdao art. 40 / Tumxuk §6(一). */
export const CONTROLLING_ROLES: readonly RelatedPersonRole[] = ['legalRepresentative', 'principal', 'actualController'];
export const SAME_INSTITUTION_INTERPRETATION =
  'roleSeparation.sameInstitution = the same legal representative, principal or actual controller (by ID number)';

/** Every problem with a resident ID number (GB 11643-1999, checked by the claimants' rule); empty when valid. */
export function idNumberIssues(value: string | null | undefined, path = 'idNumber'): PolicyIssue[] {
  if (!value?.trim()) return [{ path, code: 'REQUIRED', message: '请填写身份证号' }];
  const parsed = parseResidentId(value, undefined, path);
  return parsed.ok ? [] : parsed.issues;
}

/** PIPL art. 28, 51; Product rule: personal data masked — first 3 and last 4 characters kept (`maskResidentId`). */
export function maskIdNumber(id: string | null | undefined): string | null {
  return id ? maskResidentId(id) : null;
}

export interface RelatedPersonDraft {
  role?: string | null;
  name?: string | null;
  idNumber?: string | null;
}

export function relatedPersonIssues(draft: RelatedPersonDraft): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  if (!draft.role) issues.push({ path: 'role', code: 'REQUIRED', message: '请选择身份' });
  else if (!(RELATED_PERSON_ROLES as readonly string[]).includes(draft.role))
    issues.push({ path: 'role', code: 'NOT_ALLOWED', message: '身份不在可选范围内' });
  const name = [...(draft.name?.trim() ?? '')].length;
  if (!name) issues.push({ path: 'name', code: 'REQUIRED', message: '请填写姓名或名称' });
  else if (name > 100) issues.push({ path: 'name', code: 'OUT_OF_RANGE', message: '姓名或名称过长（最多100字）' });
  issues.push(...idNumberIssues(draft.idNumber));
  return issues;
}

export interface SeparationPerson {
  role: RelatedPersonRole;
  name: string;
  idNumber: string;
}

export interface SeparationInstitution {
  id: string;
  name: string;
  kind: InstitutionRole;
  persons: SeparationPerson[];
}

export interface SeparationConflict {
  otherInstitutionId: string;
  otherInstitutionName: string;
  otherKind: InstitutionRole;
  citation: string;
  /** The person both institutions share, ID number masked. */
  person: { name: string; role: RelatedPersonRole; otherRole: RelatedPersonRole; idNumberMasked: string | null };
  message: string;
}

const KIND_NAMES: Record<InstitutionRole, string> = { assessment: '评估机构', care: '护理服务机构', tpa: '经办机构' };

/**
 * Whether an institution, with its related persons, may stand beside the region's other
 * institutions: Qinhuangdao art. 40 / Tumxuk §6(一) (rule `roleSeparation.rule`) between records
 * sharing a controlling person (the interpretation above), and — where the Xinjiang designation rules
 * apply — art. 12(6): an assessment institution whose legal representative, principal, actual
 * controller or shareholder set up a care institution. Each conflict names the other institution and the article.
 */
export function separationConflicts(
  subject: SeparationInstitution,
  others: readonly SeparationInstitution[],
  params: InstitutionParams,
): PolicyResult<{ allowed: boolean; conflicts: SeparationConflict[] }> {
  const t = new Tracer();
  const conflicts: SeparationConflict[] = [];
  const id = (p: SeparationPerson) => p.idNumber.trim().toUpperCase();
  for (const other of [...others].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (other.id === subject.id || other.kind === subject.kind) continue;
    const shared = subject.persons.flatMap((p) => other.persons.filter((q) => id(q) === id(p)).map((q) => [p, q] as const));
    const controlling = shared.find(([p, q]) => CONTROLLING_ROLES.includes(p.role) && CONTROLLING_ROLES.includes(q.role));
    const push = (citation: string, [p, q]: readonly [SeparationPerson, SeparationPerson], rule: string) =>
      conflicts.push({
        otherInstitutionId: other.id,
        otherInstitutionName: other.name,
        otherKind: other.kind,
        citation,
        person: { name: p.name, role: p.role, otherRole: q.role, idNumberMasked: maskIdNumber(p.idNumber) },
        message: `与${KIND_NAMES[other.kind]}「${other.name}」的${RELATED_PERSON_LABELS[q.role]}同为${p.name}（${maskIdNumber(p.idNumber)}）：${rule}（${formatCitation(citation, 'zh-CN')}）`,
      });
    if (controlling) {
      const r = checkRoleConflicts({ roles: [subject.kind, other.kind] }, params);
      if (r.ok) for (const c of r.value.conflicts) push(c.citation, controlling, `${c.message}`);
    }
    const assessmentAndCare = new Set([subject.kind, other.kind]).has('assessment') && new Set([subject.kind, other.kind]).has('care');
    if (params.designation && assessmentAndCare && shared.length)
      push('Xinjiang art. 12(6)', shared[0]!, '评估机构的法定代表人、主要负责人、实际控制人或者股东不得设立长期护理保险护理服务机构');
  }
  const value = t.step(
    'institutions.separation',
    `${params.roleSeparation.citation}${params.designation ? '; Xinjiang art. 12(6)' : ''}`,
    { institution: subject.id, kind: subject.kind, others: others.length, rule: params.roleSeparation.rule },
    { allowed: conflicts.length === 0, conflicts },
    { interpretation: SAME_INSTITUTION_INTERPRETATION },
  );
  return ok(value, t.steps);
}
