import type { Role } from '../modules/auth/roles.js';
import { UnauthenticatedError } from './errors.js';
import type { Loaders } from './loaders.js';

/** The signed-in user (named by the token, read from the database per request) and the regions they may see. */
export interface Caller {
  id: string;
  username: string;
  roles: Role[];
  regionIds: string[];
  /** The counties the user is bound to: a region with any of them is seen only through them (scope.ts). */
  counties: { id: string; regionId: string }[];
  /** Set by an administrator's reset: until the user changes it, only `me` and `changePassword` answer. */
  mustChangePassword: boolean;
}

export interface Context {
  caller: Caller | null;
  loaders: Loaders;
  /** The client's address (behind a proxy, as TRUST_PROXY allows), one of the login throttle's keys. */
  clientAddress: string;
}

/** The caller, or UNAUTHENTICATED. Resolvers declare roles with @Authorized; services take the Caller. */
export function requireCaller(ctx: Pick<Context, 'caller'>): Caller {
  if (!ctx.caller) throw new UnauthenticatedError();
  return ctx.caller;
}
