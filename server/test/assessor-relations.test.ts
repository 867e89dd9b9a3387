import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fixtures } from './support/operations.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
let fx: Fixtures;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  server = await startTestServer();
  fx = new Fixtures(server.dataSource);
  for (const u of ['agency_officer', 'tpa_staff', 'inspector']) tokens[u] = await server.login(u);
});
afterAll(() => server?.stop());

const DECLARE = 'mutation ($s: ID!, $c: ID!, $r: String!) { declareAssessorRelation(staffId: $s, claimantId: $c, relation: $r) { id } }';
const LIST = 'query ($s: ID!) { assessorRelations(staffId: $s) { id claimantId relation } }';
const expert = async (region: string) =>
  (await server.dataSource.query("SELECT id FROM staff WHERE region_id = $1 AND role = 'expert' ORDER BY id LIMIT 1", [region]))[0]
    .id as string;

describe('assessor relations (Qinhuangdao art. 20: 与评估对象有亲属关系或利害关系的应当回避)', () => {
  it('Qinhuangdao art. 20: an officer records an assessor’s declared relation — listed on the assessor, audited; the same one twice is DUPLICATE_RELATION, a blank one REQUIRED, nothing written', async () => {
    const s = await expert('qinhuangdao');
    const c = (await fx.claimant('qinhuangdao')).id;
    const made = await server.graphql(DECLARE, { s, c, r: '  表兄弟  ' }, tokens.agency_officer);
    expect(made.errors).toBeUndefined();
    const listed = (await server.graphql(LIST, { s }, tokens.agency_officer)).data?.assessorRelations;
    expect(listed).toContainEqual({ id: made.data?.declareAssessorRelation.id, claimantId: c, relation: '表兄弟' });
    const [audit] = await server.dataSource.query(
      "SELECT operation, region_id, after->>'relation' AS relation FROM audit_logs WHERE entity_type = 'AssessorRelation' AND entity_id = $1",
      [made.data?.declareAssessorRelation.id],
    );
    expect(audit).toEqual({ operation: 'create', region_id: 'qinhuangdao', relation: '表兄弟' });
    const before = (await server.dataSource.query('SELECT count(*)::int AS n FROM assessor_relations'))[0].n;
    expect((await server.graphql(DECLARE, { s, c, r: '邻居' }, tokens.agency_officer)).errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'DUPLICATE_RELATION',
    });
    const blank = await server.graphql(DECLARE, { s, c: (await fx.claimant('qinhuangdao')).id, r: ' ' }, tokens.agency_officer);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'relation', code: 'REQUIRED' }] });
    expect((await server.dataSource.query('SELECT count(*)::int AS n FROM assessor_relations'))[0].n).toBe(before);
  });

  it('scope: an officer of Qinhuangdao neither reads nor records a Tumxuk assessor’s relations; the inspector may read but not record', async () => {
    const tmx = await expert('tumxuk');
    expect((await server.graphql(LIST, { s: tmx }, tokens.agency_officer)).errors?.[0].extensions.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    const c = (await fx.claimant('tumxuk')).id;
    expect((await server.graphql(DECLARE, { s: tmx, c, r: '同事' }, tokens.agency_officer)).errors?.[0].extensions.code).toMatch(
      /FORBIDDEN|NOT_FOUND/,
    );
    const qhd = await expert('qinhuangdao');
    expect((await server.graphql(LIST, { s: qhd }, tokens.inspector)).errors).toBeUndefined();
    const inspectorDeclares = await server.graphql(
      DECLARE,
      { s: qhd, c: (await fx.claimant('qinhuangdao')).id, r: '同学' },
      tokens.inspector,
    );
    expect(inspectorDeclares.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
