import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fixtures } from './support/operations.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
let fx: Fixtures;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
beforeAll(async () => {
  server = await startTestServer();
  fx = new Fixtures(server.dataSource);
  for (const u of ['admin', 'inspector', 'agency_officer', 'fund_manager', 'tpa_staff']) tokens[u] = await server.login(u);
  for (const row of await server.dataSource.query("SELECT id, username FROM users WHERE username IN ('admin', 'inspector')"))
    ids[row.username] = row.id;
});
afterAll(() => server?.stop());

const TRANSITION = `mutation ($id: ID!, $a: AgreementAction!, $v: Int!, $r: String, $input: JSONObject) {
  transitionServiceAgreement(id: $id, action: $a, expectedVersion: $v, reason: $r, input: $input) { id state version terminationKind terminationDate } }`;
const SHOW = `query ($id: ID!) { ServiceAgreement(id: $id) { state version institution { status }
  history { action fromState toState actorName reason input trace { rule citation } }
  allowedActions { action enabled blockedBy needsReason needsInput } } }`;

type Res = Awaited<ReturnType<TestServer['graphql']>>;
const err = (res: Res) => [res.errors?.[0]?.extensions.code, (res.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason];

async function step(user: string, id: string, action: string, extra: { r?: string; input?: Record<string, unknown> } = {}) {
  const { version } = (await server.graphql(SHOW, { id }, tokens.admin)).data?.ServiceAgreement ?? {};
  return server.graphql(TRANSITION, { id, a: action, v: version, ...extra }, tokens[user]);
}
const auditRows = async (id: string) =>
  (
    await server.dataSource.query("SELECT count(*)::int AS n FROM audit_logs WHERE entity_type = 'ServiceAgreement' AND entity_id = $1", [
      id,
    ])
  )[0].n;

describe('service agreements: the workflow (Xinjiang art. 10, 12, 24–25)', () => {
  it('Xinjiang art. 10: drafted by an inspector, activated, then the institution’s status is derived from it', async () => {
    const institution = await fx.institution('qinhuangdao');
    const created = await server.graphql(
      'mutation ($i: ID!) { createServiceAgreement(institutionId: $i, number: "秦长护协〔2026〕901号", startDate: "2026-07-01", endDate: "2027-06-30") { id state version preparedBy } }',
      { i: institution },
      tokens.inspector,
    );
    const agreement = created.data?.createServiceAgreement;
    expect(agreement).toMatchObject({ state: 'draft', version: 1, preparedBy: ids.inspector });
    const activated = await step('agency_officer', agreement.id, 'activate');
    expect(activated.data?.transitionServiceAgreement).toMatchObject({ state: 'active', version: 2 });
    const shown = (await server.graphql(SHOW, { id: agreement.id }, tokens.inspector)).data?.ServiceAgreement;
    expect(shown.institution.status).toBe('active');
    expect(shown.history).toMatchObject([
      { action: 'activate', fromState: 'draft', toState: 'active', actorName: 'agency_officer', reason: null },
    ]);
    expect(shown.history[0].trace.map((t: { rule: string }) => t.rule)).toContain('workflow.decision');
    expect(await auditRows(agreement.id)).toBe(2);
  });

  it('Xinjiang art. 24–25: suspension needs a reason (REASON_REQUIRED); resumed; the timeline keeps every step in order with actor and reason', async () => {
    const { id } = await fx.agreement('qinhuangdao', 'active');
    expect(err(await step('inspector', id, 'suspend'))).toEqual(['BAD_USER_INPUT', 'REASON_REQUIRED']);
    expect(err(await step('inspector', id, 'suspend', { r: '   ' }))).toEqual(['BAD_USER_INPUT', 'REASON_REQUIRED']);
    expect((await step('inspector', id, 'suspend', { r: '护理记录与服务时长不符' })).data?.transitionServiceAgreement.state).toBe(
      'suspended',
    );
    expect((await step('admin', id, 'resume')).data?.transitionServiceAgreement.state).toBe('active');
    const history = (await server.graphql(SHOW, { id }, tokens.inspector)).data?.ServiceAgreement.history;
    expect(history.map((h: { action: string; actorName: string; reason: string | null }) => [h.action, h.actorName, h.reason])).toEqual([
      ['suspend', 'inspector', '护理记录与服务时长不符'],
      ['resume', 'admin', null],
    ]);
  });

  it('Xinjiang art. 12(二): termination is proposed by one person with its kind and date, and approved only by another (SAME_PERSON)', async () => {
    const { id } = await fx.agreement('qinhuangdao', 'active');
    const noInput = await step('inspector', id, 'propose_termination', { r: '虚构服务' });
    expect(err(noInput)[0]).toBe('BAD_USER_INPUT');
    const proposed = await step('inspector', id, 'propose_termination', {
      r: '查实虚构服务',
      input: { kind: 'violation', date: '2026-11-30' },
    });
    expect(proposed.data?.transitionServiceAgreement).toMatchObject({
      state: 'termination_pending',
      terminationKind: 'violation',
      terminationDate: '2026-11-30',
    });
    const actions = (await server.graphql(SHOW, { id }, tokens.inspector)).data?.ServiceAgreement.allowedActions;
    expect(actions.find((a: { action: string }) => a.action === 'approve_termination')).toMatchObject({
      enabled: false,
      blockedBy: ['SAME_PERSON'],
    });
    expect(err(await step('inspector', id, 'approve_termination'))).toEqual(['FORBIDDEN', 'SAME_PERSON']);
    const approved = await step('admin', id, 'approve_termination');
    expect(approved.data?.transitionServiceAgreement).toMatchObject({ state: 'terminated', terminationKind: 'violation' });
    const shown = (await server.graphql(SHOW, { id }, tokens.admin)).data?.ServiceAgreement;
    expect(shown.institution.status).toBe('terminated');
  });

  it('a rejected proposal returns the agreement to where it was (suspended stays suspended) and clears the kind and date', async () => {
    const { id } = await fx.agreement('qinhuangdao', 'suspended');
    await step('inspector', id, 'propose_termination', { r: '拟解除', input: { kind: 'severe_breach', date: '2026-12-01' } });
    expect(err(await step('admin', id, 'reject_termination'))).toEqual(['BAD_USER_INPUT', 'REASON_REQUIRED']);
    const rejected = await step('admin', id, 'reject_termination', { r: '证据不足，维持暂停' });
    expect(rejected.data?.transitionServiceAgreement).toMatchObject({ state: 'suspended', terminationKind: null, terminationDate: null });
  });

  it('refused: an action not allowed from the state (TRANSITION_NOT_ALLOWED), a role the table lacks, a stale version, another region', async () => {
    const { id } = await fx.agreement('qinhuangdao', 'draft');
    expect(err(await step('inspector', id, 'resume'))).toEqual(['CONFLICT', 'TRANSITION_NOT_ALLOWED']);
    expect(err(await step('fund_manager', id, 'activate'))[0]).toBe('FORBIDDEN');
    expect(err(await server.graphql(TRANSITION, { id, a: 'activate', v: 99 }, tokens.inspector))).toEqual(['CONFLICT', 'STALE_VERSION']);
    const other = await fx.agreement('tumxuk', 'draft');
    expect(err(await server.graphql(TRANSITION, { id: other.id, a: 'activate', v: 1 }, tokens.inspector))[0]).toBe('NOT_FOUND');
    expect(await auditRows(id)).toBe(0);
    expect((await server.dataSource.query('SELECT count(*)::int AS n FROM workflow_history WHERE record_id = $1', [id]))[0].n).toBe(0);
  });

  it('two people take a step on the same version at once: exactly one wins, the other gets CONFLICT / STALE_VERSION', async () => {
    const { id, version } = await fx.agreement('qinhuangdao', 'active');
    const results = await Promise.all([
      server.graphql(TRANSITION, { id, a: 'suspend', v: version, r: '甲：暂停' }, tokens.inspector),
      server.graphql(TRANSITION, { id, a: 'suspend', v: version, r: '乙：暂停' }, tokens.admin),
    ]);
    expect(results.map((r) => (r.errors ? err(r).join('/') : 'ok')).sort()).toEqual(['CONFLICT/STALE_VERSION', 'ok']);
    expect((await server.dataSource.query('SELECT count(*)::int AS n FROM workflow_history WHERE record_id = $1', [id]))[0].n).toBe(1);
  });

  it('Product rule: one agreement in force per institution; activation of a second is AGREEMENT_OVERLAP', async () => {
    const first = await fx.agreement('qinhuangdao', 'active');
    const [{ institution_id }] = await server.dataSource.query('SELECT institution_id FROM service_agreements WHERE id = $1', [first.id]);
    const second = await server.graphql(
      'mutation ($i: ID!) { createServiceAgreement(institutionId: $i, number: "秦长护协〔2027〕902号", startDate: "2027-07-01", endDate: "2028-06-30") { id version } }',
      { i: institution_id },
      tokens.inspector,
    );
    const res = await step('inspector', second.data?.createServiceAgreement.id, 'activate');
    expect(err(res)).toEqual(['BAD_USER_INPUT', 'AGREEMENT_OVERLAP']);
  });

  it('Xinjiang art. 10: an agreement past its end expires; one still in its term cannot be expired', async () => {
    const { id } = await fx.agreement('qinhuangdao', 'active');
    expect(err(await step('inspector', id, 'expire'))).toEqual(['BAD_USER_INPUT', 'AGREEMENT_NOT_ENDED']);
    await server.dataSource.query("UPDATE service_agreements SET start_date = '2025-01-01', end_date = '2025-12-31' WHERE id = $1", [id]);
    expect((await step('inspector', id, 'expire')).data?.transitionServiceAgreement.state).toBe('expired');
  });

  it('the state is never an editable field: only a draft’s number and term change, with its version', async () => {
    const { id, version } = await fx.agreement('qinhuangdao', 'active');
    const res = await server.graphql(
      'mutation ($id: ID!, $v: Int!) { updateServiceAgreement(id: $id, expectedVersion: $v, endDate: "2027-05-31") { id } }',
      { id, v: version },
      tokens.inspector,
    );
    expect(err(res)).toEqual(['CONFLICT', 'NOT_A_DRAFT']);
    const withState = await server.graphql(
      'mutation ($id: ID!) { updateServiceAgreement(id: $id, expectedVersion: 1, state: active) { id } }',
      { id },
      tokens.inspector,
    );
    expect(err(withState)[0]).toBe('BAD_USER_INPUT');
    const institution = await server.graphql(
      'mutation ($id: ID!) { updateInstitution(id: $id, status: active) { id } }',
      { id },
      tokens.inspector,
    );
    expect(err(institution)[0]).toBe('BAD_USER_INPUT');
  });

  it('the demo data: every designated demo institution’s status matches its agreement, and the seeded history reads', async () => {
    const rows = await server.dataSource.query(
      `SELECT i.status, a.state FROM institutions i LEFT JOIN service_agreements a ON a.institution_id = i.id WHERE i.name <> '矩阵测试评估中心'`,
    );
    const mismatched = rows.filter((r: { status: string; state: string | null }) => {
      const expected = { active: 'active', suspended: 'suspended', terminated: 'terminated', draft: 'none' }[r.state ?? 'draft'] ?? 'none';
      return r.status !== expected && r.state !== null;
    });
    expect(mismatched).toEqual([]);
    const list = await server.graphql(
      '{ allServiceAgreements(perPage: 100, filter: { state: terminated }) { number state history { action actorName } } }',
      {},
      tokens.inspector,
    );
    expect(list.data?.allServiceAgreements.length).toBeGreaterThan(0);
    expect(list.data?.allServiceAgreements[0].history.map((h: { action: string }) => h.action)).toEqual([
      'activate',
      'propose_termination',
      'approve_termination',
    ]);
  });
});

describe('derived figures stored with their trace (issue 7, item 9)', () => {
  it('the institution’s status derived from its agreements is stored with the trace that explains it', async () => {
    const { id } = await fx.agreement('qinhuangdao', 'draft');
    await step('agency_officer', id, 'activate');
    const res = await server.graphql('query ($id: ID!) { ServiceAgreement(id: $id) { institution { id } } }', { id }, tokens.admin);
    const institutionId = res.data?.ServiceAgreement.institution.id;
    const shown = await server.graphql(
      'query ($id: ID!) { Institution(id: $id) { status statusTrace { rule citation output } } }',
      { id: institutionId },
      tokens.admin,
    );
    expect(shown.data?.Institution.status).toBe('active');
    const rules = shown.data?.Institution.statusTrace.map((s: { rule: string }) => s.rule);
    expect(rules).toContain('agreements.institutionStatus');
  });
});
