import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fixtures, nextMonthStart } from './support/operations.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
let fx: Fixtures;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  server = await startTestServer();
  fx = new Fixtures(server.dataSource);
  for (const u of ['admin', 'agency_officer', 'tpa_staff']) tokens[u] = await server.login(u);
});
afterAll(() => server?.stop());

type Res = Awaited<ReturnType<TestServer['graphql']>>;
const codes = (res: Res) => JSON.stringify(res.errors?.[0]?.extensions ?? {});
const sql = (text: string, params: unknown[] = []) => server.dataSource.query(text, params);

const CREATE_PLAN = `mutation ($c: ID!, $i: ID!, $m: CareMode!, $items: [CarePlanItemInput!]!, $s: String!, $k: ID!, $r: ID, $fc: String) {
  createCarePlan(claimantId: $c, institutionId: $i, careMode: $m, items: $items, startDate: $s,
    conclusionId: $k, replacesId: $r, familyCarer: $fc) { id state version } }`;
/**
 * A plan on the claimant's final grade-4 conclusion whose letter is dated `co` (made once per claimant and date),
 * each item 8 times a month (within Qinhuangdao art. 31(1)3's 10 home visits).
 */
async function createPlan(vars: Record<string, unknown>, token: string) {
  const { co, items, ...rest } = vars as { co: string; items: string[]; c: string };
  const [found] = await sql("SELECT id FROM assessment_applications WHERE claimant_id = $1 AND state = 'final' AND letter_issued_on = $2", [
    rest.c,
    co,
  ]);
  const k = found?.id ?? (await fx.finalConclusion(rest.c, 4, co));
  return server.graphql(CREATE_PLAN, { ...rest, k, items: items.map((code) => ({ code, timesPerMonth: 8 })) }, token);
}
const STEP = `mutation ($id: ID!, $a: CarePlanAction!, $v: Int!, $r: String, $in: JSONObject) {
  transitionCarePlan(id: $id, action: $a, expectedVersion: $v, reason: $r, input: $in) { id state version benefitsFrom endDate endCause startTrace { rule citation } } }`;
const PLAN = 'query ($id: ID!) { CarePlan(id: $id) { id state endDate endCause allowedActions { action enabled blockedBy } } }';
const QUOTE = `query ($c: ID!, $m: String!, $b: String, $p: String) {
  claimantMonthQuote(claimantId: $c, month: $m, billedCare: $b, perCapitaIncome: $p) { value trace { rule citation } } }`;

async function designated(region: 'qinhuangdao' | 'tumxuk' = 'qinhuangdao'): Promise<string> {
  const { id } = await fx.agreement(region, 'active');
  return (await sql('SELECT institution_id FROM service_agreements WHERE id = $1', [id]))[0].institution_id;
}
async function acceptedPlan(claimant: string, institution: string, vars: Record<string, unknown> = {}) {
  const made = await createPlan(
    { c: claimant, i: institution, m: 'community', items: ['H01'], s: '2027-03-10', co: '2026-11-20', ...vars },
    tokens.agency_officer,
  );
  expect(made.errors).toBeUndefined();
  const res = await server.graphql(STEP, { id: made.data?.createCarePlan.id, a: 'accept', v: 1 }, tokens.admin);
  expect(res.errors).toBeUndefined();
  return res.data?.transitionCarePlan;
}

describe('care plans from the catalogue to the end (Qinhuangdao art. 28, 30, 34; Tumxuk §5(二)(四))', () => {
  it('Qinhuangdao art. 28, 30: accepted, the plan pays from max(asked 2027-03-10, acceptance, the month after the 2026-11-20 letter), with its trace', async () => {
    const plan = await acceptedPlan((await fx.claimant('qinhuangdao')).id, await designated());
    expect(plan).toMatchObject({ state: 'accepted', benefitsFrom: '2027-03-10' });
    expect(plan.startTrace.map((s: { citation: string }) => s.citation)).toEqual(['Qinhuangdao art. 30', 'Qinhuangdao art. 28']);
  });

  it('Qinhuangdao art. 30: a plan whose institution’s agreement is terminated after drafting shows accept blocked with INSTITUTION_NOT_DESIGNATED before anyone tries', async () => {
    const claimant = (await fx.claimant('qinhuangdao')).id;
    const institution = await designated();
    const vars = { c: claimant, i: institution, m: 'home', items: ['H01'], s: '2027-03-10', co: '2026-11-20' };
    const made = (await createPlan(vars, tokens.agency_officer)).data?.createCarePlan;
    await sql("UPDATE service_agreements SET state = 'terminated' WHERE institution_id = $1", [institution]);
    const shown = (await server.graphql(PLAN, { id: made.id }, tokens.admin)).data?.CarePlan;
    expect(shown.allowedActions.find((a: { action: string }) => a.action === 'accept')).toEqual({
      action: 'accept',
      enabled: false,
      blockedBy: ['INSTITUTION_NOT_DESIGNATED'],
    });
  });

  it('Qinhuangdao art. 34(2): a new institution applies from the 1st of next month; the replaced plan ends the day before (cause replaced)', async () => {
    const claimant = (await fx.claimant('qinhuangdao')).id;
    const first = await acceptedPlan(claimant, await designated(), { s: '2026-12-01' });
    const vars = { c: claimant, i: await designated(), m: 'community', items: ['H02'], s: '2026-12-01', co: '2026-11-20', r: first.id };
    const made = (await createPlan(vars, tokens.agency_officer)).data?.createCarePlan;
    const next = nextMonthStart();
    const changed = (await server.graphql(STEP, { id: made.id, a: 'accept', v: 1 }, tokens.admin)).data?.transitionCarePlan;
    expect(changed).toMatchObject({ state: 'accepted', benefitsFrom: next });
    const [old] = await sql("SELECT state, end_cause, to_char(end_date, 'YYYY-MM-DD') AS end_date FROM care_plans WHERE id = $1", [
      first.id,
    ]);
    const dayBefore = new Date(Date.parse(`${next}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect(old).toEqual({ state: 'ended', end_cause: 'replaced', end_date: dayBefore });
  });

  it('Qinhuangdao art. 34(5): ended for death on 2026-11-18 → last day 2026-11-18; a death without its date is refused', async () => {
    const plan = await acceptedPlan((await fx.claimant('qinhuangdao')).id, await designated(), { s: '2026-12-01' });
    const noDate = await server.graphql(
      STEP,
      { id: plan.id, a: 'end', v: plan.version, r: '参保人死亡', in: { cause: 'death' } },
      tokens.admin,
    );
    expect(codes(noDate)).toContain('REQUIRED');
    const ended = await server.graphql(
      STEP,
      { id: plan.id, a: 'end', v: plan.version, r: '参保人死亡', in: { cause: 'death', on: '2026-11-18' } },
      tokens.admin,
    );
    expect(ended.data?.transitionCarePlan).toMatchObject({ state: 'ended', endDate: '2026-11-18', endCause: 'death' });
  });

  it('Qinhuangdao art. 34(5): recording the death on 2026-11-18 ends the accepted plan with last day 2026-11-18, its history and audit kept', async () => {
    const claimant = (await fx.claimant('qinhuangdao')).id;
    const plan = await acceptedPlan(claimant, await designated(), { s: '2026-12-01' });
    const res = await server.graphql(
      'mutation ($id: ID!, $d: String) { updateClaimant(id: $id, expectedVersion: 1, deathDate: $d) { eligibilityStatus } }',
      { id: claimant, d: '2026-11-18' },
      tokens.agency_officer,
    );
    expect(res.errors).toBeUndefined();
    const [row] = await sql("SELECT state, end_cause, to_char(end_date, 'YYYY-MM-DD') AS end_date FROM care_plans WHERE id = $1", [
      plan.id,
    ]);
    expect(row).toEqual({ state: 'ended', end_cause: 'death', end_date: '2026-11-18' });
    const audits = await sql("SELECT operation FROM audit_logs WHERE entity_type = 'CarePlan' AND entity_id = $1 ORDER BY id", [plan.id]);
    expect(audits.map((a: { operation: string }) => a.operation)).toEqual(['create', 'transition', 'transition']);
  });

  it('Tumxuk §5(二): family care only in a border or remote regiment (FAMILY_CARE_REMOTE_ONLY), none in Qinhuangdao; its quote is PARAMETER_MISSING', async () => {
    const qhd = (await fx.claimant('qinhuangdao')).id;
    const base = { m: 'family', items: ['H01'], s: '2027-03-10', co: '2026-11-20', fc: '王某（儿子）' };
    expect(codes(await createPlan({ ...base, c: qhd, i: await designated() }, tokens.admin))).toContain('FAMILY_CARE_NOT_IN_REGION');
    const tmx = (await fx.claimant('tumxuk')).id;
    await sql("UPDATE claimants SET county_id = 'tmsk-r49' WHERE id = $1", [tmx]);
    const institution = await designated('tumxuk');
    expect(codes(await createPlan({ ...base, c: tmx, i: institution }, tokens.admin))).toContain('FAMILY_CARE_REMOTE_ONLY');
    await sql("UPDATE counties SET remote = true WHERE id = 'tmsk-r49'");
    try {
      const made = await createPlan({ ...base, c: tmx, i: institution }, tokens.tpa_staff);
      expect(made.errors).toBeUndefined();
      await server.graphql(STEP, { id: made.data?.createCarePlan.id, a: 'accept', v: 1 }, tokens.admin);
      const quote = await server.graphql(QUOTE, { c: tmx, m: '2027-03', b: '1000.00', p: '30000.00' }, tokens.admin);
      expect(codes(quote)).toContain('PARAMETER_MISSING');
      expect(codes(quote)).toContain('params.familyCare.share');
    } finally {
      await sql("UPDATE counties SET remote = false WHERE id = 'tmsk-r49'");
    }
  });
});

describe('a month’s benefit quote on the claimant’s page (Qinhuangdao art. 28–34)', () => {
  it('Qinhuangdao art. 31(1)2, 34(3): community care from 2027-03-10, in hospital 03-15 to 03-19 → 5 + 12 = 17 days; cap 1200 ÷ 30 × 17 = 680.00', async () => {
    const claimant = (await fx.claimant('qinhuangdao')).id;
    await acceptedPlan(claimant, await designated());
    await sql(
      "INSERT INTO claimant_hospital_stays (claimant_id, region_id, hospital, admitted_on, discharged_on) VALUES ($1, 'qinhuangdao', '市一院', '2027-03-15', '2027-03-19')",
      [claimant],
    );
    const res = await server.graphql(QUOTE, { c: claimant, m: '2027-03', b: '2000.00' }, tokens.agency_officer);
    expect(res.errors).toBeUndefined();
    const { value, trace } = res.data?.claimantMonthQuote ?? {};
    expect(value).toMatchObject({ serviceDays: 17, payableFrom: '2027-03-10', payableTo: '2027-03-31' });
    expect(value.quote).toMatchObject({ fundPays: '680.00', claimantPays: '1320.00' });
    expect(trace.map((s: { rule: string }) => s.rule)).toEqual(
      expect.arrayContaining(['eligibility.hospitalAdmission', 'benefits.monthDays']),
    );
    const before = await server.graphql(QUOTE, { c: claimant, m: '2027-02', b: '2000.00' }, tokens.agency_officer);
    expect(before.data?.claimantMonthQuote.value).toMatchObject({ serviceDays: 0, quote: null });
    expect(codes(await server.graphql(QUOTE, { c: claimant, m: '2027-13', b: '1' }, tokens.agency_officer))).toContain('INVALID_DATE');
  });
});

const PROPOSE = `mutation ($c: ID!, $k: SanctionKind!, $s: String!, $e: String!, $r: String!) {
  createClaimantSanction(claimantId: $c, kind: $k, startsOn: $s, endsOn: $e, reason: $r) { id version state } }`;
const SANCTION_STEP = `mutation ($id: ID!, $a: SanctionAction!, $v: Int!, $r: String, $in: JSONObject) {
  transitionClaimantSanction(id: $id, action: $a, expectedVersion: $v, reason: $r, input: $in) { id version state reinstatedOn } }`;

describe('sanctions on a claimant (Qinhuangdao art. 69, 71)', () => {
  it('Qinhuangdao art. 69, 71: proposed, approved by another officer, shown in the eligibility trace, blocks a plan; reinstated only on an application after the period', async () => {
    const claimant = (await fx.claimant('qinhuangdao')).id;
    await sql(
      "INSERT INTO claimant_contributions (claimant_id, region_id, month, status, amount, arrived_on, source) VALUES ($1, 'qinhuangdao', '2026-07', 'paid', '100.00', '2026-07-10', 'entry')",
      [claimant],
    );
    const vars = { c: claimant, k: 'suspend', s: '2026-10-01', e: '2026-11-15', r: '冒用他人参保凭证' };
    expect(codes(await server.graphql(PROPOSE, { ...vars, e: '2026-09-01' }, tokens.agency_officer))).toContain('PERIOD_INVALID');
    const proposed = (await server.graphql(PROPOSE, vars, tokens.agency_officer)).data?.createClaimantSanction;
    expect(proposed.state).toBe('proposed');
    expect(codes(await server.graphql(SANCTION_STEP, { id: proposed.id, a: 'approve', v: 1 }, tokens.agency_officer))).toContain(
      'SAME_PERSON',
    );
    const approved = (await server.graphql(SANCTION_STEP, { id: proposed.id, a: 'approve', v: 1 }, tokens.admin)).data
      ?.transitionClaimantSanction;
    expect(approved.state).toBe('inForce');
    const [row] = await sql('SELECT eligibility_suspended, eligibility_trace FROM claimants WHERE id = $1', [claimant]);
    expect(row.eligibility_suspended).toContain('sanction');
    expect(
      row.eligibility_trace.some(
        (s: { rule: string; citation: string }) => s.rule === 'eligibility.sanction' && s.citation === 'Qinhuangdao art. 69',
      ),
    ).toBe(true);

    const planVars = { c: claimant, i: await designated(), m: 'home', items: ['H01'], s: '2027-03-10', co: '2026-11-20' };
    const plan = (await createPlan(planVars, tokens.agency_officer)).data?.createCarePlan;
    expect((await server.graphql(PLAN, { id: plan.id }, tokens.admin)).data?.CarePlan.allowedActions[0].blockedBy).toContain(
      'CLAIMANT_SANCTIONED',
    );

    const early = await server.graphql(
      SANCTION_STEP,
      { id: proposed.id, a: 'reinstate', v: 2, r: '重新申请', in: { appliedOn: '2026-11-10' } },
      tokens.admin,
    );
    expect(codes(early)).toContain('APPLIED_BEFORE_PERIOD_END');
    const back = await server.graphql(
      SANCTION_STEP,
      { id: proposed.id, a: 'reinstate', v: 2, r: '期满重新申请，审核通过', in: { appliedOn: '2026-11-20' } },
      tokens.admin,
    );
    expect(back.data?.transitionClaimantSanction).toMatchObject({ state: 'reinstated', reinstatedOn: '2026-11-20' });
    const [after] = await sql('SELECT eligibility_suspended FROM claimants WHERE id = $1', [claimant]);
    expect(after.eligibility_suspended).not.toContain('sanction');
    const audits = await sql("SELECT operation FROM audit_logs WHERE entity_type = 'ClaimantSanction' AND entity_id = $1 ORDER BY id", [
      proposed.id,
    ]);
    expect(audits.map((a: { operation: string }) => a.operation)).toEqual(['create', 'transition', 'transition']);
  });
});

describe('one file per person (Qinhuangdao art. 64)', () => {
  it('Qinhuangdao art. 64, 32: contributions, stays, plans, their benefit months, the benefits paid and sanctions in one timeline, newest first, paged in SQL', async () => {
    const claimant = (await fx.claimant('qinhuangdao')).id;
    await sql(
      "INSERT INTO claimant_contributions (claimant_id, region_id, month, status, amount, arrived_on, source) VALUES ($1, 'qinhuangdao', '2026-07', 'paid', '100.00', '2026-07-10', 'entry')",
      [claimant],
    );
    await sql(
      "INSERT INTO claimant_hospital_stays (claimant_id, region_id, hospital, admitted_on) VALUES ($1, 'qinhuangdao', '市一院', '2026-10-05')",
      [claimant],
    );
    await sql(
      `INSERT INTO care_plans (claimant_id, region_id, institution_id, care_mode, items, frequency_per_week, start_date, prepared_by, grade,
         conclusion_on, state, accepted_on, benefits_from, end_date, end_cause)
       VALUES ($1, 'qinhuangdao', $2, 'community', '{H01}', 3, '2026-10-01', (SELECT id FROM users WHERE username = 'tpa_staff'), 4,
         '2026-09-20', 'ended', '2026-09-25', '2026-10-01', '2026-11-30', 'other')`,
      [claimant, await designated()],
    );
    // the October settlement paid on 2026-11-10 (Beijing time): community care billed 3000.00, the fund pays its cap 1200.00 (art. 31(1)2);
    // the November run is only reviewed, so nothing of it is "paid" yet
    const institution = await designated();
    for (const [month, state, paidAt] of [
      ['2026-10', 'paid', '2026-11-10 09:30+08'],
      ['2026-11', 'reviewed', null],
    ] as const) {
      const [run] = await sql(
        `INSERT INTO settlement_runs (region_id, month, kind, state, prepared_by, computed_at, paid_at, sheets, claimants, records, fund_total)
         VALUES ('qinhuangdao', $1, 'care', $2, (SELECT id FROM users WHERE username = 'admin'), now(), $3, 1, 1, 1, 1200) RETURNING id`,
        [month, state, paidAt],
      );
      await sql(
        `INSERT INTO settlement_lines (run_id, region_id, institution_id, claimant_id, month, records, billed, eligible, fund_amount, claimant_amount)
         VALUES ($1, 'qinhuangdao', $2, $3, $4, 1, 3000, 3000, 1200, 1800)`,
        [run.id, institution, claimant, month],
      );
    }
    await server.graphql(PROPOSE, { c: claimant, k: 'revoke', s: '2026-11-25', e: '2027-05-24', r: '虚构护理服务' }, tokens.agency_officer);
    const complaint = await server.graphql(
      `mutation ($i: ID!, $c: ID) { createComplaint(institutionId: $i, channel: hotline, kind: conduct, receivedOn: "2026-11-20",
        complainant: "家属", content: "护理员未按计划上门", claimantId: $c) { id claimantId } }`,
      { i: await designated(), c: claimant },
      tokens.agency_officer,
    );
    expect(complaint.data?.createComplaint.claimantId).toBe(claimant);
    const all = await server.graphql(
      'query ($c: ID!) { claimantTimeline(claimantId: $c, perPage: 50) { kind on resource title institution { name } } _claimantTimelineMeta(claimantId: $c) { count } }',
      { c: claimant },
      tokens.agency_officer,
    );
    expect(all.errors).toBeUndefined();
    const entries = all.data?.claimantTimeline as {
      kind: string;
      on: string;
      resource: string;
      title: string;
      institution: { name: string } | null;
    }[];
    expect(entries.map((e) => `${e.kind} ${e.on}`)).toEqual([
      'sanction 2026-11-25',
      'complaint 2026-11-20',
      'benefitPaid 2026-11-10',
      'benefitMonth 2026-11-01',
      'hospitalStay 2026-10-05',
      'benefitMonth 2026-10-01',
      'carePlan 2026-10-01',
      'contribution 2026-07-01',
    ]);
    expect(new Set(entries.map((e) => e.kind))).toEqual(
      new Set(['benefitMonth', 'benefitPaid', 'sanction', 'complaint', 'carePlan', 'hospitalStay', 'contribution']),
    );
    expect(entries.find((e) => e.kind === 'benefitPaid')).toMatchObject({ resource: 'SettlementRun', title: '2026-10 · 1200.00' });
    expect(entries.find((e) => e.kind === 'carePlan')?.institution?.name).toBe('矩阵测试评估中心');
    expect(all.data?._claimantTimelineMeta.count).toBe(entries.length);
    const page = await server.graphql(
      'query ($c: ID!) { claimantTimeline(claimantId: $c, page: 1, perPage: 2) { kind } }',
      { c: claimant },
      tokens.agency_officer,
    );
    expect(page.data?.claimantTimeline).toHaveLength(2);
  });
});

describe('the officer’s work queues (issue 11 item 10)', () => {
  it('Qinhuangdao art. 30, 69: a plan another officer drafted and a sanction another officer proposed are on the home page’s to-do list', async () => {
    const claimant = (await fx.claimant('qinhuangdao')).id;
    const plan = (
      await createPlan(
        { c: claimant, i: await designated(), m: 'home', items: ['H01'], s: '2027-03-10', co: '2026-11-20' },
        tokens.agency_officer,
      )
    ).data?.createCarePlan;
    const sanction = (
      await server.graphql(PROPOSE, { c: claimant, k: 'suspend', s: '2026-12-01', e: '2026-12-20', r: '冒名顶替' }, tokens.agency_officer)
    ).data?.createClaimantSanction;
    const todos = (await server.graphql('{ myTodos { kind record { id } } }', {}, tokens.admin)).data?.myTodos as {
      kind: string;
      record: { id: string };
    }[];
    expect(todos).toEqual(
      expect.arrayContaining([
        { kind: 'carePlanAcceptance', record: { id: plan.id } },
        { kind: 'sanctionApproval', record: { id: sanction.id } },
      ]),
    );
    const own = (await server.graphql('{ myTodos { kind record { id } } }', {}, tokens.agency_officer)).data?.myTodos as {
      record: { id: string };
    }[];
    expect(own.map((t) => t.record.id)).not.toContain(plan.id);
  });
});

describe('the national service-item catalogue (Qinhuangdao art. 30; Tumxuk §5(二))', () => {
  const JOB = 'query ($id: ID!) { Job(id: $id) { id state result errors { row column code } } }';
  const csv = (rows: string[][]) => Buffer.from(rows.map((r) => r.join(',')).join('\n'), 'utf8');
  const header = ['项目编码', '项目类别', '项目名称', '服务内容'];
  const demoRows = ['H01', 'H02', 'H03', 'H04', 'H05', 'H06', 'J01'].map((c) => [c, '基本生活照料', `项目${c}`, `正式目录内容${c}`]);
  async function upload(body: Buffer) {
    const res = await fetch(`${server.url}/import/CareServiceItem`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.admin}`, 'content-type': 'application/octet-stream' },
      body,
    });
    return ((await res.json()) as { job: { id: string } }).job.id;
  }
  async function finished(id: string) {
    const until = Date.now() + 30_000;
    for (;;) {
      const job = (await server.graphql(JOB, { id }, tokens.admin)).data?.Job;
      if (job && (job.state === 'succeeded' || job.state === 'failed')) return job;
      if (Date.now() > until) throw new Error(`job ${id} did not finish`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  it('Qinhuangdao art. 30: the demo catalogue is marked demo; a file with a bad row imports nothing; a good one is official and retires the demo items it lacks', async () => {
    const LIST = '{ allCareServiceItems(perPage: 100) { id demo } }';
    const before = (await server.graphql(LIST, {}, tokens.agency_officer)).data?.allCareServiceItems as { id: string; demo: boolean }[];
    expect(before.filter((i) => i.demo).map((i) => i.id)).toEqual(expect.arrayContaining(['H01', 'J02']));
    const bad = await finished(await upload(csv([header, ...demoRows, ['A 1', '', '名称', '内容'], ['H01', '类', '重复', '内容']])));
    expect(bad.errors).toEqual([
      { row: 9, column: '项目编码', code: 'INVALID_CODE' },
      { row: 9, column: '项目类别', code: 'REQUIRED' },
      { row: 10, column: '项目编码', code: 'DUPLICATE_IN_FILE' },
    ]);
    expect((await sql("SELECT count(*)::int AS n FROM care_service_items WHERE content LIKE '正式目录内容%'"))[0].n).toBe(0);
    const good = await finished(
      await upload(csv([header, ...demoRows, ['A01', '常用临床护理', '生命体征监测', '测量体温、脉搏、呼吸、血压']])),
    );
    expect(good).toMatchObject({ state: 'succeeded', result: { rows: 8, retiredDemo: 1 } });
    const after = (await server.graphql(LIST, {}, tokens.agency_officer)).data?.allCareServiceItems as { id: string; demo: boolean }[];
    expect(after.map((i) => i.id)).toEqual(['A01', 'H01', 'H02', 'H03', 'H04', 'H05', 'H06', 'J01']);
    expect(after.every((i) => !i.demo)).toBe(true);
    const vars = {
      c: (await fx.claimant('qinhuangdao')).id,
      i: await designated(),
      m: 'institution',
      items: ['J02'],
      s: '2027-03-10',
      co: '2026-11-20',
    };
    expect(codes(await createPlan(vars, tokens.agency_officer))).toContain('NOT_IN_CATALOGUE');
  });
});

describe('demo data for the claimant’s file', () => {
  it('an officer’s first day: a plan awaiting acceptance, an accepted plan to quote, a sanction ending and one to approve, the demo catalogue', async () => {
    const todos = (await server.graphql('{ myTodos { kind } }', {}, tokens.agency_officer)).data?.myTodos as { kind: string }[];
    const kinds = new Set(todos.map((t) => t.kind));
    for (const k of ['carePlanAcceptance', 'sanctionEnding', 'sanctionApproval']) expect(kinds).toContain(k);
    const [row] = await sql("SELECT count(*)::int AS n FROM claimants WHERE 'sanction' = ANY(eligibility_suspended)");
    expect(row.n).toBeGreaterThanOrEqual(1);
  });
});
