import type { PolicyIssue } from '@ltci/shared';
import { BadUserInputError } from '../../common/errors.js';

/** Shared rules' issues as BAD_USER_INPUT: one message per field, and every code for the dashboard to word. */
export function refuseIssues(issues: readonly PolicyIssue[]): void {
  if (!issues.length) return;
  const fields: Record<string, string> = {};
  for (const i of issues) fields[i.path] ??= i.message;
  throw new BadUserInputError(fields, undefined, { issues: issues.map(({ code, path }) => ({ code, path })) });
}
