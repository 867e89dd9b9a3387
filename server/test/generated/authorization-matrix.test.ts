import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/modules/auth/roles.js';
import { declaredRoles, matrixTokens, ROLES } from '../support/matrix-users.js';
import { Fixtures, operationCases } from '../support/operations.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * Every query and mutation of the schema × every role × own region / another region, generated
 * from the schema and what each operation declares: 0 unexpected allows, and no other region's
 * row revealed.
 */
let server: TestServer;
let tokens: Map<Role, string>;
let fx: Fixtures;
beforeAll(async () => {
  server = await startTestServer();
  tokens = await matrixTokens(server);
  fx = new Fixtures(server.dataSource);
});
afterAll(() => server?.stop());

type Response = Awaited<ReturnType<TestServer['graphql']>>;
const codeOf = (res: Response) => res.errors?.[0]?.extensions.code;
const denied = (res: Response) => codeOf(res) === 'FORBIDDEN' || codeOf(res) === 'UNAUTHENTICATED';
/** Another region's data is neither shown nor counted: an error, an empty list or a count of 0. */
function revealsNothing(res: Response): boolean {
  if (res.errors?.length) return ['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'].includes(String(codeOf(res)));
  const value = Object.values(res.data ?? {})[0];
  return (Array.isArray(value) && value.length === 0) || (value as { count?: number })?.count === 0;
}

/** Each role's pass walks every operation of the catalogue, which grows with every module: not the default 30 s. */
const MATRIX_TIMEOUT = 120_000;

describe('authorization matrix', () => {
  it('every operation of the schema has a case in the catalogue and declares who may call it', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const schema = await server.graphql(getIntrospectionQuery(), {}, tokens.get('admin' as Role));
    const types = (schema.data?.__schema.types ?? []) as { name: string; fields: { name: string }[] | null }[];
    const operations = types.filter((t) => t.name === 'Query' || t.name === 'Mutation').flatMap((t) => (t.fields ?? []).map((f) => f.name));
    expect(operations.filter((op) => !operationCases.has(op))).toEqual([]);
    expect([...operationCases.keys()].filter((op) => !operations.includes(op))).toEqual([]);
    const declared = declaredRoles();
    expect(operations.filter((op) => !declared.has(op))).toEqual([]);
  });

  it('without a token, every operation but login is UNAUTHENTICATED', async () => {
    const unexpected: string[] = [];
    for (const [name, op] of operationCases) {
      if (name === 'login') continue;
      const res = await server.graphql(op.document, await op.own(fx));
      if (codeOf(res) !== 'UNAUTHENTICATED') unexpected.push(`${name}: ${codeOf(res) ?? 'allowed'}`);
    }
    expect(unexpected).toEqual([]);
  });

  it.each(ROLES)(
    'as %s, in its own region: allowed exactly where declared',
    async (role) => {
      const unexpected: string[] = [];
      for (const [name, op] of operationCases) {
        const allowed = declaredRoles().get(name)?.includes(role) ?? true;
        const res = await server.graphql(op.document, await op.own(fx), tokens.get(role));
        if (allowed === denied(res)) unexpected.push(`${name}: expected ${allowed ? 'allow' : 'deny'}, got ${codeOf(res) ?? 'allowed'}`);
        if (allowed && res.errors) unexpected.push(`${name}: allowed but failed with ${codeOf(res)}: ${res.errors[0].message}`);
      }
      expect(unexpected).toEqual([]);
    },
    MATRIX_TIMEOUT,
  );

  it.each(ROLES)(
    'as %s, aimed at another region: denied or empty, never revealed, nothing written',
    async (role) => {
      const leaks: string[] = [];
      for (const [name, op] of operationCases) {
        if (!op.other) continue;
        const audits = await server.dataSource.query(
          "SELECT count(*)::int AS n FROM audit_logs WHERE region_id = $1 AND username <> 'fixture'",
          ['tumxuk'],
        );
        const res = await server.graphql(op.document, await op.other(fx), tokens.get(role));
        if (!revealsNothing(res)) leaks.push(`${name}: ${JSON.stringify(res.data)}`);
        const after = await server.dataSource.query(
          "SELECT count(*)::int AS n FROM audit_logs WHERE region_id = $1 AND username <> 'fixture'",
          ['tumxuk'],
        );
        if (after[0].n !== audits[0].n) leaks.push(`${name}: wrote into another region`);
      }
      expect(leaks).toEqual([]);
    },
    MATRIX_TIMEOUT,
  );
});
