import { isRightId, type RightId, rightById, SIGNED_IN } from '@ltci/shared';
import { Authorized } from 'type-graphql';

/** The right each resolver method names, `Class.method` → right id, for the generated authorization tests. */
export const operationRights = new Map<string, RightId>();

/**
 * A resolver names the right it needs from the one rights table in @ltci/shared (which the
 * dashboard's menu and `canAccess` read too); the roles come from the table, never from here.
 */
export function NeedsRight(id: RightId): MethodDecorator {
  if (!isRightId(id)) throw new Error(`unknown right ${String(id)}: add it to shared/src/rights/rights.ts`);
  const right = rightById(id);
  const authorized = Authorized(right.roles === SIGNED_IN ? [] : [...right.roles]);
  return (target, key, descriptor) => {
    operationRights.set(`${target.constructor.name}.${String(key)}`, id);
    authorized(target, key, descriptor);
  };
}
