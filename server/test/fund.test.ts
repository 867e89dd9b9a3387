import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seed/demo-data.js';
import { hashPassword } from '../src/modules/auth/password.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
const tokens: Record<string, string> = {};
/** account ids by region and `kind` (or county code) */
const acc: Record<string, Record<string, string>> = { qinhuangdao: {}, tumxuk: {} };
beforeAll(async () => {
  server = await startTestServer();
  const hash = await hashPassword(DEMO_PASSWORD);
  await server.dataSource.query(
    `WITH u AS (INSERT INTO users (username, display_name, password_hash, roles) VALUES ('fund_checker', '复核人', $1, ARRAY['fund_manager']) RETURNING id)
     INSERT INTO user_regions (user_id, region_id) SELECT id, r FROM u, unnest(ARRAY['qinhuangdao','tumxuk']) r`,
    [hash],
  );
  for (const u of ['admin', 'fund_manager', 'fund_checker', 'tpa_staff', 'inspector']) tokens[u] = await server.login(u);
  for (const a of await server.dataSource.query('SELECT id, region_id, kind, county_code FROM fund_accounts'))
    acc[a.region_id][a.county_code ?? a.kind] = a.id;
});
afterAll(() => server?.stop());

type Res = Awaited<ReturnType<TestServer['graphql']>>;
const got = (res: Res, field: string): unknown => (res.data as Record<string, unknown>)[field];
const err = (res: Res) => [res.errors?.[0]?.extensions.code, (res.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason];

const POST = `mutation ($r: ID!, $k: FundPostingKind!, $d: String!, $l: [FundPostingLineInput!]!, $c: String, $m: String) {
  postFund(regionId: $r, kind: $k, date: $d, lines: $l, insuredCategory: $c, memo: $m) { id amount kind lines { accountId side amount } } }`;
const PROPOSE = 'mutation ($p: ID!, $r: String!) { proposeFundReversal(postingId: $p, reason: $r) { id state version } }';
const DECIDE = `mutation ($id: ID!, $a: FundReversalAction!, $v: Int!, $r: String) {
  transitionFundReversal(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state reversingPostingId } }`;
const two = (debit: string, credit: string, amount: string) => [
  { accountId: debit, side: 'debit', amount },
  { accountId: credit, side: 'credit', amount },
];
const collection = (amount = '1000.00', region = 'qinhuangdao') => ({
  r: region,
  k: 'collection',
  d: '2026-11-20',
  c: 'employee',
  l: two(acc[region].special, acc[region].taxAuthority, amount),
});

/** What a refusal must leave as it was. */
const FINGERPRINT = `SELECT (SELECT count(*) FROM fund_postings) AS postings, (SELECT count(*) FROM fund_posting_lines) AS lines,
  (SELECT md5(coalesce(string_agg(m::text, '' ORDER BY account_id, month, kind), '')) FROM fund_monthly m) AS monthly,
  (SELECT count(*) FROM fund_reversals) AS reversals, (SELECT count(*) FROM audit_logs) AS audits,
  (SELECT md5(coalesce(string_agg(w.id::text || w.state || w.figures::text, '' ORDER BY w.id), '')) FROM fund_warnings w) AS warnings`;
const fingerprint = () => server.dataSource.query(FINGERPRINT);

/** Product rule (账账相符): every posting balances, balances = sum of lines, aggregates = recomputation from the lines. */
async function ledgerInvariants() {
  const unbalanced = await server.dataSource.query(
    `SELECT p.id FROM fund_postings p JOIN fund_posting_lines l ON l.posting_id = p.id GROUP BY p.id, p.amount
      HAVING sum(l.amount) FILTER (WHERE side = 'debit') <> sum(l.amount) FILTER (WHERE side = 'credit')
          OR sum(l.amount) FILTER (WHERE side = 'debit') <> p.amount`,
  );
  const drift = await server.dataSource.query(
    `WITH r AS (SELECT l.account_id, to_char(p.date, 'YYYY-MM') AS month, p.kind,
                       sum(l.amount) FILTER (WHERE side = 'debit') AS debit, sum(l.amount) FILTER (WHERE side = 'credit') AS credit
                  FROM fund_posting_lines l JOIN fund_postings p ON p.id = l.posting_id GROUP BY 1, 2, 3)
     SELECT * FROM r FULL JOIN fund_monthly m USING (account_id, month, kind)
      WHERE coalesce(r.debit, 0) <> coalesce(m.debit, 0) OR coalesce(r.credit, 0) <> coalesce(m.credit, 0)`,
  );
  const accounts = await server.graphql('{ allFundAccounts(perPage: 100) { id balance } }', {}, tokens.fund_manager);
  const sums = await server.dataSource.query(
    `SELECT a.id, coalesce(sum(CASE WHEN l.side = 'debit' THEN l.amount ELSE -l.amount END), 0)::numeric(18,2)::text AS balance
       FROM fund_accounts a LEFT JOIN fund_posting_lines l ON l.account_id = a.id GROUP BY a.id`,
  );
  const shown = new Map((got(accounts, 'allFundAccounts') as { id: string; balance: string }[]).map((a) => [a.id, a.balance]));
  return { unbalanced, drift, balances: sums.filter((s: { id: string; balance: string }) => shown.get(s.id) !== s.balance) };
}

describe('fund ledger on PostgreSQL', () => {
  it('Qinhuangdao art. 50: the seeded year — three levels of accounts per region, every posting balanced, balances and aggregates tie back to the lines', async () => {
    expect(Object.keys(acc.qinhuangdao)).toEqual(expect.arrayContaining(['special', 'cityExpenditure', '130302', '130304']));
    const [{ n }] = await server.dataSource.query('SELECT count(*)::int AS n FROM fund_postings');
    expect(n).toBeGreaterThan(150);
    expect(await ledgerInvariants()).toEqual({ unbalanced: [], drift: [], balances: [] });
  });

  it('Qinhuangdao art. 51: a tax collection posts, with its lines, aggregates and one audit row in its transaction', async () => {
    const before = await server.dataSource.query("SELECT count(*)::int AS n FROM audit_logs WHERE entity_type = 'FundPosting'");
    const res = await server.graphql(POST, { ...collection('1234.56'), m: '11月补缴' }, tokens.fund_manager);
    expect(res.errors).toBeUndefined();
    expect(res.data?.postFund).toMatchObject({ amount: '1234.56', kind: 'collection' });
    const after = await server.dataSource.query("SELECT count(*)::int AS n FROM audit_logs WHERE entity_type = 'FundPosting'");
    expect(after[0].n - before[0].n).toBe(1);
    expect(await ledgerInvariants()).toEqual({ unbalanced: [], drift: [], balances: [] });
  });

  it.each([
    [
      'an unbalanced posting',
      () => ({
        ...collection(),
        l: [
          two(acc.qinhuangdao.special, acc.qinhuangdao.taxAuthority, '1.00')[0],
          two(acc.qinhuangdao.special, acc.qinhuangdao.taxAuthority, '2.00')[1],
        ],
      }),
      'BAD_USER_INPUT',
      'UNBALANCED',
    ],
    [
      'a posting to another region’s account',
      () => ({ ...collection(), l: two(acc.tumxuk.special, acc.qinhuangdao.taxAuthority, '1.00') }),
      'BAD_USER_INPUT',
      'ACCOUNT_OTHER_REGION',
    ],
    ['a zero amount', () => collection('0.00'), 'BAD_USER_INPUT', 'AMOUNT_NOT_POSITIVE'],
    ['a negative amount', () => collection('-10.00'), 'BAD_USER_INPUT', 'AMOUNT_NOT_POSITIVE'],
    [
      'a collection into the city account',
      () => ({ ...collection(), l: two(acc.qinhuangdao.cityExpenditure, acc.qinhuangdao.taxAuthority, '1.00') }),
      'BAD_USER_INPUT',
      'ACCOUNT_NOT_ALLOWED',
    ],
    [
      'an unknown account id',
      () => ({ ...collection(), l: two('not-a-uuid', acc.qinhuangdao.taxAuthority, '1.00') }),
      'BAD_USER_INPUT',
      'ACCOUNT_UNKNOWN',
    ],
  ])(
    'Product rule: double entry (Qinhuangdao art. 49–51) — %s is refused with its code, nothing written',
    async (_n, vars, code, reason) => {
      const before = await fingerprint();
      const res = await server.graphql(POST, vars(), tokens.fund_manager);
      expect(err(res)).toEqual([code, reason]);
      expect(await fingerprint()).toEqual(before);
    },
  );

  it('Qinhuangdao art. 49; Tumxuk §6(三): a TPA user never posts (FORBIDDEN), nothing written', async () => {
    const before = await fingerprint();
    expect(err(await server.graphql(POST, collection('1.00', 'tumxuk'), tokens.tpa_staff))[0]).toBe('FORBIDDEN');
    expect(await fingerprint()).toEqual(before);
  });

  it('Product rule: reversal — proposed with a reason, the proposer cannot approve (SAME_PERSON), a second person approves; no reversal of a reversal', async () => {
    const posted = await server.graphql(POST, collection('500.00'), tokens.fund_manager);
    const postingId = (got(posted, 'postFund') as { id: string }).id;
    let before = await fingerprint();
    expect(err(await server.graphql(PROPOSE, { p: postingId, r: '  ' }, tokens.fund_manager))).toEqual([
      'BAD_USER_INPUT',
      'REASON_REQUIRED',
    ]);
    expect(await fingerprint()).toEqual(before);
    const proposed = (await server.graphql(PROPOSE, { p: postingId, r: '金额录错' }, tokens.fund_manager)).data?.proposeFundReversal as {
      id: string;
      version: number;
    };
    expect(err(await server.graphql(PROPOSE, { p: postingId, r: '再次' }, tokens.fund_manager))).toEqual([
      'BAD_USER_INPUT',
      'REVERSAL_PENDING',
    ]);
    before = await fingerprint();
    const own = await server.graphql(DECIDE, { id: proposed.id, a: 'approve', v: proposed.version }, tokens.fund_manager);
    expect(err(own)).toEqual(['FORBIDDEN', 'SAME_PERSON']);
    expect(await fingerprint()).toEqual(before);
    const approved = await server.graphql(DECIDE, { id: proposed.id, a: 'approve', v: proposed.version }, tokens.fund_checker);
    expect(approved.errors).toBeUndefined();
    const reversing = (got(approved, 'transitionFundReversal') as { reversingPostingId: string }).reversingPostingId;
    const lines = await server.graphql(
      'query ($id: ID!) { FundPosting(id: $id) { reversalOf lines { accountId side amount } } }',
      { id: reversing },
      tokens.fund_manager,
    );
    expect(lines.data?.FundPosting).toEqual({
      reversalOf: postingId,
      lines: [
        { accountId: acc.qinhuangdao.special, side: 'credit', amount: '500.00' },
        { accountId: acc.qinhuangdao.taxAuthority, side: 'debit', amount: '500.00' },
      ],
    });
    before = await fingerprint();
    expect(err(await server.graphql(PROPOSE, { p: reversing, r: '冲正的冲正' }, tokens.fund_checker))).toEqual([
      'BAD_USER_INPUT',
      'REVERSAL_OF_REVERSAL',
    ]);
    expect(err(await server.graphql(PROPOSE, { p: postingId, r: '再冲一次' }, tokens.fund_checker))).toEqual([
      'BAD_USER_INPUT',
      'ALREADY_REVERSED',
    ]);
    expect(await fingerprint()).toEqual(before);
    expect(await ledgerInvariants()).toEqual({ unbalanced: [], drift: [], balances: [] });
  });

  it('Product rule: property — random sequences of postings and reversals keep every posting balanced, balances = sum of lines, aggregates = recomputation', async () => {
    const q = acc.qinhuangdao;
    const moves: [string, string, string, string | null][] = [
      ['collection', q.special, q.taxAuthority, 'resident'],
      ['allocation', q.cityExpenditure, q.special, null],
      ['countyAllocation', q['130302'], q.cityExpenditure, null],
      ['institutionPayment', q.careInstitutions, q['130302'], null],
      ['tpaFee', q.tpa, q.cityExpenditure, null],
      ['countySweep', q.special, q['130304'], null],
    ];
    const op = fc.oneof(
      fc.record({
        t: fc.constant('post' as const),
        move: fc.nat(moves.length - 1),
        cents: fc.integer({ min: 1, max: 50_000_000 }),
        day: fc.integer({ min: 1, max: 28 }),
      }),
      fc.record({ t: fc.constant('reverse' as const), back: fc.nat(5) }),
    );
    const posted: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 5 }), async (ops) => {
        for (const o of ops) {
          if (o.t === 'post') {
            const [k, debit, credit, c] = moves[o.move];
            const amount = (o.cents / 100).toFixed(2);
            const res = await server.graphql(
              POST,
              { r: 'qinhuangdao', k, d: `2026-10-${String(o.day).padStart(2, '0')}`, c, l: two(debit, credit, amount) },
              tokens.fund_manager,
            );
            expect(res.errors).toBeUndefined();
            posted.push((got(res, 'postFund') as { id: string }).id);
          } else if (posted.length) {
            const target = posted[Math.max(0, posted.length - 1 - o.back)];
            const p = await server.graphql(PROPOSE, { p: target, r: '性质测试' }, tokens.fund_manager);
            if (p.errors) {
              expect(err(p)[1]).toMatch(/ALREADY_REVERSED|REVERSAL_PENDING/);
              continue;
            }
            const r = p.data?.proposeFundReversal as { id: string; version: number };
            expect((await server.graphql(DECIDE, { id: r.id, a: 'approve', v: r.version }, tokens.fund_checker)).errors).toBeUndefined();
          }
        }
        expect(await ledgerInvariants()).toEqual({ unbalanced: [], drift: [], balances: [] });
      }),
      { numRuns: 12 },
    );
  }, 240_000);
});

describe('fund warnings', () => {
  const WARNINGS =
    '{ allFundWarnings(perPage: 50, filter: { regionId: "qinhuangdao" }) { id code subject state citation figures note trace { rule citation } } }';
  type W = {
    id: string;
    code: string;
    subject: string;
    state: string;
    citation: string;
    figures: Record<string, unknown>;
    note: string | null;
    trace: { rule: string }[];
  };
  const warnings = async () => (await server.graphql(WARNINGS, {}, tokens.fund_manager)).data?.allFundWarnings as W[];

  it('Qinhuangdao art. 63, 50 ¶3: the seeded year raises TPA fees over 5% and a county balance not swept at the end of last year, each with its figures and trace', async () => {
    const open = (await warnings()).filter((w) => w.state !== 'resolved');
    const tpa = open.find((w) => w.code === 'TPA_FEE_OVER_CAP')!;
    expect(tpa).toMatchObject({ citation: 'Qinhuangdao art. 63', figures: { capRate: '0.05' } });
    expect(tpa.trace.map((s) => s.rule)).toContain('fund.tpaFeeAnnualCap');
    const sweep = open.find((w) => w.code === 'COUNTY_BALANCE_NOT_SWEPT')!;
    expect(sweep).toMatchObject({ subject: acc.qinhuangdao['130304'], citation: 'Qinhuangdao art. 50 ¶3' });
  });

  it('Qinhuangdao art. 50 ¶3: acknowledged with a note, the county warning resolves once the balance is swept back (recomputed by the posting)', async () => {
    const sweep = (await warnings()).find((w) => w.code === 'COUNTY_BALANCE_NOT_SWEPT' && w.state === 'open')!;
    const ACK = 'mutation ($id: ID!, $n: String!) { acknowledgeFundWarning(id: $id, note: $n) { state note } }';
    expect(err(await server.graphql(ACK, { id: sweep.id, n: ' ' }, tokens.fund_manager))).toEqual(['BAD_USER_INPUT', 'NOTE_REQUIRED']);
    expect(
      (await server.graphql(ACK, { id: sweep.id, n: '已通知北戴河区上缴' }, tokens.fund_manager)).data?.acknowledgeFundWarning,
    ).toEqual({
      state: 'acknowledged',
      note: '已通知北戴河区上缴',
    });
    const [{ balance }] = await server.dataSource.query(
      "SELECT sum(debit - credit)::numeric(18,2)::text AS balance FROM fund_monthly WHERE account_id = $1 AND month <= '2025-12'",
      [acc.qinhuangdao['130304']],
    );
    const swept = await server.graphql(
      POST,
      { r: 'qinhuangdao', k: 'countySweep', d: '2025-12-31', l: two(acc.qinhuangdao.special, acc.qinhuangdao['130304'], balance) },
      tokens.fund_manager,
    );
    expect(swept.errors).toBeUndefined();
    expect((await warnings()).find((w) => w.id === sweep.id)?.state).toBe('resolved');
  });
});
