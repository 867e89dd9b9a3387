import { RIGHTS } from '@ltci/shared';

/** Who holds each right, `resource.action` (`Institution.update`) → its roles, or `signedIn` for every signed-in user. */
export type AccessTable = Record<string, readonly string[] | 'signedIn'>;

/**
 * The rights table reduced to who holds what (issue 8, first load): shipped as data, without the
 * labels and citations of the rights behind it; `permissions.ts` answers react-admin's questions
 * from it exactly as @ltci/shared's `canAccess` does (access-table.test.ts).
 */
export function accessTable(): AccessTable {
  return Object.fromEntries(RIGHTS.map((r) => [`${r.resource}.${r.action}`, r.roles]));
}
