import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { D } from '@ltci/shared';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seed/demo-data.js';
import { hashPassword } from '../src/modules/auth/password.js';
import { startTestServer, type TestServer } from './support/test-server.js';

/** Subsidies and donations (Qinhuangdao art. 50 ¶1, 51; art. 15): entered with their document, posted on a second person's approval. */
let server: TestServer;
let storage: string;
const tokens: Record<string, string> = {};
const acc: Record<string, Record<string, string>> = { qinhuangdao: {}, tumxuk: {} };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');

beforeAll(async () => {
  storage = mkdtempSync(join(tmpdir(), 'ltci-grants-'));
  server = await startTestServer({ attachmentsDir: storage });
  const hash = await hashPassword(DEMO_PASSWORD);
  await server.dataSource.query(
    `WITH u AS (INSERT INTO users (username, display_name, password_hash, roles) VALUES ('grant_checker', '复核人', $1, ARRAY['fund_manager']) RETURNING id)
     INSERT INTO user_regions (user_id, region_id) SELECT id, 'qinhuangdao' FROM u`,
    [hash],
  );
  for (const u of ['fund_manager', 'grant_checker', 'tpa_staff']) tokens[u] = await server.login(u);
  for (const a of await server.dataSource.query('SELECT id, region_id, kind, county_code FROM fund_accounts'))
    acc[a.region_id][a.county_code ?? a.kind] = a.id;
});
afterAll(async () => {
  await server?.stop();
  rmSync(storage, { recursive: true, force: true });
});

type Res = Awaited<ReturnType<TestServer['graphql']>>;
const err = (res: Res) => [res.errors?.[0]?.extensions.code, (res.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason];
const CREATE = `mutation ($r: ID!, $k: FundGrantKind!, $d: String!, $m: String!, $s: String!, $doc: String!, $a: ID!) {
  createFundGrant(regionId: $r, kind: $k, date: $d, amount: $m, source: $s, documentRef: $doc, accountId: $a) {
    id state version amount source documentRef postingId documents trace { rule citation } } }`;
const DECIDE = `mutation ($id: ID!, $a: FundGrantAction!, $v: Int!, $r: String) {
  transitionFundGrant(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state version postingId } }`;
const subsidy = (over: Record<string, unknown> = {}) => ({
  r: 'qinhuangdao',
  k: 'subsidy',
  d: '2026-11-25',
  m: '1250000.00',
  s: '秦皇岛市财政局',
  doc: '秦财社〔2026〕31号',
  a: acc.qinhuangdao.special,
  ...over,
});
const balances = async () => {
  const rows: { id: string; b: string }[] = await server.dataSource.query(
    `SELECT a.id, coalesce(sum(CASE WHEN l.side = 'debit' THEN l.amount ELSE -l.amount END), 0)::numeric(18,2)::text AS b
       FROM fund_accounts a LEFT JOIN fund_posting_lines l ON l.account_id = a.id WHERE a.region_id = 'qinhuangdao' GROUP BY a.id`,
  );
  return Object.fromEntries(rows.map((r) => [r.id, r.b]));
};
const monthly = async (account: string, kind: string) =>
  (
    await server.dataSource.query(
      "SELECT coalesce(sum(debit), 0)::text AS debit, coalesce(sum(credit), 0)::text AS credit FROM fund_monthly WHERE account_id = $1 AND month = '2026-11' AND kind = $2",
      [account, kind],
    )
  )[0];
const FINGERPRINT = `SELECT (SELECT count(*) FROM fund_postings) AS postings, (SELECT count(*) FROM fund_grants) AS grants,
  (SELECT md5(coalesce(string_agg(m::text, '' ORDER BY account_id, month, kind), '')) FROM fund_monthly m) AS monthly,
  (SELECT count(*) FROM audit_logs) AS audits`;

async function attach(id: string, token = tokens.fund_manager) {
  const form = new FormData();
  form.set('ownerType', 'FundGrant');
  form.set('ownerId', id);
  form.set('category', 'grant_document');
  form.set('file', new Blob([PDF], { type: 'application/pdf' }), '关于下达2026年长期护理保险财政补助资金的通知.pdf');
  const res = await fetch(`${server.url}/api/attachments`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  return res.status;
}

describe('subsidies and donations through the ledger', () => {
  it('Qinhuangdao art. 50 ¶1, 51, 56: a subsidy is entered (nothing posted), needs its document, is posted by a second person: special +1,250,000.00, finance −1,250,000.00', async () => {
    const before = await balances();
    const postings = (await server.dataSource.query('SELECT count(*)::int AS n FROM fund_postings'))[0].n;
    const created = await server.graphql(CREATE, subsidy(), tokens.fund_manager);
    expect(created.errors).toBeUndefined();
    const g = created.data?.createFundGrant;
    expect(g).toMatchObject({ state: 'proposed', amount: '1250000.00', documentRef: '秦财社〔2026〕31号', postingId: null, documents: 0 });
    expect(g.trace.map((s: { citation: string }) => s.citation).join(' ')).toContain('Qinhuangdao art. 50 ¶1, 51');
    // on the second fund manager's to-do list until posted, by its document reference
    const todos = await server.graphql('{ myTodos { kind record { resource id title } dueDate } }', {}, tokens.grant_checker);
    expect(todos.data?.myTodos).toEqual(
      expect.arrayContaining([
        { kind: 'fundGrantApproval', record: { resource: 'FundGrant', id: g.id, title: '秦财社〔2026〕31号' }, dueDate: '2026-11-25' },
      ]),
    );
    expect((await server.dataSource.query('SELECT count(*)::int AS n FROM fund_postings'))[0].n).toBe(postings);

    // no document yet: refused, with the guard's code
    const bare = await server.graphql(DECIDE, { id: g.id, a: 'approve', v: g.version }, tokens.grant_checker);
    expect(err(bare)).toEqual(['BAD_USER_INPUT', 'GRANT_DOCUMENT_MISSING']);
    expect(await attach(g.id)).toBe(201);
    // the maker may not post their own entry (maker-checker)
    const own = await server.graphql(DECIDE, { id: g.id, a: 'approve', v: g.version }, tokens.fund_manager);
    expect(err(own)[1]).toBe('SAME_PERSON');

    const posted = await server.graphql(DECIDE, { id: g.id, a: 'approve', v: g.version }, tokens.grant_checker);
    expect(posted.errors).toBeUndefined();
    expect(posted.data?.transitionFundGrant.state).toBe('posted');
    const [posting] = await server.dataSource.query('SELECT kind, amount::text, date::text FROM fund_postings WHERE id = $1', [
      posted.data?.transitionFundGrant.postingId,
    ]);
    expect(posting).toEqual({ kind: 'subsidy', amount: '1250000.00', date: '2026-11-25' });
    const after = await balances();
    const delta = (id: string) => new D(after[id]).minus(before[id]).toFixed(2);
    expect(delta(acc.qinhuangdao.special)).toBe('1250000.00');
    expect(delta(acc.qinhuangdao.finance)).toBe('-1250000.00');
    expect(delta(acc.qinhuangdao.cityExpenditure)).toBe('0.00');
    // the month's aggregate for the special account's subsidies (the seed has none in November)
    expect(await monthly(acc.qinhuangdao.special, 'subsidy')).toEqual({ debit: '1250000.00', credit: '0.00' });
    const audit = await server.dataSource.query('SELECT entity_type, operation FROM audit_logs WHERE entity_id = ANY($1) ORDER BY id', [
      [g.id, posted.data?.transitionFundGrant.postingId],
    ]);
    expect(audit.map((a: { entity_type: string; operation: string }) => `${a.entity_type} ${a.operation}`)).toEqual(
      expect.arrayContaining(['FundGrant create', 'FundPosting post']),
    );
  });

  it('Qinhuangdao art. 15, 51: a donation of 3,000.50 goes to the special account from donors; the dashboard and the aggregates show it; a reversal takes it back out', async () => {
    const before = await balances();
    const created = (
      await server.graphql(CREATE, subsidy({ k: 'donation', m: '3000.50', s: '秦皇岛市慈善总会', doc: 'JZ-2026-007' }), tokens.fund_manager)
    ).data?.createFundGrant;
    expect(await attach(created.id)).toBe(201);
    const posted = await server.graphql(DECIDE, { id: created.id, a: 'approve', v: created.version }, tokens.grant_checker);
    const postingId = posted.data?.transitionFundGrant.postingId;
    const after = await balances();
    const delta = (id: string) => new D(after[id]).minus(before[id]).toFixed(2);
    expect(delta(acc.qinhuangdao.special)).toBe('3000.50');
    expect(delta(acc.qinhuangdao.donor)).toBe('-3000.50');
    expect(await monthly(acc.qinhuangdao.donor, 'donation')).toEqual({ debit: '0.00', credit: '3000.50' });

    const d = (
      await server.graphql(
        'query { fundDashboard(regionId: "qinhuangdao") { postedMonth thisMonth { kind amount } } }',
        {},
        tokens.fund_manager,
      )
    ).data?.fundDashboard;
    if (d.postedMonth === '2026-11') {
      expect(d.thisMonth).toEqual(
        expect.arrayContaining([
          { kind: 'donation', amount: '3000.50' },
          { kind: 'subsidy', amount: '1250000.00' },
        ]),
      );
    }

    // a mistake is undone by the ledger's own reversal, approved by the second person
    const proposal = await server.graphql(
      'mutation ($p: ID!) { proposeFundReversal(postingId: $p, reason: "捐赠人撤回") { id version } }',
      { p: postingId },
      tokens.fund_manager,
    );
    const reversed = await server.graphql(
      'mutation ($id: ID!, $v: Int!) { transitionFundReversal(id: $id, action: approve, expectedVersion: $v) { state } }',
      { id: proposal.data?.proposeFundReversal.id, v: proposal.data?.proposeFundReversal.version },
      tokens.grant_checker,
    );
    expect(reversed.data?.transitionFundReversal.state).toBe('approved');
    const shown = await server.graphql(
      'query ($id: ID!) { FundGrant(id: $id) { state postingId reversedBy } }',
      { id: created.id },
      tokens.fund_manager,
    );
    expect(shown.data?.FundGrant).toMatchObject({ state: 'posted', postingId });
    expect(shown.data?.FundGrant.reversedBy).toBeTruthy();
    const back = await balances();
    expect(back[acc.qinhuangdao.special]).toBe(before[acc.qinhuangdao.special]);
    expect(back[acc.qinhuangdao.donor]).toBe(before[acc.qinhuangdao.donor]);
  });

  it('Issue 8, defect 5: the list exports .xlsx with its columns and Chinese headers — the posted subsidy and donation, newest first', async () => {
    const filter = JSON.stringify({ regionId: 'qinhuangdao', state: 'posted' });
    const res = await fetch(`${server.url}/export/FundGrant?${new URLSearchParams({ filter })}`, {
      headers: { authorization: `Bearer ${tokens.fund_manager}` },
    });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const rows: unknown[][] = [];
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['到账日期', '统筹地区', '类别', '资金来源', '文件文号', '金额（元）', '状态']);
    expect(rows.slice(1).map((r) => [r[1], r[2], r[4], r[6]])).toEqual(
      expect.arrayContaining([
        ['秦皇岛市', '财政补助收入', '秦财社〔2026〕31号', '已入账'],
        ['秦皇岛市', '社会捐助收入', 'JZ-2026-007', '已入账'],
      ]),
    );
  });

  it('Qinhuangdao art. 49, 51; Tumxuk §6(三): bad entries are refused with their code and nothing is written', async () => {
    const print = await server.dataSource.query(FINGERPRINT);
    const cases: [Record<string, unknown>, string, string | undefined][] = [
      [{ m: '0.00' }, 'BAD_USER_INPUT', undefined],
      [{ m: '-5.00' }, 'BAD_USER_INPUT', undefined],
      [{ m: '10.005' }, 'BAD_USER_INPUT', undefined],
      [{ s: ' ' }, 'BAD_USER_INPUT', 'SOURCE_REQUIRED'],
      [{ doc: '' }, 'BAD_USER_INPUT', 'DOCUMENT_REF_REQUIRED'],
      // a subsidy goes into the special account only (art. 51), never straight into an expenditure account
      [{ a: acc.qinhuangdao.cityExpenditure }, 'BAD_USER_INPUT', undefined],
      // another region's account
      [{ a: acc.tumxuk.special }, 'BAD_USER_INPUT', undefined],
    ];
    for (const [over, code, reason] of cases) {
      const res = await server.graphql(CREATE, subsidy(over), tokens.fund_manager);
      expect(err(res)[0], JSON.stringify(over)).toBe(code);
      if (reason) expect(err(res)[1]).toBe(reason);
    }
    // another region altogether, and a TPA user: forbidden
    expect(err(await server.graphql(CREATE, subsidy({ r: 'tumxuk', a: acc.tumxuk.special }), tokens.grant_checker))[0]).toBe('FORBIDDEN');
    expect(err(await server.graphql(CREATE, subsidy(), tokens.tpa_staff))[0]).toBe('FORBIDDEN');
    expect(await server.dataSource.query(FINGERPRINT)).toEqual(print);
  });

  it('Product rule: maker-checker — a rejection needs a reason and writes no posting', async () => {
    const g = (await server.graphql(CREATE, subsidy({ m: '500.00' }), tokens.fund_manager)).data?.createFundGrant;
    const noReason = await server.graphql(DECIDE, { id: g.id, a: 'reject', v: g.version }, tokens.grant_checker);
    expect(err(noReason)[1]).toBe('REASON_REQUIRED');
    const postings = (await server.dataSource.query('SELECT count(*)::int AS n FROM fund_postings'))[0].n;
    const rejected = await server.graphql(DECIDE, { id: g.id, a: 'reject', v: g.version, r: '文号与文件不符' }, tokens.grant_checker);
    expect(rejected.data?.transitionFundGrant).toMatchObject({ state: 'rejected', postingId: null });
    expect((await server.dataSource.query('SELECT count(*)::int AS n FROM fund_postings'))[0].n).toBe(postings);
  });
});
