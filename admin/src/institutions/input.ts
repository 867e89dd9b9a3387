import { creditCodeIssues } from '@ltci/shared';
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
  status?: string;
}

/** Form data → mutation arguments: only editable fields; a subtype only for a care institution. */
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
    ...(data.status ? { status: data.status as string } : {}),
  };
}

/** Form validator: the credit-code rule of `@ltci/shared`, the same the server enforces. */
export function validateCreditCode(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined; // `required()` reports it
  const issues = creditCodeIssues(String(value));
  return issues.length ? issues.map((i) => i.message).join('；') : undefined;
}

/** Form validator: the care subtype is required exactly when the kind is `care`. */
export function validateCareSubtype(value: unknown, values: Record<string, unknown>): string | undefined {
  return values.kind === 'care' && !value ? 'app.validation.careSubtypeRequired' : undefined;
}

/** Region choices for a select: the regions of the signed-in user. */
export function regionChoices(regions: readonly Region[] | undefined): { id: string; name: string }[] {
  return (regions ?? []).map((r) => ({ id: r.id, name: r.name }));
}
