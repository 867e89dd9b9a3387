import { requestGraphQL } from '../dataProvider/request';

const TRANSITION = `mutation ($id: ID!, $a: AgreementAction!, $v: Int!, $r: String, $input: JSONObject) {
  transitionServiceAgreement(id: $id, action: $a, expectedVersion: $v, reason: $r, input: $input) { id state version } }`;

export interface TransitionRequest {
  id: string;
  action: string;
  version: number;
  reason?: string;
  input?: Record<string, unknown>;
}

/** One step of the agreement's workflow, on the version the user saw (a stale one: CONFLICT / STALE_VERSION). */
export function transitionAgreement({ id, action, version, reason, input }: TransitionRequest) {
  return requestGraphQL<{ transitionServiceAgreement: { id: string; state: string; version: number } }>(TRANSITION, {
    id,
    a: action,
    v: version,
    r: reason?.trim() ? reason : null,
    input: input ?? null,
  });
}
