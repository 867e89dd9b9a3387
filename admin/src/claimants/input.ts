import { type ClaimantDraft, claimantRecordIssues } from '@ltci/shared';

const EDITABLE = [
  'name',
  'idNumber',
  'phone',
  'address',
  'guardianName',
  'guardianRelation',
  'countyId',
  'residenceRegionId',
  'residenceCountyId',
  'category',
  'parentsCategory',
  'hardshipGroup',
  'insuredSince',
  'deathDate',
] as const;

const blank = (v: unknown) => (typeof v === 'string' ? v.trim() || null : (v ?? null));

/**
 * Form data → mutation arguments. The list and record carry masked numbers: an identity number or
 * phone is sent only when the officer typed a new one (a value with `*` is the masked copy).
 */
export function toClaimantInput(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = data.id ? { id: data.id, expectedVersion: data.version } : { regionId: data.regionId };
  for (const key of EDITABLE) {
    const value = blank(data[key]);
    if ((key === 'idNumber' || key === 'phone') && typeof value === 'string' && value.includes('*')) continue;
    if (key === 'idNumber' && typeof value === 'string') out[key] = value.toUpperCase();
    else out[key] = value;
  }
  if (out.category !== 'minor') out.parentsCategory = null;
  return out;
}

/**
 * A validator for one field: the claimant record rule of `@ltci/shared`, the one the server
 * enforces. A masked number (from the record) is not checked again; Chinese shows the rule's
 * words, other languages the issue code translated, with the rule's words as fallback.
 */
export function claimantRule(path: keyof ClaimantDraft, locale = 'zh-CN', today = new Date().toISOString().slice(0, 10)) {
  return (value: unknown, values: Record<string, unknown>): string | { message: string; args: { _: string } } | undefined => {
    if (value === undefined || value === null || value === '') return undefined;
    const masked = (v: unknown) => typeof v === 'string' && v.includes('*');
    if (masked(value)) return undefined;
    const draft = {
      ...values,
      idNumber: masked(values.idNumber) ? '' : values.idNumber,
      phone: masked(values.phone) ? null : values.phone,
    };
    const issue = claimantRecordIssues(draft as unknown as ClaimantDraft, today).find((i) => i.path === path);
    if (!issue) return undefined;
    return locale.startsWith('zh') ? issue.message : { message: `app.errors.issue.${issue.code}`, args: { _: issue.message } };
  };
}
