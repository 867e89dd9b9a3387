import { type InstitutionRecordDraft, institutionRecordIssues } from '@ltci/shared';
import type { Region } from '../domain';

/** The fields the create/update mutations accept (ra-data-graphql-simple would otherwise send `region`, `staff`…). */
export interface InstitutionInput {
  kind: string;
  careSubtype: string | null;
  name: string;
  creditCode: string;
  legalRepresentative: string;
  address: string;
  regionId: string;
}

/** Form data → mutation arguments: only editable fields (the status follows from the agreements); a subtype only for a care institution. */
export function toInstitutionInput(data: Record<string, unknown>): InstitutionInput & { id?: unknown } {
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string).trim() : (data[key] as string));
  const kind = data.kind as string;
  return {
    ...(data.id !== undefined ? { id: data.id } : {}),
    kind,
    careSubtype: kind === 'care' ? ((data.careSubtype as string | undefined) ?? null) : null,
    name: text('name'),
    creditCode: typeof data.creditCode === 'string' ? data.creditCode.trim().toUpperCase() : (data.creditCode as string),
    legalRepresentative: text('legalRepresentative'),
    address: text('address'),
    regionId: data.regionId as string,
  };
}

/**
 * A validator for one field of the form: the institution record rule of `@ltci/shared`, the very
 * rule the server enforces, so the form and the server never disagree. Empty fields are left to
 * `required()`, whose message is translated.
 */
export function institutionRule(path: keyof InstitutionRecordDraft) {
  return (value: unknown, values: Record<string, unknown>): string | undefined => {
    if (value === undefined || value === null || value === '') return path === 'careSubtype' ? firstIssue(path, values) : undefined;
    return firstIssue(path, values);
  };
}

function firstIssue(path: string, values: Record<string, unknown>): string | undefined {
  return institutionRecordIssues(values as InstitutionRecordDraft).find((issue) => issue.path === path)?.message;
}

/** Region choices for a select: the regions of the signed-in user. */
export function regionChoices(regions: readonly Region[] | undefined): { id: string; name: string }[] {
  return (regions ?? []).map((r) => ({ id: r.id, name: r.name }));
}
