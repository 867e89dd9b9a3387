import { INSTITUTION_ACTIVITY_STATES } from '@ltci/shared';
import { requestGraphQL } from '../dataProvider/request';

export const stateChoices = INSTITUTION_ACTIVITY_STATES.map((s) => ({ id: s, name: `enums.InstitutionState.${s}` }));

export interface ActivityAction {
  action: string;
  enabled: boolean;
  blockedBy: string[];
  needsReason: boolean;
}

export interface ActivityStep {
  id: string;
  action: string;
  fromState: string;
  toState: string;
  actorName: string;
  at: string;
  reason: string | null;
}

const TRANSITION = `mutation ($id: ID!, $a: InstitutionAction!, $v: Int!, $r: String) {
  transitionInstitution(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state version } }`;

/** One step on the version the user saw (a stale one: CONFLICT / STALE_VERSION). */
export function transitionInstitution(id: string, action: string, version: number, reason: string) {
  return requestGraphQL(TRANSITION, { id, a: action, v: version, r: reason.trim() || null });
}
