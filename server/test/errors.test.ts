import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../src/app.js';
import { readConfig } from '../src/config.js';
import { DEMO_PASSWORD } from '../src/db/seed/demo-data.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import type { GraphQLResponse } from './support/test-server.js';

/** The production server: no stack traces, and unexpected failures reveal nothing. */
let db: TestDatabase;
let app: RunningApp;
const JWT_SECRET = randomBytes(32).toString('hex');
const productionConfig = (db: TestDatabase, env: NodeJS.ProcessEnv = {}) => ({
  ...readConfig({ NODE_ENV: 'production', JWT_SECRET, DATABASE_URL: db.url, APP_DATABASE_URL: db.url, ...env }),
  port: 0,
});
beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  app = await startApp(db.dataSource, productionConfig(db));
});
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

async function post(query: string, variables: Record<string, unknown> = {}, token?: string, url = app.url) {
  const res = await fetch(`${url}/graphql`, {
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

describe('production hides the schema and trusts only complete tokens', () => {
  it('tells browsers to use HTTPS only (HSTS)', async () => {
    const res = await fetch(`${app.url}/livez`);
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });

  it('refuses introspection and gives no field suggestions, unless GRAPHQL_INTROSPECTION=true', async () => {
    const introspection = await post('{ __schema { types { name } } }');
    expect(introspection.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(introspection.body.data ?? null).toBeNull();
    const typo = await post('{ allInstitution { id } }');
    expect(typo.body.errors?.[0].message).not.toMatch(/Did you mean|allInstitutions/);

    const open = await startApp(db.dataSource, productionConfig(db, { GRAPHQL_INTROSPECTION: 'true' }));
    try {
      expect((await post('{ __schema { queryType { name } } }', {}, undefined, open.url)).body.data).toEqual({
        __schema: { queryType: { name: 'Query' } },
      });
      expect((await post('{ allInstitution { id } }', {}, undefined, open.url)).body.errors?.[0].message).toMatch(/Did you mean/);
    } finally {
      await open.close();
    }
  });

  it('refuses a correctly signed token without an expiry', async () => {
    const [{ id }] = await db.dataSource.query("SELECT id FROM users WHERE username = 'admin'");
    const key = new TextEncoder().encode(JWT_SECRET);
    const sign = (exp: boolean) => {
      const jwt = new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(id).setIssuer('ltci').setIssuedAt();
      return (exp ? jwt.setExpirationTime('1h') : jwt).sign(key);
    };
    expect((await post('{ me { username } }', {}, await sign(true))).body.data).toEqual({ me: { username: 'admin' } });
    expect((await post('{ me { username } }', {}, await sign(false))).body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
