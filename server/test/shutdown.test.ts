import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seed/demo-data.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

/** `npm start` itself (src/main.ts as a child process) drains and exits on SIGTERM, under load too. */
const serverDir = fileURLToPath(new URL('..', import.meta.url));

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
});
afterAll(() => db?.drop());

async function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', '@oxc-node/core/register', 'src/main.ts'], {
    cwd: serverDir,
    env: {
      PATH: process.env.PATH,
      PORT: '0',
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      DB_POOL_SIZE: '10',
      DB_LOCK_TIMEOUT_MS: '30000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      out += String(chunk);
      const match = /http:\/\/localhost:\d+/.exec(out);
      if (match) resolve(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening: ${out}`)));
  });
  return { child, url };
}

async function graphql(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: the test reads the fields it asked for
  return ((await res.json()) as { data: Record<string, any> }).data;
}

async function waitFor(check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('SIGTERM', () => {
  it('answers the requests in flight, refuses new connections, then exits 0', async () => {
    const { child, url } = await startServer();
    const login = await graphql(url, 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
      u: 'admin',
      p: DEMO_PASSWORD,
    });
    const token: string = login.login.token;
    const list = await graphql(url, '{ allInstitutions(perPage: 1) { id name } }', {}, token);
    const [row]: { id: string; name: string }[] = list.allInstitutions;

    // Hold the row from outside, so that the server's updates are provably in flight when the signal comes.
    const holder = db.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query('SELECT id FROM institutions WHERE id = $1 FOR UPDATE', [row.id]);
    const inFlight = 9;
    const updates = Array.from({ length: inFlight }, () =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: 'mutation ($id: ID!, $name: String!) { updateInstitution(id: $id, name: $name) { id } }',
          variables: { id: row.id, name: row.name },
        }),
      }).then(
        (res) => res.status,
        (error: { cause?: { code?: string } }) => error.cause?.code ?? 'unknown',
      ),
    );
    await waitFor(async () => {
      const [{ waiting }] = await db.dataSource.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      return waiting === inFlight;
    });

    const signalled = Date.now();
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const late = await fetch(`${url}/livez`).then(
      (res) => res.status,
      (error: { cause?: { code?: string } }) => error.cause?.code,
    );
    await holder.commitTransaction();
    await holder.release();
    const [code] = await once(child, 'exit');

    expect(late).toBe('ECONNREFUSED');
    expect(await Promise.all(updates)).toEqual(Array(inFlight).fill(200));
    expect(code).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(10_000);
  });
});
