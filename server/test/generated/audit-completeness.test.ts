import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/modules/auth/roles.js';
import { declaredRoles, matrixTokens } from '../support/matrix-users.js';
import { Fixtures, operationCases } from '../support/operations.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** Every mutation of the catalogue (which covers the schema: see the matrix), called once. */
let server: TestServer;
let tokens: Map<Role, string>;
let fx: Fixtures;
beforeAll(async () => {
  server = await startTestServer();
  tokens = await matrixTokens(server);
  fx = new Fixtures(server.dataSource);
});
afterAll(() => server?.stop());

const mutations = [...operationCases].filter(([, op]) => op.document.trimStart().startsWith('mutation'));
/** What a refused mutation must leave as it was. */
const BUSINESS_ROWS = `SELECT (SELECT md5(string_agg(i::text, '' ORDER BY i.id)) FROM institutions i) AS institutions,
  (SELECT md5(string_agg(c::text, '' ORDER BY c.year)) FROM calendar_years c) AS calendar,
  (SELECT md5(string_agg(p::text, '' ORDER BY p.region_id, p.valid_from)) FROM policy_overrides p) AS overrides`;
const auditRows = async () => (await server.dataSource.query('SELECT count(*)::int AS n FROM audit_logs'))[0].n as number;
const tokenFor = (name: string) => {
  const roles = declaredRoles().get(name);
  return roles ? tokens.get(roles.includes('admin' as Role) ? ('admin' as Role) : roles[0]) : undefined;
};

describe('audit completeness', () => {
  it('the catalogue has every mutation, each with a case of bad input (login: a wrong password)', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(6);
    expect(mutations.filter(([name, op]) => !op.invalid && name !== 'login').map(([name]) => name)).toEqual([]);
  });

  it.each(mutations.map(([name]) => name))('%s, successful: exactly one audit row, written with the change', async (name) => {
    const op = operationCases.get(name)!;
    const before = await auditRows();
    const res = await server.graphql(op.document, await op.own(fx), tokenFor(name));
    expect(res.errors).toBeUndefined();
    expect((await auditRows()) - before).toBe(1);
  });

  it.each(mutations.filter(([, op]) => op.invalid).map(([name]) => name))('%s, refused: no audit row and nothing changed', async (name) => {
    const op = operationCases.get(name)!;
    const variables = await op.invalid!(fx);
    const before = await auditRows();
    const snapshot = await server.dataSource.query(BUSINESS_ROWS);
    const res = await server.graphql(op.document, variables, tokenFor(name));
    expect(res.errors?.[0].extensions.code).toMatch(/BAD_USER_INPUT|NOT_FOUND/);
    expect(await auditRows()).toBe(before);
    expect(await server.dataSource.query(BUSINESS_ROWS)).toEqual(snapshot);
  });
});
