import { addDays, ID_NUMBER_PATTERN, PHONE_PATTERN } from '@ltci/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../src/common/today.js';
import { Fixtures } from './support/operations.js';
import { startTestServer, type TestServer } from './support/test-server.js';

/**
 * Supervision over HTTP on real PostgreSQL (Qinhuangdao art. 67–68, 73): a random inspection
 * replayed from its seed, a finding and its consequences (rectification, recovery checked
 * against the ledger), the risk score worked out by hand, and the public page.
 */
let server: TestServer;
let fx: Fixtures;
const tokens: Record<string, string> = {};
const today = todayInChina();
type Res = Awaited<ReturnType<TestServer['graphql']>>;
const err = (res: Res) => [res.errors?.[0]?.extensions.code, (res.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason];
const count = async (sql: string, params: unknown[] = []) => Number((await server.dataSource.query(sql, params))[0].n);

const CREATE = `mutation ($r: ID!, $k: InspectionKind!, $d: String!, $ins: [ID!]!, $t: [ID!], $rand: RandomTargetsInput) {
  createInspection(regionId: $r, kind: $k, title: "专项检查", scope: "服务记录与结算", plannedOn: $d, inspectorIds: $ins,
    checklist: ["服务记录与结算清单一致"], targetIds: $t, random: $rand) { id version state targetIds selection { seed candidates chosen } } }`;
const TRANSITION = `mutation ($id: ID!, $a: InspectionAction!, $v: Int!, $r: String) { transitionInspection(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state version } }`;
const FINDING = `mutation ($i: ID!, $n: ID!, $d: String!) { recordInspectionFinding(inspectionId: $i, institutionId: $n, category: irregular_charge, description: "虚报上门服务", foundOn: $d) { id } }`;
const ORDER = `mutation ($f: ID!, $d: String!) { orderRectification(findingId: $f, dueOn: $d, requirement: "退回违规费用并完善制度") { id state dueOn scorecardEventId } }`;
const IMPOSE = `mutation ($f: ID!, $k: ConsequenceKind!, $a: String, $rec: [ID!]) { imposeConsequence(findingId: $f, kind: $k, reason: "虚报上门服务", amount: $a, records: $rec) {
  id kind amount postingId records { id paid recovered allocated } } }`;
const POST = `mutation ($r: ID!, $l: [FundPostingLineInput!]!, $d: String!) { postFund(regionId: $r, kind: institutionPayment, date: $d, lines: $l) { id amount } }`;

async function user(name: string): Promise<string> {
  return (await server.dataSource.query('SELECT id FROM users WHERE username = $1', [name]))[0].id;
}
async function careInstitution(region: 'qinhuangdao' | 'tumxuk'): Promise<string> {
  const id = await fx.institution(region);
  await server.dataSource.query("UPDATE institutions SET kind = 'care', care_subtype = 'medical' WHERE id = $1", [id]);
  return id;
}

beforeAll(async () => {
  server = await startTestServer();
  fx = new Fixtures(server.dataSource);
  for (const u of ['inspector', 'inspector2', 'admin', 'fund_manager']) tokens[u] = await server.login(u);
});
afterAll(() => server?.stop());

describe('inspections (Qinhuangdao art. 67, 74)', () => {
  it('Qinhuangdao art. 67: a random spot check records its seed, and the same seed over the same candidates draws the same targets', async () => {
    const ins = [await user('inspector'), await user('inspector2')];
    const rand = { count: 2, seed: 424242, kinds: ['care'] };
    const a = await server.graphql(CREATE, { r: 'qinhuangdao', k: 'random_spot_check', d: today, ins, rand }, tokens.inspector);
    expect(a.errors).toBeUndefined();
    const b = await server.graphql(CREATE, { r: 'qinhuangdao', k: 'random_spot_check', d: today, ins, rand }, tokens.inspector);
    const [sa, sb] = [a.data?.createInspection.selection, b.data?.createInspection.selection];
    expect(sa.seed).toBe(424242);
    expect(sa.chosen).toHaveLength(2);
    expect(sb.chosen).toEqual(sa.chosen);
    expect(a.data?.createInspection.targetIds).toEqual(sa.chosen);
    // only active inspectors of the region can be named
    const tumxukInspector = await server.graphql(
      CREATE,
      { r: 'qinhuangdao', k: 'daily_round', d: today, ins: [await user('fund_manager')], t: [sa.chosen[0]] },
      tokens.inspector,
    );
    expect(err(tumxukInspector)).toEqual(['BAD_USER_INPUT', 'INVALID_INSPECTION']);
  });
});

describe('findings and their consequences (Qinhuangdao art. 68)', () => {
  let inst: string;
  let finding: string;
  let inspection: { id: string; version: number };
  beforeAll(async () => {
    inst = await careInstitution('qinhuangdao');
    const ins = [await user('inspector')];
    const res = await server.graphql(CREATE, { r: 'qinhuangdao', k: 'unannounced', d: today, ins, t: [inst] }, tokens.inspector);
    inspection = res.data?.createInspection;
    const started = await server.graphql(TRANSITION, { id: inspection.id, a: 'start', v: inspection.version }, tokens.inspector);
    inspection = started.data?.transitionInspection;
  });

  it('a finding outside the inspection or the inspector’s region is refused, nothing written', async () => {
    const before = await count('SELECT count(*) AS n FROM inspection_findings');
    const other = await server.graphql(FINDING, { i: inspection.id, n: await fx.institution('tumxuk'), d: today }, tokens.inspector);
    expect(err(other)[0]).toBe('NOT_FOUND');
    const notTarget = await server.graphql(
      FINDING,
      { i: inspection.id, n: await fx.institution('qinhuangdao'), d: today },
      tokens.inspector,
    );
    expect(err(notTarget)).toEqual(['BAD_USER_INPUT', 'FINDING_NOT_A_TARGET']);
    expect(await count('SELECT count(*) AS n FROM inspection_findings')).toBe(before);
    const ok = await server.graphql(FINDING, { i: inspection.id, n: inst, d: today }, tokens.inspector);
    expect(ok.errors).toBeUndefined();
    finding = ok.data?.recordInspectionFinding.id;
    const done = await server.graphql(TRANSITION, { id: inspection.id, a: 'record_findings', v: inspection.version }, tokens.inspector);
    expect(done.data?.transitionInspection.state).toBe('findings_recorded');
  });

  it('Qinhuangdao art. 68: a rectification due before its order is RECTIFICATION_DUE_BEFORE_ORDER; a good one is ordered and on the to-do list', async () => {
    const before = await count('SELECT count(*) AS n FROM rectifications');
    const bad = await server.graphql(ORDER, { f: finding, d: addDays(today, -1) }, tokens.inspector);
    expect(err(bad)).toEqual(['BAD_USER_INPUT', 'RECTIFICATION_DUE_BEFORE_ORDER']);
    expect(await count('SELECT count(*) AS n FROM rectifications')).toBe(before);
    const ok = await server.graphql(ORDER, { f: finding, d: addDays(today, 5) }, tokens.inspector);
    expect(ok.data?.orderRectification).toMatchObject({ state: 'ordered', dueOn: addDays(today, 5) });
    const todos = await server.graphql('{ myTodos { kind record { id } daysLeft } }', {}, tokens.inspector);
    const mine = (todos.data?.myTodos ?? []).find((t: { record: { id: string } }) => t.record.id === ok.data?.orderRectification.id);
    expect(mine).toMatchObject({ kind: 'rectificationDue', daysLeft: 5 });
  });

  it('Changzhou item 14: a rectification of an assessment institution is its scorecard’s 约谈整改 event, in the same transaction', async () => {
    const assessment = await fx.institution('qinhuangdao');
    const created = await server.graphql(
      CREATE,
      { r: 'qinhuangdao', k: 'daily_round', d: today, ins: [await user('inspector')], t: [assessment] },
      tokens.inspector,
    );
    const i = created.data?.createInspection;
    const started = await server.graphql(TRANSITION, { id: i.id, a: 'start', v: i.version }, tokens.inspector);
    expect(started.errors).toBeUndefined();
    const f = await server.graphql(FINDING, { i: i.id, n: assessment, d: today }, tokens.inspector);
    const ordered = await server.graphql(ORDER, { f: f.data?.recordInspectionFinding.id, d: addDays(today, 30) }, tokens.inspector);
    const eventId = ordered.data?.orderRectification.scorecardEventId;
    expect(eventId).toBeTruthy();
    const [event] = await server.dataSource.query('SELECT type, count FROM scorecard_events WHERE id = $1', [eventId]);
    expect(event).toEqual({ type: 'interviewOrRectification', count: 1 });
  });

  it('Qinhuangdao art. 68: a recovery takes back at most what was paid for the settlement lines it names, posted to the ledger', async () => {
    const [care, city] = [await fx.fundAccount('qinhuangdao', 'careInstitutions'), await fx.fundAccount('qinhuangdao', 'cityExpenditure')];
    const l = [
      { accountId: care, side: 'debit', amount: '1250.50' },
      { accountId: city, side: 'credit', amount: '1250.50' },
    ];
    const paid = await server.graphql(POST, { r: 'qinhuangdao', l, d: today }, tokens.fund_manager);
    expect(paid.errors).toBeUndefined();
    // a paid run, the institution's sheet paid by that posting, two lines: 800.00 and 450.50 → 1,250.50 recoverable
    const [run] = await server.dataSource.query(
      `INSERT INTO settlement_runs (region_id, month, kind, state, prepared_by, paid_at)
       SELECT 'qinhuangdao', '2025-10', 'care', 'paid', id, now() FROM users WHERE username = 'agency_officer' RETURNING id`,
    );
    await server.dataSource.query(
      `INSERT INTO settlement_sheets (run_id, region_id, institution_id, month, fund_amount, posting_id) VALUES ($1, 'qinhuangdao', $2, '2025-10', 1250.50, $3)`,
      [run.id, inst, paid.data?.postFund.id],
    );
    const line = async (claimant: string, amount: string) =>
      (
        await server.dataSource.query(
          `INSERT INTO settlement_lines (run_id, region_id, institution_id, claimant_id, month, fund_amount) VALUES ($1, 'qinhuangdao', $2, $3, '2025-10', $4) RETURNING id`,
          [run.id, inst, claimant, amount],
        )
      )[0].id as string;
    const [p1, p2] = [
      await line('00000000-0000-4000-8000-000000000001', '800.00'),
      await line('00000000-0000-4000-8000-000000000002', '450.50'),
    ];
    // a line of another institution's sheet is not this institution's paid record
    const stranger = await server.graphql(
      IMPOSE,
      { f: finding, k: 'recovery', a: '1.00', rec: [paid.data?.postFund.id] },
      tokens.inspector,
    );
    expect(err(stranger)).toEqual(['BAD_USER_INPUT', 'RECOVERY_RECORD_NOT_PAID']);
    const postings = await count('SELECT count(*) AS n FROM fund_postings');
    const tooMuch = await server.graphql(IMPOSE, { f: finding, k: 'recovery', a: '1250.51', rec: [p1, p2] }, tokens.inspector);
    expect(err(tooMuch)).toEqual(['BAD_USER_INPUT', 'RECOVERY_EXCEEDS_PAID']);
    expect(await count('SELECT count(*) AS n FROM fund_postings')).toBe(postings);
    const first = await server.graphql(IMPOSE, { f: finding, k: 'recovery', a: '1000.00', rec: [p1, p2] }, tokens.inspector);
    expect(first.errors).toBeUndefined();
    // set against the lines in the order named: 800.00 on p1, 200.00 on p2
    expect(first.data?.imposeConsequence.records.map((r: { allocated: string }) => r.allocated)).toEqual(['800.00', '200.00']);
    const [posting] = await server.dataSource.query(
      `SELECT p.kind, p.amount::text AS amount, array_agg(l.side || ':' || a.kind || ':' || l.amount ORDER BY l.side) AS lines
         FROM fund_postings p JOIN fund_posting_lines l ON l.posting_id = p.id JOIN fund_accounts a ON a.id = l.account_id
        WHERE p.id = $1 GROUP BY p.id`,
      [first.data?.imposeConsequence.postingId],
    );
    expect(posting).toEqual({
      kind: 'recovery',
      amount: '1000.00',
      lines: ['credit:careInstitutions:1000.00', 'debit:cityExpenditure:1000.00'],
    });
    // 250.50 is left of p2; 250.51 is refused
    const again = await server.graphql(IMPOSE, { f: finding, k: 'recovery', a: '250.51', rec: [p2] }, tokens.inspector);
    expect(err(again)).toEqual(['BAD_USER_INPUT', 'RECOVERY_EXCEEDS_PAID']);
    const rest = await server.graphql(IMPOSE, { f: finding, k: 'recovery', a: '250.50', rec: [p2] }, tokens.inspector);
    expect(rest.errors).toBeUndefined();
    const dash = await server.graphql(
      'query { supervisionDashboard(regionId: "qinhuangdao") { recoveriesThisYear recoveredThisYear openRectifications dataGaps } }',
      {},
      tokens.inspector,
    );
    expect(dash.data?.supervisionDashboard.recoveredThisYear).toMatch(/^\d+\.\d{2}$/);
    expect(Number(dash.data?.supervisionDashboard.recoveredThisYear)).toBeGreaterThanOrEqual(1250.5);
    expect(dash.data?.supervisionDashboard.openRectifications).toBeGreaterThanOrEqual(1);
  });
});

describe('risk score (Product rule: risk components)', () => {
  it('Product rule: risk — complaints, smart-audit flags and visits per carer per day worked out by hand; the components without data are "no data"', async () => {
    const [a, b] = [await fx.institution('tumxuk'), await fx.institution('tumxuk')];
    const complaint = (i: string, state: string) =>
      server.dataSource.query(
        `INSERT INTO complaints (institution_id, region_id, channel, kind, received_on, complainant, content, state, prepared_by)
         SELECT $1, 'tumxuk', 'hotline', 'other', $3, '测试', '测试投诉', $2, id FROM users WHERE username = 'admin'`,
        [i, state, addDays(today, -10)],
      );
    // A: 3 verified, 1 open → 15 + 2 = 17; B: 1 open and 1 unfounded → 2
    for (const s of ['verified', 'verified', 'verified', 'investigating']) await complaint(a, s);
    for (const s of ['received', 'unfounded']) await complaint(b, s);
    // A's declared home visits this month: carer X 6 and carer Y 4 on one day → 10 visits / 2 carer-days = 5 a day,
    // (5 − 4) × 5 = 5.00; 1 of the 10 records flagged → 10% → 10.00; complaints 17.00 → 32.00 of 60.00
    const month = today.slice(0, 7);
    const claimant = (await fx.claimant('tumxuk')).id;
    const [decl] = await server.dataSource.query(
      `INSERT INTO service_declarations (region_id, institution_id, month, state, prepared_by)
       SELECT 'tumxuk', $1, $2, 'confirmed', id FROM users WHERE username = 'admin' RETURNING id`,
      [a, month],
    );
    const carers = ['00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-0000000000b2'];
    const records: string[] = [];
    for (let n = 0; n < 10; n++) {
      const [r] = await server.dataSource.query(
        `INSERT INTO declared_records (declaration_id, region_id, institution_id, month, key, kind, claimant_id, carer_ids, start_at, end_at, items, billed_amount, updated_by)
         SELECT $1, 'tumxuk', $2, $3, $4, 'homeVisit', $5, ARRAY[$6::uuid], $7::timestamp, $7::timestamp + interval '1 hour', ARRAY['A01'], 50, id
           FROM users WHERE username = 'admin' RETURNING id`,
        [decl.id, a, month, `k${n}`, claimant, carers[n < 6 ? 0 : 1], `${month}-01 0${n < 6 ? n : n - 6}:00`],
      );
      records.push(r.id);
    }
    await server.dataSource.query(
      `INSERT INTO audit_flags (record_id, declaration_id, region_id, institution_id, month, rule, severity, citation, message, evidence, fingerprint)
       VALUES ($1, $2, 'tumxuk', $3, $4, 'visitTooShort', 'warning', 'test', 'test', '{}', 'f1')`,
      [records[0], decl.id, a, month],
    );
    const res = await server.graphql(
      'query { institutionRiskRanking(regionId: "tumxuk") { institutionId rank score maxScore missing components { id status points reason } } }',
      {},
      tokens.admin,
    );
    const rows = res.data?.institutionRiskRanking as {
      institutionId: string;
      rank: number;
      score: string;
      maxScore: string;
      missing: string[];
      components: { id: string; status: string; points: string | null }[];
    }[];
    const ra = rows.find((r) => r.institutionId === a);
    const rb = rows.find((r) => r.institutionId === b);
    expect(ra?.components.map((c) => [c.id, c.points])).toEqual([
      ['auditFlags', '10.00'],
      ['atCap', null],
      ['visitsPerCarer', '5.00'],
      ['complaints', '17.00'],
      ['gradeChanges', null],
    ]);
    expect([ra?.score, ra?.maxScore, rb?.score, rb?.maxScore]).toEqual(['32.00', '60.00', '2.00', '20.00']);
    expect(ra?.missing).toEqual(['atCap', 'gradeChanges']);
    expect(rb?.components.find((c) => c.id === 'auditFlags')).toMatchObject({ status: 'noData', points: null });
    expect((ra?.rank ?? 99) < (rb?.rank ?? 0)).toBe(true);
  });
});

describe('public disclosure (Qinhuangdao art. 73)', () => {
  const PUBLISH = `mutation ($k: PublicationKind!, $y: Int, $t: String!, $n: String) { publishDisclosure(regionId: "qinhuangdao", kind: $k, year: $y, title: $t, note: $n) { id } }`;
  it('Qinhuangdao art. 73: only what is published, without login, and nothing personal (the response scanned)', async () => {
    const before = await count('SELECT count(*) AS n FROM publications');
    const phone = await server.graphql(PUBLISH, { k: 'fundYear', y: 2026, t: '2026年基金收支', n: '咨询电话13812345678' }, tokens.admin);
    expect(err(phone)).toEqual(['BAD_USER_INPUT', 'PUBLICATION_PERSONAL_DATA']);
    const byInspector = await server.graphql(PUBLISH, { k: 'fundYear', y: 2026, t: '2026年基金收支' }, tokens.inspector);
    expect(err(byInspector)[0]).toBe('FORBIDDEN');
    expect(await count('SELECT count(*) AS n FROM publications')).toBe(before);
    const ok = await server.graphql(PUBLISH, { k: 'fundYear', y: 2026, t: '2026年基金收支情况' }, tokens.admin);
    expect(ok.errors).toBeUndefined();
    const hidden = await server.graphql(PUBLISH, { k: 'scorecardResult', y: 2026, t: '撤回的考核结果' }, tokens.admin);
    await server.graphql(
      'mutation ($id: ID!) { withdrawPublication(id: $id, reason: "发布有误") { id } }',
      { id: hidden.data?.publishDisclosure.id },
      tokens.admin,
    );
    const res = await fetch(`${server.url}/api/public/disclosure`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('2026年基金收支情况');
    expect(text).toContain('秦皇岛市长期护理保险定点评估机构和定点护理服务机构名录'); // the demo's published directory
    expect(text).not.toContain('撤回的考核结果');
    expect(text).not.toContain('published_by');
    expect(text.match(ID_NUMBER_PATTERN)).toBeNull();
    expect(text.match(PHONE_PATTERN)).toBeNull();
    const body = JSON.parse(text);
    const fund = body.regions
      .find((r: { id: string }) => r.id === 'qinhuangdao')
      .publications.find((p: { kind: string }) => p.kind === 'fundYear');
    expect(fund.content.income).toMatch(/^-?\d+\.\d{2}$/);
  });
});
