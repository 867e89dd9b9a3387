import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../src/app.js';
import { readConfig } from '../src/config.js';
import { DEMO_PASSWORD } from '../src/db/seed/demo-data.js';
import { ADDRESS_FREE_FAILURES, FREE_FAILURES } from '../src/modules/auth/login-throttle.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

/** Throttling keyed on (user name, address) and on the address: an outsider can slow only themself. */
let db: TestDatabase;
let behindProxy: RunningApp;
let direct: RunningApp;
beforeAll(async () => {
  db = await createTestDatabase({ seeded: true });
  const config = { ...readConfig({ NODE_ENV: 'test', TRUST_PROXY: 'loopback' }), port: 0, jwtSecret: 'test-secret' };
  behindProxy = await startApp(db.dataSource, config);
  direct = await startApp(db.dataSource, { ...config, trustProxy: false });
});
afterAll(async () => {
  await behindProxy?.close();
  await direct?.close();
  await db?.drop();
});

async function login(username: string, password: string, from: string, app = behindProxy): Promise<string> {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify({
      query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: { u: username, p: password },
    }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] };
  return body.errors?.[0].extensions.code ?? 'OK';
}

/** The last failure's wait (1 s, 2 s …) starts again now, so that a slow machine cannot outlast it before the next attempt. */
const restartWait = (address: string) =>
  db.dataSource.query('UPDATE login_attempts SET last_failed_at = now() WHERE address = $1', [address]);

describe('login throttle', () => {
  it("cannot be used by an outsider to lock the administrator out from the administrator's own address", async () => {
    const outsider = '203.0.113.5';
    const codes = [];
    for (let i = 0; i < FREE_FAILURES; i++) codes.push(await login('admin', `guess-${i}`, outsider));
    await restartWait(outsider);
    codes.push(await login('admin', 'guess-last', outsider));
    expect(codes).toEqual([...Array(FREE_FAILURES).fill('UNAUTHENTICATED'), 'TOO_MANY_ATTEMPTS']);
    expect(await login('admin', DEMO_PASSWORD, outsider)).toBe('TOO_MANY_ATTEMPTS');
    expect(await login('admin', DEMO_PASSWORD, '198.51.100.7')).toBe('OK');
    const audit = await db.dataSource.query(
      "SELECT operation, after->>'address' AS address FROM audit_logs WHERE operation LIKE 'login%' ORDER BY id",
    );
    expect(audit).toEqual([
      ...Array(FREE_FAILURES).fill({ operation: 'login_failed', address: outsider }),
      { operation: 'login', address: '198.51.100.7' },
    ]); // the refused attempts never reached the password check
  });

  it('slows one address trying many accounts, and only that address', async () => {
    const sprayer = '203.0.113.9';
    const spray = await Promise.all(Array.from({ length: ADDRESS_FREE_FAILURES }, (_, i) => login(`someone_${i}`, 'Password1', sprayer)));
    expect(spray.filter((code) => code !== 'UNAUTHENTICATED')).toEqual([]);
    await restartWait(sprayer);
    expect(await login('inspector', DEMO_PASSWORD, sprayer)).toBe('TOO_MANY_ATTEMPTS');
    expect(await login('inspector', DEMO_PASSWORD, '198.51.100.8')).toBe('OK');
  });

  it("forgets an address's failures after a quiet quarter of an hour, but not after a success", async () => {
    const office = '192.0.2.44';
    const addressFailures = async () =>
      (await db.dataSource.query("SELECT failures FROM login_attempts WHERE username = '' AND address = $1", [office]))[0].failures;
    const quiet = (minutes: number) =>
      db.dataSource.query(`UPDATE login_attempts SET last_failed_at = now() - interval '${minutes} minutes' WHERE address = $1`, [office]);
    // As after ADDRESS_FREE_FAILURES typos of many people behind one address (counted over HTTP in the test above).
    await db.dataSource.query("INSERT INTO login_attempts (username, address, failures, last_failed_at) VALUES ('', $1, $2, now())", [
      office,
      ADDRESS_FREE_FAILURES,
    ]);
    await quiet(14);
    expect(await login('fund_manager', DEMO_PASSWORD, office)).toBe('OK'); // the 1 s wait is long over
    expect(await addressFailures()).toBe(ADDRESS_FREE_FAILURES + 1); // a success does not clear it
    await restartWait(office);
    expect(await login('fund_manager', DEMO_PASSWORD, office)).toBe('TOO_MANY_ATTEMPTS'); // 2 s from the last attempt
    await quiet(16);
    expect(await login('fund_manager', DEMO_PASSWORD, office)).toBe('OK');
    expect(await addressFailures()).toBe(1);
  });

  it('believes X-Forwarded-For only from a trusted proxy (TRUST_PROXY)', async () => {
    await login('nobody_direct', 'x', '203.0.113.77', direct);
    const rows: { address: string }[] = await db.dataSource.query("SELECT address FROM login_attempts WHERE username = 'nobody_direct'");
    expect(rows).toHaveLength(1);
    expect(rows[0].address).not.toBe('203.0.113.77');
    expect(rows[0].address).toMatch(/127\.0\.0\.1|::1/);
  });
});

/** GB/T 22239-2019 8.1.4.1 b) (登录失败处理): changing one's password checks the current one, under the same doubling wait. */
describe('changePassword throttle', () => {
  async function signIn(username: string, from: string): Promise<string> {
    const res = await fetch(`${behindProxy.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({
        query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        variables: { u: username, p: DEMO_PASSWORD },
      }),
    });
    return ((await res.json()) as { data: { login: { token: string } } }).data.login.token;
  }
  async function change(token: string, current: string, next: string): Promise<{ code: string; reason?: string; retry?: number }> {
    const res = await fetch(`${behindProxy.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: 'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { id } }',
        variables: { c: current, n: next },
      }),
    });
    const body = (await res.json()) as { errors?: { extensions: { code: string; reason?: string; retryAfterSeconds?: number } }[] };
    const e = body.errors?.[0].extensions;
    return e ? { code: e.code, reason: e.reason, retry: e.retryAfterSeconds } : { code: 'OK' };
  }
  const checks = (user: string) =>
    db.dataSource.query(
      "SELECT la.failures FROM login_attempts la JOIN users u ON la.username = 'password-check:' || u.id WHERE u.username = $1",
      [user],
    );

  it('after 3 wrong current passwords the next check waits, from any session of the user, and the right one then clears it', async () => {
    const token = await signIn('haigang_officer', '198.51.100.20');
    const wrong = [];
    for (let i = 0; i < FREE_FAILURES; i++) wrong.push((await change(token, `not-it-${i}`, 'Fresh#2027-mine')).reason);
    expect(wrong).toEqual(Array(FREE_FAILURES).fill('WRONG_PASSWORD'));
    const restart = () =>
      db.dataSource.query(
        "UPDATE login_attempts SET last_failed_at = now() WHERE username = (SELECT 'password-check:' || id FROM users WHERE username = 'haigang_officer')",
      );
    await restart();
    // the 4th check waits 2^0 = 1 s from the 3rd failure, even with the right password, even from another session
    const refused = await change(token, DEMO_PASSWORD, 'Fresh#2027-mine');
    expect(refused).toEqual({ code: 'TOO_MANY_ATTEMPTS', reason: 'PASSWORD_CHECK_THROTTLED', retry: 1 });
    const elsewhere = await signIn('haigang_officer', '198.51.100.21');
    await restart();
    expect((await change(elsewhere, DEMO_PASSWORD, 'Fresh#2027-mine')).code).toBe('TOO_MANY_ATTEMPTS');
    expect(await checks('haigang_officer')).toEqual([{ failures: FREE_FAILURES }]); // refused checks are not counted
    // the wait is over: the right current password goes through and the count starts afresh
    await db.dataSource.query(
      "UPDATE login_attempts SET last_failed_at = now() - interval '5 seconds' WHERE username LIKE 'password-check:%'",
    );
    expect(await change(token, DEMO_PASSWORD, 'Fresh#2027-mine')).toEqual({ code: 'OK' });
    expect(await checks('haigang_officer')).toEqual([]);
    const audit = await db.dataSource.query(
      "SELECT count(*)::int AS n FROM audit_logs a JOIN users u ON a.entity_id = u.id::text WHERE u.username = 'haigang_officer' AND a.operation = 'change_password'",
    );
    expect(audit).toEqual([{ n: 1 }]);
  });

  it('a new password the policy refuses is refused before any check of the current one is counted', async () => {
    const token = await signIn('tpa_staff', '198.51.100.22');
    expect((await change(token, 'not-it', 'short')).reason).toBe('PASSWORD_POLICY');
    expect(await checks('tpa_staff')).toEqual([]);
  });
});
