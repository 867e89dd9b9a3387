import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newResidentId } from './support/claimants.js';
import { newCreditCode } from './support/operations.js';
import { startTestServer, type TestServer } from './support/test-server.js';

/**
 * Issue 13: the settlement run reads the annual caps' facts itself — what the fund already paid the
 * claimant in the year's earlier months, the previous year's per-capita income from the pack, and
 * for Tumxuk residents the consecutive years of contributions — so that Tumxuk claimants and
 * Qinhuangdao residents settle, and a cap already nearly used pays only what is left of it.
 */
let server: TestServer;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  // a Tumxuk officer (the demo's officers are Qinhuangdao's)
  await server.dataSource.query(
    `WITH u AS (INSERT INTO users (username, display_name, password_hash, roles)
                SELECT 'tmsk_officer', '图市经办', password_hash, roles FROM users WHERE username = 'agency_officer' RETURNING id)
     INSERT INTO user_regions (user_id, region_id) SELECT id, 'tumxuk' FROM u`,
  );
  tokens.tmsk = await server.login('tmsk_officer');
  tokens.qhd = await server.login('agency_officer');
});
afterAll(async () => server?.stop());

const START = `mutation ($r: ID!, $c: ID, $m: String!) { startSettlementRun(regionId: $r, countyId: $c, month: $m) { id } }`;
const RUN = `query ($id: ID!) { SettlementRun(id: $id) { fundTotal claimantTotal computedAt job { state errors { code message } }
  sheetList { id } } }`;
const LINES = `query ($s: ID!) { settlementLines(sheetId: $s) { claimantId fundAmount claimantAmount trace { rule citation inputs output } } }`;
const q = (sql: string, params: unknown[] = []) => server.dataSource.query(sql, params);
const officer = "(SELECT id FROM users WHERE username = 'agency_officer')";

/** The per-capita income of 2025, approved from 2 January 2026 (after the demo's own figure, so that this one applies). */
async function income(regionId: string, amount: string) {
  await q(
    `INSERT INTO policy_changes (region_id, effective_from, changes, patch, state, prepared_by)
     VALUES ($1, '2026-01-02', $2, $3, 'approved', ${officer})`,
    [
      regionId,
      { 'settlement.perCapitaIncome': amount, 'settlement.perCapitaIncomeYear': 2025 },
      { settlement: { perCapitaIncome: amount, perCapitaIncomeYear: 2025 } },
    ],
  );
}

async function place(regionId: string, countyId: string | null, name: string) {
  const [i] = await q(
    `INSERT INTO institutions (kind, care_subtype, name, credit_code, legal_representative, address, region_id, county_id)
     VALUES ('care', 'elderly', $1, $2, '测试人', '测试路1号', $3, $4) RETURNING id`,
    [name, newCreditCode(), regionId, countyId],
  );
  return i.id as string;
}

async function claimant(regionId: string, countyId: string | null, category: string, institution: string, grade: number) {
  const number = newResidentId('19450101', regionId === 'tumxuk' ? '659003' : '130324');
  const [c] = await q(
    `INSERT INTO claimants (region_id, county_id, name, id_number, id_number_masked, id_number_hash, birth_date, sex, category)
     VALUES ($1, $2, '年度限额' || $3, $4, '***', md5($4), '1945-01-01', 'female', $3) RETURNING id`,
    [regionId, countyId, category, number],
  );
  await q(
    `INSERT INTO care_plans (claimant_id, region_id, county_id, institution_id, care_mode, items, frequency_per_week, start_date, state, prepared_by, grade)
     VALUES ($1, $2, $3, $4, 'institution', '{H01}', 3, '2026-01-01', 'accepted', ${officer}, $5)`,
    [c.id, regionId, countyId, institution, grade],
  );
  return c.id as string;
}

/** The month's confirmed, audited declaration with one stay of `care` for each claimant. */
async function declare(regionId: string, countyId: string | null, institution: string, month: string, stays: [string, string][]) {
  const [d] = await q(
    `INSERT INTO service_declarations (region_id, county_id, institution_id, month, state, audited_at, prepared_by)
     VALUES ($1, $2, $3, $4, 'confirmed', now(), ${officer}) RETURNING id`,
    [regionId, countyId, institution, month],
  );
  for (const [n, [c, care]] of stays.entries()) {
    const [r] = await q(
      `INSERT INTO declared_records (declaration_id, region_id, county_id, institution_id, month, key, kind, claimant_id, carer_ids,
                                     from_date, to_date, items, billed_amount, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, 'careDays', $7, '{}', $8, $9, '{H01}', $10, ${officer}) RETURNING id`,
      [d.id, regionId, countyId, institution, month, `Y-${n}`, c, `${month}-01`, `${month}-28`, care],
    );
    await q(`INSERT INTO declared_record_lines (record_id, line_no, category, amount) VALUES ($1, 1, 'care', $2)`, [r.id, care]);
  }
}

/** An earlier run of `month` in `state` that paid `amount` for the claimant (what the year-to-date sums). */
async function earlier(
  regionId: string,
  countyId: string | null,
  institution: string,
  c: string,
  month: string,
  state: string,
  amount: string,
) {
  const [run] = await q(
    `INSERT INTO settlement_runs (region_id, county_id, month, kind, state, prepared_by, computed_at)
     VALUES ($1, $2, $3, 'care', $4, ${officer}, now()) RETURNING id`,
    [regionId, countyId, month, state],
  );
  await q(
    `INSERT INTO settlement_lines (run_id, region_id, institution_id, claimant_id, month, records, billed, eligible, fund_amount)
     VALUES ($1, $2, $3, $4, $5, 1, $6, $6, $6)`,
    [run.id, regionId, institution, c, month, amount],
  );
}

async function settle(regionId: string, countyId: string | null, month: string, token: string) {
  const started = await server.graphql(START, { r: regionId, c: countyId, m: month }, token);
  expect(started.errors).toBeUndefined();
  const id = started.data?.startSettlementRun.id;
  const until = Date.now() + 60_000;
  for (;;) {
    const run = (await server.graphql(RUN, { id }, token)).data?.SettlementRun;
    if (run?.job?.state === 'failed') throw new Error(JSON.stringify(run.job.errors));
    if ((run?.computedAt && run?.job?.state === 'succeeded') || Date.now() > until) {
      const lines = (await server.graphql(LINES, { s: run.sheetList[0].id }, token)).data?.settlementLines;
      return {
        run,
        lines: lines as {
          claimantId: string;
          fundAmount: string;
          claimantAmount: string;
          trace: { rule: string; inputs: Record<string, unknown>; output: unknown }[];
        }[],
      };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('annual caps in the settlement run', () => {
  it('Tumxuk §5(三)(五): an employee at severe III whose cap 32000 × 50% = 16000 is used to 15500 is paid 500.00 (not 3000 × 70% = 2100); a resident of 4 consecutive years gets 50% + 5 = 55%', async () => {
    await income('tumxuk', '32000.00');
    const home = await place('tumxuk', null, '图市年度限额测试养老院');
    const employee = await claimant('tumxuk', null, 'employee', home, 5);
    const resident = await claimant('tumxuk', null, 'resident', home, 4);
    // what the year already paid: 2026-09's approved run 15500; a returned run and last year's December do not count
    await earlier('tumxuk', null, home, employee, '2026-09', 'paid', '15500.00');
    await earlier('tumxuk', null, home, employee, '2026-08', 'returned', '9000.00');
    await earlier('tumxuk', null, home, employee, '2025-12', 'paid', '8000.00');
    // the resident's contributions 2023–2026 without a break: 4 consecutive years (§5(五): ≥ 4 → +5 points, at most 55%)
    for (const year of [2023, 2024, 2025, 2026])
      await q(
        `INSERT INTO claimant_contributions (claimant_id, region_id, month, status, amount, arrived_on, source)
         VALUES ($1, 'tumxuk', $2, 'paid', 100, $3, 'entry')`,
        [resident, `${year}-01`, `${year}-01-15`],
      );
    await declare('tumxuk', null, home, '2026-10', [
      [employee, '3000.00'],
      [resident, '2000.00'],
    ]);
    const { run, lines } = await settle('tumxuk', null, '2026-10', tokens.tmsk);
    const of = (c: string) => lines.find((l) => l.claimantId === c)!;
    // employee: 3000 × 70% = 2100 > cap left 16000 − 15500 = 500 → fund 500.00, claimant 3000 − 500 = 2500.00
    expect(of(employee)).toMatchObject({ fundAmount: '500.00', claimantAmount: '2500.00' });
    const remaining = of(employee).trace.find((t) => t.rule === 'benefits.annualCapRemaining');
    expect(remaining).toMatchObject({ inputs: { annualCap: '16000.00', paidYearToDate: '15500.00' }, output: '500.00' });
    // resident, severe II: cap 32000 × 45% = 14400, nothing paid yet; 2000 × 55% = 1100.00, claimant 900.00
    expect(of(resident)).toMatchObject({ fundAmount: '1100.00', claimantAmount: '900.00' });
    expect(run).toMatchObject({ fundTotal: '1600.00', claimantTotal: '3400.00' });
  });

  it('Qinhuangdao art. 31(2): a resident (funding 0.15%: cap 40% of 45000 = 18000, share 30%) with 17800 paid this year is paid the 200.00 left, not 2000 × 30% = 600', async () => {
    await income('qinhuangdao', '45000.00');
    const home = await place('qinhuangdao', 'qhd-lulong', '卢龙年度限额测试养老院');
    const resident = await claimant('qinhuangdao', 'qhd-lulong', 'resident', home, 4);
    const fresh = await claimant('qinhuangdao', 'qhd-lulong', 'resident', home, 4);
    await earlier('qinhuangdao', 'qhd-lulong', home, resident, '2026-08', 'rechecked', '17800.00');
    await declare('qinhuangdao', 'qhd-lulong', home, '2026-10', [
      [resident, '2000.00'],
      [fresh, '2000.00'],
    ]);
    const { lines } = await settle('qinhuangdao', 'qhd-lulong', '2026-10', tokens.qhd);
    const of = (c: string) => lines.find((l) => l.claimantId === c)!;
    // 18000 − 17800 = 200 < 600 → fund 200.00, claimant 2000 − 200 = 1800.00
    expect(of(resident)).toMatchObject({ fundAmount: '200.00', claimantAmount: '1800.00' });
    // nothing paid yet: 2000 × 30% = 600.00 under 18000, claimant 1400.00
    expect(of(fresh)).toMatchObject({ fundAmount: '600.00', claimantAmount: '1400.00' });
    expect(of(fresh).trace.find((t) => t.rule === 'benefits.annualCap')).toMatchObject({
      inputs: { income: '45000.00', rate: '0.40' },
      output: '18000.00',
    });
  });
});
