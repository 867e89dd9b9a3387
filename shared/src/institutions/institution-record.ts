import { isRecord } from '../core/is-record.js';
import type { PolicyIssue } from '../core/result.js';
import { creditCodeIssues } from './credit-code.js';

/**
 * Product rule: what an institution record needs before it is saved. The server refuses a record
 * with any of these issues and the dashboard shows the same messages as the user types.
 */
export const INSTITUTION_TEXT_LIMITS = { name: { min: 2, max: 100 }, legalRepresentative: { max: 50 }, address: { max: 200 } } as const;

export interface InstitutionRecordDraft {
  kind?: string | null;
  careSubtype?: string | null;
  name?: string | null;
  creditCode?: string | null;
  legalRepresentative?: string | null;
  address?: string | null;
  regionId?: string | null;
  status?: string | null;
}

/** Characters as a person and PostgreSQL count them: an emoji is one, where JavaScript's `length` counts two. */
const characters = (text: string): number => [...text].length;

const issue = (path: string, code: string, message: string): PolicyIssue => ({ path, code, message });
const TEXT_FIELDS = ['kind', 'careSubtype', 'name', 'creditCode', 'legalRepresentative', 'address', 'regionId', 'status'] as const;

/** Every problem with an institution record, one or more per field, all at once. */
export function institutionRecordIssues(draft: InstitutionRecordDraft): PolicyIssue[] {
  if (!isRecord(draft as unknown)) return [issue('input', 'REQUIRED', '请填写机构信息')];
  const notText = TEXT_FIELDS.filter((f) => draft[f] != null && typeof draft[f] !== 'string');
  if (notText.length) return notText.map((f) => issue(f, 'NOT_ALLOWED', `${f} 应为文字`));
  const issues: PolicyIssue[] = [];
  if (!draft.kind) issues.push(issue('kind', 'REQUIRED', '请选择机构类型'));
  if (!draft.regionId) issues.push(issue('regionId', 'REQUIRED', '请选择统筹地区'));
  if (!draft.status) issues.push(issue('status', 'REQUIRED', '请选择协议状态'));
  const { name, legalRepresentative, address } = INSTITUTION_TEXT_LIMITS;
  const nameLength = characters(draft.name?.trim() ?? '');
  if (nameLength < name.min || nameLength > name.max)
    issues.push(issue('name', 'OUT_OF_RANGE', `机构名称应为${name.min}到${name.max}个字`));
  issues.push(...creditCodeIssues(draft.creditCode ?? ''));
  issues.push(...requiredText('legalRepresentative', draft.legalRepresentative, legalRepresentative.max, '法定代表人'));
  issues.push(...requiredText('address', draft.address, address.max, '地址'));
  if (draft.kind === 'care' && !draft.careSubtype) issues.push(issue('careSubtype', 'REQUIRED', '护理服务机构须选择类别'));
  if (draft.kind && draft.kind !== 'care' && draft.careSubtype)
    issues.push(issue('careSubtype', 'NOT_ALLOWED', '只有护理服务机构才有类别'));
  return issues;
}

function requiredText(path: string, value: string | null | undefined, max: number, label: string): PolicyIssue[] {
  const text = value?.trim() ?? '';
  if (!text) return [issue(path, 'REQUIRED', `请填写${label}`)];
  return characters(text) > max ? [issue(path, 'OUT_OF_RANGE', `${label}过长（最多${max}字）`)] : [];
}
