import { creditCodeIssues } from '@ltci/shared';
import type { Institution } from './institution.entity.js';
import { InstitutionKind } from './institution-enums.js';

export type InstitutionDraft = Pick<
  Institution,
  'kind' | 'careSubtype' | 'name' | 'creditCode' | 'legalRepresentative' | 'address' | 'regionId' | 'status'
>;

/** Every problem with an institution as it would be saved, field → message (empty when valid). */
export function institutionFieldErrors(draft: InstitutionDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.kind) errors.kind = '请选择机构类型';
  if (!draft.regionId) errors.regionId = '请选择统筹地区';
  if (!draft.status) errors.status = '请选择协议状态';
  const name = draft.name?.trim() ?? '';
  if (name.length < 2 || name.length > 100) errors.name = '机构名称应为2到100个字';
  const creditIssues = creditCodeIssues(draft.creditCode ?? '');
  if (creditIssues.length) errors.creditCode = creditIssues[0].message;
  if (!draft.legalRepresentative?.trim()) errors.legalRepresentative = '请填写法定代表人';
  else if (draft.legalRepresentative.trim().length > 50) errors.legalRepresentative = '法定代表人姓名过长';
  if (!draft.address?.trim()) errors.address = '请填写地址';
  else if (draft.address.trim().length > 200) errors.address = '地址过长（最多200字）';
  if (draft.kind === InstitutionKind.care && !draft.careSubtype) errors.careSubtype = '护理服务机构须选择类别';
  if (draft.kind && draft.kind !== InstitutionKind.care && draft.careSubtype) errors.careSubtype = '只有护理服务机构才有类别';
  return errors;
}

/** Trim text fields and upper-case the credit code, as they are stored. */
export function normalise(draft: InstitutionDraft): InstitutionDraft {
  return {
    ...draft,
    name: draft.name?.trim(),
    creditCode: draft.creditCode?.trim().toUpperCase(),
    legalRepresentative: draft.legalRepresentative?.trim(),
    address: draft.address?.trim(),
    careSubtype: draft.careSubtype ?? null,
  };
}
