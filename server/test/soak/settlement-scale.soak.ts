import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaration, institution } from '../support/settlement-month.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * Issue 13, scale: a county's month of home visits (default 60,000 claimants × 10 visits = 600,000,
 * a city's month) settled by the job, against one set-based SQL statement doing the same
 * arithmetic (10 visits of ≥ 120 minutes at min(110, billed), art. 31(1)3). Rerun:
 * `SETTLEMENT_CLAIMANTS=60000 npm run soak -w server -- test/soak/settlement-scale.soak.ts`.
 */
const CLAIMANTS = Number(process.env.SETTLEMENT_CLAIMANTS ?? 60_000);
const VISITS = 10;
const MONTH = '2026-09';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe('settlement at scale', () => {
  it(`${CLAIMANTS} claimants × ${VISITS} visits: the job against one SQL statement`, async () => {
    const ds = server.dataSource;
    const i = await institution(ds, 'qhd-funing', 'elderly', '规模测试居家服务中心');
    const d = await declaration(ds, i, 'qhd-funing', MONTH);
    const seeded = performance.now();
    // in batches: each statement stays under the pool's statement timeout
    for (let from = 1; from <= CLAIMANTS; from += 5000) {
      const to = Math.min(CLAIMANTS, from + 4999);
      const ids: { id: string }[] = await ds.query(
        `INSERT INTO claimants (region_id, county_id, name, id_number, id_number_masked, id_number_hash, birth_date, sex, category)
         SELECT 'qinhuangdao', 'qhd-funing', '规模' || g, '8' || lpad(g::text, 16, '0') || 'X', '***', md5('规模' || g), '1945-01-01', 'male', 'employee'
           FROM generate_series($1::int, $2::int) g RETURNING id`,
        [from, to],
      );
      const batch = ids.map((r) => r.id);
      await ds.query(
        `INSERT INTO care_plans (claimant_id, region_id, county_id, institution_id, care_mode, items, frequency_per_week, start_date, state, prepared_by)
         SELECT id, 'qinhuangdao', 'qhd-funing', $1, 'home', '{H01}', 3, '2026-01-01', 'accepted', (SELECT id FROM users WHERE username = 'agency_officer')
           FROM unnest($2::uuid[]) id`,
        [i, batch],
      );
      const records: { id: string }[] = await ds.query(
        `INSERT INTO declared_records (declaration_id, region_id, county_id, institution_id, month, key, kind, claimant_id, carer_ids,
                                       start_at, end_at, items, billed_amount, updated_by)
         SELECT $1, 'qinhuangdao', 'qhd-funing', $2, $3, c || '-' || v, 'homeVisit', c, '{00000000-0000-4000-8000-000000000001}',
                ($3 || '-01 09:00')::timestamp + make_interval(days => 2 * v), ($3 || '-01 11:00')::timestamp + make_interval(days => 2 * v),
                '{H01}', 120.00, (SELECT id FROM users WHERE username = 'agency_officer')
           FROM unnest($5::uuid[]) c, generate_series(0, $4 - 1) v RETURNING id`,
        [d, i, MONTH, VISITS, batch],
      );
      await ds.query(
        `INSERT INTO declared_record_lines (record_id, line_no, category, amount) SELECT id, 1, 'care', 120.00 FROM unnest($1::uuid[]) id`,
        [records.map((r) => r.id)],
      );
    }
    await ds.query('ANALYZE');
    const seedSeconds = (performance.now() - seeded) / 1000;

    // the ceiling: one statement, the same arithmetic, its result written
    const sqlStarted = performance.now();
    await ds.query(
      `CREATE TABLE ceiling AS
       SELECT r.claimant_id, least(count(*) FILTER (WHERE r.end_at - r.start_at >= interval '120 minutes'), 10) * least(110, min(l.amount)) AS fund,
              sum(l.amount) AS billed
         FROM declared_records r JOIN declared_record_lines l ON l.record_id = r.id
        WHERE r.declaration_id = $1 GROUP BY r.claimant_id`,
      [d],
    );
    const sqlSeconds = (performance.now() - sqlStarted) / 1000;

    const token = await server.login('agency_officer');
    const started = performance.now();
    const run = await server.graphql(
      `mutation { startSettlementRun(regionId: "qinhuangdao", countyId: "qhd-funing", month: "${MONTH}") { id } }`,
      {},
      token,
    );
    const id = run.data?.startSettlementRun.id;
    let computed: { computedAt: string | null; fundTotal: string } | undefined;
    while (!computed?.computedAt) {
      await new Promise((r) => setTimeout(r, 250));
      computed = (await server.graphql('query ($id: ID!) { SettlementRun(id: $id) { computedAt fundTotal } }', { id }, token)).data
        ?.SettlementRun;
    }
    const jobSeconds = (performance.now() - started) / 1000;
    const [ceiling] = await ds.query('SELECT sum(fund)::numeric(14,2)::text AS fund FROM ceiling');
    // hand-worked: every visit 120 minutes, billed 120 → 110 each, 10 a month (art. 31(1)3)
    expect(computed.fundTotal).toBe((CLAIMANTS * VISITS * 110).toFixed(2));
    expect(ceiling.fund).toBe(computed.fundTotal);
    console.log(
      `settlement of ${CLAIMANTS * VISITS} visits: job ${jobSeconds.toFixed(1)} s, one SQL statement ${sqlSeconds.toFixed(1)} s, ` +
        `ratio ${(jobSeconds / sqlSeconds).toFixed(1)} (seed ${seedSeconds.toFixed(1)} s)`,
    );
  });
});
