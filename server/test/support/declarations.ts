import type { DataSource } from 'typeorm';
import { newResidentId } from './claimants.js';
import { newCreditCode } from './operations.js';

type Region = 'qinhuangdao' | 'tumxuk';

export interface DeclarationSetup {
  institutionId: string;
  claimantIds: string[];
  carerId: string;
  month: string;
}

let births = 0;
/** A different birth day each call (1940 onwards), so that many fresh identity numbers never collide. */
function nextBirth(): string {
  return new Date(Date.UTC(1940, 0, 1 + births++)).toISOString().slice(0, 10).replaceAll('-', '');
}

/** Where the fixtures' claimants live and their visits check in (Qinhuangdao, Haigang district). */
export const HOME = { lat: 39.935, lng: 119.6 };

/** A past month every fixture's agreement and care plan cover. */
export const DECLARED_MONTH = '2026-10';

/**
 * A designated care institution (agreement 2026-07-01 … 2027-06-30) with one qualified carer and
 * `claimants` retirees (Qinhuangdao employees' scheme: 10 home visits of 120 minutes a month,
 * art. 31(1)3), each with an accepted home-care plan there (items H01, H02) from 2026-07-01 and a
 * waiting period ended 2026-01-01. Plain SQL: never through the code under test.
 */
export async function declarationSetup(ds: DataSource, region: Region = 'qinhuangdao', claimants = 1): Promise<DeclarationSetup> {
  const admin = `(SELECT id FROM users WHERE username = 'admin')`;
  const [inst] = await ds.query(
    `INSERT INTO institutions (kind, care_subtype, name, credit_code, legal_representative, address, region_id)
     VALUES ('care', 'elderly', '申报测试护理院', $1, '测试人', '测试路2号', $2) RETURNING id`,
    [newCreditCode(), region],
  );
  await ds.query(
    `INSERT INTO service_agreements (institution_id, region_id, number, start_date, end_date, state, prepared_by)
     VALUES ($1, $2, $3, '2026-07-01', '2027-06-30', 'active', ${admin})`,
    [inst.id, region, `申报〔2026〕${inst.id.slice(0, 8)}号`],
  );
  const [carer] = await ds.query(
    `INSERT INTO staff (institution_id, region_id, name, role, title, full_time) VALUES ($1, $2, '测试护理员', 'carer', 'none', true) RETURNING id`,
    [inst.id, region],
  );
  await ds.query(`INSERT INTO staff_certificates (staff_id, name, expires_on) VALUES ($1, '养老护理员职业技能等级证书', '2028-12-31')`, [
    carer.id,
  ]);
  const ids: { id: string }[] = await ds.query(
    `INSERT INTO claimants (region_id, name, id_number, id_number_masked, id_number_hash, birth_date, sex, category, eligibility_waiting_end,
                            home_lat, home_lng)
     SELECT $1, '申报测试参保人' || g.n, g.number, '***', md5(g.number), '1950-03-15', 'male', 'retiree', '2026-01-01', ${HOME.lat}, ${HOME.lng}
       FROM unnest($2::text[]) WITH ORDINALITY AS g(number, n) RETURNING id`,
    [region, Array.from({ length: claimants }, () => newResidentId(nextBirth(), region === 'qinhuangdao' ? '130302' : '659003'))],
  );
  await ds.query(
    `INSERT INTO care_plans (claimant_id, region_id, institution_id, care_mode, items, frequency_per_week, start_date, state, prepared_by)
     SELECT c, $2, $3, 'home', '{H01,H02}', 3, '2026-07-01', 'accepted', ${admin} FROM unnest($1::uuid[]) c`,
    [ids.map((c) => c.id), region, inst.id],
  );
  return { institutionId: inst.id, claimantIds: ids.map((c) => c.id), carerId: carer.id, month: DECLARED_MONTH };
}

/** A 120-minute home visit on `day` of the month at 09:00, billed 110.00 of care (Qinhuangdao art. 31(1)3: 1100 ÷ 10). */
export function visit(s: DeclarationSetup, key: string, claimantId: string, day: number, minutes = 120) {
  const d = `${s.month}-${String(day).padStart(2, '0')}`;
  const end = 9 * 60 + minutes;
  const hhmm = `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
  return {
    key,
    kind: 'homeVisit',
    claimantId,
    carerIds: [s.carerId],
    start: `${d}T09:00`,
    end: `${d}T${hhmm}`,
    checkInLat: HOME.lat,
    checkInLng: HOME.lng,
    items: ['H01'],
    lines: [{ category: 'care', amount: '110.00' }],
  };
}

export const SUBMIT = `mutation ($i: ID!, $m: String!, $r: [DeclaredRecordInput!]!) {
  submitDeclaredRecords(institutionId: $i, month: $m, records: $r) {
    accepted refused declaration { id state version recordCount declaredAmount }
    verdicts { index key accepted codes } } }`;

/** A claimant of the region with no care plan at all. */
export async function claimantWithoutPlan(ds: DataSource, region: Region = 'qinhuangdao'): Promise<string> {
  const number = newResidentId('19500101', region === 'qinhuangdao' ? '130302' : '659003');
  const [row] = await ds.query(
    `INSERT INTO claimants (region_id, name, id_number, id_number_masked, id_number_hash, birth_date, sex, category)
     VALUES ($1, '无护理计划参保人', $2, '***', md5($2), '1950-01-01', 'male', 'retiree') RETURNING id`,
    [region, number],
  );
  return row.id;
}

export interface DeclarationFixture extends DeclarationSetup {
  declarationId: string;
  version: number;
  recordId: string;
  flag?: { id: string; version: number };
}

/**
 * A declaration of `DECLARED_MONTH` prepared by the demo admin (so any other user is a second
 * person), with one 120-minute visit; `flagged`: a blocking VISIT_TOO_SHORT flag on it; `sampled`:
 * the visit drawn in an inspection sample. Plain SQL.
 */
export async function declarationFixture(
  ds: DataSource,
  region: Region,
  state: 'draft' | 'confirmed' = 'draft',
  options: { flagged?: boolean; sampled?: boolean } = {},
): Promise<DeclarationFixture> {
  const setup = await declarationSetup(ds, region);
  const admin = `(SELECT id FROM users WHERE username = 'admin')`;
  const [d] = await ds.query(
    `INSERT INTO service_declarations (region_id, institution_id, month, state, record_count, declared_amount, prepared_by)
     VALUES ($1, $2, $3, $4, 1, 110.00, ${admin}) RETURNING id, version`,
    [region, setup.institutionId, setup.month, state],
  );
  const [r] = await ds.query(
    `INSERT INTO declared_records (declaration_id, region_id, institution_id, month, key, kind, claimant_id, carer_ids, start_at, end_at,
        check_in_lat, check_in_lng, items, billed_amount, updated_by)
     VALUES ($1, $2, $3, $4, 'F-1', 'homeVisit', $5, ARRAY[$6]::uuid[], $7, $8, $9, $10, '{H01}', 110.00, ${admin}) RETURNING id`,
    [
      d.id,
      region,
      setup.institutionId,
      setup.month,
      setup.claimantIds[0],
      setup.carerId,
      `${setup.month}-05 09:00`,
      `${setup.month}-05 11:00`,
      HOME.lat,
      HOME.lng,
    ],
  );
  await ds.query(`INSERT INTO declared_record_lines (record_id, line_no, category, amount) VALUES ($1, 1, 'care', 110.00)`, [r.id]);
  const out: DeclarationFixture = { ...setup, declarationId: d.id, version: d.version, recordId: r.id };
  if (options.flagged) {
    const [f] = await ds.query(
      `INSERT INTO audit_flags (record_id, declaration_id, region_id, institution_id, month, rule, severity, citation, message, evidence, fingerprint)
       VALUES ($1, $2, $3, $4, $5, 'VISIT_TOO_SHORT', 'blocking', 'Qinhuangdao art. 31(1)3', '上门服务 100 分钟，不足 120 分钟',
               '{"minutes": 100, "minMinutes": 120}', md5(random()::text)) RETURNING id, version`,
      [r.id, d.id, region, setup.institutionId, setup.month],
    );
    out.flag = f;
  }
  if (options.sampled)
    await ds.query(
      `INSERT INTO inspection_samples (declaration_id, region_id, seed, size, population, record_ids, drawn_by)
       VALUES ($1, $2, '42', 1, 1, ARRAY[$3]::uuid[], ${admin})`,
      [d.id, region, r.id],
    );
  return out;
}
