import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../src/app.js';
import { readConfig } from '../src/config.js';
import { generateInto } from '../src/db/scale/load.js';
import { type ScaleSize, SIZES } from '../src/db/scale/sizes.js';
import { SCALE_PASSWORD } from '../src/modules/users/user.scale.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

/**
 * Every filter and sort the dashboard's main lists offer is answered from an index (issue 9): on a
 * generated dataset (the seed:scale generators: 10 cities of 1,000 institutions, 60,000 postings
 * and audit rows), each list request is sent as the dashboard sends it, every statement the server sent for
 * it is EXPLAINed, and a sequential scan of a table of more than LARGE rows fails the test. The
 * caller is a city's (a province's caller reaches every row, where a sequential scan is right).
 */
const LARGE = 5_000;
const PLAN_SIZE: ScaleSize = {
  ...SIZES.S,
  regions: 10,
  institutionsPerRegion: 1_000,
  staffPerInstitution: [1, 3],
  agreementsPerInstitution: 2,
  postings: 60_000,
  auditRows: 60_000,
};

let db: TestDatabase;
let app: RunningApp;
const sent: { sql: string; params: unknown[] }[] = [];
const tokens: Record<string, string> = {};
beforeAll(async () => {
  db = await createTestDatabase();
  await generateInto(db.url, PLAN_SIZE, 7, () => {});
  const logger = db.dataSource.logger as { logQuery: (sql: string, params?: unknown[]) => void };
  logger.logQuery = (sql, params) => sent.push({ sql, params: params ?? [] });
  app = await startApp(db.dataSource, { ...readConfig({ NODE_ENV: 'test' }), port: 0, jwtSecret: 'plan-secret' });
  for (const u of ['bench_admin', 'bench_fund']) {
    const res = await gql('mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u, p: SCALE_PASSWORD });
    tokens[u] = res.data.login.token;
  }
}, 240_000);
afterAll(async () => {
  await app?.close();
  await db?.drop();
});

// biome-ignore lint/suspicious/noExplicitAny: the tests read the answers field by field
async function gql(query: string, variables: Record<string, unknown>, token?: string): Promise<any> {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}
const walk = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(walk)];

/** The large tables a request's statements read by a sequential scan. */
async function seqScans(send: () => Promise<unknown>): Promise<string[]> {
  sent.length = 0;
  await send();
  const statements = sent.filter((s) => /^\s*SELECT/i.test(s.sql) && !/FROM "?users"? "?u"? WHERE u\.id/.test(s.sql));
  const sizes = new Map<string, number>(
    (await db.dataSource.query("SELECT relname, reltuples FROM pg_class WHERE relkind = 'r'")).map(
      (r: { relname: string; reltuples: number }) => [r.relname, Number(r.reltuples)],
    ),
  );
  const found: string[] = [];
  for (const s of statements) {
    const [row] = await db.dataSource.query(`EXPLAIN (FORMAT JSON) ${s.sql}`, s.params);
    for (const node of walk(row['QUERY PLAN'][0].Plan)) {
      const rel = node['Relation Name'];
      if (node['Node Type'] === 'Seq Scan' && rel && (sizes.get(rel) ?? 0) > LARGE) found.push(`${rel} in: ${s.sql.slice(0, 300)}`);
    }
  }
  return found;
}

const LISTS: { query: string; type: string; sorts: string[]; filters: Record<string, unknown>[]; who: string }[] = [
  {
    query: 'allInstitutions',
    type: 'Institution',
    sorts: ['name', 'kind', 'careSubtype', 'creditCode', 'regionId', 'status'],
    filters: [{}, { kind: 'care' }, { careSubtype: 'elderly' }, { status: 'active' }, { countyId: 'bench-01-c1' }],
    who: 'bench_admin',
  },
  {
    query: 'allServiceAgreements',
    type: 'ServiceAgreement',
    sorts: ['number', 'startDate', 'endDate', 'state'],
    filters: [{}, { state: 'active' }, { regionId: 'bench-01' }],
    who: 'bench_admin',
  },
  {
    query: 'allFundPostings',
    type: 'FundPosting',
    sorts: ['number', 'date', 'amount', 'kind'],
    filters: [{}, { kind: 'collection' }],
    who: 'bench_fund',
  },
  {
    query: 'allAuditLogs',
    type: 'AuditLog',
    sorts: ['at'],
    filters: [{}, { entityType: 'Institution' }, { operation: 'login' }],
    who: 'bench_admin',
  },
];

describe('the main lists are answered from indexes on generated data (issue 9)', () => {
  for (const list of LISTS) {
    it(`${list.query}: every sort and filter of the dashboard, no sequential scan of a large table`, async () => {
      const problems: string[] = [];
      for (const sortField of list.sorts) {
        for (const sortOrder of ['ASC', 'DESC']) {
          for (const filter of list.filters) {
            const found = await seqScans(() =>
              gql(
                `query ($sortField: ${list.type}SortField, $sortOrder: SortOrder, $filter: ${list.type}Filter) {
                   items: ${list.query}(page: 0, perPage: 25, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { id }
                   total: _${list.query}Meta(filter: $filter) { count } }`,
                { sortField, sortOrder, filter },
                tokens[list.who],
              ),
            );
            problems.push(...found.map((f) => `${sortField} ${sortOrder} ${JSON.stringify(filter)}: ${f}`));
          }
        }
      }
      expect(problems).toEqual([]);
    }, 120_000);
  }
});

/** The statements one request sent, the caller's sign-in check left out. */
async function statementsOf(query: string, variables: Record<string, unknown>, token: string): Promise<string[]> {
  sent.length = 0;
  const res = await gql(query, variables, token);
  expect(res.errors).toBeUndefined();
  return sent.map((s) => s.sql).filter((sql) => !/FROM users u WHERE u\.id = \$1/.test(sql));
}

describe('statements per request: one per level of relations, never one per row (issue 9)', () => {
  const page = { page: 0, perPage: 25 };

  it('the institutions list as the dashboard asks it: the page, its total, the staff counts; region and county come from the row', async () => {
    const sql = await statementsOf(
      `query ($page: Int, $perPage: Int) { items: allInstitutions(page: $page, perPage: $perPage) { id name regionId region { id } county { id } staffCount }
         total: _allInstitutionsMeta(page: $page, perPage: $perPage) { count } }`,
      page,
      tokens.bench_admin,
    );
    expect(sql).toHaveLength(3);
    expect(sql.some((s) => /FROM "?regions"?|FROM "?counties"?/.test(s))).toBe(false);
  });

  it('an institution with its staff and their count: two statements (the count is the staff list’s length)', async () => {
    const list = await gql('{ allInstitutions(perPage: 1) { id } }', {}, tokens.bench_admin);
    const sql = await statementsOf(
      'query ($id: ID!) { data: Institution(id: $id) { id name region { id } staffCount staff { id name } } }',
      { id: list.data.allInstitutions[0].id },
      tokens.bench_admin,
    );
    expect(sql).toHaveLength(2);
  });

  it('the agreements list: the page and its total; the institution’s id comes from the row', async () => {
    const sql = await statementsOf(
      `query ($page: Int, $perPage: Int) { items: allServiceAgreements(page: $page, perPage: $perPage) { id number institution { id } }
         total: _allServiceAgreementsMeta(page: $page, perPage: $perPage) { count } }`,
      page,
      tokens.bench_admin,
    );
    expect(sql).toHaveLength(2);
  });

  it('a large total is kept: the second page view of the ledger does not count it again', async () => {
    const query = `query ($page: Int, $perPage: Int) { items: allFundPostings(page: $page, perPage: $perPage) { id number }
      total: _allFundPostingsMeta(page: $page, perPage: $perPage) { count } }`;
    const province = await gql('mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
      u: 'bench_province',
      p: SCALE_PASSWORD,
    });
    const token = province.data.login.token;
    const first = await statementsOf(query, page, token);
    const second = await statementsOf(query, { page: 1, perPage: 25 }, token);
    expect(first.filter((s) => /count\(\*\)/.test(s))).toHaveLength(1);
    expect(second.filter((s) => /count\(\*\)/.test(s))).toHaveLength(0);
  });
});
