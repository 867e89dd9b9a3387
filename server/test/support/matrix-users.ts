import { type RightId, rolesWith } from '@ltci/shared';
import { getMetadataStorage } from 'type-graphql';
import { operationRights } from '../../src/common/rights.js';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.js';
import { hashPassword } from '../../src/modules/auth/password.js';
import { Role } from '../../src/modules/auth/roles.js';
import type { TestServer } from './test-server.js';

export const ROLES = Object.values(Role);

/** One user per role bound to Qinhuangdao only, so that Tumxuk is "another region" for every role. */
export async function matrixTokens(server: TestServer): Promise<Map<Role, string>> {
  const hash = await hashPassword(DEMO_PASSWORD);
  const tokens = new Map<Role, string>();
  for (const role of ROLES) {
    const username = `matrix_${role}`;
    await server.dataSource.query(
      `WITH u AS (INSERT INTO users (username, display_name, password_hash, roles) VALUES ($1, $1, $2, ARRAY[$3]) RETURNING id)
       INSERT INTO user_regions (user_id, region_id) SELECT id, 'qinhuangdao' FROM u`,
      [username, hash, role],
    );
    tokens.set(role, await server.login(username));
  }
  return tokens;
}

/** The right each operation names (`undefined`: none, open to anyone: only `login`). */
export function namedRights(): Map<string, RightId | undefined> {
  const storage = getMetadataStorage();
  return new Map(
    [...storage.queries, ...storage.mutations].map((op) => [op.schemaName, operationRights.get(`${op.target.name}.${op.methodName}`)]),
  );
}

/** Who the rights table says may call each operation (`undefined`: anyone, signed in or not). */
export function declaredRoles(): Map<string, Role[] | undefined> {
  return new Map([...namedRights()].map(([op, right]) => [op, right ? (rolesWith(right) as Role[]) : undefined]));
}
