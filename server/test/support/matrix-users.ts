import { getMetadataStorage } from 'type-graphql';
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

/** Who the code declares may call each operation (`undefined`: anyone, signed in or not). */
export function declaredRoles(): Map<string, Role[] | undefined> {
  const storage = getMetadataStorage();
  return new Map(
    [...storage.queries, ...storage.mutations].map((op) => [
      op.schemaName,
      op.roles === undefined ? undefined : op.roles.length === 0 ? [...ROLES] : (op.roles as Role[]),
    ]),
  );
}
