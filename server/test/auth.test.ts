import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
