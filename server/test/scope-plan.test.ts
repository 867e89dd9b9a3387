import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../src/common/context.js';
import { applyListArgs } from '../src/common/list-args.js';
import { Scope } from '../src/common/scope.js';
import { Role } from '../src/modules/auth/roles.js';
import { INSTITUTION_SORT } from '../src/modules/institutions/institution.args.js';
import { Institution } from '../src/modules/institutions/institution.entity.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

/**
 * The scope predicate must leave PostgreSQL its indexes, for one region and for several (issue 7,
 * item 4: `region_id = ANY(:regions)` turned a 0.05 ms index scan into a 45 ms sequential scan at
 * 100k rows a region). 40 regions of 2,500 institutions each, 2 counties in each: the list query
 * that Scope builds is planned with an index for one region, two regions and a county user.
 */
let db: TestDatabase;
const REGIONS = 40;
const PER_REGION = 2_500;
beforeAll(async () => {
  db = await createTestDatabase();
  const q = (sql: string) => db.dataSource.query(sql);
  await q(`INSERT INTO regions (id, name) SELECT 'r' || n, '地区' || n FROM generate_series(1, ${REGIONS}) n`);
  await q(`INSERT INTO counties (id, region_id, name, kind)
           SELECT 'r' || n || '-c' || k, 'r' || n, '县' || k, 'county' FROM generate_series(1, ${REGIONS}) n, generate_series(1, 2) k`);
  await q(`INSERT INTO institutions (kind, name, credit_code, legal_representative, address, region_id, county_id)
           SELECT 'assessment', '机构' || lpad(i::text, 6, '0'), lpad(i::text, 18, '0'), '测试人', '测试路', 'r' || (i % ${REGIONS} + 1),
                  CASE i % 3 WHEN 0 THEN NULL ELSE 'r' || (i % ${REGIONS} + 1) || '-c' || (i % 3) END
             FROM generate_series(1, ${REGIONS * PER_REGION}) i`);
  await q('ANALYZE institutions');
}, 120_000);
afterAll(() => db?.drop());

const caller = (regionIds: string[], counties: Caller['counties'] = []): Caller => ({
  id: '00000000-0000-0000-0000-000000000000',
  username: 'plan',
  roles: [Role.admin],
  regionIds,
  counties,
  mustChangePassword: false,
});

async function plan(who: Caller, kind: 'list' | 'count'): Promise<string> {
  const scope = new Scope(db.dataSource.manager, who);
  const qb = scope.rows(Institution, 'i');
  const query = kind === 'list' ? applyListArgs(qb, { perPage: 25 }, INSTITUTION_SORT) : qb.select('count(*)');
  const [sql, params] = query.getQueryAndParameters();
  const rows: { 'QUERY PLAN': unknown }[] = await db.dataSource.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
  return JSON.stringify(rows[0]['QUERY PLAN']);
}

describe('the scope predicate keeps the indexes (100,000 institutions in 40 regions)', () => {
  it.each([
    ['one region', caller(['r1'])],
    ['two regions', caller(['r1', 'r2'])],
    ['a county user', caller(['r1'], [{ id: 'r1-c1', regionId: 'r1' }])],
    ['a county user and a whole region', caller(['r1', 'r2'], [{ id: 'r1-c1', regionId: 'r1' }])],
  ])('%s: the list and its count use an index, never a sequential scan', async (_name, who) => {
    for (const kind of ['list', 'count'] as const) {
      const text = await plan(who, kind);
      expect(text, `${kind}: ${text}`).not.toContain('Seq Scan');
      expect(text, kind).toMatch(/Index (Only )?Scan|Bitmap Index Scan/);
    }
  });

  it('the predicate is plain IN lists (or an OR of two), as the index needs', async () => {
    const scope = new Scope(db.dataSource.manager, caller(['r1', 'r2'], [{ id: 'r1-c1', regionId: 'r1' }]));
    const sql = scope.rows(Institution, 'i').getQuery();
    expect(sql).toContain('WHERE ("i"."region_id" IN (:...scopeWholeRegions) OR "i"."county_id" IN (:...scopeCounties))');
    expect(sql).not.toMatch(/ANY\(/);
  });
});
