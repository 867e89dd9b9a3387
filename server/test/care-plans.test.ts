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

const CREATE = `mutation ($c: ID!, $i: ID!, $m: CareMode!, $items: [CarePlanItemInput!]!, $s: String!, $k: ID!) {
  createCarePlan(claimantId: $c, institutionId: $i, careMode: $m, careSubtype: "居家上门", items: $items, startDate: $s,
    conclusionId: $k) { id state version grade conclusionId conclusionOn itemFrequencies { code timesPerMonth } frequencyPerWeek } }`;
const item = (code: string, timesPerMonth: number) => ({ code, timesPerMonth });
/** A claimant of the region with a final grade-4 conclusion (letter 2026-06-20). */
async function concluded(region: 'qinhuangdao' | 'tumxuk' = 'qinhuangdao', grade = 4) {
  const c = await fx.claimant(region);
  return { c: c.id, k: await fx.finalConclusion(c.id, grade) };
}
const STEP = `mutation ($id: ID!, $a: CarePlanAction!, $v: Int!, $r: String) {
  transitionCarePlan(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state version endDate } }`;
type Res = Awaited<ReturnType<TestServer['graphql']>>;
const issuesOf = (res: Res) => (res.errors?.[0]?.extensions as { issues?: { code: string; path: string }[] } | undefined)?.issues;
const err = (res: Res) => [res.errors?.[0]?.extensions.code, (res.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason];

async function designatedInstitution(region: 'qinhuangdao' | 'tumxuk' = 'qinhuangdao'): Promise<string> {
  const { id } = await fx.agreement(region, 'active');
  return (await server.dataSource.query('SELECT institution_id FROM service_agreements WHERE id = $1', [id]))[0].institution_id;
}

describe('care plans (Qinhuangdao art. 30)', () => {
  it('Qinhuangdao art. 30, 62: drafted by the TPA (Tumxuk), accepted (备案) by the agency, then ended with a reason; audit kept', async () => {
    const institution = await designatedInstitution('tumxuk');
    const vars = { ...(await concluded('tumxuk')), i: institution, m: 'home', items: [item('H01', 12), item('H02', 4)], s: '2026-07-01' };
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
    const vars = { ...(await concluded()), i: await designatedInstitution(), m: 'home', items: [item('H01', 8)], s: '2026-07-01' };
    const drafted = (await server.graphql(CREATE, vars, tokens.agency_officer)).data?.createCarePlan;
    const refused = await server.graphql(STEP, { id: drafted.id, a: 'accept', v: 1 }, tokens.agency_officer);
    expect(JSON.stringify(refused.errors?.[0]?.extensions)).toContain('SAME_PERSON');
    expect((await server.graphql(STEP, { id: drafted.id, a: 'accept', v: 1 }, tokens.admin)).data?.transitionCarePlan.state).toBe(
      'accepted',
    );
  });

  it('Qinhuangdao art. 30: only one accepted plan per claimant (CARE_PLAN_ALREADY_ACCEPTED); an undesignated institution is refused at drafting, nothing written, and at acceptance', async () => {
    const institution = await designatedInstitution();
    const vars = { ...(await concluded()), i: institution, m: 'home', items: [item('H01', 8)], s: '2026-07-01' };
    const first = (await server.graphql(CREATE, vars, tokens.admin)).data?.createCarePlan;
    const second = (await server.graphql(CREATE, { ...vars, s: '2026-08-01' }, tokens.admin)).data?.createCarePlan;
    await server.graphql(STEP, { id: first.id, a: 'accept', v: 1 }, tokens.agency_officer);
    const refused = await server.graphql(STEP, { id: second.id, a: 'accept', v: 1 }, tokens.agency_officer);
    expect(JSON.stringify(refused.errors?.[0]?.extensions)).toContain('CARE_PLAN_ALREADY_ACCEPTED');
    const { c: other, k: otherConclusion } = await concluded();
    const bare = await server.graphql(
      CREATE,
      { ...vars, c: other, k: otherConclusion, i: await fx.institution('qinhuangdao') },
      tokens.admin,
    );
    expect(JSON.stringify(bare.errors?.[0]?.extensions)).toContain('INSTITUTION_NOT_DESIGNATED');
    expect((await server.dataSource.query('SELECT count(*)::int AS n FROM care_plans WHERE claimant_id = $1', [other]))[0].n).toBe(0);
    // an agreement that ends between drafting and acceptance: the acceptance is refused too
    const lapsing = await designatedInstitution();
    const drafted = (await server.graphql(CREATE, { ...vars, c: other, k: otherConclusion, i: lapsing }, tokens.admin)).data
      ?.createCarePlan;
    await server.dataSource.query("UPDATE service_agreements SET state = 'terminated' WHERE institution_id = $1", [lapsing]);
    const undesignated = await server.graphql(STEP, { id: drafted.id, a: 'accept', v: 1 }, tokens.agency_officer);
    expect(JSON.stringify(undesignated.errors?.[0]?.extensions)).toContain('INSTITUTION_NOT_DESIGNATED');
  });

  it('Qinhuangdao art. 30: items outside the national catalogue and an item given 0 times a month are refused, nothing written', async () => {
    const v = await concluded();
    const vars = { ...v, i: await designatedInstitution(), m: 'home', items: [item('X99', 4), item('H01', 0)], s: '2026-07-01' };
    const res = await server.graphql(CREATE, vars, tokens.agency_officer);
    expect(err(res)[0]).toBe('BAD_USER_INPUT');
    expect(issuesOf(res)).toEqual([
      { code: 'NOT_IN_CATALOGUE', path: 'items' },
      { code: 'OUT_OF_RANGE', path: 'items.1.timesPerMonth' },
    ]);
    expect((await server.dataSource.query('SELECT count(*)::int AS n FROM care_plans WHERE claimant_id = $1', [v.c]))[0].n).toBe(0);
  });

  it('Qinhuangdao art. 28, 30: the plan takes its grade and letter date from the claimant’s final conclusion; no, a pending, another’s, a replaced or a non-severe conclusion is refused with its code, nothing written', async () => {
    const i = await designatedInstitution();
    const v = await concluded('qinhuangdao', 5);
    const base = { ...v, i, m: 'institution', items: [item('H01', 30)], s: '2026-07-01' };
    const made = await server.graphql(CREATE, base, tokens.agency_officer);
    expect(made.errors).toBeUndefined();
    expect(made.data?.createCarePlan).toMatchObject({ grade: 5, conclusionId: v.k, conclusionOn: '2026-06-20' });
    const code = async (vars: Record<string, unknown>) => issuesOf(await server.graphql(CREATE, vars, tokens.agency_officer))?.[0]?.code;
    const fresh = await concluded();
    expect(await code({ ...base, c: fresh.c, k: '00000000-0000-4000-8000-000000000000' })).toBe('CONCLUSION_REQUIRED');
    expect(await code({ ...base, c: fresh.c, k: v.k })).toBe('CONCLUSION_OF_ANOTHER_CLAIMANT');
    const pending = await fx.finalConclusion(fresh.c, 4, '2026-06-25');
    await server.dataSource.query("UPDATE assessment_applications SET state = 'letterIssued', final_on = NULL WHERE id = $1", [pending]);
    expect(await code({ ...base, c: fresh.c, k: pending })).toBe('CONCLUSION_NOT_FINAL');
    // a later final conclusion (a state change of 2026-09-01) replaces the first one
    await fx.finalConclusion(fresh.c, 4, '2026-09-01');
    expect(await code({ ...base, c: fresh.c, k: fresh.k })).toBe('CONCLUSION_SUPERSEDED');
    const mild = await concluded('qinhuangdao', 2);
    expect(await code({ ...base, ...mild })).toBe('GRADE_NOT_QUALIFYING');
    const n = await server.dataSource.query('SELECT count(*)::int AS n FROM care_plans WHERE claimant_id = ANY($1)', [[fresh.c, mild.c]]);
    expect(n[0].n).toBe(0);
  });

  it('Qinhuangdao art. 31(1)3: a retiree’s home care is 10 visits a month — an item 10 times a month is accepted, 11 is refused (FREQUENCY_OVER_RULE); each item keeps its own frequency', async () => {
    const i = await designatedInstitution();
    const v = await concluded();
    const over = await server.graphql(
      CREATE,
      { ...v, i, m: 'home', items: [item('H01', 10), item('H02', 11)], s: '2026-07-01' },
      tokens.admin,
    );
    expect(issuesOf(over)).toEqual([{ code: 'FREQUENCY_OVER_RULE', path: 'items.1.timesPerMonth' }]);
    const made = await server.graphql(
      CREATE,
      { ...v, i, m: 'home', items: [item('H01', 10), item('H02', 4)], s: '2026-07-01' },
      tokens.admin,
    );
    expect(made.errors).toBeUndefined();
    // by hand: the most frequent item, 10 a month × 7 ÷ 30 = 2.33 → 3 visits a week for the month quote
    expect(made.data?.createCarePlan).toMatchObject({
      itemFrequencies: [item('H01', 10), item('H02', 4)],
      frequencyPerWeek: 3,
    });
  });
});
