import type { DataSource } from 'typeorm';
import { newResidentId } from './claimants.js';
import { newCreditCode } from './operations.js';

/**
 * A month of two institutions of a county, confirmed, audited and decided, written straight into
 * the tables the settlement reads (the declarations' own services are tested beside them):
 * A does home care, B is a medical institution. The figures are worked out by hand in the tests.
 */
export interface SeededMonth {
  institutionA: string;
  institutionB: string;
  claimants: { h1: string; s1: string; p1: string };
}

const q = (ds: DataSource, sql: string, params: unknown[]) => ds.query(sql, params);

export async function institution(ds: DataSource, countyId: string, subtype: 'medical' | 'elderly', name: string): Promise<string> {
  const [row] = await q(
    ds,
    `INSERT INTO institutions (kind, care_subtype, name, credit_code, legal_representative, address, region_id, county_id)
     VALUES ('care', $1, $2, $3, '测试人', '秦皇岛市测试路1号', 'qinhuangdao', $4) RETURNING id`,
    [subtype, name, newCreditCode(), countyId],
  );
  return row.id;
}

export async function claimant(ds: DataSource, countyId: string, name: string): Promise<string> {
  const number = newResidentId('19450101', '130302');
  const [row] = await q(
    ds,
    `INSERT INTO claimants (region_id, county_id, name, id_number, id_number_masked, id_number_hash, birth_date, sex, category)
     VALUES ('qinhuangdao', $1, $2, $3, '1303**********0000', md5($3), '1945-01-01', 'female', 'employee') RETURNING id`,
    [countyId, name, number],
  );
  return row.id;
}

export async function carePlan(ds: DataSource, c: string, i: string, countyId: string, mode: string, start: string): Promise<void> {
  await q(
    ds,
    `INSERT INTO care_plans (claimant_id, region_id, county_id, institution_id, care_mode, items, frequency_per_week, start_date, state, prepared_by)
     VALUES ($1, 'qinhuangdao', $2, $3, $4, '{H01}', 3, $5, 'accepted', (SELECT id FROM users WHERE username = 'agency_officer'))`,
    [c, countyId, i, mode, start],
  );
}

export async function declaration(ds: DataSource, i: string, countyId: string, month: string, state = 'confirmed'): Promise<string> {
  const [row] = await q(
    ds,
    `INSERT INTO service_declarations (region_id, county_id, institution_id, month, state, audited_at, prepared_by)
     VALUES ('qinhuangdao', $1, $2, $3, $4, CASE WHEN $4 = 'confirmed' THEN now() END, (SELECT id FROM users WHERE username = 'agency_officer'))
     RETURNING id`,
    [countyId, i, month, state],
  );
  return row.id;
}

interface RecordSpec {
  key: string;
  claimant: string;
  visit?: { day: string; minutes: number };
  days?: { from: string; to: string };
  lines: [category: string, amount: string][];
  flag?: { severity: 'blocking' | 'warning'; decision?: 'pay' | 'reduce' | 'refuse'; amount?: string; reason?: string };
}

export async function record(ds: DataSource, declarationId: string, spec: RecordSpec): Promise<string> {
  const [d] = await q(ds, 'SELECT institution_id, county_id, month FROM service_declarations WHERE id = $1', [declarationId]);
  const start = spec.visit ? `${spec.visit.day} 09:00` : null;
  const billed = spec.lines.reduce((s, [, a]) => s + Number(a), 0).toFixed(2);
  const [row] = await q(
    ds,
    `INSERT INTO declared_records (declaration_id, region_id, county_id, institution_id, month, key, kind, claimant_id, carer_ids,
                                   start_at, end_at, from_date, to_date, items, billed_amount, updated_by)
     VALUES ($1, 'qinhuangdao', $2, $3, $4, $5, $6, $7, $8, $9::timestamp, $9::timestamp + make_interval(mins => $10), $11, $12, '{H01}', $13,
             (SELECT id FROM users WHERE username = 'agency_officer'))
     RETURNING id`,
    [
      declarationId,
      d.county_id,
      d.institution_id,
      d.month,
      spec.key,
      spec.visit ? 'homeVisit' : 'careDays',
      spec.claimant,
      spec.visit ? ['00000000-0000-4000-8000-000000000001'] : [],
      start,
      spec.visit?.minutes ?? 0,
      spec.days?.from ?? null,
      spec.days?.to ?? null,
      billed,
    ],
  );
  for (const [n, [category, amount]] of spec.lines.entries())
    await q(ds, 'INSERT INTO declared_record_lines (record_id, line_no, category, amount) VALUES ($1, $2, $3, $4)', [
      row.id,
      n + 1,
      category,
      amount,
    ]);
  if (spec.flag) {
    const f = spec.flag;
    await q(
      ds,
      `INSERT INTO audit_flags (record_id, declaration_id, region_id, county_id, institution_id, month, rule, severity, citation, message,
                                evidence, fingerprint, decision, decided_amount, decision_reason, decided_by, decided_at)
       VALUES ($1, $2, 'qinhuangdao', $3, $4, $5, 'VISIT_TOO_SHORT', $6, 'Qinhuangdao art. 31(1)3', '测试标记', '{}', $7, $8, $9, $10,
               CASE WHEN $8::text IS NULL THEN NULL ELSE (SELECT id FROM users WHERE username = 'inspector') END,
               CASE WHEN $8::text IS NULL THEN NULL ELSE now() END)`,
      [
        row.id,
        declarationId,
        d.county_id,
        d.institution_id,
        d.month,
        f.severity,
        spec.key,
        f.decision ?? null,
        f.amount ?? null,
        f.reason ?? null,
      ],
    );
  }
  return row.id;
}

/**
 * The hand-worked month of the shared test (`settle-claimant.test.ts`), in a 30-day month: A's H1
 * (home care, whole month), B's S1 (a stay across 5 hospital days) and P1 (from the 16th).
 */
export async function seedMonth(ds: DataSource, countyId: string, month: string): Promise<SeededMonth> {
  const a = await institution(ds, countyId, 'elderly', '结算测试居家服务中心');
  const b = await institution(ds, countyId, 'medical', '结算测试护理医院');
  const h1 = await claimant(ds, countyId, '居家甲');
  const s1 = await claimant(ds, countyId, '住院乙');
  const p1 = await claimant(ds, countyId, '半月丙');
  await carePlan(ds, h1, a, countyId, 'home', '2026-01-01');
  await carePlan(ds, s1, b, countyId, 'institution', '2026-01-01');
  await carePlan(ds, p1, b, countyId, 'institution', `${month}-16`);
  await q(
    ds,
    `INSERT INTO claimant_hospital_stays (claimant_id, region_id, hospital, admitted_on, discharged_on) VALUES ($1, 'qinhuangdao', '市第一医院', $2, $3)`,
    [s1, `${month}-10`, `${month}-14`],
  );
  const da = await declaration(ds, a, countyId, month);
  const db = await declaration(ds, b, countyId, month);
  const day = (d: string) => `${month}-${d}`;
  await record(ds, da, { key: 'A-01', claimant: h1, visit: { day: day('01'), minutes: 120 }, lines: [['care', '120.00']] });
  await record(ds, da, {
    key: 'A-03',
    claimant: h1,
    visit: { day: day('03'), minutes: 90 },
    lines: [['care', '120.00']],
    flag: { severity: 'blocking', decision: 'refuse', reason: '服务不足120分钟' },
  });
  await record(ds, da, { key: 'A-05', claimant: h1, visit: { day: day('05'), minutes: 120 }, lines: [['care', '100.00']] });
  await record(ds, da, {
    key: 'A-06',
    claimant: h1,
    visit: { day: day('06'), minutes: 120 },
    lines: [['care', '120.00']],
    flag: { severity: 'blocking', decision: 'pay', reason: '前一日为临时加派，经核实属实' },
  });
  await record(ds, da, { key: 'A-10', claimant: h1, visit: { day: day('10'), minutes: 150 }, lines: [['care', '130.00']] });
  await record(ds, da, {
    key: 'A-20',
    claimant: h1,
    visit: { day: day('20'), minutes: 120 },
    lines: [['care', '120.00']],
    flag: { severity: 'blocking', decision: 'reduce', amount: '80.00', reason: '部分项目不在护理计划内，核减' },
  });
  await record(ds, db, {
    key: 'B-S1',
    claimant: s1,
    days: { from: day('01'), to: day('30') },
    lines: [
      ['care', '3000.00'],
      ['bed', '600.00'],
    ],
    flag: { severity: 'blocking', decision: 'pay', reason: '住院期间未收取护理费，按天扣除' },
  });
  await record(ds, db, { key: 'B-P1', claimant: p1, days: { from: day('16'), to: day('30') }, lines: [['care', '1500.00']] });
  return { institutionA: a, institutionB: b, claimants: { h1, s1, p1 } };
}

/** Many claimants of one institution, one stay each, set-based: the month the kill test interrupts. */
export async function seedManyStays(ds: DataSource, countyId: string, month: string, n: number): Promise<string> {
  const i = await institution(ds, countyId, 'elderly', '结算续跑测试养老院');
  const d = await declaration(ds, i, countyId, month);
  await q(
    ds,
    `WITH c AS (
       INSERT INTO claimants (region_id, county_id, name, id_number, id_number_masked, id_number_hash, birth_date, sex, category)
       SELECT 'qinhuangdao', $1, '续跑' || g, '9' || lpad(g::text, 16, '0') || 'X', '***', md5('续跑' || g || $4), '1945-01-01', 'male', 'employee'
         FROM generate_series(1, $2) g RETURNING id),
     p AS (
       INSERT INTO care_plans (claimant_id, region_id, county_id, institution_id, care_mode, items, frequency_per_week, start_date, state, prepared_by)
       SELECT id, 'qinhuangdao', $1, $3, 'institution', '{H01}', 3, '2026-01-01', 'accepted', (SELECT id FROM users WHERE username = 'agency_officer')
         FROM c RETURNING claimant_id),
     r AS (
       INSERT INTO declared_records (declaration_id, region_id, county_id, institution_id, month, key, kind, claimant_id, carer_ids,
                                     from_date, to_date, items, billed_amount, updated_by)
       SELECT $5, 'qinhuangdao', $1, $3, $4, 'S-' || claimant_id, 'careDays', claimant_id, '{}', ($4 || '-01')::date, ($4 || '-30')::date,
              '{H01}', 1000.00, (SELECT id FROM users WHERE username = 'agency_officer')
         FROM p RETURNING id)
     INSERT INTO declared_record_lines (record_id, line_no, category, amount) SELECT id, 1, 'care', 1000.00 FROM r`,
    [countyId, n, i, month, d],
  );
  return i;
}
