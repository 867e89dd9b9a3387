import type { AuthChecker } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { UnauthenticatedError } from '../../common/errors.js';

/** `@Authorized()` needs a signed-in caller; `@Authorized(roles)` needs one of those roles. */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  if (!context.caller) throw new UnauthenticatedError();
  if (roles.length === 0) return true;
  return context.caller.roles.some((role) => roles.includes(role));
};
