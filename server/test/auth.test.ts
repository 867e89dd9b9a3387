import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/modules/auth/password.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const LOGIN =
  'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { username displayName roles regions { id } } } }';

describe('login', () => {
  it('returns a signed token and the user with roles and regions', async () => {
    const res = await server.graphql(LOGIN, { u: 'inspector', p: 'Demo@2026' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.user).toEqual({
      username: 'inspector',
      displayName: '张稽核',
      roles: ['inspector'],
      regions: [{ id: 'qinhuangdao' }],
    });
    const me = await server.graphql('{ me { username } }', {}, res.data?.login.token);
    expect(me.data?.me.username).toBe('inspector');
  });

  it('gives the same generic error for a wrong password and an unknown user', async () => {
    const wrong = await server.graphql(LOGIN, { u: 'fund_manager', p: 'nope' });
    const unknown = await server.graphql(LOGIN, { u: 'nobody', p: 'nope' });
    expect(wrong.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
  });

  it('slows down repeated failures for a user name, even with the right password', async () => {
    for (let i = 0; i < 3; i++) await server.graphql(LOGIN, { u: 'agency_officer', p: `wrong-${i}` });
    // The 3rd failure imposes a 1 s wait from the last attempt; restart that second now so a slow machine cannot outlast it.
    await server.dataSource.query("UPDATE login_attempts SET last_failed_at = now() WHERE username = 'agency_officer' AND failures = 3");
    const res = await server.graphql(LOGIN, { u: 'agency_officer', p: 'Demo@2026' });
    expect(res.errors?.[0].extensions.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('rejects a forged or missing token with UNAUTHENTICATED', async () => {
    expect((await server.graphql('{ me { id } }')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const forged = await server.graphql('{ me { id } }', {}, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl');
    expect(forged.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('writes one audit row per login, successful or not', async () => {
    const count = async () =>
      Number((await server.dataSource.query("SELECT count(*) FROM audit_logs WHERE operation LIKE 'login%'"))[0].count);
    const before = await count();
    await server.graphql(LOGIN, { u: 'admin', p: 'Demo@2026' });
    await server.graphql(LOGIN, { u: 'admin', p: 'wrong' });
    expect(await count()).toBe(before + 2);
  });
});

describe('login throttle cannot be bypassed', () => {
  it('by parallel guesses or by case and spaces in the user name', async () => {
    const names = ['tpa_staff', ' TPA_STAFF', 'Tpa_Staff ', 'tpa_staff'];
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => server.graphql(LOGIN, { u: names[i % names.length], p: `guess-${i}` })),
    );
    const codes = results.map((r) => r.errors?.[0].extensions.code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(3); // the free failures, then slowed
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(9);
  });
});

describe('a token carries no stale rights', () => {
  it('stops working as soon as the user is deactivated, and region changes apply at once', async () => {
    const token = await server.login('fund_manager');
    const count = async () => (await server.graphql('{ _allInstitutionsMeta { count } }', {}, token)).data?._allInstitutionsMeta.count;
    // 36 demo institutions per region, and the two care institutions of Haigang's demo settlement
    expect(await count()).toBe(74);
    await server.dataSource.query(
      "DELETE FROM user_regions WHERE region_id = 'tumxuk' AND user_id = (SELECT id FROM users WHERE username = 'fund_manager')",
    );
    expect(await count()).toBe(38);
    await server.dataSource.query("UPDATE users SET active = false WHERE username = 'fund_manager'");
    const res = await server.graphql('{ _allInstitutionsMeta { count } }', {}, token);
    expect(res.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('the audit trail of logins is region-scoped', () => {
  it("an administrator of one region does not see another region's users signing in", async () => {
    const [{ id }] = await server.dataSource.query(
      "INSERT INTO users (username, display_name, password_hash, roles) VALUES ('tumxuk_admin', '图木舒克管理员', $1, '{admin}') RETURNING id",
      [await hashPassword('Demo@2026')],
    );
    await server.dataSource.query("INSERT INTO user_regions (user_id, region_id) VALUES ($1, 'tumxuk')", [id]);
    await server.login('inspector'); // 秦皇岛市 only
    await server.graphql(LOGIN, { u: 'inspector', p: 'wrong' });
    const token = await server.login('tumxuk_admin');
    const res = await server.graphql(
      '{ allAuditLogs(perPage: 1000, filter: { entityType: "User" }) { username entityId operation } }',
      {},
      token,
    );
    const [{ id: inspectorId }] = await server.dataSource.query("SELECT id FROM users WHERE username = 'inspector'");
    const rows: { username: string; entityId: string }[] = res.data?.allAuditLogs ?? [];
    expect(rows.some((r) => r.username === 'tumxuk_admin')).toBe(true);
    expect(rows.filter((r) => r.entityId === inspectorId)).toEqual([]);
    const all = await server.graphql('{ _allAuditLogsMeta(filter: { entityType: "User" }) { count } }', {}, await server.login('admin'));
    expect(all.data?._allAuditLogsMeta.count).toBeGreaterThan(rows.length);
  });
});
