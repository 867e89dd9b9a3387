import { creditCodeCheckChar } from '@ltci/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server.js';

/** Issue 8, defect 3: an institution is deactivated with a reason, never deleted; its kind is fixed once used. */
let server: TestServer;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  server = await startTestServer();
  for (const u of ['admin', 'agency_officer', 'inspector']) tokens[u] = await server.login(u);
});
afterAll(() => server?.stop());

let serial = 9_500_000;
function newCreditCode(): string {
  const first17 = `91130300MA${String(serial++).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

const CREATE = `mutation ($c: String!, $n: String!) { createInstitution(kind: assessment, name: $n, creditCode: $c,
  legalRepresentative: "测试人", address: "秦皇岛市海港区测试路8号", regionId: "qinhuangdao") { id version state } }`;
const TRANSITION = `mutation ($id: ID!, $a: InstitutionAction!, $v: Int!, $r: String) {
  transitionInstitution(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state version } }`;
const SHOW = `query ($id: ID!) { Institution(id: $id) { state version history { action fromState toState actorName reason }
  allowedActions { action enabled blockedBy needsReason } } }`;
const LIST =
  'query ($f: InstitutionFilter) { allInstitutions(perPage: 1000, filter: $f) { id state } _allInstitutionsMeta(filter: $f) { count } }';
const AGREEMENT = `mutation ($i: ID!, $n: String!) { createServiceAgreement(institutionId: $i, number: $n, startDate: "2026-07-01", endDate: "2027-06-30") { id version } }`;

async function newInstitution(name = '停用测试评估中心'): Promise<string> {
  const res = await server.graphql(CREATE, { c: newCreditCode(), n: name }, tokens.agency_officer);
  expect(res.errors).toBeUndefined();
  return res.data?.createInstitution.id;
}

describe('deactivating an institution (issue 8, defect 3)', () => {
  it('Product rule: deactivated with a reason, it stays: in the history, the audit trail and the list filtered by state', async () => {
    const id = await newInstitution('停用测试护理评估中心');
    const before = await server.graphql(SHOW, { id }, tokens.agency_officer);
    expect(before.data?.Institution).toMatchObject({ state: 'active', version: 1, history: [] });
    expect(before.data?.Institution.allowedActions).toEqual([
      { action: 'deactivate', enabled: true, blockedBy: [], needsReason: true },
      { action: 'reactivate', enabled: false, blockedBy: ['TRANSITION_NOT_ALLOWED'], needsReason: true },
    ]);

    const off = await server.graphql(TRANSITION, { id, a: 'deactivate', v: 1, r: '机构申请注销' }, tokens.agency_officer);
    expect(off.data?.transitionInstitution).toEqual({ id, state: 'inactive', version: 2 });
    const after = await server.graphql(SHOW, { id }, tokens.agency_officer);
    expect(after.data?.Institution.history).toEqual([
      { action: 'deactivate', fromState: 'active', toState: 'inactive', actorName: 'agency_officer', reason: '机构申请注销' },
    ]);
    const open = after.data?.Institution.allowedActions.filter((a: { enabled: boolean }) => a.enabled);
    expect(open.map((a: { action: string }) => a.action)).toEqual(['reactivate']);

    const inactive = await server.graphql(LIST, { f: { state: 'inactive' } }, tokens.agency_officer);
    expect(inactive.data?.allInstitutions.map((i: { id: string }) => i.id)).toContain(id);
    const active = await server.graphql(LIST, { f: { state: 'active' } }, tokens.agency_officer);
    expect(active.data?.allInstitutions.map((i: { id: string }) => i.id)).not.toContain(id);
    const all = await server.graphql(LIST, {}, tokens.agency_officer);
    expect(all.data?.allInstitutions.map((i: { id: string }) => i.id)).toContain(id);
    const [counted] = await server.dataSource.query(
      "SELECT count(*)::int AS n FROM institutions WHERE region_id = 'qinhuangdao' AND state = 'inactive'",
    );
    expect(inactive.data?._allInstitutionsMeta.count).toBe(counted.n);

    const audit = await server.dataSource.query("SELECT after FROM audit_logs WHERE entity_id = $1 AND operation = 'transition'", [id]);
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({ state: 'inactive', action: 'deactivate', reason: '机构申请注销' });
  });

  it('Product rule: no reason, no deactivation (BAD_USER_INPUT, REASON_REQUIRED), nothing written', async () => {
    const id = await newInstitution();
    const res = await server.graphql(TRANSITION, { id, a: 'deactivate', v: 1, r: '   ' }, tokens.agency_officer);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REASON_REQUIRED' });
    const [row] = await server.dataSource.query('SELECT state, version FROM institutions WHERE id = $1', [id]);
    expect(row).toEqual({ state: 'active', version: 1 });
  });

  it('a stale version is CONFLICT / STALE_VERSION; deactivating twice is TRANSITION_NOT_ALLOWED', async () => {
    const id = await newInstitution();
    await server.graphql('mutation ($id: ID!) { updateInstitution(id: $id, name: "停用测试评估中心（改）") { id } }', { id }, tokens.admin);
    const stale = await server.graphql(TRANSITION, { id, a: 'deactivate', v: 1, r: '注销' }, tokens.admin);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    expect((await server.graphql(TRANSITION, { id, a: 'deactivate', v: 2, r: '注销' }, tokens.admin)).errors).toBeUndefined();
    const twice = await server.graphql(TRANSITION, { id, a: 'deactivate', v: 3, r: '注销' }, tokens.admin);
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TRANSITION_NOT_ALLOWED' });
  });

  it('Xinjiang art. 24–25: not while an agreement is in force (AGREEMENT_IN_FORCE)', async () => {
    const id = await newInstitution();
    const a = (await server.graphql(AGREEMENT, { i: id, n: `停用测〔2026〕${serial++}号` }, tokens.agency_officer)).data
      ?.createServiceAgreement;
    await server.dataSource.query("UPDATE service_agreements SET state = 'active' WHERE id = $1", [a.id]);
    const shown = await server.graphql(SHOW, { id }, tokens.agency_officer);
    expect(shown.data?.Institution.allowedActions[0]).toEqual({
      action: 'deactivate',
      enabled: false,
      blockedBy: ['AGREEMENT_IN_FORCE'],
      needsReason: true,
    });
    const res = await server.graphql(TRANSITION, { id, a: 'deactivate', v: 1, r: '注销' }, tokens.agency_officer);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'AGREEMENT_IN_FORCE' });
  });

  it('Product rule: a deactivated institution gets no new agreement (CONFLICT, INSTITUTION_INACTIVE) nor puts a draft in force', async () => {
    const id = await newInstitution();
    const draft = (await server.graphql(AGREEMENT, { i: id, n: `停用测〔2026〕${serial++}号` }, tokens.agency_officer)).data
      ?.createServiceAgreement;
    await server.graphql(TRANSITION, { id, a: 'deactivate', v: 1, r: '注销' }, tokens.agency_officer);
    const refused = await server.graphql(AGREEMENT, { i: id, n: `停用测〔2026〕${serial++}号` }, tokens.agency_officer);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'INSTITUTION_INACTIVE' });
    const activate = await server.graphql(
      'mutation ($id: ID!, $v: Int!) { transitionServiceAgreement(id: $id, action: activate, expectedVersion: $v) { state } }',
      { id: draft.id, v: draft.version },
      tokens.agency_officer,
    );
    expect(activate.errors?.[0].extensions).toMatchObject({ reason: 'INSTITUTION_INACTIVE' });
    // reactivated with a reason, it may again
    await server.graphql(TRANSITION, { id, a: 'reactivate', v: 2, r: '重新取得执业许可' }, tokens.agency_officer);
    expect((await server.graphql(AGREEMENT, { i: id, n: `停用测〔2026〕${serial++}号` }, tokens.agency_officer)).errors).toBeUndefined();
  });

  it('the application role cannot delete an institution row at all', async () => {
    const [{ allowed }] = await server.dataSource.query("SELECT has_table_privilege('ltci_app', 'institutions', 'DELETE') AS allowed");
    expect(allowed).toBe(false);
  });
});

describe("changing an institution's kind (Xinjiang art. 21; Qinhuangdao art. 40)", () => {
  const KIND =
    'mutation ($id: ID!, $k: InstitutionKind, $s: CareSubtype) { updateInstitution(id: $id, kind: $k, careSubtype: $s) { kind } }';

  it('Product rule: free while it has no staff and no agreement', async () => {
    const id = await newInstitution();
    const res = await server.graphql(KIND, { id, k: 'care', s: 'elderly' }, tokens.agency_officer);
    expect(res.data?.updateInstitution.kind).toBe('care');
  });

  it('Product rule: refused once it has staff (BAD_USER_INPUT, KIND_LOCKED on kind), nothing written', async () => {
    const [{ id, kind }] = await server.dataSource.query(
      "SELECT i.id, i.kind FROM institutions i WHERE i.region_id = 'qinhuangdao' AND EXISTS (SELECT 1 FROM staff s WHERE s.institution_id = i.id) LIMIT 1",
    );
    const other = kind === 'assessment' ? 'tpa' : 'assessment';
    const res = await server.graphql(KIND, { id, k: other, s: null }, tokens.admin);
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'KIND_LOCKED',
      fields: { kind: expect.stringContaining('不能变更机构类型') },
      issues: expect.arrayContaining([{ path: 'kind', code: 'KIND_LOCKED' }]),
    });
    const [row] = await server.dataSource.query('SELECT kind FROM institutions WHERE id = $1', [id]);
    expect(row.kind).toBe(kind);
  });

  it('Product rule (issue 8, defect 3): refused once it has a designation application of its kind, with no staff and no agreement', async () => {
    const id = await newInstitution('申请测试评估中心');
    // an assessment institution applying for designation (Xinjiang art. 7): the application is of its kind
    await server.dataSource.query(
      `INSERT INTO designation_applications (institution_id, region_id, round, application_date, prepared_by)
       SELECT $1, 'qinhuangdao', '2026年第一批', '2026-03-02', id FROM users WHERE username = 'admin'`,
      [id],
    );
    const res = await server.graphql(KIND, { id, k: 'care', s: 'elderly' }, tokens.agency_officer);
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'KIND_LOCKED',
      fields: { kind: '该机构已有人员、协议或申请，不能变更机构类型（人员 0 名，协议 0 份，申请 1 件）' },
    });
    const [row] = await server.dataSource.query('SELECT kind FROM institutions WHERE id = $1', [id]);
    expect(row.kind).toBe('assessment');
  });

  it('Product rule: refused once it has an agreement, even a draft', async () => {
    const id = await newInstitution();
    await server.graphql(AGREEMENT, { i: id, n: `停用测〔2026〕${serial++}号` }, tokens.agency_officer);
    const res = await server.graphql(KIND, { id, k: 'tpa', s: null }, tokens.agency_officer);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'KIND_LOCKED' });
  });
});
