import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { adminQuery } from './database.js';

export interface AppRoleLogin {
  /** The test database's URL, signing in as a login role that is granted ltci_app and nothing else. */
  url: string;
  drop(): Promise<void>;
}

/**
 * A throw-away login role in ltci_app, as an operator would make one (README). A role is
 * cluster-wide: drop it after its database (`drop` is for afterAll, after the database is gone).
 */
export async function createAppRoleLogin(databaseUrl: string): Promise<AppRoleLogin> {
  const name = `ltci_app_test_${randomBytes(5).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  await adminQuery(new URL(inject('serverDatabaseUrl')), `CREATE ROLE ${name} LOGIN PASSWORD '${password}' IN ROLE ltci_app`);
  const url = new URL(databaseUrl);
  url.username = name;
  url.password = password;
  return { url: url.toString(), drop: () => adminQuery(new URL(inject('serverDatabaseUrl')), `DROP ROLE IF EXISTS ${name}`) };
}
