import type { AuthChecker } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { ForbiddenError, UnauthenticatedError } from '../../common/errors.js';

/** What a user whose password was set by an administrator may still do: see themself and change it. */
export const ALLOWED_BEFORE_PASSWORD_CHANGE: ReadonlySet<string> = new Set(['me', 'changePassword']);

/**
 * `@Authorized()` needs a signed-in caller; `@Authorized(roles)` needs one of those roles. A caller
 * who must change their password (after a reset, or a new account) is refused every other
 * operation with the stable reason PASSWORD_CHANGE_REQUIRED until they do.
 */
export const authChecker: AuthChecker<Context> = ({ context, info }, roles) => {
  if (!context.caller) throw new UnauthenticatedError();
  const operation = info.parentType.name === 'Query' || info.parentType.name === 'Mutation';
  if (operation && context.caller.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(info.fieldName))
    throw new ForbiddenError('请先修改密码', { reason: 'PASSWORD_CHANGE_REQUIRED' });
  if (roles.length === 0) return true;
  return context.caller.roles.some((role) => roles.includes(role));
};
