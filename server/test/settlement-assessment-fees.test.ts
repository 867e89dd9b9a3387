import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCreditCode } from './support/operations.js';
import { startTestServer, type TestServer } from './support/test-server.js';

/**
 * Issue 13: the assessment fees the fund pays (Qinhuangdao art. 27: 每例200元; art. 54: 市医保经办机构按照
 * 评估费用标准生成结算数据，经初审、复核后按协议约定拨付) settled monthly per assessment institution from
 * the queue of `assessment_fees`, through the same review → re-check → payment as the care settlement.
 */
let server: TestServer;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  await server.dataSource.query(
    `WITH u AS (INSERT INTO users (username, display_name, password_hash, roles)
                SELECT 'officer2', '周复核', password_hash, roles FROM users WHERE username = 'agency_officer' RETURNING id)
     INSERT INTO user_regions (user_id, region_id) SELECT id, 'qinhuangdao' FROM u`,
  );
  for (const u of ['agency_officer', 'officer2', 'fund_manager']) tokens[u] = await server.login(u);
});
afterAll(async () => server?.stop());

const START = `mutation ($r: ID!, $c: ID, $m: String!, $k: SettlementKind) {
  startSettlementRun(regionId: $r, countyId: $c, month: $m, kind: $k) { id kind state version } }`;
const STEP = `mutation ($id: ID!, $a: SettlementRunAction!, $v: Int!) { transitionSettlementRun(id: $id, action: $a, expectedVersion: $v) { state version } }`;
const RUN = `query ($id: ID!) { SettlementRun(id: $id) { kind sheets claimants fundTotal claimantTotal computedAt job { state }
  sheetList { institutionId fundAmount records postingId trace { rule citation inputs output } } } }`;
type Res = Awaited<ReturnType<TestServer['graphql']>>;
const reason = (res: Res) => [res.errors?.[0]?.extensions.code, (res.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason];
const q = (sql: string, params: unknown[] = []) => server.dataSource.query(sql, params);
const officer = "(SELECT id FROM users WHERE username = 'agency_officer')";

async function assessmentInstitution(name: string): Promise<string> {
  const [i] = await q(
    `INSERT INTO institutions (kind, name, credit_code, legal_representative, address, region_id)
     VALUES ('assessment', $1, $2, '评估人', '秦皇岛市评估路1号', 'qinhuangdao') RETURNING id`,
    [name, newCreditCode()],
  );
  return i.id;
}

/** A finished assessment's fee row, as the assessment steps write it (`assessmentFeePayer`). */
async function fee(institution: string, month: string, payer: string, kind = 'initial', settlementId: string | null = null) {
  const [a] = await q(
    `INSERT INTO assessment_applications (region_id, claimant_id, kind, prepared_by, applied_on, disability_since, condition_stable)
     VALUES ('qinhuangdao', (SELECT id FROM claimants WHERE region_id = 'qinhuangdao' ORDER BY id LIMIT 1), $1, ${officer},
             '2026-09-01', '2026-03-01', true) RETURNING id`,
    [kind],
  );
  await q(
    `INSERT INTO assessment_fees (region_id, application_id, assessment_institution_id, month, kind, payer, amount, trace, settlement_id)
     VALUES ('qinhuangdao', $1, $2, $3, $4, $5, '200.00', '[]', $6)`,
    [a.id, institution, month, kind, payer, settlementId],
  );
}

async function computed(id: string) {
  const until = Date.now() + 60_000;
  for (;;) {
    const run = (await server.graphql(RUN, { id }, tokens.agency_officer)).data?.SettlementRun;
    if ((run?.computedAt && run?.job?.state === 'succeeded') || run?.job?.state === 'failed' || Date.now() > until) return run;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the monthly settlement of assessment fees (Qinhuangdao art. 27, 54)', () => {
  let x = '';
  let y = '';
  let runId = '';

  it('Qinhuangdao art. 54: settled by the city — refused for a county, and when nothing is queued; nothing written', async () => {
    const county = await server.graphql(
      START,
      { r: 'qinhuangdao', c: 'qhd-haigang', m: '2026-10', k: 'assessmentFee' },
      tokens.agency_officer,
    );
    expect(reason(county)).toEqual(['BAD_USER_INPUT', 'ASSESSMENT_FEES_CITY_LEVEL']);
    const none = await server.graphql(START, { r: 'qinhuangdao', c: null, m: '2000-01', k: 'assessmentFee' }, tokens.agency_officer);
    expect(reason(none)).toEqual(['CONFLICT', 'NO_ASSESSMENT_FEES']);
    expect((await q("SELECT count(*)::int AS n FROM settlement_runs WHERE kind = 'assessmentFee'"))[0].n).toBe(0);
  });

  it('Qinhuangdao art. 27, 54: a sheet per assessment institution — X: 3 × 200 = 600.00 (one queued from September), Y: 1 × 200 = 200.00; the applicant’s fee and a settled fee are not in it', async () => {
    x = await assessmentInstitution('费用测试评估机构甲');
    y = await assessmentInstitution('费用测试评估机构乙');
    await fee(x, '2026-10', 'fund');
    await fee(x, '2026-10', 'fund', 'endOfTerm');
    await fee(x, '2026-09', 'fund', 'dispute');
    await fee(y, '2026-10', 'fund');
    // 27(一): not eligible → the applicant pays (collected by the institution itself); a fee an earlier run settled
    await fee(y, '2026-10', 'applicant');
    await fee(y, '2026-09', 'fund', 'initial', '00000000-0000-4000-8000-00000000feed');
    // a fee of a later month waits for its own month's run
    await fee(y, '2026-11', 'fund');
    const started = await server.graphql(START, { r: 'qinhuangdao', c: null, m: '2026-10', k: 'assessmentFee' }, tokens.agency_officer);
    expect(started.errors).toBeUndefined();
    runId = started.data?.startSettlementRun.id;
    expect(started.data?.startSettlementRun).toMatchObject({ kind: 'assessmentFee', state: 'generated' });
    const run = await computed(runId);
    const by = Object.fromEntries(run.sheetList.map((s: { institutionId: string }) => [s.institutionId, s]));
    expect(by[x]).toMatchObject({ fundAmount: '600.00', records: 3, postingId: null });
    expect(by[y]).toMatchObject({ fundAmount: '200.00', records: 1 });
    expect(by[x].trace[0]).toMatchObject({
      rule: 'settlement.assessmentFees',
      citation: 'Qinhuangdao art. 27, 54',
      inputs: { assessments: 3, byKind: { initial: 1, endOfTerm: 1, dispute: 1 } },
    });
    expect(run.claimantTotal).toBe('0.00');
    // the queue: the run's fees carry it; the applicant's, the later month's and the earlier-settled stay as they were
    const rows = await q(
      `SELECT payer, month, settlement_id = $1 AS mine, settlement_id IS NULL AS queued FROM assessment_fees
        WHERE assessment_institution_id = ANY($2) ORDER BY payer, month, mine`,
      [runId, [x, y]],
    );
    expect(rows.filter((r: { mine: boolean }) => r.mine)).toHaveLength(4);
    expect(rows.filter((r: { queued: boolean }) => r.queued).map((r: { payer: string; month: string }) => `${r.payer} ${r.month}`)).toEqual(
      ['applicant 2026-10', 'fund 2026-11'],
    );
    // nothing left queued up to October; a fee of October arriving late is queued, and waits: one live run per month and kind
    const none = await server.graphql(START, { r: 'qinhuangdao', c: null, m: '2026-10', k: 'assessmentFee' }, tokens.agency_officer);
    expect(reason(none)).toEqual(['CONFLICT', 'NO_ASSESSMENT_FEES']);
    await fee(y, '2026-10', 'fund', 'stateChange');
    const again = await server.graphql(START, { r: 'qinhuangdao', c: null, m: '2026-10', k: 'assessmentFee' }, tokens.agency_officer);
    expect(reason(again)).toEqual(['CONFLICT', 'SETTLEMENT_EXISTS']);
  });

  it('Qinhuangdao art. 50 ¶2–3, 54, 56: first review, re-check by a second person, payment from the city account — one assessmentFee posting per sheet, never twice', async () => {
    expect((await server.graphql(STEP, { id: runId, a: 'review', v: 1 }, tokens.agency_officer)).data?.transitionSettlementRun.state).toBe(
      'reviewed',
    );
    expect(reason(await server.graphql(STEP, { id: runId, a: 'recheck', v: 2 }, tokens.agency_officer))).toEqual([
      'FORBIDDEN',
      'SAME_PERSON',
    ]);
    expect((await server.graphql(STEP, { id: runId, a: 'recheck', v: 2 }, tokens.officer2)).data?.transitionSettlementRun.state).toBe(
      'rechecked',
    );
    const paid = await server.graphql(STEP, { id: runId, a: 'pay', v: 3 }, tokens.fund_manager);
    expect(paid.errors).toBeUndefined();
    const postings = await q(
      `SELECT p.amount::text AS amount, p.kind, c.kind AS credited, d.kind AS debited FROM settlement_sheets s
         JOIN fund_postings p ON p.id = s.posting_id
         JOIN fund_posting_lines cl ON cl.posting_id = p.id AND cl.side = 'credit' JOIN fund_accounts c ON c.id = cl.account_id
         JOIN fund_posting_lines dl ON dl.posting_id = p.id AND dl.side = 'debit' JOIN fund_accounts d ON d.id = dl.account_id
        WHERE s.run_id = $1 AND s.institution_id = ANY($2) ORDER BY p.amount`,
      [runId, [x, y]],
    );
    expect(postings).toEqual([
      { amount: '200.00', kind: 'assessmentFee', credited: 'cityExpenditure', debited: 'assessmentInstitutions' },
      { amount: '600.00', kind: 'assessmentFee', credited: 'cityExpenditure', debited: 'assessmentInstitutions' },
    ]);
    expect(reason(await server.graphql(STEP, { id: runId, a: 'pay', v: 4 }, tokens.fund_manager))[0]).toBe('CONFLICT');
    const [{ n }] = await q(
      `SELECT count(*)::int AS n FROM fund_postings WHERE import_key IN (SELECT 'settlement:' || id FROM settlement_sheets WHERE run_id = $1)`,
      [runId],
    );
    expect(n).toBe((await computed(runId)).sheets);
  });
});
