import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaration, institution, seedManyStays, seedMonth } from './support/settlement-month.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
const tokens: Record<string, string> = {};
const workers: ChildProcess[] = [];

const WORKER = fileURLToPath(new URL('../src/worker.ts', import.meta.url));
function startWorker(env: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, ['--conditions=source', '--import', '@oxc-node/core/register', WORKER], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env: { ...process.env, DATABASE_URL: server.databaseUrl, JOB_STALE_SECONDS: '2', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  workers.push(child);
  return child;
}

beforeAll(async () => {
  server = await startTestServer({ jobsInServer: false, jobStaleSeconds: 2 });
  for (const u of ['agency_officer', 'haigang_officer', 'fund_manager', 'inspector']) tokens[u] = await server.login(u);
});
afterAll(async () => {
  for (const w of workers) w.kill('SIGKILL');
  await server?.stop();
});

const START = `mutation ($r: ID!, $c: ID, $m: String!) { startSettlementRun(regionId: $r, countyId: $c, month: $m) { id state version jobId } }`;
const STEP = `mutation ($id: ID!, $a: SettlementRunAction!, $v: Int!, $reason: String) {
  transitionSettlementRun(id: $id, action: $a, expectedVersion: $v, reason: $reason) { id state version } }`;
const RUN = `query ($id: ID!) { SettlementRun(id: $id) { id state version sheets claimants records fundTotal claimantTotal computedAt
  job { state phase done total attempts } allowedActions { action enabled blockedBy }
  sheetList { id institutionId fundAmount claimantAmount excluded billed unsettled claimants records postingId trace { rule citation output } } } }`;
type Res = Awaited<ReturnType<TestServer['graphql']>>;
const reason = (res: Res) => [res.errors?.[0]?.extensions.code, (res.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason];

async function computed(id: string, timeoutMs = 90_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const run = (await server.graphql(RUN, { id }, tokens.agency_officer)).data?.SettlementRun;
    if ((run?.computedAt && run?.job?.state === 'succeeded') || run?.job?.state === 'failed' || Date.now() > until) return run;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the monthly settlement (Qinhuangdao art. 32, 55–57)', () => {
  let runId = '';
  let month: Awaited<ReturnType<typeof seedMonth>>;

  it('Qinhuangdao art. 55, 57: refused while a declaration of the month is not confirmed, or a blocking flag undecided; nothing written', async () => {
    month = await seedMonth(server.dataSource, 'qhd-haigang', '2026-09');
    const other = await institution(server.dataSource, 'qhd-beidaihe', 'elderly', '未确认申报机构');
    await declaration(server.dataSource, other, 'qhd-beidaihe', '2026-09', 'draft');
    const refused = await server.graphql(START, { r: 'qinhuangdao', c: 'qhd-beidaihe', m: '2026-09' }, tokens.agency_officer);
    expect(reason(refused)).toEqual(['CONFLICT', 'DECLARATIONS_NOT_CONFIRMED']);
    await server.dataSource.query(
      `UPDATE audit_flags SET decision = NULL, decision_reason = NULL, decided_by = NULL, decided_at = NULL WHERE fingerprint = 'A-03'`,
    );
    const undecided = await server.graphql(START, { r: 'qinhuangdao', c: 'qhd-haigang', m: '2026-09' }, tokens.agency_officer);
    expect(reason(undecided)).toEqual(['CONFLICT', 'FLAGS_UNDECIDED']);
    expect((await server.dataSource.query("SELECT count(*)::int AS n FROM settlement_runs WHERE month = '2026-09'"))[0].n).toBe(0);
    await server.dataSource.query(
      `UPDATE audit_flags SET decision = 'refuse', decision_reason = '服务不足120分钟', decided_by = (SELECT id FROM users WHERE username = 'inspector'),
              decided_at = now() WHERE fingerprint = 'A-03'`,
    );
    const future = await server.graphql(START, { r: 'qinhuangdao', c: 'qhd-haigang', m: '2099-01' }, tokens.agency_officer);
    expect(reason(future)).toEqual(['BAD_USER_INPUT', 'FUTURE_MONTH']);
  });

  it('Qinhuangdao art. 31(1)1, 31(1)3, 32, 33, 55: the hand-worked month — A: fund 510, claimant 40; B: fund 1500 + 900 = 2400, claimants 1600 + 600 = 2200', async () => {
    const started = await server.graphql(START, { r: 'qinhuangdao', c: 'qhd-haigang', m: '2026-09' }, tokens.agency_officer);
    expect(started.errors).toBeUndefined();
    runId = started.data?.startSettlementRun.id;
    expect(started.data?.startSettlementRun.state).toBe('generated');
    const early = await server.graphql(RUN, { id: runId }, tokens.agency_officer);
    expect(early.data?.SettlementRun.allowedActions.find((a: { action: string }) => a.action === 'review')).toMatchObject({
      enabled: false,
      blockedBy: ['SETTLEMENT_COMPUTING'],
    });
    startWorker();
    const run = await computed(runId);
    expect(run).toMatchObject({ sheets: 2, claimants: 3, records: 8, fundTotal: '2910.00', claimantTotal: '2240.00' });
    expect(run.job).toMatchObject({ state: 'succeeded', done: 3, total: 3 });
    const byInstitution = Object.fromEntries(run.sheetList.map((s: { institutionId: string }) => [s.institutionId, s]));
    expect(byInstitution[month.institutionA]).toMatchObject({
      fundAmount: '510.00',
      claimantAmount: '40.00',
      billed: '710.00',
      unsettled: '120.00',
    });
    expect(byInstitution[month.institutionB]).toMatchObject({
      fundAmount: '2400.00',
      claimantAmount: '2200.00',
      excluded: '600.00',
      claimants: 2,
    });
    expect(byInstitution[month.institutionB].trace[0]).toMatchObject({ rule: 'settlement.sheet', citation: 'Qinhuangdao art. 32, 55' });
    const lines = await server.graphql(
      'query ($s: ID!) { settlementLines(sheetId: $s) { claimantId fundAmount detail { key status fundPays } trace { rule citation } } }',
      { s: byInstitution[month.institutionB].id },
      tokens.inspector,
    );
    const s1 = lines.data?.settlementLines.find((l: { claimantId: string }) => l.claimantId === month.claimants.s1);
    expect(s1.fundAmount).toBe('1500.00');
    expect(s1.trace.map((t: { rule: string }) => t.rule)).toContain('settlement.record.daysWithoutBenefit');
    const statement = await server.graphql(
      'query ($c: ID!, $m: String!) { benefitStatement(claimantId: $c, month: $m) { fundAmount claimantAmount billed lines { institutionId } } }',
      { c: month.claimants.h1, m: '2026-09' },
      tokens.agency_officer,
    );
    expect(statement.data?.benefitStatement).toMatchObject({ fundAmount: '510.00', claimantAmount: '40.00', billed: '710.00' });
  });

  it('Qinhuangdao art. 56: the re-check is another officer’s; a return needs its reason', async () => {
    const first = await server.graphql(STEP, { id: runId, a: 'review', v: 1 }, tokens.agency_officer);
    expect(first.data?.transitionSettlementRun.state).toBe('reviewed');
    expect(reason(await server.graphql(STEP, { id: runId, a: 'recheck', v: 2 }, tokens.agency_officer))).toEqual([
      'FORBIDDEN',
      'SAME_PERSON',
    ]);
    expect(reason(await server.graphql(STEP, { id: runId, a: 'return', v: 2 }, tokens.haigang_officer))[1]).toBe('REASON_REQUIRED');
    const second = await server.graphql(STEP, { id: runId, a: 'recheck', v: 2 }, tokens.haigang_officer);
    expect(second.data?.transitionSettlementRun.state).toBe('rechecked');
    expect(reason(await server.graphql(STEP, { id: runId, a: 'pay', v: 3 }, tokens.agency_officer))[0]).toBe('FORBIDDEN');
  });

  it('Qinhuangdao art. 50 ¶3, 55, 58: paying posts one payment per sheet from the county account, once; the warnings are recomputed', async () => {
    const [{ before }] = await server.dataSource.query(
      `SELECT max(updated_at) AS before FROM fund_warnings WHERE region_id = 'qinhuangdao'`,
    );
    const BALANCE = 'query ($id: ID!) { allSettlementRuns(filter: { ids: [$id] }) { id accountBalance } }';
    const balance = async () =>
      new Decimal((await server.graphql(BALANCE, { id: runId }, tokens.fund_manager)).data?.allSettlementRuns[0].accountBalance);
    const balanceBefore = await balance();
    const paid = await server.graphql(STEP, { id: runId, a: 'pay', v: 3 }, tokens.fund_manager);
    expect(paid.errors).toBeUndefined();
    // the paying account, as the run's list shows it, is down by the two sheets: 510.00 + 2400.00
    expect(balanceBefore.minus(await balance()).toFixed(2)).toBe('2910.00');
    expect(paid.data?.transitionSettlementRun.state).toBe('paid');
    const postings = await server.dataSource.query(
      `SELECT p.amount::text AS amount, p.kind, a.kind AS credited, a.county_id FROM fund_postings p
         JOIN fund_posting_lines l ON l.posting_id = p.id AND l.side = 'credit' JOIN fund_accounts a ON a.id = l.account_id
        WHERE p.import_key IN (SELECT 'settlement:' || id FROM settlement_sheets WHERE run_id = $1) ORDER BY p.amount`,
      [runId],
    );
    expect(postings).toEqual([
      { amount: '510.00', kind: 'institutionPayment', credited: 'countyExpenditure', county_id: 'qhd-haigang' },
      { amount: '2400.00', kind: 'institutionPayment', credited: 'countyExpenditure', county_id: 'qhd-haigang' },
    ]);
    expect(reason(await server.graphql(STEP, { id: runId, a: 'pay', v: 4 }, tokens.fund_manager))[0]).toBe('CONFLICT');
    const [{ after }] = await server.dataSource.query(`SELECT max(updated_at) AS after FROM fund_warnings WHERE region_id = 'qinhuangdao'`);
    if (before) expect(new Date(after).getTime()).toBeGreaterThanOrEqual(new Date(before).getTime());
    // the sheets as a spreadsheet, streamed by the server with Chinese headers
    const res = await fetch(`${server.url}/export/SettlementRun?filter=${encodeURIComponent(JSON.stringify({ runId }))}`, {
      headers: { authorization: `Bearer ${tokens.inspector}` },
    });
    expect(res.status).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const rows: unknown[][] = [];
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0].slice(0, 2)).toEqual(['结算月份', '定点机构']);
    expect(
      rows
        .slice(1)
        .map((r) => r[6])
        .sort(),
    ).toEqual(['2400.00', '510.00']);
    // the ledger itself refuses a second posting for a sheet
    const [sheet] = await server.dataSource.query('SELECT id FROM settlement_sheets WHERE run_id = $1 LIMIT 1', [runId]);
    await expect(
      server.dataSource.query(
        `INSERT INTO fund_postings (region_id, kind, date, amount, import_key, posted_by, posted_by_name, trace)
         VALUES ('qinhuangdao', 'institutionPayment', '2026-10-10', 1, $1, (SELECT id FROM users WHERE username = 'fund_manager'), 'x', '[]')`,
        [`settlement:${sheet.id}`],
      ),
    ).rejects.toThrow(/duplicate key/);
  });

  it('Qinhuangdao art. 50 ¶3, 52: payment refused when the paying county account cannot cover it; nothing posted', async () => {
    await server.dataSource.query(
      `INSERT INTO fund_accounts (region_id, kind, county_code, county_id, name) VALUES ('qinhuangdao', 'countyExpenditure', '130303', 'qhd-shanhaiguan', '山海关区基金支出户')`,
    );
    await seedMonth(server.dataSource, 'qhd-shanhaiguan', '2026-09');
    const started = await server.graphql(START, { r: 'qinhuangdao', c: 'qhd-shanhaiguan', m: '2026-09' }, tokens.agency_officer);
    const id = started.data?.startSettlementRun.id;
    await computed(id);
    await server.graphql(STEP, { id, a: 'review', v: 1 }, tokens.agency_officer);
    // the Haigang officer does not reach Shanhaiguan; a second city officer re-checks
    expect(reason(await server.graphql(STEP, { id, a: 'recheck', v: 2 }, tokens.haigang_officer))[0]).toBe('NOT_FOUND');
    await server.dataSource.query(
      `WITH u AS (INSERT INTO users (username, display_name, password_hash, roles)
                  SELECT 'officer2', '周复核', password_hash, roles FROM users WHERE username = 'agency_officer' RETURNING id)
       INSERT INTO user_regions (user_id, region_id) SELECT id, 'qinhuangdao' FROM u`,
    );
    const rechecked = await server.graphql(STEP, { id, a: 'recheck', v: 2 }, await server.login('officer2'));
    expect(rechecked.data?.transitionSettlementRun.state).toBe('rechecked');
    const refused = await server.graphql(STEP, { id, a: 'pay', v: 3 }, tokens.fund_manager);
    expect(reason(refused)).toEqual(['BAD_USER_INPUT', 'FUNDS_INSUFFICIENT']);
    const [{ n }] = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM fund_postings WHERE import_key IN (SELECT 'settlement:' || id FROM settlement_sheets WHERE run_id = $1)`,
      [id],
    );
    expect(n).toBe(0);
    expect((await server.graphql(RUN, { id }, tokens.fund_manager)).data?.SettlementRun.state).toBe('rechecked');
  });
});

describe('the demo', () => {
  it('Qinhuangdao art. 31(2), 55: last month’s Haigang settlement waits for its first review with the hand-worked figures, its resident within the annual cap', async () => {
    const list = await server.graphql(
      '{ allSettlementRuns(filter: { state: generated }) { id countyId fundTotal claimantTotal sheets allowedActions { action enabled } } }',
      {},
      tokens.agency_officer,
    );
    const demo = list.data?.allSettlementRuns.find((r: { countyId: string }) => r.countyId === 'qhd-haigang');
    // the hand-worked month, and the resident R-03: 2000 × 30% = 600 under the annual cap 40000 × 40% = 16000 (art. 31(2)), claimant 1400
    expect(demo).toMatchObject({ fundTotal: '3510.00', claimantTotal: '3640.00', sheets: 2 });
    expect(demo.allowedActions.find((a: { action: string }) => a.action === 'review').enabled).toBe(true);
  });
});

describe('the settlement job killed half way', () => {
  it('resumes from its checkpoint after SIGKILL: the same totals as a whole run, one line per claimant, one sheet', {
    timeout: 150_000,
  }, async () => {
    for (const w of workers.splice(0)) w.kill('SIGKILL');
    const institution = await seedManyStays(server.dataSource, 'qhd-funing', '2026-09', 1500);
    const started = await server.graphql(START, { r: 'qinhuangdao', c: 'qhd-funing', m: '2026-09' }, tokens.agency_officer);
    expect(started.errors).toBeUndefined();
    const id = started.data?.startSettlementRun.id;
    const jobId = started.data?.startSettlementRun.jobId;
    const progress = async () => (await server.dataSource.query('SELECT state, phase, done, total FROM jobs WHERE id = $1', [jobId]))[0];
    const first = startWorker({ SETTLEMENT_CHUNK: '100' });
    const until = Date.now() + 60_000;
    while (!((await progress()).done >= 300) && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const halfway = await progress();
    expect(halfway).toMatchObject({ state: 'running', phase: 'settle' });
    expect(halfway.done).toBeLessThan(1500);
    const lines = async () =>
      (await server.dataSource.query('SELECT count(*)::int AS n FROM settlement_lines WHERE run_id = $1', [id]))[0].n;
    // the lines and the checkpoint commit together
    expect(await lines()).toBe(halfway.done);

    startWorker({ SETTLEMENT_CHUNK: '100' });
    const run = await computed(id, 120_000);
    // every stay: 30 days, care 1000 × 70% = 700 under the elderly-care cap 1400 (art. 31(1)1); claimant 300
    expect(run).toMatchObject({ sheets: 1, claimants: 1500, fundTotal: '1050000.00', claimantTotal: '450000.00' });
    expect(run.job.attempts).toBeGreaterThanOrEqual(2);
    expect(await lines()).toBe(1500);
    const [sheet] = await server.dataSource.query(
      'SELECT count(*)::int AS n, sum(fund_amount)::text AS fund FROM settlement_sheets WHERE run_id = $1 AND institution_id = $2',
      [id, institution],
    );
    expect(sheet).toEqual({ n: 1, fund: '1050000.00' });
  });
});
