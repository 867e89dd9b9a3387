import type { PolicyIssue, PolicyResult } from '@ltci/shared';
import { BadUserInputError } from '../../common/errors.js';
import type { Calculation } from './calculation.types.js';

/** A rule's result as GraphQL returns it; its input problems as one BAD_USER_INPUT listing every field. */
export function calculation(result: PolicyResult<unknown>): Calculation {
  if (result.ok) return { value: result.value, trace: result.trace };
  throw policyInputError(result.issues);
}

/** Issues of a shared rule as BAD_USER_INPUT fields, `renamePath` mapping a rule's path to the argument's. */
export function policyInputError(issues: PolicyIssue[], renamePath: (path: string) => string = (p) => p): BadUserInputError {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = renamePath(issue.path);
    fields[path] = fields[path] ? `${fields[path]}；${issue.message}` : issue.message;
  }
  return new BadUserInputError(fields, `计算参数有误：${issues.map((i) => `${renamePath(i.path)} ${i.code}`).join('，')}`, {
    reason: issues[0]?.code,
    issues: issues.map((i) => ({ code: i.code, path: renamePath(i.path) })),
  });
}
