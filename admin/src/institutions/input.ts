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
    ...(data.id !== undefined ? profileInput(data) : {}),
  };
}

/** Premises, zones, systems and information system: edited on an existing institution only (updateInstitution). */
function profileInput(data: Record<string, unknown>) {
  const text = (key: string) => (typeof data[key] === 'string' && (data[key] as string).trim() ? (data[key] as string).trim() : null);
  const list = (key: string) => (Array.isArray(data[key]) ? (data[key] as string[]) : []);
  const tenure = text('tenure');
  const systems = list('managementSystems');
  return {
    floorArea: data.floorArea === '' || data.floorArea == null ? null : String(data.floorArea),
    tenure,
    leaseEndsOn: tenure === 'leased' ? text('leaseEndsOn') : null,
    zones: list('zones'),
    managementSystems: systems,
    systemsPosted: list('systemsPosted').filter((s) => systems.includes(s)),
    homeVisitKit: !!data.homeVisitKit,
    infoSystemName: text('infoSystemName'),
    platformConnected: !!data.platformConnected,
    securityPolicy: !!data.securityPolicy,
    securityOfficer: text('securityOfficer'),
    electronicArchives: !!data.electronicArchives,
  };
}

/**
 * A validator for one field of the form: the institution record rule of `@ltci/shared`, the very
 * rule the server enforces, so the form and the server never disagree. Empty fields are left to
 * `required()`, whose message is translated. In Chinese it says the rule's own words; in another
 * language the issue's code, translated (`app.errors.issue.<code>`), the rule's words as fallback.
 */
export function institutionRule(path: keyof InstitutionRecordDraft, locale = 'zh-CN') {
  return (value: unknown, values: Record<string, unknown>): string | { message: string; args: { _: string } } | undefined => {
    if ((value === undefined || value === null || value === '') && path !== 'careSubtype') return undefined;
    const issue = institutionRecordIssues(values as InstitutionRecordDraft).find((i) => i.path === path);
    if (!issue) return undefined;
    return locale.startsWith('zh') ? issue.message : { message: `app.errors.issue.${issue.code}`, args: { _: issue.message } };
  };
}

/** Region choices for a select: the regions of the signed-in user. */
export function regionChoices(regions: readonly Region[] | undefined): { id: string; name: string }[] {
  return (regions ?? []).map((r) => ({ id: r.id, name: r.name }));
}
