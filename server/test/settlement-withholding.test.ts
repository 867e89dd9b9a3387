import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carePlan, claimant, declaration, institution, record } from './support/settlement-month.js';
import { startTestServer, type TestServer } from './support/test-server.js';

/**
 * Issue 13: a withholding (暂扣) the supervision decided reaches the institution's next settlement
 * payments (Qinhuangdao art. 68: 按协议约定处理), shown on the sheet with its finding and reason, and
 * is given back with the payment after the finding's rectification is verified (art. 71: 经审核通过后，方可恢复).
 */
let server: TestServer;
const tokens: Record<string, string> = {};
const COUNTY = 'qhd-haigang';

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

const START = `mutation ($r: ID!, $c: ID, $m: String!) { startSettlementRun(regionId: $r, countyId: $c, month: $m) { id } }`;
const STEP = `mutation ($id: ID!, $a: SettlementRunAction!, $v: Int!) { transitionSettlementRun(id: $id, action: $a, expectedVersion: $v) { state version } }`;
const RUN = `query ($id: ID!) { SettlementRun(id: $id) { computedAt job { state errors { code } }
  sheetList { id institutionId fundAmount withheld released payable withholdings postingId trace { rule citation output } } } }`;
const q = (sql: string, params: unknown[] = []) => server.dataSource.query(sql, params);

/** A finding on the institution and the withholding it led to, as the supervision records them (read here, written there). */
async function withholding(institutionId: string, finding: string, amount: string, reason: string): Promise<{ finding: string }> {
  const [i] = await q(
    `INSERT INTO inspections (region_id, county_id, kind, title, scope, planned_on, inspector_ids, inspector_names, target_ids, state, prepared_by)
     SELECT 'qinhuangdao', $1, 'unannounced', '暂扣测试检查', '服务记录', '2026-10-01', ARRAY[id], ARRAY['张稽核'], ARRAY[$2::uuid], 'findings_recorded', id
       FROM users WHERE username = 'inspector' RETURNING id`,
    [COUNTY, institutionId],
  );
  const [f] = await q(
    `INSERT INTO inspection_findings (inspection_id, institution_id, region_id, county_id, category, description, found_on, recorded_by, recorded_by_name)
     SELECT $1, $2, 'qinhuangdao', $3, 'false_records', $4, '2026-10-02', id, '张稽核' FROM users WHERE username = 'inspector' RETURNING id`,
    [i.id, institutionId, COUNTY, finding],
  );
  await q(
    `INSERT INTO supervision_consequences (finding_id, institution_id, region_id, county_id, kind, amount, reason, decided_on, decided_by, decided_by_name)
     SELECT $1, $2, 'qinhuangdao', $3, 'withholding', $4, $5, '2026-10-05', id, '张稽核' FROM users WHERE username = 'inspector'`,
    [f.id, institutionId, COUNTY, amount, reason],
  );
  return { finding: f.id };
}

async function settleAndPay(month: string) {
  const started = await server.graphql(START, { r: 'qinhuangdao', c: COUNTY, m: month }, tokens.agency_officer);
  expect(started.errors).toBeUndefined();
  const id = started.data?.startSettlementRun.id;
  const until = Date.now() + 60_000;
  let run = (await server.graphql(RUN, { id }, tokens.agency_officer)).data?.SettlementRun;
  while (!(run?.computedAt && run?.job?.state === 'succeeded') && run?.job?.state !== 'failed' && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    run = (await server.graphql(RUN, { id }, tokens.agency_officer)).data?.SettlementRun;
  }
  expect(run.job.state).toBe('succeeded');
  await server.graphql(STEP, { id, a: 'review', v: 1 }, tokens.agency_officer);
  await server.graphql(STEP, { id, a: 'recheck', v: 2 }, tokens.officer2);
  const paid = await server.graphql(STEP, { id, a: 'pay', v: 3 }, tokens.fund_manager);
  expect(paid.errors).toBeUndefined();
  return { id, run: (await server.graphql(RUN, { id }, tokens.agency_officer)).data?.SettlementRun };
}

describe('withholding in the settlement (Qinhuangdao art. 68, 71)', () => {
  let home = '';
  let first = { finding: '' };

  it('Qinhuangdao art. 68, 71: September pays 700 − 500 − 200 = 0.00 — W1 500 kept whole, W2 400 only as far as the 200 left; the sheet explains each', async () => {
    home = await institution(server.dataSource, COUNTY, 'elderly', '暂扣测试养老院');
    const c = await claimant(server.dataSource, COUNTY, '暂扣测试甲');
    await carePlan(server.dataSource, c, home, COUNTY, 'institution', '2026-01-01');
    // each month: the whole month in care, 1000.00 × 70% = 700.00 under the elderly-care cap 1400 (art. 31(1)1)
    for (const [month, to] of [
      ['2026-09', '30'],
      ['2026-10', '31'],
    ]) {
      const d = await declaration(server.dataSource, home, COUNTY, month);
      await record(server.dataSource, d, {
        key: `W-${month}`,
        claimant: c,
        days: { from: `${month}-01`, to: `${month}-${to}` },
        lines: [['care', '1000.00']],
      });
    }
    first = await withholding(home, '虚记上门服务3次', '500.00', '依据秦皇岛细则第六十八条及服务协议，暂扣500元');
    await withholding(home, '护理人员未持证上岗', '400.00', '依据服务协议第十二条，暂扣400元');
    const { id, run } = await settleAndPay('2026-09');
    const sheet = run.sheetList.find((s: { institutionId: string }) => s.institutionId === home);
    expect(sheet).toMatchObject({ fundAmount: '700.00', withheld: '700.00', released: '0.00', payable: '0.00', postingId: null });
    expect(sheet.withholdings).toEqual([
      expect.objectContaining({ action: 'withhold', amount: '500.00', finding: '虚记上门服务3次', citation: 'Qinhuangdao art. 68, 71' }),
      expect.objectContaining({ action: 'withhold', amount: '200.00', reason: '依据服务协议第十二条，暂扣400元' }),
    ]);
    expect(sheet.trace.find((t: { rule: string }) => t.rule === 'settlement.payable')).toMatchObject({ output: '0.00' });
    // nothing to pay, nothing posted
    const [{ n }] = await q(`SELECT count(*)::int AS n FROM fund_postings WHERE import_key = 'settlement:' || $1`, [sheet.id]);
    expect(n).toBe(0);
    expect((await q('SELECT count(*)::int AS n FROM settlement_withholdings WHERE run_id = $1', [id]))[0].n).toBe(2);
  });

  it('Qinhuangdao art. 71: W1’s rectification verified — October pays 700 + 500 released − 200 (the rest of W2) = 1000.00, one posting', async () => {
    await q(
      `INSERT INTO rectifications (finding_id, institution_id, region_id, county_id, ordered_on, due_on, requirement, state, prepared_by)
       SELECT $1, $2, 'qinhuangdao', $3, '2026-10-05', '2026-10-20', '规范服务记录', 'verified', id FROM users WHERE username = 'inspector'`,
      [first.finding, home, COUNTY],
    );
    const { run } = await settleAndPay('2026-10');
    const sheet = run.sheetList.find((s: { institutionId: string }) => s.institutionId === home);
    expect(sheet).toMatchObject({ fundAmount: '700.00', withheld: '200.00', released: '500.00', payable: '1000.00' });
    expect(sheet.withholdings.map((w: { action: string; amount: string }) => `${w.action} ${w.amount}`)).toEqual([
      'release 500.00',
      'withhold 200.00',
    ]);
    const postings = await q(`SELECT amount::text AS amount FROM fund_postings WHERE import_key = 'settlement:' || $1`, [sheet.id]);
    expect(postings).toEqual([{ amount: '1000.00' }]);
    // W1 withheld 500 and released 500 once each; W2 400 withheld in full (200 + 200), nothing more to keep
    const totals = await q(
      `SELECT c.amount::text AS imposed, w.action, sum(w.amount)::text AS total FROM settlement_withholdings w
         JOIN supervision_consequences c ON c.id = w.consequence_id WHERE w.institution_id = $1 GROUP BY c.amount, w.action ORDER BY 1, 2`,
      [home],
    );
    expect(totals).toEqual([
      { imposed: '400.00', action: 'withhold', total: '400.00' },
      { imposed: '500.00', action: 'release', total: '500.00' },
      { imposed: '500.00', action: 'withhold', total: '500.00' },
    ]);
  });
});
