import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../src/app.js';
import { readConfig } from '../src/config.js';
import { DEMO_PASSWORD } from '../src/db/seed/demo-data.js';
import { seedDemoData } from '../src/db/seed/seed.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import type { GraphQLResponse } from './support/test-server.js';

/** The production server: no stack traces, and unexpected failures reveal nothing. */
let db: TestDatabase;
let app: RunningApp;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.dataSource, { NODE_ENV: 'test' });
  app = await startApp(db.dataSource, { ...readConfig({ NODE_ENV: 'production', JWT_SECRET: 'production-test-secret' }), port: 0 });
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

async function post(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as GraphQLResponse };
}

describe('errors in production', () => {
  it('carry a stable code and no stack trace', async () => {
    const { body } = await post('mutation { login(username: "inspector", password: "x") { token } }');
    expect(body.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('a malformed query is BAD_USER_INPUT, not a 500', async () => {
    const { status, body } = await post('{ allInstitutions(');
    expect(status).toBeLessThan(500);
    expect(body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('an unexpected failure is INTERNAL_SERVER_ERROR with no detail', async () => {
    const login = await post('mutation ($p: String!) { login(username: "admin", password: $p) { token } }', { p: DEMO_PASSWORD });
    await db.dataSource.query('ALTER TABLE staff RENAME TO staff_gone');
    try {
      const { body } = await post(
        '{ allInstitutions(perPage: 1) { staff { name } } }',
        {},
        (login.body.data as { login: { token: string } }).login.token,
      );
      expect(body.errors?.[0]).toMatchObject({
        message: '服务器内部错误，请稍后再试或联系管理员',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(JSON.stringify(body)).not.toMatch(/staff_gone|relation|stack|at /);
    } finally {
      await db.dataSource.query('ALTER TABLE staff_gone RENAME TO staff');
    }
  });
});
