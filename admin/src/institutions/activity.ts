import { INSTITUTION_ACTIVITY_STATES } from '@ltci/shared';
import { requestGraphQL } from '../dataProvider/request';

export const stateChoices = INSTITUTION_ACTIVITY_STATES.map((s) => ({ id: s, name: `enums.InstitutionState.${s}` }));

/** The workflow rows every workflow's record carries (the agreement's shapes: one GraphQL type, WorkflowStep / AllowedAction). */
export type { AllowedActionRow as ActivityAction, HistoryRow as ActivityStep } from '../workflow/types';

const TRANSITION = `mutation ($id: ID!, $a: InstitutionAction!, $v: Int!, $r: String) {
  transitionInstitution(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state version } }`;

/** One step on the version the user saw (a stale one: CONFLICT / STALE_VERSION). */
export function transitionInstitution(id: string, action: string, version: number, reason: string) {
  return requestGraphQL(TRANSITION, { id, a: action, v: version, r: reason.trim() || null });
}
