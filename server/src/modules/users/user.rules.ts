import { maskPhone, passwordIssues } from '@ltci/shared';
import { BadUserInputError } from '../../common/errors.js';
import type { User } from '../auth/user.entity.js';

export const USERNAME_PATTERN = /^[a-z][a-z0-9_.-]{2,31}$/;
export const PHONE_PATTERN = /^[0-9+() -]{5,20}$/;
export const MAX_DISPLAY_NAME_LENGTH = 50;

/** A password the policy refuses: BAD_USER_INPUT on `field`, with every issue's code (shared/src/users). */
export function refuseBadPassword(password: string, username: string, field = 'password'): void {
  const issues = passwordIssues(password, username);
  if (!issues.length) return;
  throw new BadUserInputError({ [field]: issues.map((i) => i.message).join('；') }, '密码不符合密码策略', {
    reason: 'PASSWORD_POLICY',
    issues: issues.map(({ code, params }) => ({ code, path: field, params })),
  });
}

/** A user as the audit trail keeps it: no password hash, the phone masked. */
export function auditView(user: User, regionIds: string[], countyIds: string[]) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    regionIds,
    countyIds,
    active: user.active,
    mustChangePassword: user.mustChangePassword,
    phone: maskPhone(user.phone),
  };
}
