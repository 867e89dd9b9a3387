import type { PolicyIssue } from '@ltci/shared';
import { BadUserInputError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';

/** Shared refusals: every issue at once, each field with its message, the first code as the reason. */
export function refuse(issues: (PolicyIssue & { params?: Record<string, unknown> })[], message?: string): never {
  const fields: Record<string, string> = {};
  for (const i of issues) fields[i.path] ??= i.message;
  throw new BadUserInputError(fields, message ?? issues.map((i) => i.message).join('；'), {
    reason: issues[0].code,
    issues: issues.map(({ code, path, params }) => ({ code, path, ...(params ? { params } : {}) })),
  });
}

export const uuidOrNull = (id: string | null | undefined) => (id && isUuid(id) ? id : null);
export const uuids = (ids: readonly string[]) => ids.filter(isUuid);
