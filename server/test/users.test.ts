import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server.js';

/** Issue 8, item 1: users and roles, over HTTP on PostgreSQL. */
let server: TestServer;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  server = await startTestServer();
  for (const u of ['admin', 'inspector']) tokens[u] = await server.login(u);
});
afterAll(() => server?.stop());

const CREATE = `mutation ($u: String!, $d: String!, $p: String!, $r: [Role!]!, $g: [ID!]!, $c: [ID!], $phone: String) {
  createUser(username: $u, displayName: $d, password: $p, roles: $r, regionIds: $g, countyIds: $c, phone: $phone) {
    id username mustChangePassword active phoneMasked roles regions { id } counties { id } } }`;
const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token user { mustChangePassword } } }';
const GOOD = 'Zhang#2027-start';
let serial = 0;
const newUser = (overrides: Record<string, unknown> = {}) => ({
  u: `user${++serial}`,
  d: '测试用户',
  p: GOOD,
  r: ['inspector'],
  g: ['qinhuangdao'],
  ...overrides,
});
async function create(overrides: Record<string, unknown> = {}, token = tokens.admin) {
  return server.graphql(CREATE, newUser(overrides), token);
}
async function login(u: string, p: string) {
  return server.graphql(LOGIN, { u, p });
}
async function signedIn(u: string, p: string): Promise<string> {
  const res = await login(u, p);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.login.token;
}
const reasonOf = (res: { errors?: { extensions: object }[] }) => (res.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason;
const auditOf = async (entityId: string) =>
  server.dataSource.query("SELECT operation, before, after FROM audit_logs WHERE entity_type = 'User' AND entity_id = $1 ORDER BY id", [
    entityId,
  ]);

describe('creating users', () => {
  it('an administrator creates a user bound to a region and a county; audited without the password, the phone masked', async () => {
    const res = await create({ u: 'Li.Ming', c: ['qhd-haigang'], phone: '13812345678' });
    expect(res.errors).toBeUndefined();
    const user = res.data?.createUser;
    expect(user).toMatchObject({
      username: 'li.ming',
      mustChangePassword: true,
      active: true,
      phoneMasked: '138****5678',
      regions: [{ id: 'qinhuangdao' }],
      counties: [{ id: 'qhd-haigang' }],
    });
    const [audit] = await auditOf(user.id);
    expect(audit.operation).toBe('create');
    expect(JSON.stringify(audit)).not.toMatch(/argon2|passwordHash|13812345678/);
    expect(audit.after).toMatchObject({ regionIds: ['qinhuangdao'], countyIds: ['qhd-haigang'], phone: '138****5678' });
  });

  it.each([
    ['fewer than ten characters', 'Ab#12345', 'PASSWORD_TOO_SHORT'],
    ['fewer than three classes', 'abcdefghijkl', 'PASSWORD_TOO_FEW_CLASSES'],
    ['the user name inside', 'Policyuser#9', 'PASSWORD_CONTAINS_USERNAME'],
    ['the demo password', 'Demo@2026', 'PASSWORD_PUBLISHED'],
  ])('the password policy refuses %s (BAD_USER_INPUT, %s), nothing written', async (_what, password, code) => {
    const before = (await server.dataSource.query('SELECT count(*)::int AS n FROM users'))[0].n;
    const res = await create({ u: 'policyuser', p: password });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PASSWORD_POLICY',
      fields: { password: expect.any(String) },
    });
    expect(((res.errors?.[0].extensions as unknown as { issues?: { code: string }[] })?.issues ?? []).map((i) => i.code)).toContain(code);
    expect((await server.dataSource.query('SELECT count(*)::int AS n FROM users'))[0].n).toBe(before);
  });

  it('refuses a taken user name (CONFLICT, DUPLICATE_USERNAME), a bad one, no role, no region', async () => {
    expect((await create({ u: 'inspector' })).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE_USERNAME' });
    const bad = await create({ u: '1x', r: [], d: ' ' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(Object.keys(bad.errors?.[0].extensions.fields ?? {}).sort()).toEqual(['displayName', 'roles', 'username']);
    expect((await create({ g: [] })).errors?.[0].extensions.fields).toHaveProperty('regionIds');
  });

  it('refuses a county outside the chosen regions (BAD_USER_INPUT) and a region not the administrator’s (FORBIDDEN)', async () => {
    expect((await create({ c: ['tmsk-r44'] })).errors?.[0].extensions.fields).toHaveProperty('countyIds');
    const matrixAdmin = await create({ u: 'qhdadmin', r: ['admin'] });
    const token = await changedPassword('qhdadmin', GOOD);
    expect(matrixAdmin.errors).toBeUndefined();
    expect((await create({ g: ['tumxuk'] }, token)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

/** Sign in with the initial password and change it: the token of a user who may work. */
async function changedPassword(username: string, initial: string, next = 'Fresh#2027-mine'): Promise<string> {
  const token = await signedIn(username, initial);
  const res = await server.graphql(
    'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { id } }',
    { c: initial, n: next },
    token,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return token;
}

describe('the password must be changed at the next sign-in', () => {
  const CHANGE = 'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { mustChangePassword } }';

  it('a new user sees only themself until they change it: every other operation is FORBIDDEN (PASSWORD_CHANGE_REQUIRED)', async () => {
    await create({ u: 'newcomer' });
    const signIn = await login('newcomer', GOOD);
    expect(signIn.data?.login.user.mustChangePassword).toBe(true);
    const token = signIn.data?.login.token;
    expect((await server.graphql('{ me { username mustChangePassword } }', {}, token)).data?.me).toEqual({
      username: 'newcomer',
      mustChangePassword: true,
    });
    for (const query of ['{ allInstitutions { id } }', '{ allRegions { id } }']) {
      expect((await server.graphql(query, {}, token)).errors?.[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'PASSWORD_CHANGE_REQUIRED',
      });
    }
    const exported = await fetch(`${server.url}/export/Institution`, { headers: { authorization: `Bearer ${token}` } });
    expect(exported.status).toBe(401);

    expect((await server.graphql(CHANGE, { c: 'wrong-password', n: 'Fresh#2027-mine' }, token)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'WRONG_PASSWORD',
    });
    expect(reasonOf(await server.graphql(CHANGE, { c: GOOD, n: 'newcomer#2027X' }, token))).toBe('PASSWORD_POLICY');
    expect(reasonOf(await server.graphql(CHANGE, { c: GOOD, n: GOOD }, token))).toBe('PASSWORD_UNCHANGED');
    expect((await server.graphql(CHANGE, { c: GOOD, n: 'Fresh#2027-mine' }, token)).data?.changePassword).toEqual({
      mustChangePassword: false,
    });
    expect((await server.graphql('{ allRegions { id } }', {}, token)).data?.allRegions).toEqual([{ id: 'qinhuangdao' }]);
    expect((await login('newcomer', GOOD)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('an administrator resets a password: the old one stops, the temporary one must be changed; audited', async () => {
    const id = (await create({ u: 'forgetful' })).data?.createUser.id;
    await changedPassword('forgetful', GOOD);
    const reset = await server.graphql(
      'mutation ($id: ID!, $p: String!) { resetUserPassword(id: $id, password: $p) { mustChangePassword } }',
      { id, p: 'Temp#2027-reset' },
      tokens.admin,
    );
    expect(reset.data?.resetUserPassword).toEqual({ mustChangePassword: true });
    expect((await login('forgetful', 'Fresh#2027-mine')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await login('forgetful', 'Temp#2027-reset')).data?.login.user.mustChangePassword).toBe(true);
    expect((await auditOf(id)).map((a: { operation: string }) => a.operation)).toEqual(
      expect.arrayContaining(['create', 'change_password', 'reset_password']),
    );
    const weak = await server.graphql(
      'mutation ($id: ID!) { resetUserPassword(id: $id, password: "forgetful#2027A") { id } }',
      { id },
      tokens.admin,
    );
    expect(reasonOf(weak)).toBe('PASSWORD_POLICY');
  });
});

describe('deactivation, effective at once', () => {
  const DEACTIVATE = 'mutation ($id: ID!, $r: String!) { deactivateUser(id: $id, reason: $r) { active } }';

  it('the user’s token stops answering at its next request; sign-in refused; reactivation restores it', async () => {
    const id = (await create({ u: 'leaver' })).data?.createUser.id;
    const token = await changedPassword('leaver', GOOD);
    expect((await server.graphql('{ me { id } }', {}, token)).data?.me.id).toBe(id);
    expect((await server.graphql(DEACTIVATE, { id, r: '调离岗位' }, tokens.admin)).data?.deactivateUser).toEqual({ active: false });
    expect((await server.graphql('{ me { id } }', {}, token)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await login('leaver', 'Fresh#2027-mine')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const deactivation = (await auditOf(id)).find((a: { operation: string }) => a.operation === 'deactivate');
    expect(deactivation).toMatchObject({ operation: 'deactivate', after: { active: false, reason: '调离岗位' } });
    expect((await server.graphql(DEACTIVATE, { id, r: '再次' }, tokens.admin)).errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_INACTIVE',
    });
    expect(
      (await server.graphql('mutation ($id: ID!) { reactivateUser(id: $id) { active } }', { id }, tokens.admin)).data?.reactivateUser,
    ).toEqual({
      active: true,
    });
    expect((await server.graphql('{ me { id } }', {}, token)).data?.me.id).toBe(id);
  });

  it('needs a reason (BAD_USER_INPUT)', async () => {
    const id = (await create()).data?.createUser.id;
    expect((await server.graphql(DEACTIVATE, { id, r: '  ' }, tokens.admin)).errors?.[0].extensions.fields).toHaveProperty('reason');
  });
});

describe('the last active administrator stays (CONFLICT, LAST_ADMINISTRATOR)', () => {
  const DEACTIVATE = 'mutation ($id: ID!) { deactivateUser(id: $id, reason: "测试") { active } }';
  const DEMOTE = 'mutation ($id: ID!) { updateUser(id: $id, roles: [inspector]) { roles } }';
  const adminIds = async (): Promise<string[]> =>
    (await server.dataSource.query("SELECT id FROM users WHERE active AND roles @> ARRAY['admin']")).map((r: { id: string }) => r.id);

  it('an administrator can neither deactivate nor demote the last one, themself included', async () => {
    // leave one: the demo admin (the test-created qhdadmin goes first)
    const [demoAdmin] = (await server.dataSource.query("SELECT id FROM users WHERE username = 'admin'")).map((r: { id: string }) => r.id);
    for (const id of (await adminIds()).filter((i) => i !== demoAdmin)) {
      expect((await server.graphql(DEACTIVATE, { id }, tokens.admin)).errors).toBeUndefined();
    }
    for (const doc of [DEACTIVATE, DEMOTE]) {
      const res = await server.graphql(doc, { id: demoAdmin }, tokens.admin);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_ADMINISTRATOR' });
    }
    expect(await adminIds()).toEqual([demoAdmin]);
  });

  it('two administrators deactivating each other at once: exactly one succeeds, one administrator remains', async () => {
    const second = (await create({ u: 'secondadmin', r: ['admin'], g: ['qinhuangdao', 'tumxuk'] })).data?.createUser.id;
    const secondToken = await changedPassword('secondadmin', GOOD);
    const [demoAdmin] = (await server.dataSource.query("SELECT id FROM users WHERE username = 'admin'")).map((r: { id: string }) => r.id);
    const results = await Promise.all([
      server.graphql(DEACTIVATE, { id: second }, tokens.admin),
      server.graphql(DEACTIVATE, { id: demoAdmin }, secondToken),
    ]);
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    const refused = results.find((r) => r.errors)!;
    expect(reasonOf(refused)).toBe('LAST_ADMINISTRATOR');
    expect(await adminIds()).toHaveLength(1);
    // put the demo administrator back for the tests below
    await server.dataSource.query("UPDATE users SET active = true WHERE username = 'admin'");
  });
});

describe('assignments and the list', () => {
  it('an administrator of one region changes only that region’s assignment; the other region’s stays', async () => {
    const both = (await create({ u: 'bothregions', g: ['qinhuangdao', 'tumxuk'], c: ['tmsk-r51'] })).data?.createUser.id;
    await create({ u: 'qhdonlyadmin', r: ['admin'] });
    const token = await changedPassword('qhdonlyadmin', GOOD);
    const res = await server.graphql(
      'mutation ($id: ID!) { updateUser(id: $id, regionIds: ["qinhuangdao"], countyIds: ["qhd-changli"]) { regions { id } counties { id } } }',
      { id: both },
      token,
    );
    expect(res.errors).toBeUndefined();
    // shown: only what the caller may see
    expect(res.data?.updateUser).toEqual({ regions: [{ id: 'qinhuangdao' }], counties: [{ id: 'qhd-changli' }] });
    const rows = await server.dataSource.query(
      'SELECT ARRAY(SELECT region_id FROM user_regions WHERE user_id = $1 ORDER BY 1) AS r, ARRAY(SELECT county_id FROM user_counties WHERE user_id = $1 ORDER BY 1) AS c',
      [both],
    );
    expect(rows[0]).toEqual({ r: ['qinhuangdao', 'tumxuk'], c: ['qhd-changli', 'tmsk-r51'] });
  });

  it('filters and sorts in SQL: role, active, region, county, text; count agrees', async () => {
    const LIST = `query ($f: UserFilter, $s: UserSortField, $o: SortOrder) {
      allUsers(filter: $f, sortField: $s, sortOrder: $o, perPage: 100) { username displayName active }
      _allUsersMeta(filter: $f) { count } }`;
    const inspectors = await server.graphql(LIST, { f: { role: 'inspector', active: true }, s: 'username', o: 'DESC' }, tokens.admin);
    const names = inspectors.data?.allUsers.map((u: { username: string }) => u.username);
    expect(names).toContain('inspector');
    expect(names).toEqual([...names].sort().reverse());
    expect(inspectors.data?._allUsersMeta.count).toBe(names.length);
    const county = await server.graphql(LIST, { f: { countyId: 'qhd-haigang' } }, tokens.admin);
    expect(county.data?.allUsers.map((u: { username: string }) => u.username)).toEqual(
      expect.arrayContaining(['haigang_officer', 'li.ming']),
    );
    const text = await server.graphql(LIST, { f: { q: '稽核' } }, tokens.admin);
    expect(text.data?.allUsers.map((u: { username: string }) => u.username)).toEqual(['inspector']);
    expect((await server.graphql(LIST, { f: { regionId: 'elsewhere' } }, tokens.admin)).data?._allUsersMeta.count).toBe(0);
  });

  it('a non-administrator may not list, create or change users (FORBIDDEN)', async () => {
    expect((await server.graphql('{ allUsers { id } }', {}, tokens.inspector)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await create({}, tokens.inspector)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('sign-in history', () => {
  it('shows each sign-in and failed sign-in with the address, newest first', async () => {
    const id = (await create({ u: 'historian' })).data?.createUser.id;
    await login('historian', 'wrong-password');
    await signedIn('historian', GOOD);
    const res = await server.graphql('query ($id: ID!) { User(id: $id) { signIns { at success address } } }', { id }, tokens.admin);
    const events = res.data?.User.signIns as { success: boolean; address: string; at: string }[];
    expect(events.map((e) => e.success)).toEqual([true, false]);
    expect(events[0].address).toMatch(/127\.0\.0\.1|::1/);
    expect(new Date(events[0].at) >= new Date(events[1].at)).toBe(true);
  });
});

describe('explicit nulls', () => {
  it('updateUser with displayName: null keeps the name (as if not sent), never a 500', async () => {
    const id = (await create({ u: 'nullname' })).data?.createUser.id;
    const res = await server.graphql(
      'mutation ($id: ID!) { updateUser(id: $id, displayName: null) { displayName } }',
      { id },
      tokens.admin,
    );
    expect(res.data?.updateUser).toEqual({ displayName: '测试用户' });
    const none = await server.graphql('mutation { updateUser(id: "", displayName: null) { id } }', {}, tokens.admin);
    expect(none.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});
