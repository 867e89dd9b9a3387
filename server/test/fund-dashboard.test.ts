import { addMonthsToMonth, D } from '@ltci/shared';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../src/common/today.js';
import { csv, xlsx } from './support/files.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
const tokens: Record<string, string> = {};
const acc: Record<string, string> = {};
beforeAll(async () => {
  server = await startTestServer();
  for (const u of ['fund_manager', 'tpa_staff', 'admin']) tokens[u] = await server.login(u);
  for (const a of await server.dataSource.query("SELECT id, kind, county_code FROM fund_accounts WHERE region_id = 'qinhuangdao'"))
    acc[a.county_code ?? a.kind] = a.id;
});
afterAll(() => server?.stop());

type Res = Awaited<ReturnType<TestServer['graphql']>>;
const code = (res: Res) => res.errors?.[0]?.extensions.code;
const sql = (q: string, p: unknown[] = []) => server.dataSource.query(q, p);
const lastMonth = addMonthsToMonth(todayInChina().slice(0, 7), -1);

/**
 * The seeded Qinhuangdao month (server/src/db/seed/demo-fund.ts), summed by hand: every month
 * 820,000 of employee collections in and 250,000 + 150,000 + 180,000 paid to care institutions
 * plus 25,000 of assessment fees out (605,000); January 2,400,000 of resident premiums, March a
 * 1,200,000 subsidy, May a 50,000 donation; each quarter's end 6,800 + 900 of interest in and
 * 220,000 of TPA fees out (the 900 remitted to the special account and the year-end sweeps move
 * money between the fund's own accounts: no income, no expenditure).
 */
const seededIncome = (m: number) =>
  820_000 + (m === 1 ? 2_400_000 : 0) + (m === 3 ? 1_200_000 : 0) + (m === 5 ? 50_000 : 0) + (m % 3 === 0 ? 7_700 : 0);
const seededExpenditure = (m: number) => 605_000 + (m % 3 === 0 ? 220_000 : 0);
const yuan = (n: number) => n.toFixed(2);

const DASHBOARD = `query ($r: ID!) { fundDashboard(regionId: $r) {
  regionId launchMonth asOfMonth thresholdMonths citation packVersion balance monthsOfCapacity warningLine averageMonthlyPayment
  yearToDateIncome yearToDateExpenditure missingParameters
  series { month income expenditure balance averageMonthlyPayment warningLine monthsOfCapacity belowLine }
  trace { rule citation } accounts { id kind name countyId balance } thisMonth { kind postingClass amount } } }`;

describe('fund dashboard (issue 12, item 5)', () => {
  it('Qinhuangdao art. 58: the seeded year month by month — balances from launch and the 6-month warning line as it stood, worked out by hand', async () => {
    const res = await server.graphql(DASHBOARD, { r: 'qinhuangdao' }, tokens.fund_manager);
    expect(res.errors).toBeUndefined();
    const d = res.data?.fundDashboard;
    const first = addMonthsToMonth(lastMonth, -11);
    expect(d).toMatchObject({ launchMonth: first, thresholdMonths: 6, citation: 'Qinhuangdao art. 58', missingParameters: [] });
    expect(d.series.map((p: { month: string }) => p.month)[0]).toBe(first);
    const m1 = Number(first.slice(5));
    const m2 = (m1 % 12) + 1;
    const [p1, p2] = d.series;
    // launch month: its own expenditure is the average, the line 6 × it
    expect(p1).toMatchObject({
      income: yuan(seededIncome(m1)),
      expenditure: yuan(seededExpenditure(m1)),
      balance: yuan(seededIncome(m1) - seededExpenditure(m1)),
      warningLine: yuan(6 * seededExpenditure(m1)),
      belowLine: true,
    });
    // second month: the average of two months, the balance carried on
    const avg2 = (seededExpenditure(m1) + seededExpenditure(m2)) / 2;
    const balance2 = seededIncome(m1) - seededExpenditure(m1) + seededIncome(m2) - seededExpenditure(m2);
    expect(p2).toMatchObject({ balance: yuan(balance2), averageMonthlyPayment: yuan(avg2), warningLine: yuan(6 * avg2) });
    if (first === '2025-12') {
      // the seeded year of 2025-12 … 2026-11, by hand: December 827,700 in, 825,000 out → 2,700.00, line 4,950,000.00;
      // January 3,220,000 in, 605,000 out → 2,617,700.00, line 6 × (1,430,000 ÷ 2) = 4,290,000.00, 3.66 months
      expect([p1.balance, p1.warningLine, p2.balance, p2.warningLine, p2.monthsOfCapacity]).toEqual([
        '2700.00',
        '4950000.00',
        '2617700.00',
        '4290000.00',
        '3.66',
      ]);
    }
    // the latest point is the dashboard's figure, and the trace explains it
    expect(d.series.at(-1).balance).toBe(d.balance);
    expect(d.trace.map((s: { rule: string }) => s.rule)).toEqual(
      expect.arrayContaining(['fund.series', 'fund.warningLine', 'fund.monthsOfCapacity']),
    );
    const [{ total }] = await sql(
      `SELECT sum(m.debit - m.credit)::numeric(18,2)::text AS total FROM fund_monthly m JOIN fund_accounts a ON a.id = m.account_id
        WHERE m.region_id = 'qinhuangdao' AND a.kind IN ('special', 'cityExpenditure', 'countyExpenditure')`,
    );
    expect(d.balance).toBe(total);
  });

  it('Qinhuangdao art. 50: the three account levels with balances from the ledger; county accounts linked to the counties table', async () => {
    const d = (await server.graphql(DASHBOARD, { r: 'qinhuangdao' }, tokens.fund_manager)).data?.fundDashboard;
    expect(d.accounts.map((a: { kind: string }) => a.kind).sort()).toEqual([
      'cityExpenditure',
      'countyExpenditure',
      'countyExpenditure',
      'special',
    ]);
    const haigang = d.accounts.find((a: { id: string }) => a.id === acc['130302']);
    expect(haigang.countyId).toBe('qhd-haigang');
    const [{ balance }] = await sql(
      `SELECT sum(CASE WHEN side = 'debit' THEN amount ELSE -amount END)::numeric(18,2)::text AS balance FROM fund_posting_lines WHERE account_id = $1`,
      [acc['130302']],
    );
    expect(haigang.balance).toBe(balance);
  });

  it('Tumxuk §6(三): no months-of-capacity line is stated — none drawn, the missing parameter said', async () => {
    const d = (await server.graphql(DASHBOARD, { r: 'tumxuk' }, tokens.fund_manager)).data?.fundDashboard;
    expect(d).toMatchObject({ thresholdMonths: null, warningLine: null });
    expect(d.missingParameters[0]).toContain('Tumxuk');
    expect(d.series.every((p: { warningLine: string | null }) => p.warningLine === null)).toBe(true);
  });

  it('Qinhuangdao art. 49: the TPA never reads the fund (FORBIDDEN); another region is NOT_FOUND', async () => {
    expect(code(await server.graphql(DASHBOARD, { r: 'qinhuangdao' }, tokens.tpa_staff))).toBe('FORBIDDEN');
    const [{ id }] = await sql(
      `WITH u AS (INSERT INTO users (username, display_name, password_hash, roles) SELECT 'fund_tumxuk_only', '图木舒克基金', password_hash, ARRAY['fund_manager'] FROM users WHERE username = 'fund_manager' RETURNING id)
       INSERT INTO user_regions (user_id, region_id) SELECT id, 'tumxuk' FROM u RETURNING user_id AS id`,
    );
    expect(id).toBeTruthy();
    const token = await server.login('fund_tumxuk_only');
    expect(code(await server.graphql(DASHBOARD, { r: 'qinhuangdao' }, token))).toBe('NOT_FOUND');
  });
});

const RECORD = `mutation ($a: ID!, $m: String!, $b: String!, $n: String) {
  recordFundBankStatement(accountId: $a, month: $m, closingBalance: $b, note: $n) { id month closingBalance ledgerBalance difference } }`;
const WARNINGS = `{ allFundWarnings(perPage: 100, filter: { regionId: "qinhuangdao" }) { id code subject state figures citation trace { rule } } }`;
type W = { id: string; code: string; subject: string; state: string; figures: Record<string, string>; trace: { rule: string }[] };
const warnings = async () => (await server.graphql(WARNINGS, {}, tokens.fund_manager)).data?.allFundWarnings as W[];
const ledgerAt = async (account: string, month: string) =>
  (
    await sql('SELECT coalesce(sum(debit - credit), 0)::numeric(18,2)::text AS b FROM fund_monthly WHERE account_id = $1 AND month <= $2', [
      account,
      month,
    ])
  )[0].b;

describe('reconciliation: bank statements against the ledger (账实相符)', () => {
  it('Product rule: 账实相符 — the seeded city statement 1,500.00 short is an open warning with its difference and trace, and on the to-do list', async () => {
    const w = (await warnings()).find((x) => x.code === 'RECONCILIATION_MISMATCH' && x.state === 'open')!;
    expect(w).toMatchObject({ subject: `${acc.cityExpenditure}/${lastMonth}`, figures: { difference: '-1500.00', month: lastMonth } });
    expect(w.trace.map((s) => s.rule)).toContain('ledger.statementMatch');
    const todos = (await server.graphql('{ myTodos { kind record { resource id } } }', {}, tokens.fund_manager)).data?.myTodos;
    expect(todos).toContainEqual({ kind: 'fundWarning', record: { resource: 'FundWarning', id: w.id } });
  });

  it('Product rule: 账实相符 — a corrected statement resolves the warning; a new mismatch raises one, in the same transaction, audited', async () => {
    const ledger = await ledgerAt(acc.cityExpenditure, lastMonth);
    const fixed = await server.graphql(RECORD, { a: acc.cityExpenditure, m: lastMonth, b: ledger, n: '银行更正' }, tokens.fund_manager);
    expect(fixed.data?.recordFundBankStatement).toMatchObject({ ledgerBalance: ledger, difference: '0.00' });
    const subject = `${acc.cityExpenditure}/${lastMonth}`;
    expect((await warnings()).filter((x) => x.subject === subject).map((x) => x.state)).toEqual(['resolved']);

    const haigang = await ledgerAt(acc['130302'], lastMonth);
    const short = (Number(haigang) - 250).toFixed(2); // 250.00 short, worked out: difference −250.00
    const res = await server.graphql(RECORD, { a: acc['130302'], m: lastMonth, b: short }, tokens.fund_manager);
    expect(res.data?.recordFundBankStatement.difference).toBe('-250.00');
    const raised = (await warnings()).find((x) => x.subject === `${acc['130302']}/${lastMonth}`)!;
    expect(raised).toMatchObject({ code: 'RECONCILIATION_MISMATCH', state: 'open', figures: { difference: '-250.00' } });
    const audits = await sql("SELECT operation FROM audit_logs WHERE entity_type = 'FundBankStatement' AND entity_id = $1", [
      res.data?.recordFundBankStatement.id,
    ]);
    expect(audits).toEqual([{ operation: 'update' }]); // the seed had recorded this month already
  });

  it('Product rule: bad input — three decimals, a future month, a counterparty account, a TPA user: refused, nothing written', async () => {
    const before = await sql(
      "SELECT count(*)::int AS n, md5(string_agg(closing_balance::text, ',' ORDER BY id)) AS h FROM fund_bank_statements",
    );
    expect(code(await server.graphql(RECORD, { a: acc.special, m: lastMonth, b: '1.005' }, tokens.fund_manager))).toBe('BAD_USER_INPUT');
    expect(code(await server.graphql(RECORD, { a: acc.special, m: '2099-01', b: '1.00' }, tokens.fund_manager))).toBe('BAD_USER_INPUT');
    const tax = await server.graphql(RECORD, { a: acc.taxAuthority, m: lastMonth, b: '1.00' }, tokens.fund_manager);
    expect([code(tax), (tax.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason]).toEqual([
      'BAD_USER_INPUT',
      'NOT_A_FUND_ACCOUNT',
    ]);
    expect(code(await server.graphql(RECORD, { a: acc.special, m: lastMonth, b: '1.00' }, tokens.tpa_staff))).toBe('FORBIDDEN');
    expect(
      await sql("SELECT count(*)::int AS n, md5(string_agg(closing_balance::text, ',' ORDER BY id)) AS h FROM fund_bank_statements"),
    ).toEqual(before);
  });

  it('Product rule: a page of statements with their ledger balances is three statements (caller, page, ledger sums), whatever its size', async () => {
    const queries: string[] = [];
    const ds = server.dataSource as unknown as { logger: { logQuery: (q: string) => void } };
    const original = ds.logger.logQuery;
    ds.logger.logQuery = (q: string) => queries.push(q);
    try {
      const res = await server.graphql(
        '{ allFundBankStatements(perPage: 10, filter: { regionId: "qinhuangdao" }) { id month closingBalance ledgerBalance difference } }',
        {},
        tokens.fund_manager,
      );
      expect(res.data?.allFundBankStatements).toHaveLength(8); // two months × four fund accounts, seeded
    } finally {
      ds.logger.logQuery = original;
    }
    expect(queries.filter((q) => /^\s*(SELECT|WITH)/i.test(q))).toHaveLength(3);
  });
});

const JOB = 'query ($id: ID!) { Job(id: $id) { id state done total result errors { row column code message } } }';
const HEADER = ['统筹地区', '到账日期', '参保类别', '金额（元）', '征缴批次号', '备注'];
async function upload(body: Buffer, token = tokens.fund_manager) {
  const res = await fetch(`${server.url}/import/FundIncome`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream', 'x-file-name': 'income.xlsx' },
    body,
  });
  return { status: res.status, body: (await res.json()) as { job: { id: string; created: boolean } } };
}
async function finished(id: string) {
  const until = Date.now() + 60_000;
  for (;;) {
    const job = (await server.graphql(JOB, { id }, tokens.fund_manager)).data?.Job;
    if (job && (job.state === 'succeeded' || job.state === 'failed')) return job;
    if (Date.now() > until) throw new Error(`job ${id} did not finish: ${JSON.stringify(job)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
const postings = async () => (await sql("SELECT count(*)::int AS n FROM fund_postings WHERE kind = 'collection'"))[0].n;
const specialBalance = () => ledgerAt(acc.special, '2099-12');

describe('income import: the tax authority’s collection file (Qinhuangdao art. 51)', () => {
  it('Qinhuangdao art. 51: every bad row reported with its row number and column, nothing imported from the file', async () => {
    const before = [await postings(), await specialBalance()];
    const file = csv([
      HEADER,
      ['秦皇岛市', '2026-11-10', '职工', '820000.00', 'T-BAD-1', ''],
      ['秦皇岛市', '2026-13-01', '职工', '1.00', 'T-BAD-2', ''], // no 13th month
      ['秦皇岛市', '2026-11-10', '公务员', '1.00', 'T-BAD-3', ''], // not an insured category
      ['秦皇岛市', '2026-11-10', '退休人员', '0', 'T-BAD-4', ''], // zero
      ['北京市', '2026-11-10', '职工', '1.00', 'T-BAD-5', ''], // not a region of the fund manager
      ['秦皇岛市', '2026-11-10', '城乡居民', '5.00', 'T-BAD-1', ''], // row 2's reference again
    ]);
    const { status, body } = await upload(file);
    expect(status).toBe(201);
    const job = await finished(body.job.id);
    expect(job.state).toBe('failed');
    expect(job.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code])).toEqual([
      [3, '到账日期', 'INVALID_DATE'],
      [4, '参保类别', 'UNKNOWN_VALUE'],
      [5, '金额（元）', 'AMOUNT_NOT_POSITIVE'],
      [6, '统筹地区', 'REGION_NOT_ALLOWED'],
      [7, '征缴批次号', 'DUPLICATE_IN_FILE'],
    ]);
    expect([await postings(), await specialBalance()]).toEqual(before);
  });

  it('Qinhuangdao art. 51: a valid .xlsx posts each row into the special account, audited; the same file twice imports once; a reference imports once', async () => {
    const before = await specialBalance();
    const count = await postings();
    const file = await xlsx([
      HEADER,
      ['秦皇岛市', '2026-11-12', '职工', '120000.50', 'T-OK-1', '11月职工'],
      ['qinhuangdao', '2026-11-12', '灵活就业人员', '30000.25', 'T-OK-2', ''],
    ]);
    const first = await upload(file);
    const job = await finished(first.body.job.id);
    expect(job).toMatchObject({ state: 'succeeded', done: 2, total: 2, result: { imported: 2, total: '150000.75' } });
    expect(await postings()).toBe(count + 2);
    // 120,000.50 + 30,000.25 = 150,000.75 into the special account
    expect(new D(await specialBalance()).minus(before).toFixed(2)).toBe('150000.75');
    const rows = await sql(
      "SELECT import_key, insured_category, amount::text FROM fund_postings WHERE import_key LIKE 'T-OK-%' ORDER BY import_key",
    );
    expect(rows).toEqual([
      { import_key: 'T-OK-1', insured_category: 'employee', amount: '120000.50' },
      { import_key: 'T-OK-2', insured_category: 'flexible', amount: '30000.25' },
    ]);
    const audits = await sql(
      "SELECT count(*)::int AS n FROM audit_logs WHERE operation = 'import' AND entity_type = 'FundPosting' AND after->>'jobId' = $1",
      [job.id],
    );
    expect(audits).toEqual([{ n: 2 }]);

    const again = await upload(file);
    expect([again.status, again.body.job]).toEqual([200, expect.objectContaining({ id: job.id, created: false })]);
    const other = await upload(csv([HEADER, ['秦皇岛市', '2026-11-13', '职工', '1.00', 'T-OK-2', '另一份文件']]));
    const refused = await finished(other.body.job.id);
    expect(refused.errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual([[2, 'ALREADY_IMPORTED']]);
    expect(await postings()).toBe(count + 2);
  });

  it('Qinhuangdao art. 49: a TPA user may not import (FORBIDDEN)', async () => {
    const res = await fetch(`${server.url}/import/FundIncome`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.tpa_staff}`, 'content-type': 'application/octet-stream' },
      body: csv([HEADER]),
    });
    expect(res.status).toBe(403);
  });
});

describe('fund statements as .xlsx (Qinhuangdao art. 56, 73)', () => {
  const get = (filter: Record<string, string>, token = tokens.fund_manager) =>
    fetch(
      `${server.url}/export/FundPosting?${new URLSearchParams({ filter: JSON.stringify(filter), sortField: 'date', sortOrder: 'ASC' })}`,
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );

  it('Qinhuangdao art. 56: one account’s month — every posting that moved it, debits and credits summing to the month’s aggregate', async () => {
    const month = lastMonth;
    const filter = { regionId: 'qinhuangdao', accountId: acc['130302'], from: `${month}-01`, to: `${month}-28` };
    const res = await get(filter);
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['凭证号', '借方（转入）', '贷方（转出）']));
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    // the seeded month of 海港区: 260,000.00 in from the city account, 250,000.00 paid to care institutions
    const [agg] = await sql(
      'SELECT sum(debit)::text AS debit, sum(credit)::text AS credit FROM fund_monthly WHERE account_id = $1 AND month = $2',
      [acc['130302'], month],
    );
    const sum = (col: number) => rows.reduce((s, r) => s.plus(String(r[col])), new D(0)).toFixed(2);
    expect([sum(6), sum(7)]).toEqual([agg.debit, agg.credit]);
    expect(rows.map((r) => r[4])).toEqual(expect.arrayContaining(['市级拨付县（区）支出户', '拨付定点护理服务机构']));
  });

  it('Product rule: an export names its account (BAD_USER_INPUT otherwise); the TPA may not export the fund (403)', async () => {
    expect((await get({ regionId: 'qinhuangdao' })).status).toBe(400);
    expect((await get({ regionId: 'qinhuangdao', accountId: acc.special }, tokens.tpa_staff)).status).toBe(403);
  });
});
