import { ACCOUNT_KIND_RULES, type AccountKind, decidePosting, type PostingKind } from '@ltci/shared';
import type { Cell } from '../../db/scale/copy.js';
import type { ScaleContext, ScaleGenerator } from '../../db/scale/registry.js';
import { COUNTERPARTIES } from '../../db/seed/demo-fund.js';
import type { ScaleRegions } from '../regions/region.scale.js';
import type { ScaleUsers } from '../users/user.scale.js';

/** What a city's ledger holds day after day (as the demo's month, demo-fund.ts): payments out dominate, money comes in and down the levels. */
const TEMPLATES: [kind: PostingKind, debit: string, credit: string, weight: number, category?: 'employee' | 'resident'][] = [
  ['institutionPayment', 'careInstitutions', 'county', 60],
  ['institutionPayment', 'careInstitutions', 'cityExpenditure', 15],
  ['assessmentFee', 'assessmentInstitutions', 'cityExpenditure', 10],
  ['collection', 'special', 'taxAuthority', 6, 'employee'],
  ['collection', 'special', 'taxAuthority', 3, 'resident'],
  ['allocation', 'cityExpenditure', 'special', 3],
  ['countyAllocation', 'county', 'cityExpenditure', 3],
];
const CUMULATIVE = TEMPLATES.map((_, i) => TEMPLATES.slice(0, i + 1).reduce((s, t) => s + t[3], 0));
const TOTAL_WEIGHT = CUMULATIVE[CUMULATIVE.length - 1];

/**
 * The fund ledger: each city's accounts, and `size.postings` postings over `size.months` months up
 * to last month, each decided by the shared ledger rules (decidePosting: double entry, account
 * kinds, trace), with its two lines; then the monthly aggregates as the ledger's own write keeps them.
 */
export const fundScale: ScaleGenerator = {
  name: 'fund',
  after: ['regions', 'users'],
  async run(ctx: ScaleContext) {
    const { regions } = ctx.made.get('regions') as ScaleRegions;
    const { users } = ctx.made.get('users') as ScaleUsers;
    const poster = users.find((u) => u.username === 'bench_fund') ?? users[0];
    const accountRows: Cell[][] = [];
    const byRegion = new Map<string, { keys: Map<string, string>; ledger: { id: string; regionId: string; kind: AccountKind }[] }>();
    for (const r of regions) {
      const keys = new Map<string, string>();
      const ledger: { id: string; regionId: string; kind: AccountKind }[] = [];
      const add = (key: string, kind: AccountKind, name: string, countyCode: string | null) => {
        const id = ctx.rng.uuid();
        keys.set(key, id);
        ledger.push({ id, regionId: r.id, kind });
        accountRows.push([id, r.id, kind, countyCode, name, '2024-01-01T00:00:00Z']);
      };
      add('special', 'special', `${r.name}${ACCOUNT_KIND_RULES.special.label.zh}`, null);
      add('cityExpenditure', 'cityExpenditure', `${r.name}医保经办机构基金支出户`, null);
      for (const c of r.counties) add(`county:${c.id}`, 'countyExpenditure', `${c.name}基金支出户`, c.id);
      for (const kind of COUNTERPARTIES) add(kind, kind, ACCOUNT_KIND_RULES[kind].label.zh, null);
      byRegion.set(r.id, { keys, ledger });
    }
    await ctx.copy('fund_accounts', ['id', 'region_id', 'kind', 'county_code', 'name', 'created_at'], accountRows, accountRows.length);

    const caller = {
      id: poster.id,
      username: poster.username,
      roles: poster.roles,
      regionIds: regions.map((r) => r.id),
      counties: [],
      mustChangePassword: false,
    };
    const lines: Cell[][] = [];
    // a fixed last month, so that a seed gives the same ledger whatever the day
    const firstMonth = Date.UTC(2026, 11 - ctx.size.months, 1);
    const days = Math.round((Date.UTC(2026, 11, 1) - firstMonth) / 86_400_000);
    const postings = function* () {
      for (let n = 0; n < ctx.size.postings; n++) {
        const region = regions[n % regions.length];
        const { keys, ledger } = byRegion.get(region.id)!;
        // postings in date order, as a ledger is written
        const date = new Date(firstMonth + Math.floor((n / ctx.size.postings) * days) * 86_400_000).toISOString().slice(0, 10);
        const w = ctx.rng.next() * TOTAL_WEIGHT;
        const [kind, debitKey, creditKey, , category] = TEMPLATES[CUMULATIVE.findIndex((c) => w < c)] ?? TEMPLATES[0];
        const county = `county:${ctx.rng.pick(region.counties).id}`;
        const account = (key: string) => keys.get(key === 'county' ? county : key)!;
        const amount = `${ctx.rng.int(500, 900_000)}.${String(ctx.rng.int(0, 99)).padStart(2, '0')}`;
        const decided = decidePosting(
          {
            regionId: region.id,
            kind,
            date,
            insuredCategory: category ?? null,
            memo: null,
            lines: [
              { accountId: account(debitKey), side: 'debit', amount },
              { accountId: account(creditKey), side: 'credit', amount },
            ],
          },
          ledger,
          caller,
        );
        if (!decided.ok) throw new Error(`generated posting is invalid: ${JSON.stringify(decided.issues)}`);
        const id = ctx.rng.uuid();
        for (const l of decided.value.lines) lines.push([id, l.accountId, region.id, l.side, l.amount]);
        yield [
          id,
          region.id,
          kind,
          date,
          decided.value.amount,
          decided.value.insuredCategory,
          null,
          poster.id,
          poster.username,
          `${date}T09:00:00Z`,
          decided.trace,
        ];
      }
    };
    // the lines are written after their postings, a million at a time
    let lineCount = 0;
    const flushLines = async () => {
      lineCount += await ctx.copy('fund_posting_lines', ['posting_id', 'account_id', 'region_id', 'side', 'amount'], lines.splice(0), 0);
    };
    const all = postings();
    let written = 0;
    while (written < ctx.size.postings) {
      const batch = Math.min(500_000, ctx.size.postings - written);
      const slice = function* () {
        for (let k = 0; k < batch; k++) {
          const next = all.next();
          if (next.done) return;
          yield next.value;
        }
      };
      written += await ctx.copy(
        'fund_postings',
        ['id', 'region_id', 'kind', 'date', 'amount', 'insured_category', 'memo', 'posted_by', 'posted_by_name', 'created_at', 'trace'],
        slice(),
        batch,
      );
      await flushLines();
    }
    await ctx.client.query(`
      INSERT INTO fund_monthly (account_id, region_id, month, kind, debit, credit, postings)
      SELECT l.account_id, l.region_id, to_char(p.date, 'YYYY-MM'), p.kind,
             coalesce(sum(l.amount) FILTER (WHERE l.side = 'debit'), 0), coalesce(sum(l.amount) FILTER (WHERE l.side = 'credit'), 0), count(*)
        FROM fund_posting_lines l JOIN fund_postings p ON p.id = l.posting_id
       GROUP BY l.account_id, l.region_id, to_char(p.date, 'YYYY-MM'), p.kind`);
    return { fundAccounts: accountRows.length, postings: written, postingLines: lineCount };
  },
};
