import type { PolicyPackVersion } from '@ltci/shared';
import type { AllowedActionRow, HistoryRow } from '../workflow/types';
import { requestGraphQL } from './request';

export interface CalendarYear {
  year: number;
  holidays: string[];
  workdays: string[];
  source: 'official' | 'administrator';
}

export interface PolicyChangeRecord {
  id: string;
  regionId: string;
  effectiveFrom: string;
  changes: Record<string, unknown>;
  note: string | null;
  state: 'draft' | 'submitted' | 'approved' | 'rejected';
  version: number;
  createdAt: string;
  diff: { path: string; label: { zh: string; en: string }; unit: string; citation: string; from: unknown; to: unknown }[];
  figures: { id: string; label: { zh: string; en: string }; before: string | null; after: string | null; changed: boolean }[];
  history: HistoryRow[];
  allowedActions: AllowedActionRow[];
}

const CHANGE_FIELDS = `id regionId effectiveFrom changes note state version createdAt diff figures
  history { id action fromState toState actorName at reason input trace { rule citation inputs output interpretation note } }
  allowedActions { action enabled blockedBy to needsReason needsInput }`;

/**
 * The policy-data page's operations outside react-admin's resource conventions, as custom methods
 * of the data provider (called through `useDataProvider` inside react-query's `useQuery`/`useMutation`).
 */
export const policyMethods = {
  policyPack: async (regionId: string, date: string) =>
    (
      await requestGraphQL<{ policyPack: { value: PolicyPackVersion; trace: { rule: string; output: unknown }[] } }>(
        'query ($regionId: ID!, $date: String!) { policyPack(regionId: $regionId, date: $date) { value trace { rule output } } }',
        { regionId, date },
      )
    ).policyPack,
  workingDayCalendar: async () =>
    (await requestGraphQL<{ workingDayCalendar: CalendarYear[] }>('{ workingDayCalendar { year holidays workdays source } }'))
      .workingDayCalendar,
  setCalendarYear: async (year: number, holidays: string[], workdays: string[]) =>
    (
      await requestGraphQL<{ setCalendarYear: CalendarYear }>(
        'mutation ($y: Int!, $h: [String!]!, $w: [String!]!) { setCalendarYear(year: $y, holidays: $h, workdays: $w) { year holidays workdays source } }',
        { y: year, h: holidays, w: workdays },
      )
    ).setCalendarYear,
  policyChanges: async (regionId: string) =>
    (
      await requestGraphQL<{ allPolicyChanges: PolicyChangeRecord[] }>(
        `query ($f: PolicyChangeFilter) { allPolicyChanges(filter: $f, perPage: 50, sortField: createdAt, sortOrder: DESC) { ${CHANGE_FIELDS} } }`,
        { f: { regionId } },
      )
    ).allPolicyChanges,
  createPolicyChange: async (regionId: string, effectiveFrom: string, changes: Record<string, unknown>, note: string) =>
    (
      await requestGraphQL<{ createPolicyChange: PolicyChangeRecord }>(
        `mutation ($r: ID!, $e: String!, $c: JSONObject!, $n: String) { createPolicyChange(regionId: $r, effectiveFrom: $e, changes: $c, note: $n) { ${CHANGE_FIELDS} } }`,
        { r: regionId, e: effectiveFrom, c: changes, n: note || null },
      )
    ).createPolicyChange,
  transitionPolicyChange: async (id: string, action: string, expectedVersion: number, reason?: string) =>
    (
      await requestGraphQL<{ transitionPolicyChange: { id: string; state: string; version: number } }>(
        'mutation ($id: ID!, $a: PolicyChangeAction!, $v: Int!, $r: String) { transitionPolicyChange(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state version } }',
        { id, a: action, v: expectedVersion, r: reason || null },
      )
    ).transitionPolicyChange,
};

export type PolicyMethods = typeof policyMethods;
