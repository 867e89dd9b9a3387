import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapAdministrator } from '../src/db/seed/bootstrap.js';
import { seedDemoData } from '../src/db/seed/seed.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

describe('first start', () => {
  it('refuses demo data in production', async () => {
    await expect(seedDemoData(db.dataSource, { NODE_ENV: 'production' })).rejects.toThrow(/production/);
  });

  it('refuses a short administrator password', async () => {
    await expect(bootstrapAdministrator(db.dataSource, { ADMIN_USERNAME: 'root', ADMIN_PASSWORD: 'short' })).rejects.toThrow(/12/);
  });

  it('creates the regions and one administrator, once', async () => {
    expect(await bootstrapAdministrator(db.dataSource, { ADMIN_USERNAME: 'Chief', ADMIN_PASSWORD: 'a-long-passphrase' })).toBe(true);
    expect(await bootstrapAdministrator(db.dataSource, { ADMIN_USERNAME: 'other', ADMIN_PASSWORD: 'a-long-passphrase' })).toBe(false);
    const users = await db.dataSource.query('SELECT username, roles FROM users');
    expect(users).toEqual([{ username: 'chief', roles: ['admin'] }]);
    expect(await seedDemoData(db.dataSource, { NODE_ENV: 'development' })).toBe(false);
  });
});
