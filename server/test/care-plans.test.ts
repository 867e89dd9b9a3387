import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fixtures } from './support/operations.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
let fx: Fixtures;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  server = await startTestServer();
  fx = new Fixtures(server.dataSource);
  for (const u of ['admin', 'agency_officer', 'tpa_staff', 'inspector']) tokens[u] = await server.login(u);
});
afterAll(() => server?.stop());

const CREATE = `mutation ($c: ID!, $i: ID!, $m: CareMode!, $items: [String!]!, $f: Int!, $s: String!) {
  createCarePlan(claimantId: $c, institutionId: $i, careMode: $m, careSubtype: "居家上门", items: $items, frequencyPerWeek: $f, startDate: $s,
    grade: 4, conclusionOn: "2026-06-20") { id state version } }`;
const STEP = `mutation ($id: ID!, $a: CarePlanAction!, $v: Int!, $r: String) {
  transitionCarePlan(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state version endDate } }`;
type Res = Awaited<ReturnType<TestServer['graphql']>>;
const err = (res: Res) => [res.errors?.[0]?.extensions.code, (res.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason];

async function designatedInstitution(region: 'qinhuangdao' | 'tumxuk' = 'qinhuangdao'): Promise<string> {
  const { id } = await fx.agreement(region, 'active');
  return (await server.dataSource.query('SELECT institution_id FROM service_agreements WHERE id = $1', [id]))[0].institution_id;
}

describe('care plans (Qinhuangdao art. 30)', () => {
  it('Qinhuangdao art. 30, 62: drafted by the TPA (Tumxuk), accepted (备案) by the agency, then ended with a reason; audit kept', async () => {
    const claimant = await fx.claimant('tumxuk');
    const institution = await designatedInstitution('tumxuk');
    const vars = { c: claimant.id, i: institution, m: 'home', items: ['H01', 'H02'], f: 3, s: '2026-07-01' };
    const made = await server.graphql(CREATE, vars, tokens.tpa_staff);
    expect(made.errors).toBeUndefined();
    const drafted = made.data?.createCarePlan;
    expect(drafted).toMatchObject({ state: 'drafted', version: 1 });
    expect(err(await server.graphql(STEP, { id: drafted.id, a: 'accept', v: 1 }, tokens.tpa_staff))[0]).toBe('FORBIDDEN');
    const accepted = await server.graphql(STEP, { id: drafted.id, a: 'accept', v: 1 }, tokens.admin);
    expect(accepted.data?.transitionCarePlan).toMatchObject({ state: 'accepted', version: 2 });
    expect(err(await server.graphql(STEP, { id: drafted.id, a: 'end', v: 2 }, tokens.admin))[0]).toBe('BAD_USER_INPUT');
    const ended = await server.graphql(STEP, { id: drafted.id, a: 'end', v: 2, r: '参保人转入机构护理' }, tokens.admin);
    expect(ended.data?.transitionCarePlan.state).toBe('ended');
    const audits = await server.dataSource.query(
      "SELECT operation FROM audit_logs WHERE entity_type = 'CarePlan' AND entity_id = $1 ORDER BY id",
      [drafted.id],
    );
    expect(audits.map((a: { operation: string }) => a.operation)).toEqual(['create', 'transition', 'transition']);
  });

  it('fourEyes: the agency officer who drafted a plan cannot accept it (SAME_PERSON)', async () => {
    const claimant = await fx.claimant('qinhuangdao');
    const vars = { c: claimant.id, i: await designatedInstitution(), m: 'home', items: ['H01'], f: 2, s: '2026-07-01' };
    const drafted = (await server.graphql(CREATE, vars, tokens.agency_officer)).data?.createCarePlan;
    const refused = await server.graphql(STEP, { id: drafted.id, a: 'accept', v: 1 }, tokens.agency_officer);
    expect(JSON.stringify(refused.errors?.[0]?.extensions)).toContain('SAME_PERSON');
    expect((await server.graphql(STEP, { id: drafted.id, a: 'accept', v: 1 }, tokens.admin)).data?.transitionCarePlan.state).toBe(
      'accepted',
    );
  });

  it('Qinhuangdao art. 30: only one accepted plan per claimant (CARE_PLAN_ALREADY_ACCEPTED); an undesignated institution is refused at drafting, nothing written, and at acceptance', async () => {
    const claimant = await fx.claimant('qinhuangdao');
    const institution = await designatedInstitution();
    const vars = { c: claimant.id, i: institution, m: 'home', items: ['H01'], f: 2, s: '2026-07-01' };
    const first = (await server.graphql(CREATE, vars, tokens.admin)).data?.createCarePlan;
    const second = (await server.graphql(CREATE, { ...vars, s: '2026-08-01' }, tokens.admin)).data?.createCarePlan;
    await server.graphql(STEP, { id: first.id, a: 'accept', v: 1 }, tokens.agency_officer);
    const refused = await server.graphql(STEP, { id: second.id, a: 'accept', v: 1 }, tokens.agency_officer);
    expect(JSON.stringify(refused.errors?.[0]?.extensions)).toContain('CARE_PLAN_ALREADY_ACCEPTED');
    const other = (await fx.claimant('qinhuangdao')).id;
    const bare = await server.graphql(CREATE, { ...vars, c: other, i: await fx.institution('qinhuangdao') }, tokens.admin);
    expect(JSON.stringify(bare.errors?.[0]?.extensions)).toContain('INSTITUTION_NOT_DESIGNATED');
    expect((await server.dataSource.query('SELECT count(*)::int AS n FROM care_plans WHERE claimant_id = $1', [other]))[0].n).toBe(0);
    // an agreement that ends between drafting and acceptance: the acceptance is refused too
    const lapsing = await designatedInstitution();
    const drafted = (await server.graphql(CREATE, { ...vars, c: other, i: lapsing }, tokens.admin)).data?.createCarePlan;
    await server.dataSource.query("UPDATE service_agreements SET state = 'terminated' WHERE institution_id = $1", [lapsing]);
    const undesignated = await server.graphql(STEP, { id: drafted.id, a: 'accept', v: 1 }, tokens.agency_officer);
    expect(JSON.stringify(undesignated.errors?.[0]?.extensions)).toContain('INSTITUTION_NOT_DESIGNATED');
  });

  it('Qinhuangdao art. 30: items outside the national catalogue and a frequency of 0 are refused, nothing written', async () => {
    const claimant = await fx.claimant('qinhuangdao');
    const vars = { c: claimant.id, i: await designatedInstitution(), m: 'home', items: ['X99'], f: 0, s: '2026-07-01' };
    const res = await server.graphql(CREATE, vars, tokens.agency_officer);
    expect(err(res)[0]).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors?.[0]?.extensions)).toContain('NOT_IN_CATALOGUE');
    expect((await server.dataSource.query('SELECT count(*)::int AS n FROM care_plans WHERE claimant_id = $1', [claimant.id]))[0].n).toBe(0);
  });
});
