import { requestGraphQL } from '../dataProvider/request';
import type { WorkflowMutation } from './types';

export interface TransitionRequest {
  id: string;
  action: string;
  version: number;
  reason?: string;
  input?: Record<string, unknown>;
}

/** The mutation's text: `input` only where the mutation takes one. */
export function transitionDocument({ name, actionType, takesInput }: WorkflowMutation): string {
  const inputVar = takesInput ? ', $input: JSONObject' : '';
  const inputArg = takesInput ? ', input: $input' : '';
  return `mutation ($id: ID!, $a: ${actionType}!, $v: Int!, $r: String${inputVar}) {
  ${name}(id: $id, action: $a, expectedVersion: $v, reason: $r${inputArg}) { id state version } }`;
}

/** One step of a record's workflow, on the version the user saw (a stale one: CONFLICT / STALE_VERSION). */
export function transitionRecord(mutation: WorkflowMutation, { id, action, version, reason, input }: TransitionRequest) {
  return requestGraphQL<Record<string, { id: string; state: string; version: number }>>(transitionDocument(mutation), {
    id,
    a: action,
    v: version,
    r: reason?.trim() ? reason : null,
    ...(mutation.takesInput ? { input: input ?? null } : {}),
  });
}
