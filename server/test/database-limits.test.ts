import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../src/app.js';
import { readConfig } from '../src/config.js';
import { createDataSource } from '../src/db/data-source.js';
import { DEMO_PASSWORD } from '../src/db/seed/demo-data.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

/** Every wait on the database is bounded by the configuration, and running out of connections is a clear answer, not a hang. */
let db: TestDatabase;
let pool: DataSource;
let app: RunningApp;
const config = {
  ...readConfig({ NODE_ENV: 'test', DB_POOL_SIZE: '1', DB_CONNECTION_TIMEOUT_MS: '300' }),
  port: 0,
  jwtSecret: 'test-secret',
};
beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  pool = await createDataSource(db.url, config).initialize();
  app = await startApp(pool, config);
});
afterAll(async () => {
  await app?.close();
  await pool?.destroy();
  await db?.drop();
});

async function post(query: string, token?: string) {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] };
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body };
}
const login = () => post(`mutation { login(username: "inspector", password: "${DEMO_PASSWORD}") { token } }`);
const busy = {
  status: 503,
  retryAfter: '5',
  body: { errors: [{ message: '系统繁忙，请稍后再试', extensions: { code: 'SERVICE_UNAVAILABLE' } }] },
};

describe('database limits from the configuration', () => {
  it('apply statement, lock and idle-in-transaction timeouts to every connection', async () => {
    const [row] = await pool.query(
      "SELECT current_setting('statement_timeout') AS statement, current_setting('lock_timeout') AS lock, current_setting('idle_in_transaction_session_timeout') AS idle",
    );
    expect(row).toEqual({ statement: '15s', lock: '5s', idle: '10s' });
  });

  it('answer 503 SERVICE_UNAVAILABLE in Chinese when no connection frees up in time, then serve again', async () => {
    const token = ((await login()).body.data as { login: { token: string } }).login.token;
    const holder = pool.createQueryRunner();
    await holder.connect(); // the pool's only connection
    try {
      const started = Date.now();
      expect(await login()).toMatchObject({ ...busy, body: { data: null, ...busy.body } }); // in a resolver
      expect(await post('{ me { username } }', token)).toMatchObject(busy); // while reading the caller, before any resolver
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await holder.release();
    }
    expect((await login()).body.errors).toBeUndefined();
    expect((await post('{ me { username } }', token)).body).toEqual({ data: { me: { username: 'inspector' } } });
  });
});
