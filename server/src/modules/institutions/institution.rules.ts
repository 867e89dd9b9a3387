import { institutionRecordIssues } from '@ltci/shared';
import type { Institution } from './institution.entity.js';

export type InstitutionDraft = Pick<
  Institution,
  'kind' | 'careSubtype' | 'name' | 'creditCode' | 'legalRepresentative' | 'address' | 'regionId' | 'status'
> & { countyId?: string | null };

/** Every problem with an institution as it would be saved, field → message (empty when valid). */
export function institutionFieldErrors(draft: InstitutionDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of institutionRecordIssues(draft)) errors[issue.path] ??= issue.message;
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
    countyId: draft.countyId?.trim() || null,
  };
}
