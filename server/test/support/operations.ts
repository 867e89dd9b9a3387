import { creditCodeCheckChar, residentIdCheckChar } from '@ltci/shared';
import type { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.js';
import { CREATE_CLAIMANT, claimantVars, newResidentId, RECORD_CONTRIBUTION, REVEAL } from './claimants.js';
import { DECLARED_MONTH, declarationFixture, declarationSetup, SUBMIT, visit } from './declarations.js';
import { tpaCases } from './tpa-fixtures.js';

/** Variables of one call. */
export type Vars = Record<string, unknown>;

/**
 * How to call one operation of the schema for the generated tests (authorization matrix, audit
 * completeness, fuzzer). A test fails when the schema has an operation this catalogue lacks, so a
 * new operation cannot go untested.
 */
export interface OperationCase {
  document: string;
  /** A valid call in the caller's own region (Qinhuangdao). May create what it needs. */
  own(fx: Fixtures): Promise<Vars> | Vars;
  /** The same call aimed at another region's record (Tumxuk): never allowed, never revealing. */
  other?(fx: Fixtures): Promise<Vars> | Vars;
  /** A mutation's bad input: refused, nothing written, no audit row. */
  invalid?(fx: Fixtures): Promise<Vars> | Vars;
}

let serial = 7_000_000;

/** The 1st of next month in China: always a date a parameter change may take effect from. */
export function nextMonthStart(now = new Date()): string {
  const china = new Date(now.getTime() + 8 * 3600_000);
  return new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
}
export function newCreditCode(): string {
  const first17 = `91130300MA${String(serial++).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

/** Rows the catalogue's calls need, made with plain SQL so that they never go through the code under test. */
export class Fixtures {
  constructor(private readonly dataSource: DataSource) {}

  async institution(regionId: 'qinhuangdao' | 'tumxuk'): Promise<string> {
    const [row] = await this.dataSource.query(
      `INSERT INTO institutions (kind, name, credit_code, legal_representative, address, region_id)
       VALUES ('assessment', '矩阵测试评估中心', $1, '测试人', '测试路1号', $2) RETURNING id`,
      [newCreditCode(), regionId],
    );
    return row.id;
  }

  /** A draft agreement of a fresh institution, prepared by `preparedBy` (a user id; the admin when not given). */
  async agreement(regionId: 'qinhuangdao' | 'tumxuk', state = 'draft', preparedBy?: string): Promise<{ id: string; version: number }> {
    const institution = await this.institution(regionId);
    const [row] = await this.dataSource.query(
      `INSERT INTO service_agreements (institution_id, region_id, number, start_date, end_date, state, prepared_by)
       VALUES ($1, $2, $3, '2026-07-01', '2027-06-30', $4, coalesce($5, (SELECT id FROM users WHERE username = 'admin'))) RETURNING id, version`,
      [institution, regionId, `矩阵〔2026〕${serial++}号`, state, preparedBy ?? null],
    );
    return row;
  }

  /** An attachment row of a fresh institution (no file: the GraphQL operations never read the bytes). */
  async attachment(regionId: 'qinhuangdao' | 'tumxuk'): Promise<string> {
    const institution = await this.institution(regionId);
    const [row] = await this.dataSource.query(
      `INSERT INTO attachments (id, owner_type, owner_id, region_id, category, file_name, content_type, size_bytes, sha256, storage_key, uploaded_by_name)
       SELECT g.id, 'Institution', $1, $2, 'licence', '矩阵测试.pdf', 'application/pdf', 8, repeat('0', 64), substr(g.id::text, 1, 2) || '/' || g.id, 'fixture'
         FROM (SELECT gen_random_uuid() AS id) g RETURNING id`,
      [institution, regionId],
    );
    return row.id;
  }

  /** A parameter change effective from the 1st of next month, prepared by `preparedBy` (a username; admin when not given). */
  async policyChange(regionId: 'qinhuangdao' | 'tumxuk', state = 'draft', preparedBy = 'admin'): Promise<{ id: string; version: number }> {
    const [path, value] = regionId === 'qinhuangdao' ? ['home', { monthlyCap: '1200.00' }] : ['institution', '0.72'];
    const [row] = await this.dataSource.query(
      `INSERT INTO policy_changes (region_id, effective_from, changes, patch, state, prepared_by)
       VALUES ($1, $2, $3, $4, $5, (SELECT id FROM users WHERE username = $6)) RETURNING id, version`,
      [
        regionId,
        nextMonthStart(),
        {
          [`benefits.employees.${path}${typeof value === 'string' ? '' : '.monthlyCap'}`]:
            typeof value === 'string' ? value : value.monthlyCap,
        },
        { benefits: { employees: { [path]: value } } },
        state,
        preparedBy,
      ],
    );
    return row;
  }

  async job(regionId: 'qinhuangdao' | 'tumxuk'): Promise<string> {
    const [row] = await this.dataSource.query(
      `INSERT INTO jobs (kind, key, title, owner_name, region_ids, state) VALUES ('fixture', gen_random_uuid()::text, '矩阵测试任务', 'fixture', $1, 'succeeded') RETURNING id`,
      [[regionId]],
    );
    return row.id;
  }

  async fundAccount(regionId: 'qinhuangdao' | 'tumxuk', kind = 'special'): Promise<string> {
    const [row] = await this.dataSource.query('SELECT id FROM fund_accounts WHERE region_id = $1 AND kind = $2 LIMIT 1', [regionId, kind]);
    return row.id;
  }

  /** A bare posting row (its lines do not matter to the calls that use it). */
  async fundPosting(regionId: 'qinhuangdao' | 'tumxuk'): Promise<string> {
    const [row] = await this.dataSource.query(
      `INSERT INTO fund_postings (region_id, kind, date, amount, insured_category, posted_by, posted_by_name, trace)
       SELECT $1, 'collection', '2026-11-02', 1.00, 'employee', id, username, '[]' FROM users WHERE username = 'admin' RETURNING id`,
      [regionId],
    );
    return row.id;
  }

  /** A reversal proposed by the demo admin, so that any matrix user is a second person. */
  async fundReversal(regionId: 'qinhuangdao' | 'tumxuk'): Promise<{ id: string; version: number }> {
    const posting = await this.fundPosting(regionId);
    const [row] = await this.dataSource.query(
      `INSERT INTO fund_reversals (region_id, posting_id, prepared_by, reason)
       SELECT $1, $2, id, '矩阵测试：冲正' FROM users WHERE username = 'admin' RETURNING id, version`,
      [regionId, posting],
    );
    return row;
  }

  async fundWarning(regionId: 'qinhuangdao' | 'tumxuk'): Promise<string> {
    const [row] = await this.dataSource.query(
      `INSERT INTO fund_warnings (region_id, code, subject, citation, message, figures, trace)
       VALUES ($1, 'FIXTURE', gen_random_uuid()::text, 'Qinhuangdao art. 58', '矩阵测试预警', '{}', '[]') RETURNING id`,
      [regionId],
    );
    return row.id;
  }

  /** A bank statement of the region's city account for an early month (recorded again: the same row). */
  async fundStatement(regionId: 'qinhuangdao' | 'tumxuk'): Promise<string> {
    const [row] = await this.dataSource.query(
      `INSERT INTO fund_bank_statements (region_id, account_id, month, closing_balance, recorded_by, recorded_by_name)
       SELECT $1, a.id, '2020-01', 0, u.id, u.username FROM fund_accounts a, users u
        WHERE a.region_id = $1 AND a.kind = 'cityExpenditure' AND u.username = 'admin'
       ON CONFLICT (account_id, month) DO UPDATE SET note = NULL RETURNING id`,
      [regionId],
    );
    return row.id;
  }

  /** A subsidy entered by the demo admin, awaiting its second person (issue 12). */
  async fundGrant(regionId: 'qinhuangdao' | 'tumxuk'): Promise<{ id: string; version: number }> {
    const [row] = await this.dataSource.query(
      `INSERT INTO fund_grants (region_id, kind, date, amount, source, document_ref, account_id, prepared_by, trace)
       SELECT $1, 'subsidy', '2026-11-02', 1.00, '矩阵测试财政局', '矩阵〔2026〕1号', a.id, u.id, '[]' FROM fund_accounts a, users u
        WHERE a.region_id = $1 AND a.kind = 'special' AND u.username = 'admin' LIMIT 1 RETURNING id, version`,
      [regionId],
    );
    return row;
  }

  /** A user bound to one region (not an administrator), made with SQL. */
  async user(regionId: 'qinhuangdao' | 'tumxuk', active = true): Promise<string> {
    const [row] = await this.dataSource.query(
      `WITH u AS (INSERT INTO users (username, display_name, password_hash, roles, active)
                  VALUES ('fx_' || substr(md5(random()::text), 1, 12), '矩阵测试用户', 'x', ARRAY['inspector'], $2) RETURNING id)
       INSERT INTO user_regions (user_id, region_id) SELECT id, $1 FROM u RETURNING user_id AS id`,
      [regionId, active],
    );
    return row.id;
  }

  /** A retiree of the region (a valid identity number: an update re-checks it), made with SQL. */
  async claimant(regionId: 'qinhuangdao' | 'tumxuk'): Promise<{ id: string; version: number }> {
    const number = newResidentId('19500315', regionId === 'qinhuangdao' ? '130302' : '659003');
    const [row] = await this.dataSource.query(
      `INSERT INTO claimants (region_id, name, id_number, id_number_masked, id_number_hash, birth_date, sex, category)
       VALUES ($1, '矩阵测试参保人', $2, '***', md5($2), '1950-03-15', 'male', 'retiree') RETURNING id, version`,
      [regionId, number],
    );
    return row;
  }

  async hospitalStay(regionId: 'qinhuangdao' | 'tumxuk'): Promise<string> {
    const claimant = await this.claimant(regionId);
    const [row] = await this.dataSource.query(
      `INSERT INTO claimant_hospital_stays (claimant_id, region_id, hospital, admitted_on) VALUES ($1, $2, '矩阵测试医院', '2026-10-05') RETURNING id`,
      [claimant.id, regionId],
    );
    return row.id;
  }

  /** A 2026 scorecard (Changzhou template) of a fresh institution, prepared by the demo admin so any inspector is a second person. */
  async scorecard(regionId: 'qinhuangdao' | 'tumxuk', state = 'open'): Promise<{ id: string; version: number; institutionId: string }> {
    const institution = await this.institution(regionId);
    const [row] = await this.dataSource.query(
      `INSERT INTO annual_scorecards (institution_id, region_id, year, template_id, state, prepared_by)
       SELECT $1, $2, 2026, 'changzhou-annual-2024', $3, id FROM users WHERE username = 'admin' RETURNING id, version`,
      [institution, regionId, state],
    );
    return { ...row, institutionId: institution };
  }

  async scorecardEvent(regionId: 'qinhuangdao' | 'tumxuk'): Promise<string> {
    const card = await this.scorecard(regionId);
    const [row] = await this.dataSource.query(
      `INSERT INTO scorecard_events (scorecard_id, institution_id, region_id, type, occurred_on, count, recorded_by, recorded_by_name)
       SELECT $1, $2, $3, 'lateUpload', '2026-05-01', 1, id, 'fixture' FROM users WHERE username = 'admin' RETURNING id`,
      [card.id, card.institutionId, regionId],
    );
    return row.id;
  }

  async complaint(regionId: 'qinhuangdao' | 'tumxuk', state = 'received'): Promise<{ id: string; version: number }> {
    const institution = await this.institution(regionId);
    const [row] = await this.dataSource.query(
      `INSERT INTO complaints (institution_id, region_id, channel, kind, received_on, complainant, content, state, prepared_by)
       SELECT $1, $2, 'hotline', 'conduct', '2026-06-01', '矩阵测试', '矩阵测试投诉', $3, id FROM users WHERE username = 'admin' RETURNING id, version`,
      [institution, regionId, state],
    );
    return row;
  }

  /** An inspection of a fresh institution of the region, by the region's demo inspector (Tumxuk has none: the admin stands in). */
  async inspection(regionId: 'qinhuangdao' | 'tumxuk', state = 'planned'): Promise<{ id: string; version: number; institutionId: string }> {
    const institution = await this.institution(regionId);
    const [row] = await this.dataSource.query(
      `INSERT INTO inspections (region_id, kind, title, scope, planned_on, inspector_ids, inspector_names, checklist, target_ids, state, prepared_by)
       SELECT $1, 'daily_round', '矩阵测试检查', '矩阵测试', '2026-06-01', ARRAY[u.id], ARRAY[u.display_name],
              '[{"item":"服务记录","result":null,"note":null}]', ARRAY[$2::uuid], $3, u.id
         FROM users u WHERE u.username = $4 RETURNING id, version`,
      [regionId, institution, state, regionId === 'qinhuangdao' ? 'inspector' : 'admin'],
    );
    return { ...row, institutionId: institution };
  }

  /** A finding on a care institution (no scorecard event follows from its consequences: that scorecard is the assessment institutions'). */
  async finding(regionId: 'qinhuangdao' | 'tumxuk'): Promise<string> {
    const inspection = await this.inspection(regionId, 'in_progress');
    await this.dataSource.query("UPDATE institutions SET kind = 'care', care_subtype = 'medical' WHERE id = $1", [
      inspection.institutionId,
    ]);
    const [row] = await this.dataSource.query(
      `INSERT INTO inspection_findings (inspection_id, institution_id, region_id, category, description, found_on, recorded_by, recorded_by_name)
       SELECT $1, $2, $3, 'management', '矩阵测试问题', '2026-06-01', id, 'fixture' FROM users WHERE username = 'admin' RETURNING id`,
      [inspection.id, inspection.institutionId, regionId],
    );
    return row.id;
  }

  async rectification(regionId: 'qinhuangdao' | 'tumxuk', state = 'ordered'): Promise<{ id: string; version: number }> {
    const finding = await this.finding(regionId);
    const [row] = await this.dataSource.query(
      `INSERT INTO rectifications (finding_id, institution_id, region_id, ordered_on, due_on, requirement, state, prepared_by)
       SELECT f.id, f.institution_id, f.region_id, '2026-06-01', '2026-06-30', '矩阵测试整改', $2, u.id
         FROM inspection_findings f, users u WHERE f.id = $1 AND u.username = 'admin' RETURNING id, version`,
      [finding, state],
    );
    return row;
  }

  async publication(regionId: 'qinhuangdao' | 'tumxuk'): Promise<string> {
    const [row] = await this.dataSource.query(
      `INSERT INTO publications (region_id, kind, title, content, published_by, published_by_name)
       SELECT $1, 'institutionDirectory', '矩阵测试名录', '{"institutions":[]}', id, 'fixture' FROM users WHERE username = 'admin' RETURNING id`,
      [regionId],
    );
    return row.id;
  }

  /** A submitted application of a fresh claimant of the region, prepared by the demo admin. */
  async application(regionId: 'qinhuangdao' | 'tumxuk'): Promise<{ id: string; version: number }> {
    const claimant = await this.claimant(regionId);
    const [row] = await this.dataSource.query(
      `INSERT INTO assessment_applications (region_id, claimant_id, kind, prepared_by, applied_on, disability_since, condition_stable)
       SELECT $1, $2, 'initial', id, '2026-11-20', '2026-01-10', true FROM users WHERE username = 'admin' RETURNING id, version`,
      [regionId, claimant.id],
    );
    return row;
  }

  /** A final initial-assessment conclusion of the claimant (letter 2026-06-20), the one a care plan rests on (Qinhuangdao art. 28, 30). */
  async finalConclusion(claimantId: string, grade = 4, letterOn = '2026-06-20'): Promise<string> {
    const [row] = await this.dataSource.query(
      `INSERT INTO assessment_applications (region_id, county_id, claimant_id, kind, state, prepared_by, applied_on, disability_since, condition_stable,
         computed_grade, recorded_grade, letter_issued_on, letter_received_on, final_on)
       SELECT c.region_id, c.county_id, c.id, 'initial', 'final', u.id, '2026-04-20', '2025-10-01', true, $2, $2, $3, $3, $3
         FROM claimants c, users u WHERE c.id = $1 AND u.username = 'admin' RETURNING id`,
      [claimantId, grade, letterOn],
    );
    return row.id;
  }

  async auditRow(regionId: 'qinhuangdao' | 'tumxuk'): Promise<string> {
    const [row] = await this.dataSource.query(
      `INSERT INTO audit_logs (username, operation, entity_type, entity_id, region_id) VALUES ('fixture', 'update', 'Institution', 'x', $1) RETURNING id`,
      [regionId],
    );
    return String(row.id);
  }
}

const institutionDraft = (regionId: string) => ({
  kind: 'assessment',
  name: '矩阵测试评估中心',
  creditCode: newCreditCode(),
  legalRepresentative: '测试人',
  address: '秦皇岛市海港区测试路1号',
  regionId,
});

const quote = {
  insuredCategory: 'employee',
  careMode: 'institution',
  institutionSubtype: 'integrated',
  grade: 4,
  month: '2026-09',
  serviceDays: 17,
  lines: [{ category: 'care', amount: '1300.00' }],
};
const itemScores = {
  adl: {
    eating: 5,
    dressing: 0,
    faceAndMouth: 0,
    bowel: 5,
    bladder: 5,
    toilet: 0,
    levelWalking: 5,
    bedChairTransfer: 5,
    stairs: 0,
    bathing: 0,
  },
  cognition: { timeOrientation: 2, personOrientation: 2, placeOrientation: 1, memory: 1 },
  perception: { vision: 4, hearing: 4, communication: 3 },
};

const LIST_ARGS = '$page: Int, $perPage: Int, $filter:';
const INSTITUTION_CREATE = `mutation ($kind: InstitutionKind!, $name: String!, $creditCode: String!, $legalRepresentative: String!, $address: String!, $regionId: ID!) {
  createInstitution(kind: $kind, name: $name, creditCode: $creditCode, legalRepresentative: $legalRepresentative, address: $address, regionId: $regionId) { id } }`;

export const operationCases: ReadonlyMap<string, OperationCase> = new Map<string, OperationCase>([
  ['me', { document: '{ me { id } }', own: () => ({}) }],
  [
    'login',
    {
      document: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      own: () => ({ u: 'inspector', p: DEMO_PASSWORD }),
    },
  ],
  [
    'allAuditLogs',
    {
      document: `query (${LIST_ARGS} AuditLogFilter) { allAuditLogs(page: $page, perPage: $perPage, filter: $filter) { id } }`,
      own: () => ({ perPage: 5 }),
    },
  ],
  [
    '_allAuditLogsMeta',
    {
      document: `query (${LIST_ARGS} AuditLogFilter) { _allAuditLogsMeta(page: $page, perPage: $perPage, filter: $filter) { count } }`,
      own: () => ({}),
    },
  ],
  [
    'AuditLog',
    {
      document: 'query ($id: ID!) { AuditLog(id: $id) { id } }',
      own: async (fx) => ({ id: await fx.auditRow('qinhuangdao') }),
      other: async (fx) => ({ id: await fx.auditRow('tumxuk') }),
    },
  ],
  [
    'policyPack',
    {
      document: 'query ($regionId: ID!, $date: String!) { policyPack(regionId: $regionId, date: $date) { value } }',
      own: () => ({ regionId: 'qinhuangdao', date: '2026-09-01' }),
      other: () => ({ regionId: 'tumxuk', date: '2026-09-01' }),
    },
  ],
  [
    'quoteBenefit',
    {
      document:
        'query ($regionId: ID!, $date: String!, $input: JSON!) { quoteBenefit(regionId: $regionId, date: $date, input: $input) { value } }',
      own: () => ({ regionId: 'qinhuangdao', date: '2026-09-01', input: quote }),
      other: () => ({ regionId: 'tumxuk', date: '2026-09-01', input: quote }),
    },
  ],
  [
    'disabilityGrade',
    {
      document:
        'query ($regionId: ID!, $date: String!, $s: JSON!) { disabilityGrade(regionId: $regionId, date: $date, itemScores: $s) { value } }',
      own: () => ({ regionId: 'qinhuangdao', date: '2026-09-01', s: itemScores }),
      other: () => ({ regionId: 'tumxuk', date: '2026-09-01', s: itemScores }),
    },
  ],
  [
    'scorecardPreview',
    {
      document: 'query ($t: String!, $input: JSON!) { scorecardPreview(templateId: $t, input: $input) { value } }',
      own: () => ({
        t: 'changzhou-annual-2024',
        input: {
          institutionId: 'A',
          year: 2024,
          events: [],
          returnRates: [{ institutionId: 'A', returned: 1, submitted: 100 }],
          satisfactionRate: '0.95',
          districtsServedWithoutRefusal: 3,
          internalTrainingsHeld: 2,
          noHolidaySuspension: true,
        },
      }),
    },
  ],
  [
    'allInstitutions',
    {
      document: `query (${LIST_ARGS} InstitutionFilter) { allInstitutions(page: $page, perPage: $perPage, filter: $filter) { id } }`,
      own: () => ({ filter: { regionId: 'qinhuangdao' } }),
      other: () => ({ filter: { regionId: 'tumxuk' } }),
    },
  ],
  [
    '_allInstitutionsMeta',
    {
      document: `query (${LIST_ARGS} InstitutionFilter) { _allInstitutionsMeta(page: $page, perPage: $perPage, filter: $filter) { count } }`,
      own: () => ({ filter: { regionId: 'qinhuangdao' } }),
      other: () => ({ filter: { regionId: 'tumxuk' } }),
    },
  ],
  [
    'Institution',
    {
      document: 'query ($id: ID!) { Institution(id: $id) { id } }',
      own: async (fx) => ({ id: await fx.institution('qinhuangdao') }),
      other: async (fx) => ({ id: await fx.institution('tumxuk') }),
    },
  ],
  [
    'allJobs',
    {
      document: `query (${LIST_ARGS} JobFilter) { allJobs(page: $page, perPage: $perPage, filter: $filter) { id } }`,
      own: () => ({ filter: { mine: true } }),
    },
  ],
  [
    '_allJobsMeta',
    {
      document: `query (${LIST_ARGS} JobFilter) { _allJobsMeta(page: $page, perPage: $perPage, filter: $filter) { count } }`,
      own: () => ({}),
    },
  ],
  [
    'Job',
    {
      document: 'query ($id: ID!) { Job(id: $id) { id done total } }',
      own: async (fx) => ({ id: await fx.job('qinhuangdao') }),
      other: async (fx) => ({ id: await fx.job('tumxuk') }),
    },
  ],
  ['workingDayCalendar', { document: '{ workingDayCalendar { year } }', own: () => ({}) }],
  ['myTodos', { document: '{ myTodos { kind daysLeft record { id } } }', own: () => ({}) }],
  [
    'recordInstitutionInfoChange',
    {
      document: `mutation ($i: ID!, $d: String!, $c: [String!]!) {
        recordInstitutionInfoChange(institutionId: $i, approvalDate: $d, changes: $c) { id } }`,
      own: async (fx) => ({ i: await fx.institution('qinhuangdao'), d: '2026-11-10', c: ['bankAccount'] }),
      other: async (fx) => ({ i: await fx.institution('tumxuk'), d: '2026-11-10', c: ['bankAccount'] }),
      invalid: async (fx) => ({ i: await fx.institution('qinhuangdao'), d: '2026-11-31', c: ['haircut'] }),
    },
  ],
  [
    'addWorkingDays',
    { document: 'query ($s: String!, $d: Int!) { addWorkingDays(start: $s, days: $d) { value } }', own: () => ({ s: '2026-09-30', d: 5 }) },
  ],
  [
    'allRegions',
    {
      document: `query (${LIST_ARGS} RegionFilter) { allRegions(page: $page, perPage: $perPage, filter: $filter) { id } }`,
      own: () => ({}),
      other: () => ({ filter: { ids: ['tumxuk'] } }),
    },
  ],
  [
    '_allRegionsMeta',
    {
      document: `query (${LIST_ARGS} RegionFilter) { _allRegionsMeta(page: $page, perPage: $perPage, filter: $filter) { count } }`,
      own: () => ({}),
      other: () => ({ filter: { ids: ['tumxuk'] } }),
    },
  ],
  [
    'Region',
    { document: 'query ($id: ID!) { Region(id: $id) { id } }', own: () => ({ id: 'qinhuangdao' }), other: () => ({ id: 'tumxuk' }) },
  ],
  [
    'createInstitution',
    {
      document: INSTITUTION_CREATE,
      own: () => institutionDraft('qinhuangdao'),
      other: () => institutionDraft('tumxuk'),
      invalid: () => ({ ...institutionDraft('qinhuangdao'), creditCode: '91130300MA00000000' }),
    },
  ],
  [
    'updateInstitution',
    {
      document: 'mutation ($id: ID!, $name: String) { updateInstitution(id: $id, name: $name) { id } }',
      own: async (fx) => ({ id: await fx.institution('qinhuangdao'), name: '矩阵测试评估中心（改）' }),
      other: async (fx) => ({ id: await fx.institution('tumxuk'), name: '矩阵测试评估中心（改）' }),
      invalid: async (fx) => ({ id: await fx.institution('qinhuangdao'), name: '' }),
    },
  ],
  [
    'transitionInstitution',
    {
      document: `mutation ($id: ID!, $a: InstitutionAction!, $v: Int!, $r: String) {
        transitionInstitution(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state } }`,
      own: async (fx) => ({ id: await fx.institution('qinhuangdao'), a: 'deactivate', v: 1, r: '矩阵测试：机构注销' }),
      other: async (fx) => ({ id: await fx.institution('tumxuk'), a: 'deactivate', v: 1, r: '矩阵测试：机构注销' }),
      invalid: async (fx) => ({ id: await fx.institution('qinhuangdao'), a: 'deactivate', v: 1, r: ' ' }),
    },
  ],
  [
    'setCalendarYear',
    {
      document: 'mutation ($y: Int!, $h: [String!]!, $w: [String!]!) { setCalendarYear(year: $y, holidays: $h, workdays: $w) { year } }',
      own: () => ({ y: 2027, h: ['2027-01-01'], w: [] }),
      invalid: () => ({ y: 2027, h: ['2027-02-30'], w: [] }),
    },
  ],
  [
    'setPolicyOverrides',
    {
      document:
        'mutation ($r: ID!, $v: String!, $o: JSONObject!) { setPolicyOverrides(regionId: $r, validFrom: $v, overrides: $o) { value } }',
      own: () => ({
        r: 'qinhuangdao',
        v: '2027-01-01',
        o: { contributions: { hardshipSubsidies: { minimumLivingAllowance: { amount: '20.00' } } } },
      }),
      other: () => ({ r: 'tumxuk', v: '2026-09-01', o: {} }),
      invalid: () => ({ r: 'qinhuangdao', v: '2027-01-01', o: { colour: 'red' } }),
    },
  ],
  [
    'allServiceAgreements',
    {
      document: `query (${LIST_ARGS} ServiceAgreementFilter) { allServiceAgreements(page: $page, perPage: $perPage, filter: $filter) { id } }`,
      own: () => ({ filter: { regionId: 'qinhuangdao' } }),
      other: () => ({ filter: { regionId: 'tumxuk' } }),
    },
  ],
  [
    '_allServiceAgreementsMeta',
    {
      document: `query (${LIST_ARGS} ServiceAgreementFilter) { _allServiceAgreementsMeta(page: $page, perPage: $perPage, filter: $filter) { count } }`,
      own: () => ({ filter: { regionId: 'qinhuangdao' } }),
      other: () => ({ filter: { regionId: 'tumxuk' } }),
    },
  ],
  [
    'ServiceAgreement',
    {
      document: 'query ($id: ID!) { ServiceAgreement(id: $id) { id history { action } allowedActions { action enabled } } }',
      own: async (fx) => ({ id: (await fx.agreement('qinhuangdao')).id }),
      other: async (fx) => ({ id: (await fx.agreement('tumxuk')).id }),
    },
  ],
  [
    'createServiceAgreement',
    {
      document: `mutation ($i: ID!, $n: String!, $s: String!, $e: String!) {
        createServiceAgreement(institutionId: $i, number: $n, startDate: $s, endDate: $e) { id } }`,
      own: async (fx) => ({ i: await fx.institution('qinhuangdao'), n: `矩阵〔2026〕${serial++}号`, s: '2026-07-01', e: '2027-06-30' }),
      other: async (fx) => ({ i: await fx.institution('tumxuk'), n: `矩阵〔2026〕${serial++}号`, s: '2026-07-01', e: '2027-06-30' }),
      invalid: async (fx) => ({ i: await fx.institution('qinhuangdao'), n: ' ', s: '2026-07-01', e: '2026-06-30' }),
    },
  ],
  [
    'updateServiceAgreement',
    {
      document: 'mutation ($id: ID!, $v: Int!, $e: String) { updateServiceAgreement(id: $id, expectedVersion: $v, endDate: $e) { id } }',
      own: async (fx) => {
        const a = await fx.agreement('qinhuangdao');
        return { id: a.id, v: a.version, e: '2027-06-29' };
      },
      other: async (fx) => {
        const a = await fx.agreement('tumxuk');
        return { id: a.id, v: a.version, e: '2027-06-29' };
      },
      invalid: async (fx) => {
        const a = await fx.agreement('qinhuangdao');
        return { id: a.id, v: a.version, e: '2026-01-01' };
      },
    },
  ],
  [
    'transitionServiceAgreement',
    {
      document: `mutation ($id: ID!, $a: AgreementAction!, $v: Int!, $r: String) {
        transitionServiceAgreement(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state } }`,
      own: async (fx) => {
        const a = await fx.agreement('qinhuangdao', 'active');
        return { id: a.id, a: 'suspend', v: a.version, r: '矩阵测试：暂停' };
      },
      other: async (fx) => {
        const a = await fx.agreement('tumxuk', 'active');
        return { id: a.id, a: 'suspend', v: a.version, r: '矩阵测试：暂停' };
      },
      invalid: async (fx) => {
        const a = await fx.agreement('qinhuangdao', 'active');
        return { id: a.id, a: 'suspend', v: a.version, r: ' ' };
      },
    },
  ],
  [
    'allAttachments',
    {
      document: `query (${LIST_ARGS} AttachmentFilter) { allAttachments(page: $page, perPage: $perPage, filter: $filter) { id fileName sha256 } }`,
      own: async (fx) => {
        await fx.attachment('qinhuangdao');
        return { filter: { regionId: 'qinhuangdao' } };
      },
      other: async (fx) => {
        await fx.attachment('tumxuk');
        return { filter: { regionId: 'tumxuk' } };
      },
    },
  ],
  [
    '_allAttachmentsMeta',
    {
      document: `query (${LIST_ARGS} AttachmentFilter) { _allAttachmentsMeta(page: $page, perPage: $perPage, filter: $filter) { count } }`,
      own: () => ({ filter: { ownerType: 'Institution' } }),
      other: () => ({ filter: { regionId: 'tumxuk' } }),
    },
  ],
  [
    'allPolicyChanges',
    {
      document: `query (${LIST_ARGS} PolicyChangeFilter) { allPolicyChanges(page: $page, perPage: $perPage, filter: $filter) { id } }`,
      own: () => ({ filter: { regionId: 'qinhuangdao' } }),
      other: () => ({ filter: { regionId: 'tumxuk' } }),
    },
  ],
  [
    'allCounties',
    {
      document: `query (${LIST_ARGS} CountyFilter) { allCounties(page: $page, perPage: $perPage, filter: $filter) { id region { id } } }`,
      own: () => ({ filter: { regionId: 'qinhuangdao' } }),
      other: () => ({ filter: { regionId: 'tumxuk' } }),
    },
  ],
  [
    'deleteAttachment',
    {
      document: 'mutation ($id: ID!) { deleteAttachment(id: $id) { id } }',
      own: async (fx) => ({ id: await fx.attachment('qinhuangdao') }),
      other: async (fx) => ({ id: await fx.attachment('tumxuk') }),
      invalid: () => ({ id: 'not-an-id' }),
    },
  ],
  [
    '_allCountiesMeta',
    {
      document: `query (${LIST_ARGS} CountyFilter) { _allCountiesMeta(page: $page, perPage: $perPage, filter: $filter) { count } }`,
      own: () => ({ filter: { regionId: 'qinhuangdao' } }),
      other: () => ({ filter: { regionId: 'tumxuk' } }),
    },
  ],
  [
    'County',
    { document: 'query ($id: ID!) { County(id: $id) { id name } }', own: () => ({ id: 'qhd-haigang' }), other: () => ({ id: 'tmsk-r44' }) },
  ],
  [
    'updateRegion',
    {
      document: 'mutation ($id: ID!, $name: String!) { updateRegion(id: $id, name: $name) { id } }',
      own: () => ({ id: 'qinhuangdao', name: '秦皇岛市' }),
      other: () => ({ id: 'tumxuk', name: '改名' }),
      invalid: () => ({ id: 'qinhuangdao', name: ' ' }),
    },
  ],
  [
    'updateCounty',
    {
      document: 'mutation ($id: ID!, $name: String!) { updateCounty(id: $id, name: $name) { id } }',
      own: () => ({ id: 'qhd-haigang', name: '海港区' }),
      other: () => ({ id: 'tmsk-r44', name: '改名' }),
      invalid: () => ({ id: 'qhd-haigang', name: '' }),
    },
  ],
  [
    'allUsers',
    {
      document: `query (${LIST_ARGS} UserFilter) { allUsers(page: $page, perPage: $perPage, filter: $filter) { id regions { id } counties { id } phoneMasked } }`,
      own: () => ({ filter: { regionId: 'qinhuangdao' } }),
      other: () => ({ filter: { regionId: 'tumxuk' } }),
    },
  ],
  [
    '_allUsersMeta',
    {
      document: `query (${LIST_ARGS} UserFilter) { _allUsersMeta(page: $page, perPage: $perPage, filter: $filter) { count } }`,
      own: () => ({ filter: { regionId: 'qinhuangdao' } }),
      other: () => ({ filter: { regionId: 'tumxuk' } }),
    },
  ],
  [
    'User',
    {
      document: 'query ($id: ID!) { User(id: $id) { id signIns { at success } } }',
      own: async (fx) => ({ id: await fx.user('qinhuangdao') }),
      other: async (fx) => ({ id: await fx.user('tumxuk') }),
    },
  ],
  [
    'createUser',
    {
      document: `mutation ($u: String!, $d: String!, $p: String!, $r: [Role!]!, $g: [ID!]!, $c: [ID!]) {
        createUser(username: $u, displayName: $d, password: $p, roles: $r, regionIds: $g, countyIds: $c) { id } }`,
      own: () => ({
        u: `matrix${serial++}`,
        d: '矩阵新用户',
        p: 'Kx7#matrix-pass',
        r: ['inspector'],
        g: ['qinhuangdao'],
        c: ['qhd-haigang'],
      }),
      other: () => ({ u: `matrix${serial++}`, d: '矩阵新用户', p: 'Kx7#matrix-pass', r: ['inspector'], g: ['tumxuk'] }),
      invalid: () => ({ u: 'X', d: '矩阵新用户', p: 'short', r: ['inspector'], g: ['qinhuangdao'] }),
    },
  ],
  [
    'updateUser',
    {
      document: 'mutation ($id: ID!, $d: String, $r: [Role!]) { updateUser(id: $id, displayName: $d, roles: $r) { id } }',
      own: async (fx) => ({ id: await fx.user('qinhuangdao'), d: '矩阵测试用户（改）', r: ['inspector', 'agency_officer'] }),
      other: async (fx) => ({ id: await fx.user('tumxuk'), d: '矩阵测试用户（改）' }),
      invalid: async (fx) => ({ id: await fx.user('qinhuangdao'), d: ' ' }),
    },
  ],
  [
    'deactivateUser',
    {
      document: 'mutation ($id: ID!, $r: String!) { deactivateUser(id: $id, reason: $r) { id active } }',
      own: async (fx) => ({ id: await fx.user('qinhuangdao'), r: '矩阵测试：离岗' }),
      other: async (fx) => ({ id: await fx.user('tumxuk'), r: '矩阵测试：离岗' }),
      invalid: async (fx) => ({ id: await fx.user('qinhuangdao'), r: ' ' }),
    },
  ],
  [
    'reactivateUser',
    {
      document: 'mutation ($id: ID!) { reactivateUser(id: $id) { id active } }',
      own: async (fx) => ({ id: await fx.user('qinhuangdao', false) }),
      other: async (fx) => ({ id: await fx.user('tumxuk', false) }),
      invalid: () => ({ id: 'not-an-id' }),
    },
  ],
  [
    '_allPolicyChangesMeta',
    {
      document: `query (${LIST_ARGS} PolicyChangeFilter) { _allPolicyChangesMeta(page: $page, perPage: $perPage, filter: $filter) { count } }`,
      own: () => ({ filter: { regionId: 'qinhuangdao' } }),
      other: () => ({ filter: { regionId: 'tumxuk' } }),
    },
  ],
  [
    'PolicyChange',
    {
      document: 'query ($id: ID!) { PolicyChange(id: $id) { id diff figures history { action } allowedActions { action enabled } } }',
      own: async (fx) => ({ id: (await fx.policyChange('qinhuangdao')).id }),
      other: async (fx) => ({ id: (await fx.policyChange('tumxuk')).id }),
    },
  ],
  [
    'createPolicyChange',
    {
      document: `mutation ($r: ID!, $e: String!, $c: JSONObject!) { createPolicyChange(regionId: $r, effectiveFrom: $e, changes: $c) { id } }`,
      own: () => ({ r: 'qinhuangdao', e: nextMonthStart(), c: { 'benefits.employees.home.monthlyCap': '1200.00' } }),
      other: () => ({ r: 'tumxuk', e: nextMonthStart(), c: { 'benefits.employees.institution': '0.72' } }),
      invalid: () => ({ r: 'qinhuangdao', e: '2020-01-01', c: { 'benefits.colour': 'red' } }),
    },
  ],
  [
    'transitionPolicyChange',
    {
      document: `mutation ($id: ID!, $a: PolicyChangeAction!, $v: Int!, $r: String) {
        transitionPolicyChange(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state } }`,
      own: async (fx) => {
        const c = await fx.policyChange('qinhuangdao');
        return { id: c.id, a: 'submit', v: c.version };
      },
      other: async (fx) => {
        const c = await fx.policyChange('tumxuk');
        return { id: c.id, a: 'submit', v: c.version };
      },
      invalid: async (fx) => {
        const c = await fx.policyChange('qinhuangdao', 'submitted', 'inspector');
        return { id: c.id, a: 'reject', v: c.version, r: ' ' };
      },
    },
  ],
  [
    'resetUserPassword',
    {
      document: 'mutation ($id: ID!, $p: String!) { resetUserPassword(id: $id, password: $p) { id mustChangePassword } }',
      own: async (fx) => ({ id: await fx.user('qinhuangdao'), p: 'Temp#2027-reset' }),
      other: async (fx) => ({ id: await fx.user('tumxuk'), p: 'Temp#2027-reset' }),
      invalid: async (fx) => ({ id: await fx.user('qinhuangdao'), p: 'abcdefghijkl' }),
    },
  ],
  [
    'changePassword',
    {
      // each caller changes its own password once per test file: from the demo password to a new one
      document: 'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { id } }',
      own: () => ({ c: DEMO_PASSWORD, n: 'Mine#2027-changed' }),
      invalid: () => ({ c: DEMO_PASSWORD, n: 'short' }),
    },
  ],
  ...fundCases(),
  ...tpaCases(),
  ...claimantCases(),
  ...scorecardCases(),
  ...recordsCases(),
  ...applicationCases(),
  ...carePlanCases(),
  ...supervisionCases(),
  ...settlementCases(),
  ...declarationCases(),
  ...fundGrantCases(),
  ...designationCases(),
  ...assessmentStepCases(),
]);

function fundPost(): string {
  return `mutation ($r: ID!, $k: FundPostingKind!, $d: String!, $l: [FundPostingLineInput!]!, $c: String) {
  postFund(regionId: $r, kind: $k, date: $d, lines: $l, insuredCategory: $c) { id } }`;
}
async function fundCollection(fx: Fixtures, region: 'qinhuangdao' | 'tumxuk', amount = '10.00'): Promise<Vars> {
  const l = [
    { accountId: await fx.fundAccount(region, 'special'), side: 'debit', amount },
    { accountId: await fx.fundAccount(region, 'taxAuthority'), side: 'credit', amount },
  ];
  return { r: region, k: 'collection', d: '2026-11-03', c: 'employee', l };
}

/** The fund ledger's operations (issue 12). */
function fundCases(): [string, OperationCase][] {
  const list = (name: string, filter: string, fields: string): [string, OperationCase] => [
    name,
    {
      document: `query (${LIST_ARGS} ${filter}) { ${name}(page: $page, perPage: $perPage, filter: $filter) { ${fields} } }`,
      own: () => ({ filter: { regionId: 'qinhuangdao' } }),
      other: () => ({ filter: { regionId: 'tumxuk' } }),
    },
  ];
  return [
    list('allFundAccounts', 'FundAccountFilter', 'id balance'),
    list('_allFundAccountsMeta', 'FundAccountFilter', 'count'),
    list('allFundPostings', 'FundPostingFilter', 'id lines { amount } reversedBy'),
    list('_allFundPostingsMeta', 'FundPostingFilter', 'count'),
    list('allFundReversals', 'FundReversalFilter', 'id allowedActions { action enabled } history { action }'),
    list('_allFundReversalsMeta', 'FundReversalFilter', 'count'),
    list('allFundWarnings', 'FundWarningFilter', 'id trace { rule }'),
    list('_allFundWarningsMeta', 'FundWarningFilter', 'count'),
    [
      'FundAccount',
      {
        document: 'query ($id: ID!) { FundAccount(id: $id) { id balance } }',
        own: async (fx) => ({ id: await fx.fundAccount('qinhuangdao') }),
        other: async (fx) => ({ id: await fx.fundAccount('tumxuk') }),
      },
    ],
    [
      'fundMonthly',
      {
        document: 'query ($r: ID!) { fundMonthly(regionId: $r, from: "2026-01", to: "2026-12") { month debit credit } }',
        own: () => ({ r: 'qinhuangdao' }),
        other: () => ({ r: 'tumxuk' }),
      },
    ],
    [
      'FundPosting',
      {
        document: 'query ($id: ID!) { FundPosting(id: $id) { id lines { amount } } }',
        own: async (fx) => ({ id: await fx.fundPosting('qinhuangdao') }),
        other: async (fx) => ({ id: await fx.fundPosting('tumxuk') }),
      },
    ],
    [
      'FundReversal',
      {
        document: 'query ($id: ID!) { FundReversal(id: $id) { id state } }',
        own: async (fx) => ({ id: (await fx.fundReversal('qinhuangdao')).id }),
        other: async (fx) => ({ id: (await fx.fundReversal('tumxuk')).id }),
      },
    ],
    [
      'FundWarning',
      {
        document: 'query ($id: ID!) { FundWarning(id: $id) { id state } }',
        own: async (fx) => ({ id: await fx.fundWarning('qinhuangdao') }),
        other: async (fx) => ({ id: await fx.fundWarning('tumxuk') }),
      },
    ],
    [
      'postFund',
      {
        document: fundPost(),
        own: (fx) => fundCollection(fx, 'qinhuangdao'),
        other: (fx) => fundCollection(fx, 'tumxuk'),
        invalid: (fx) => fundCollection(fx, 'qinhuangdao', '0.00'),
      },
    ],
    [
      'proposeFundReversal',
      {
        document: 'mutation ($p: ID!, $r: String!) { proposeFundReversal(postingId: $p, reason: $r) { id } }',
        own: async (fx) => ({ p: await fx.fundPosting('qinhuangdao'), r: '矩阵测试：冲正' }),
        other: async (fx) => ({ p: await fx.fundPosting('tumxuk'), r: '矩阵测试：冲正' }),
        invalid: async (fx) => ({ p: await fx.fundPosting('qinhuangdao'), r: ' ' }),
      },
    ],
    [
      'transitionFundReversal',
      {
        document: `mutation ($id: ID!, $a: FundReversalAction!, $v: Int!, $r: String) {
          transitionFundReversal(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state } }`,
        own: async (fx) => {
          const r = await fx.fundReversal('qinhuangdao');
          return { id: r.id, a: 'reject', v: r.version, r: '矩阵测试：驳回' };
        },
        other: async (fx) => {
          const r = await fx.fundReversal('tumxuk');
          return { id: r.id, a: 'reject', v: r.version, r: '矩阵测试：驳回' };
        },
        invalid: async (fx) => {
          const r = await fx.fundReversal('qinhuangdao');
          return { id: r.id, a: 'reject', v: r.version, r: ' ' };
        },
      },
    ],
    [
      'acknowledgeFundWarning',
      {
        document: 'mutation ($id: ID!, $n: String!) { acknowledgeFundWarning(id: $id, note: $n) { id state } }',
        own: async (fx) => ({ id: await fx.fundWarning('qinhuangdao'), n: '矩阵测试：已知悉' }),
        other: async (fx) => ({ id: await fx.fundWarning('tumxuk'), n: '矩阵测试：已知悉' }),
        invalid: async (fx) => ({ id: await fx.fundWarning('qinhuangdao'), n: ' ' }),
      },
    ],
    ...fundStatementCases(list),
  ];
}

/** Dashboard and reconciliation (issue 12: bank statements against the ledger). */
function fundStatementCases(list: (name: string, filter: string, fields: string) => [string, OperationCase]): [string, OperationCase][] {
  const record = async (fx: Fixtures, region: 'qinhuangdao' | 'tumxuk', closingBalance = '0.00') => ({
    a: await fx.fundAccount(region, 'cityExpenditure'),
    m: '2020-02',
    b: closingBalance,
  });
  return [
    list('allFundBankStatements', 'FundBankStatementFilter', 'id ledgerBalance difference'),
    list('_allFundBankStatementsMeta', 'FundBankStatementFilter', 'count'),
    [
      'FundBankStatement',
      {
        document: 'query ($id: ID!) { FundBankStatement(id: $id) { id difference } }',
        own: async (fx) => ({ id: await fx.fundStatement('qinhuangdao') }),
        other: async (fx) => ({ id: await fx.fundStatement('tumxuk') }),
      },
    ],
    [
      'fundDashboard',
      {
        document: 'query ($r: ID!) { fundDashboard(regionId: $r) { balance series { month balance warningLine } trace { rule } } }',
        own: () => ({ r: 'qinhuangdao' }),
        other: () => ({ r: 'tumxuk' }),
      },
    ],
    [
      'recordFundBankStatement',
      {
        document: `mutation ($a: ID!, $m: String!, $b: String!) {
          recordFundBankStatement(accountId: $a, month: $m, closingBalance: $b) { id difference } }`,
        own: (fx) => record(fx, 'qinhuangdao'),
        other: (fx) => record(fx, 'tumxuk'),
        invalid: (fx) => record(fx, 'qinhuangdao', '12.345'),
      },
    ],
    [
      'fundIncomeStatement',
      {
        document: 'query ($r: ID!, $p: String!) { fundIncomeStatement(regionId: $r, period: $p) { period lines { section total } } }',
        own: () => ({ r: 'qinhuangdao', p: '2026' }),
        other: () => ({ r: 'tumxuk', p: '2026' }),
        invalid: () => ({ r: 'qinhuangdao', p: '2026-13' }),
      },
    ],
    [
      'fundLedgerAgreement',
      {
        document: 'query ($r: ID!) { fundLedgerAgreement(regionId: $r) { agree mismatchCodes accounts { id difference } } }',
        own: () => ({ r: 'qinhuangdao' }),
        other: () => ({ r: 'tumxuk' }),
      },
    ],
  ];
}

/** Claimants (issue 11, item 1). */
function claimantCases(): [string, OperationCase][] {
  const ADD_STAY = `mutation ($c: ID!, $h: String!, $a: String!) { addClaimantHospitalStay(claimantId: $c, hospital: $h, admittedOn: $a) { id } }`;
  const contribution = (c: string, amount = '30.00') => ({ c, m: '2026-10', s: 'paid', a: amount, d: '2026-10-15' });
  return [
    [
      'allClaimants',
      {
        document: `query (${LIST_ARGS} ClaimantFilter) { allClaimants(page: $page, perPage: $perPage, filter: $filter) { id idNumber phone eligibility { status } } }`,
        own: () => ({ filter: { regionId: 'qinhuangdao' } }),
        other: () => ({ filter: { regionId: 'tumxuk' } }),
      },
    ],
    [
      '_allClaimantsMeta',
      {
        document: `query (${LIST_ARGS} ClaimantFilter) { _allClaimantsMeta(page: $page, perPage: $perPage, filter: $filter) { count } }`,
        own: () => ({ filter: { regionId: 'qinhuangdao' } }),
        other: () => ({ filter: { regionId: 'tumxuk' } }),
      },
    ],
    [
      'Claimant',
      {
        document:
          'query ($id: ID!) { Claimant(id: $id) { id idNumber contributions { month } hospitalStays { id } eligibility { status } } }',
        own: async (fx) => ({ id: (await fx.claimant('qinhuangdao')).id }),
        other: async (fx) => ({ id: (await fx.claimant('tumxuk')).id }),
      },
    ],
    [
      'createClaimant',
      {
        document: CREATE_CLAIMANT,
        own: () => claimantVars({ countyId: null }),
        other: () => claimantVars({ regionId: 'tumxuk', countyId: null }),
        invalid: () => claimantVars({ idNumber: '130302195003150013' }),
      },
    ],
    [
      'updateClaimant',
      {
        document: 'mutation ($id: ID!, $v: Int!, $a: String) { updateClaimant(id: $id, expectedVersion: $v, address: $a) { id } }',
        own: async (fx) => {
          const c = await fx.claimant('qinhuangdao');
          return { id: c.id, v: c.version, a: '矩阵测试路1号' };
        },
        other: async (fx) => {
          const c = await fx.claimant('tumxuk');
          return { id: c.id, v: c.version, a: '矩阵测试路1号' };
        },
        invalid: async (fx) => {
          const c = await fx.claimant('qinhuangdao');
          return { id: c.id, v: c.version, a: '长'.repeat(201) };
        },
      },
    ],
    [
      'revealClaimant',
      {
        document: REVEAL,
        own: async (fx) => ({ id: (await fx.claimant('qinhuangdao')).id, f: 'idNumber', r: '矩阵测试：核对身份' }),
        other: async (fx) => ({ id: (await fx.claimant('tumxuk')).id, f: 'idNumber', r: '矩阵测试：核对身份' }),
        invalid: async (fx) => ({ id: (await fx.claimant('qinhuangdao')).id, f: 'idNumber', r: ' ' }),
      },
    ],
    [
      'recordClaimantContribution',
      {
        document: RECORD_CONTRIBUTION,
        own: async (fx) => contribution((await fx.claimant('qinhuangdao')).id),
        other: async (fx) => contribution((await fx.claimant('tumxuk')).id),
        invalid: async (fx) => contribution((await fx.claimant('qinhuangdao')).id, '-1'),
      },
    ],
    [
      'addClaimantHospitalStay',
      {
        document: ADD_STAY,
        own: async (fx) => ({ c: (await fx.claimant('qinhuangdao')).id, h: '矩阵测试医院', a: '2026-10-05' }),
        other: async (fx) => ({ c: (await fx.claimant('tumxuk')).id, h: '矩阵测试医院', a: '2026-10-05' }),
        invalid: async (fx) => ({ c: (await fx.claimant('qinhuangdao')).id, h: '矩阵测试医院', a: '2026-13-05' }),
      },
    ],
    [
      'dischargeClaimantHospitalStay',
      {
        document: 'mutation ($id: ID!, $d: String!) { dischargeClaimantHospitalStay(id: $id, dischargedOn: $d) { id } }',
        own: async (fx) => ({ id: await fx.hospitalStay('qinhuangdao'), d: '2026-10-20' }),
        other: async (fx) => ({ id: await fx.hospitalStay('tumxuk'), d: '2026-10-20' }),
        invalid: async (fx) => ({ id: await fx.hospitalStay('qinhuangdao'), d: '2026-10-01' }),
      },
    ],
  ];
}

/** Annual scorecards and complaints (issue 10, items 6–7). */
function scorecardCases(): [string, OperationCase][] {
  const list = (name: string, filter: string, fields: string): [string, OperationCase] => [
    name,
    {
      document: `query (${LIST_ARGS} ${filter}) { ${name}(page: $page, perPage: $perPage, filter: $filter) { ${fields} } }`,
      own: () => ({ filter: { regionId: 'qinhuangdao' } }),
      other: () => ({ filter: { regionId: 'tumxuk' } }),
    },
  ];
  const RECORD = `mutation ($s: ID!, $t: String!, $d: String!, $c: Int!) {
    recordScorecardEvent(scorecardId: $s, type: $t, occurredOn: $d, count: $c) { id total } }`;
  const MONTHLY = `mutation ($i: ID!, $m: String!, $s: Int!, $r: Int!) { recordMonthlyCount(institutionId: $i, month: $m, submitted: $s, returned: $r) { id } }`;
  const CREATE = `mutation ($i: ID!, $c: String!) {
    createComplaint(institutionId: $i, channel: hotline, kind: conduct, receivedOn: "2026-06-01", complainant: "矩阵测试", content: $c) { id } }`;
  return [
    list('allAnnualScorecards', 'AnnualScorecardFilter', 'id total events { id } history { action } allowedActions { action }'),
    list('_allAnnualScorecardsMeta', 'AnnualScorecardFilter', 'count'),
    list('allMonthlyCounts', 'MonthlyCountFilter', 'id'),
    list('_allMonthlyCountsMeta', 'MonthlyCountFilter', 'count'),
    list('allComplaints', 'ComplaintFilter', 'id history { action } allowedActions { action }'),
    list('_allComplaintsMeta', 'ComplaintFilter', 'count'),
    [
      'AnnualScorecard',
      {
        document: 'query ($id: ID!) { AnnualScorecard(id: $id) { id recordableTypes institution { id } } }',
        own: async (fx) => ({ id: (await fx.scorecard('qinhuangdao')).id }),
        other: async (fx) => ({ id: (await fx.scorecard('tumxuk')).id }),
      },
    ],
    [
      'annualScorecardRanking',
      {
        document: 'query ($r: ID!, $y: Int!) { annualScorecardRanking(regionId: $r, year: $y) { rank total } }',
        own: () => ({ r: 'qinhuangdao', y: 2026 }),
        other: () => ({ r: 'tumxuk', y: 2026 }),
      },
    ],
    [
      'Complaint',
      {
        document: 'query ($id: ID!) { Complaint(id: $id) { id institution { id } } }',
        own: async (fx) => ({ id: (await fx.complaint('qinhuangdao')).id }),
        other: async (fx) => ({ id: (await fx.complaint('tumxuk')).id }),
      },
    ],
    [
      'openAnnualScorecard',
      {
        document: 'mutation ($i: ID!, $y: Int!) { openAnnualScorecard(institutionId: $i, year: $y) { id } }',
        own: async (fx) => ({ i: await fx.institution('qinhuangdao'), y: 2026 }),
        other: async (fx) => ({ i: await fx.institution('tumxuk'), y: 2026 }),
        invalid: async (fx) => ({ i: await fx.institution('qinhuangdao'), y: 2019 }),
      },
    ],
    [
      'recordScorecardEvent',
      {
        document: RECORD,
        own: async (fx) => ({ s: (await fx.scorecard('qinhuangdao')).id, t: 'lateUpload', d: '2026-05-01', c: 1 }),
        other: async (fx) => ({ s: (await fx.scorecard('tumxuk')).id, t: 'lateUpload', d: '2026-05-01', c: 1 }),
        invalid: async (fx) => ({ s: (await fx.scorecard('qinhuangdao')).id, t: 'lateUpload', d: '2026-05-01', c: -1 }),
      },
    ],
    [
      'withdrawScorecardEvent',
      {
        document: 'mutation ($id: ID!, $r: String!) { withdrawScorecardEvent(id: $id, reason: $r) { id } }',
        own: async (fx) => ({ id: await fx.scorecardEvent('qinhuangdao'), r: '矩阵测试：误记' }),
        other: async (fx) => ({ id: await fx.scorecardEvent('tumxuk'), r: '矩阵测试：误记' }),
        invalid: async (fx) => ({ id: await fx.scorecardEvent('qinhuangdao'), r: ' ' }),
      },
    ],
    [
      'recordMonthlyCount',
      {
        document: MONTHLY,
        own: async (fx) => ({ i: await fx.institution('qinhuangdao'), m: '2026-09', s: 10, r: 1 }),
        other: async (fx) => ({ i: await fx.institution('tumxuk'), m: '2026-09', s: 10, r: 1 }),
        invalid: async (fx) => ({ i: await fx.institution('qinhuangdao'), m: '2026-09', s: 10, r: 11 }),
      },
    ],
    [
      'transitionAnnualScorecard',
      {
        document: `mutation ($id: ID!, $a: AnnualScorecardAction!, $v: Int!, $r: String) {
          transitionAnnualScorecard(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state } }`,
        own: async (fx) => {
          const c = await fx.scorecard('qinhuangdao', 'submitted');
          return { id: c.id, a: 'return', v: c.version, r: '矩阵测试：退回' };
        },
        other: async (fx) => {
          const c = await fx.scorecard('tumxuk', 'submitted');
          return { id: c.id, a: 'return', v: c.version, r: '矩阵测试：退回' };
        },
        invalid: async (fx) => {
          const c = await fx.scorecard('qinhuangdao', 'submitted');
          return { id: c.id, a: 'return', v: c.version, r: ' ' };
        },
      },
    ],
    [
      'createComplaint',
      {
        document: CREATE,
        own: async (fx) => ({ i: await fx.institution('qinhuangdao'), c: '矩阵测试投诉' }),
        other: async (fx) => ({ i: await fx.institution('tumxuk'), c: '矩阵测试投诉' }),
        invalid: async (fx) => ({ i: await fx.institution('qinhuangdao'), c: ' ' }),
      },
    ],
    [
      'updateComplaint',
      {
        document: 'mutation ($id: ID!, $v: Int!, $t: String) { updateComplaint(id: $id, expectedVersion: $v, investigation: $t) { id } }',
        own: async (fx) => {
          const c = await fx.complaint('qinhuangdao');
          return { id: c.id, v: c.version, t: '矩阵测试：调查情况' };
        },
        other: async (fx) => {
          const c = await fx.complaint('tumxuk');
          return { id: c.id, v: c.version, t: '矩阵测试：调查情况' };
        },
        invalid: async (fx) => {
          const c = await fx.complaint('qinhuangdao');
          return { id: c.id, v: c.version, t: '长'.repeat(4001) };
        },
      },
    ],
    [
      'transitionComplaint',
      {
        document: `mutation ($id: ID!, $a: ComplaintAction!, $v: Int!, $r: String) {
          transitionComplaint(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state } }`,
        own: async (fx) => {
          const c = await fx.complaint('qinhuangdao');
          return { id: c.id, a: 'investigate', v: c.version };
        },
        other: async (fx) => {
          const c = await fx.complaint('tumxuk');
          return { id: c.id, a: 'investigate', v: c.version };
        },
        invalid: async (fx) => {
          const c = await fx.complaint('qinhuangdao', 'investigating');
          return { id: c.id, a: 'dismiss', v: c.version, r: ' ' };
        },
      },
    ],
  ];
}

/** Staff, the assessor pool and related persons (issue 10, items 1 and 5). */
function recordsCases(): [string, OperationCase][] {
  const db = (fx: Fixtures) => fx['dataSource'];
  let n = 0;
  const staff = async (fx: Fixtures, region: 'qinhuangdao' | 'tumxuk', role = 'assessor'): Promise<string> => {
    const institution = await fx.institution(region);
    const [row] = await db(fx).query(
      `INSERT INTO staff (institution_id, region_id, name, role, title, full_time) VALUES ($1, $2, '矩阵测试人员', $3, 'junior', true) RETURNING id`,
      [institution, region, role],
    );
    return row.id;
  };
  const idNumber = () => {
    const first17 = `13030219900101${String(n++ % 1000).padStart(3, '0')}`;
    return first17 + residentIdCheckChar(first17);
  };
  const person = async (fx: Fixtures, region: 'qinhuangdao' | 'tumxuk'): Promise<string> => {
    const institution = await fx.institution(region);
    const [row] = await db(fx).query(
      `INSERT INTO institution_related_persons (institution_id, region_id, role, name, id_number) VALUES ($1, $2, 'shareholder', '矩阵股东', $3) RETURNING id`,
      [institution, region, idNumber()],
    );
    return row.id;
  };
  const list = (name: string, filter: string, fields: string): [string, OperationCase] => [
    name,
    {
      document: `query (${LIST_ARGS} ${filter}) { ${name}(page: $page, perPage: $perPage, filter: $filter) { ${fields} } }`,
      own: () => ({ filter: { regionId: 'qinhuangdao' } }),
      other: () => ({ filter: { regionId: 'tumxuk' } }),
    },
  ];
  const CREATE_STAFF = `mutation ($i: ID!, $n: String!, $y: Int, $c: [StaffCertificateInput!]) {
    createStaff(institutionId: $i, name: $n, role: "assessor", title: "junior", fullTime: true, yearsInField: $y, certificates: $c) { id } }`;
  const ADD_PERSON = `mutation ($i: ID!, $id: String!) { createRelatedPerson(institutionId: $i, role: principal, name: "矩阵负责人", idNumber: $id) { id } }`;
  return [
    list('allStaff', 'StaffFilter', 'id trained inPool institutionName certificates { name } trainings { passed }'),
    list('_allStaffMeta', 'StaffFilter', 'count'),
    [
      'Staff',
      {
        document: 'query ($id: ID!) { Staff(id: $id) { id certificates { name } } }',
        own: async (fx) => ({ id: await staff(fx, 'qinhuangdao') }),
        other: async (fx) => ({ id: await staff(fx, 'tumxuk') }),
      },
    ],
    [
      'createStaff',
      {
        document: CREATE_STAFF,
        own: async (fx) => ({
          i: await fx.institution('qinhuangdao'),
          n: '矩阵评估员',
          y: 3,
          c: [{ name: '评估员资格', expiresOn: '2030-01-01' }],
        }),
        other: async (fx) => ({ i: await fx.institution('tumxuk'), n: '矩阵评估员', y: 3 }),
        invalid: async (fx) => ({ i: await fx.institution('qinhuangdao'), n: '矩阵评估员', y: -3 }),
      },
    ],
    [
      'updateStaff',
      {
        document: 'mutation ($id: ID!, $n: String) { updateStaff(id: $id, name: $n) { id } }',
        own: async (fx) => ({ id: await staff(fx, 'qinhuangdao'), n: '矩阵评估员（改）' }),
        other: async (fx) => ({ id: await staff(fx, 'tumxuk'), n: '矩阵评估员（改）' }),
        invalid: async (fx) => ({ id: await staff(fx, 'qinhuangdao'), n: ' ' }),
      },
    ],
    [
      'deleteStaff',
      {
        document: 'mutation ($id: ID!) { deleteStaff(id: $id) { id } }',
        own: async (fx) => ({ id: await staff(fx, 'qinhuangdao') }),
        other: async (fx) => ({ id: await staff(fx, 'tumxuk') }),
        invalid: () => ({ id: 'not-an-id' }),
      },
    ],
    [
      'recordAssessorTraining',
      {
        document: `mutation ($s: ID!, $h: String!) { recordAssessorTraining(staffId: $s, trainedOn: "2026-03-02", hours: $h, passed: true) { id } }`,
        own: async (fx) => ({ s: await staff(fx, 'qinhuangdao'), h: '16' }),
        other: async (fx) => ({ s: await staff(fx, 'tumxuk'), h: '16' }),
        invalid: async (fx) => ({ s: await staff(fx, 'qinhuangdao'), h: '0' }),
      },
    ],
    [
      'removeAssessor',
      {
        document: 'mutation ($id: ID!, $r: String!) { removeAssessor(id: $id, ground: falseReport, reason: $r) { id removedFor } }',
        own: async (fx) => ({ id: await staff(fx, 'qinhuangdao'), r: '矩阵测试：虚假评估意见' }),
        other: async (fx) => ({ id: await staff(fx, 'tumxuk'), r: '矩阵测试：虚假评估意见' }),
        invalid: async (fx) => ({ id: await staff(fx, 'qinhuangdao'), r: ' ' }),
      },
    ],
    list('allRelatedPeople', 'RelatedPersonFilter', 'id idNumberMasked'),
    list('_allRelatedPeopleMeta', 'RelatedPersonFilter', 'count'),
    [
      'RelatedPerson',
      {
        document: 'query ($id: ID!) { RelatedPerson(id: $id) { id idNumberMasked } }',
        own: async (fx) => ({ id: await person(fx, 'qinhuangdao') }),
        other: async (fx) => ({ id: await person(fx, 'tumxuk') }),
      },
    ],
    [
      'createRelatedPerson',
      {
        document: ADD_PERSON,
        own: async (fx) => ({ i: await fx.institution('qinhuangdao'), id: idNumber() }),
        other: async (fx) => ({ i: await fx.institution('tumxuk'), id: idNumber() }),
        invalid: async (fx) => ({ i: await fx.institution('qinhuangdao'), id: '130302199001010000' }),
      },
    ],
    [
      'updateRelatedPerson',
      {
        document: 'mutation ($id: ID!, $n: String) { updateRelatedPerson(id: $id, name: $n) { id } }',
        own: async (fx) => ({ id: await person(fx, 'qinhuangdao'), n: '矩阵股东（改）' }),
        other: async (fx) => ({ id: await person(fx, 'tumxuk'), n: '矩阵股东（改）' }),
        invalid: async (fx) => ({ id: await person(fx, 'qinhuangdao'), n: ' ' }),
      },
    ],
    [
      'deleteRelatedPerson',
      {
        document: 'mutation ($id: ID!) { deleteRelatedPerson(id: $id) { id } }',
        own: async (fx) => ({ id: await person(fx, 'qinhuangdao') }),
        other: async (fx) => ({ id: await person(fx, 'tumxuk') }),
        invalid: () => ({ id: 'not-an-id' }),
      },
    ],
    [
      'revealRelatedPersonIdNumber',
      {
        document: 'mutation ($id: ID!, $r: String!) { revealRelatedPersonIdNumber(id: $id, reason: $r) }',
        own: async (fx) => ({ id: await person(fx, 'qinhuangdao'), r: '矩阵测试：核对身份' }),
        other: async (fx) => ({ id: await person(fx, 'tumxuk'), r: '矩阵测试：核对身份' }),
        invalid: async (fx) => ({ id: await person(fx, 'qinhuangdao'), r: ' ' }),
      },
    ],
  ];
}

/** Assessment applications (issue 11, item 2: intake and acceptance). */
function applicationCases(): [string, OperationCase][] {
  const CREATE = `mutation ($c: ID!, $a: String!, $d: String!) {
    createAssessmentApplication(claimantId: $c, appliedOn: $a, disabilitySince: $d, conditionStable: true) { id } }`;
  return [
    [
      'allAssessmentApplications',
      {
        document: `query (${LIST_ARGS} AssessmentApplicationFilter) { allAssessmentApplications(page: $page, perPage: $perPage, filter: $filter) { id history { action } } }`,
        own: () => ({ filter: { regionId: 'qinhuangdao' } }),
        other: () => ({ filter: { regionId: 'tumxuk' } }),
      },
    ],
    [
      '_allAssessmentApplicationsMeta',
      {
        document: `query (${LIST_ARGS} AssessmentApplicationFilter) { _allAssessmentApplicationsMeta(page: $page, perPage: $perPage, filter: $filter) { count } }`,
        own: () => ({ filter: { regionId: 'qinhuangdao' } }),
        other: () => ({ filter: { regionId: 'tumxuk' } }),
      },
    ],
    [
      'AssessmentApplication',
      {
        document: 'query ($id: ID!) { AssessmentApplication(id: $id) { id state history { action } allowedActions { action enabled } } }',
        own: async (fx) => ({ id: (await fx.application('qinhuangdao')).id }),
        other: async (fx) => ({ id: (await fx.application('tumxuk')).id }),
      },
    ],
    [
      'createAssessmentApplication',
      {
        document: CREATE,
        own: async (fx) => ({ c: (await fx.claimant('qinhuangdao')).id, a: '2026-11-20', d: '2026-01-10' }),
        other: async (fx) => ({ c: (await fx.claimant('tumxuk')).id, a: '2026-11-20', d: '2026-01-10' }),
        invalid: async (fx) => ({ c: (await fx.claimant('qinhuangdao')).id, a: '2026-11-31', d: '2026-01-10' }),
      },
    ],
    [
      'transitionAssessmentApplication',
      {
        document: `mutation ($id: ID!, $a: AssessmentApplicationAction!, $v: Int!, $r: String) {
          transitionAssessmentApplication(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state } }`,
        own: async (fx) => {
          const a = await fx.application('qinhuangdao');
          return { id: a.id, a: 'withdraw', v: a.version, r: '矩阵测试：申请人撤回' };
        },
        other: async (fx) => {
          const a = await fx.application('tumxuk');
          return { id: a.id, a: 'withdraw', v: a.version, r: '矩阵测试：申请人撤回' };
        },
        invalid: async (fx) => {
          const a = await fx.application('qinhuangdao');
          return { id: a.id, a: 'withdraw', v: a.version, r: ' ' };
        },
      },
    ],
  ];
}

function carePlanCases(): [string, OperationCase][] {
  const db = (fx: Fixtures) => fx['dataSource'];
  /** A drafted plan prepared by the TPA, at an institution with an agreement in force (Qinhuangdao art. 30). */
  const plan = async (fx: Fixtures, region: 'qinhuangdao' | 'tumxuk'): Promise<{ id: string; version: number }> => {
    const claimant = await fx.claimant(region);
    const agreement = await fx.agreement(region, 'active');
    const [row] = await db(fx).query(
      `INSERT INTO care_plans (claimant_id, region_id, institution_id, care_mode, items, item_frequencies, frequency_per_week, start_date, prepared_by,
         grade, conclusion_on, conclusion_id)
       SELECT $1, $2, institution_id, 'home', '{H01}', '[{"code":"H01","timesPerMonth":10}]', 3, '2026-07-01', (SELECT id FROM users WHERE username = 'tpa_staff'),
         4, '2026-06-20', $4
       FROM service_agreements WHERE id = $3 RETURNING id, version`,
      [claimant.id, region, agreement.id, await fx.finalConclusion(claimant.id)],
    );
    return row;
  };
  const designated = async (fx: Fixtures, region: 'qinhuangdao' | 'tumxuk'): Promise<string> => {
    const { id } = await fx.agreement(region, 'active');
    return (await db(fx).query('SELECT institution_id FROM service_agreements WHERE id = $1', [id]))[0].institution_id;
  };
  const create = async (fx: Fixtures, region: 'qinhuangdao' | 'tumxuk') => {
    const c = (await fx.claimant(region)).id;
    return {
      c,
      i: await designated(fx, region),
      m: 'home',
      items: [
        { code: 'H01', timesPerMonth: 10 },
        { code: 'H02', timesPerMonth: 4 },
      ],
      s: '2026-07-01',
      k: await fx.finalConclusion(c),
    };
  };
  return [
    [
      'allCarePlans',
      {
        document: `query (${LIST_ARGS} CarePlanFilter) { allCarePlans(page: $page, perPage: $perPage, filter: $filter) { id } }`,
        own: () => ({ filter: { regionId: 'qinhuangdao' } }),
        other: () => ({ filter: { regionId: 'tumxuk' } }),
      },
    ],
    [
      '_allCarePlansMeta',
      {
        document: `query (${LIST_ARGS} CarePlanFilter) { _allCarePlansMeta(page: $page, perPage: $perPage, filter: $filter) { count } }`,
        own: () => ({ filter: { regionId: 'qinhuangdao' } }),
        other: () => ({ filter: { regionId: 'tumxuk' } }),
      },
    ],
    [
      'CarePlan',
      {
        document: 'query ($id: ID!) { CarePlan(id: $id) { id history { action } allowedActions { action enabled } } }',
        own: async (fx) => ({ id: (await plan(fx, 'qinhuangdao')).id }),
        other: async (fx) => ({ id: (await plan(fx, 'tumxuk')).id }),
      },
    ],
    [
      'createCarePlan',
      {
        document: `mutation ($c: ID!, $i: ID!, $m: CareMode!, $items: [CarePlanItemInput!]!, $s: String!, $k: ID!) {
          createCarePlan(claimantId: $c, institutionId: $i, careMode: $m, items: $items, startDate: $s, conclusionId: $k) { id } }`,
        own: (fx) => create(fx, 'qinhuangdao'),
        other: (fx) => create(fx, 'tumxuk'),
        invalid: async (fx) => ({ ...(await create(fx, 'qinhuangdao')), items: [{ code: 'X99', timesPerMonth: 0 }] }),
      },
    ],
    [
      'transitionCarePlan',
      {
        document: `mutation ($id: ID!, $a: CarePlanAction!, $v: Int!, $r: String) {
          transitionCarePlan(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state } }`,
        own: async (fx) => {
          const p = await plan(fx, 'qinhuangdao');
          return { id: p.id, a: 'accept', v: p.version };
        },
        other: async (fx) => {
          const p = await plan(fx, 'tumxuk');
          return { id: p.id, a: 'accept', v: p.version };
        },
        invalid: () => ({ id: 'not-an-id', a: 'accept', v: 1 }),
      },
    ],
    ...claimantFileCases(),
  ];
}

/** The claimant's file (issue 11 items 7–9): the catalogue, sanctions, the month's quote, the timeline. */
function claimantFileCases(): [string, OperationCase][] {
  const db = (fx: Fixtures) => fx['dataSource'];
  const sanction = async (fx: Fixtures, region: 'qinhuangdao' | 'tumxuk'): Promise<{ id: string; version: number }> => {
    const claimant = await fx.claimant(region);
    const [row] = await db(fx).query(
      `INSERT INTO claimant_sanctions (claimant_id, region_id, kind, starts_on, ends_on, reason, prepared_by)
       VALUES ($1, $2, 'suspend', '2026-11-01', '2026-12-31', '矩阵测试：冒名就医', (SELECT id FROM users WHERE username = 'tpa_staff'))
       RETURNING id, version`,
      [claimant.id, region],
    );
    return row;
  };
  const propose = async (fx: Fixtures, region: 'qinhuangdao' | 'tumxuk') => ({
    c: (await fx.claimant(region)).id,
    k: 'suspend',
    s: '2026-11-01',
    e: '2026-12-31',
    r: '矩阵测试：伪造材料',
  });
  const timeline = `query ($c: ID!) { claimantTimeline(claimantId: $c, page: 0, perPage: 10) { kind recordId on institution { id name } } }`;
  return [
    [
      'allCareServiceItems',
      {
        document: `query (${LIST_ARGS} CareServiceItemFilter) { allCareServiceItems(page: $page, perPage: $perPage, filter: $filter) { id name demo } }`,
        own: () => ({}),
      },
    ],
    [
      '_allCareServiceItemsMeta',
      {
        document: `query (${LIST_ARGS} CareServiceItemFilter) { _allCareServiceItemsMeta(page: $page, perPage: $perPage, filter: $filter) { count } }`,
        own: () => ({}),
      },
    ],
    [
      'allClaimantSanctions',
      {
        document: `query (${LIST_ARGS} SanctionFilter) { allClaimantSanctions(page: $page, perPage: $perPage, filter: $filter) { id allowedActions { action enabled } } }`,
        own: () => ({ filter: { regionId: 'qinhuangdao' } }),
        other: () => ({ filter: { regionId: 'tumxuk' } }),
      },
    ],
    [
      '_allClaimantSanctionsMeta',
      {
        document: `query (${LIST_ARGS} SanctionFilter) { _allClaimantSanctionsMeta(page: $page, perPage: $perPage, filter: $filter) { count } }`,
        own: () => ({ filter: { regionId: 'qinhuangdao' } }),
        other: () => ({ filter: { regionId: 'tumxuk' } }),
      },
    ],
    [
      'ClaimantSanction',
      {
        document:
          'query ($id: ID!) { ClaimantSanction(id: $id) { id history { action } allowedActions { action enabled } claimant { id } } }',
        own: async (fx) => ({ id: (await sanction(fx, 'qinhuangdao')).id }),
        other: async (fx) => ({ id: (await sanction(fx, 'tumxuk')).id }),
      },
    ],
    [
      'createClaimantSanction',
      {
        document: `mutation ($c: ID!, $k: SanctionKind!, $s: String!, $e: String!, $r: String!) {
          createClaimantSanction(claimantId: $c, kind: $k, startsOn: $s, endsOn: $e, reason: $r) { id } }`,
        own: (fx) => propose(fx, 'qinhuangdao'),
        other: (fx) => propose(fx, 'tumxuk'),
        invalid: async (fx) => ({ ...(await propose(fx, 'qinhuangdao')), e: '2026-10-01' }),
      },
    ],
    [
      'transitionClaimantSanction',
      {
        document: `mutation ($id: ID!, $a: SanctionAction!, $v: Int!, $r: String) {
          transitionClaimantSanction(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state } }`,
        own: async (fx) => {
          const s = await sanction(fx, 'qinhuangdao');
          return { id: s.id, a: 'approve', v: s.version };
        },
        other: async (fx) => {
          const s = await sanction(fx, 'tumxuk');
          return { id: s.id, a: 'approve', v: s.version };
        },
        invalid: () => ({ id: 'not-an-id', a: 'approve', v: 1 }),
      },
    ],
    [
      'claimantMonthQuote',
      {
        document:
          'query ($c: ID!, $m: String!) { claimantMonthQuote(claimantId: $c, month: $m, billedCare: "2000.00") { value trace { rule } } }',
        own: async (fx) => {
          const c = await fx.claimant('qinhuangdao');
          await db(fx).query(
            `INSERT INTO care_plans (claimant_id, region_id, institution_id, care_mode, items, frequency_per_week, start_date, prepared_by, grade,
               conclusion_on, state, accepted_on, benefits_from)
             VALUES ($1, 'qinhuangdao', $2, 'community', '{H01}', 3, '2026-09-01', (SELECT id FROM users WHERE username = 'tpa_staff'), 4,
               '2026-08-12', 'accepted', '2026-08-20', '2026-09-01')`,
            [c.id, await fx.institution('qinhuangdao')],
          );
          return { c: c.id, m: '2026-10' };
        },
        other: async (fx) => ({ c: (await fx.claimant('tumxuk')).id, m: '2026-10' }),
      },
    ],
    [
      'claimantTimeline',
      {
        document: timeline,
        own: async (fx) => ({ c: (await fx.claimant('qinhuangdao')).id }),
        other: async (fx) => ({ c: (await fx.claimant('tumxuk')).id }),
      },
    ],
    [
      '_claimantTimelineMeta',
      {
        document: 'query ($c: ID!) { _claimantTimelineMeta(claimantId: $c) { count } }',
        own: async (fx) => ({ c: (await fx.claimant('qinhuangdao')).id }),
        other: async (fx) => ({ c: (await fx.claimant('tumxuk')).id }),
      },
    ],
  ];
}

function settlementCases(): [string, OperationCase][] {
  const db = (fx: Fixtures) => fx['dataSource'];
  type Region = 'qinhuangdao' | 'tumxuk';
  let months = 0;
  /** A month no other case uses (the live run of a place and month is unique): 2010-01, 2010-02, … */
  const freshMonth = () => {
    const n = months++;
    return `${2010 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
  };
  /** A computed city-level run, first-reviewed (so both officers and fund managers may return it), with one sheet and one line. */
  const run = async (fx: Fixtures, region: Region) => {
    const institution = await fx.institution(region);
    const claimant = await fx.claimant(region);
    const month = freshMonth();
    const [r] = await db(fx).query(
      `INSERT INTO settlement_runs (region_id, month, kind, state, prepared_by, computed_at, sheets, claimants, records, fund_total)
       VALUES ($1, $2, 'care', 'reviewed', (SELECT id FROM users WHERE username = 'admin'), now(), 1, 1, 1, 110) RETURNING id, version`,
      [region, month],
    );
    const [s] = await db(fx).query(
      `INSERT INTO settlement_sheets (run_id, region_id, institution_id, month, claimants, records, billed, eligible, fund_amount)
       VALUES ($1, $2, $3, $4, 1, 1, 120, 120, 110) RETURNING id`,
      [r.id, region, institution, month],
    );
    await db(fx).query(
      `INSERT INTO settlement_lines (run_id, region_id, institution_id, claimant_id, month, records, billed, eligible, fund_amount, claimant_amount)
       VALUES ($1, $2, $3, $4, $5, 1, 120, 120, 110, 10)`,
      [r.id, region, institution, claimant.id, month],
    );
    return { id: r.id as string, version: r.version as number, sheet: s.id as string, institution, claimant: claimant.id, month };
  };
  /** A city-level month ready to settle: one confirmed, audited declaration. */
  const ready = async (fx: Fixtures, region: Region) => {
    const institution = await fx.institution(region);
    const month = freshMonth();
    await db(fx).query(
      `INSERT INTO service_declarations (region_id, institution_id, month, state, audited_at, prepared_by)
       VALUES ($1, $2, $3, 'confirmed', now(), (SELECT id FROM users WHERE username = 'admin'))`,
      [region, institution, month],
    );
    return { r: region, m: month };
  };
  const list = (name: string, fields: string): [string, OperationCase] => [
    name,
    {
      document: `query (${LIST_ARGS} SettlementRunFilter) { ${name}(page: $page, perPage: $perPage, filter: $filter) { ${fields} } }`,
      own: () => ({ filter: { regionId: 'qinhuangdao' } }),
      other: () => ({ filter: { regionId: 'tumxuk' } }),
    },
  ];
  const COMPLAIN = `mutation ($c: ID!, $m: String!, $i: ID!, $who: String!, $text: String!) {
    raiseStatementComplaint(claimantId: $c, month: $m, institutionId: $i, complainant: $who, content: $text) { id } }`;
  return [
    list('allSettlementRuns', 'id state history { action } allowedActions { action }'),
    list('_allSettlementRunsMeta', 'count'),
    [
      'SettlementRun',
      {
        document: 'query ($id: ID!) { SettlementRun(id: $id) { id accountBalance sheetList { id institution { id } } job { id } } }',
        own: async (fx) => ({ id: (await run(fx, 'qinhuangdao')).id }),
        other: async (fx) => ({ id: (await run(fx, 'tumxuk')).id }),
      },
    ],
    [
      'SettlementSheet',
      {
        document: 'query ($id: ID!) { SettlementSheet(id: $id) { id fundAmount trace { rule } } }',
        own: async (fx) => ({ id: (await run(fx, 'qinhuangdao')).sheet }),
        other: async (fx) => ({ id: (await run(fx, 'tumxuk')).sheet }),
      },
    ],
    [
      'settlementLines',
      {
        document: 'query ($s: ID!) { settlementLines(sheetId: $s) { id fundAmount detail { key } } }',
        own: async (fx) => ({ s: (await run(fx, 'qinhuangdao')).sheet }),
        other: async (fx) => ({ s: (await run(fx, 'tumxuk')).sheet }),
      },
    ],
    [
      'benefitStatement',
      {
        document:
          'query ($c: ID!, $m: String!) { benefitStatement(claimantId: $c, month: $m) { fundAmount lines { institution { id } } } }',
        own: async (fx) => {
          const r = await run(fx, 'qinhuangdao');
          return { c: r.claimant, m: r.month };
        },
        other: async (fx) => {
          const r = await run(fx, 'tumxuk');
          return { c: r.claimant, m: r.month };
        },
      },
    ],
    [
      'startSettlementRun',
      {
        document: 'mutation ($r: ID!, $m: String!) { startSettlementRun(regionId: $r, month: $m) { id state } }',
        own: (fx) => ready(fx, 'qinhuangdao'),
        other: (fx) => ready(fx, 'tumxuk'),
        invalid: () => ({ r: 'qinhuangdao', m: '2026-13' }),
      },
    ],
    [
      'transitionSettlementRun',
      {
        document: `mutation ($id: ID!, $a: SettlementRunAction!, $v: Int!, $reason: String) {
          transitionSettlementRun(id: $id, action: $a, expectedVersion: $v, reason: $reason) { id state } }`,
        own: async (fx) => {
          const r = await run(fx, 'qinhuangdao');
          return { id: r.id, a: 'return', v: r.version, reason: '矩阵测试退回' };
        },
        other: async (fx) => {
          const r = await run(fx, 'tumxuk');
          return { id: r.id, a: 'return', v: r.version, reason: '矩阵测试退回' };
        },
        invalid: async (fx) => {
          const r = await run(fx, 'qinhuangdao');
          return { id: r.id, a: 'return', v: r.version };
        },
      },
    ],
    [
      'raiseStatementComplaint',
      {
        document: COMPLAIN,
        own: async (fx) => {
          const r = await run(fx, 'qinhuangdao');
          return { c: r.claimant, m: r.month, i: r.institution, who: '参保人家属', text: '结算单上的上门次数与实际不符' };
        },
        other: async (fx) => {
          const r = await run(fx, 'tumxuk');
          return { c: r.claimant, m: r.month, i: r.institution, who: '参保人家属', text: '结算单上的上门次数与实际不符' };
        },
        invalid: async (fx) => {
          const r = await run(fx, 'qinhuangdao');
          return { c: r.claimant, m: r.month, i: await fx.institution('qinhuangdao'), who: '参保人家属', text: '不在结算单上的机构' };
        },
      },
    ],
  ];
}

/** Service declarations, their records, smart-audit flags and inspection samples (issue 13). */
function declarationCases(): [string, OperationCase][] {
  const db = (fx: Fixtures) => fx['dataSource'];
  const decl = (fx: Fixtures, region: 'qinhuangdao' | 'tumxuk', state: 'draft' | 'confirmed' = 'draft', options = {}) =>
    declarationFixture(db(fx), region, state, options);
  const submit = async (fx: Fixtures, region: 'qinhuangdao' | 'tumxuk') => {
    const setup = await declarationSetup(db(fx), region);
    return { i: setup.institutionId, m: DECLARED_MONTH, r: [visit(setup, 'M-1', setup.claimantIds[0], 3)] };
  };
  const list = (name: string, filter: string, fields = 'id') =>
    [
      name,
      {
        document: `query (${LIST_ARGS} ${filter}) { ${name}(page: $page, perPage: $perPage, filter: $filter) { ${fields} } }`,
        own: () => ({ filter: { regionId: 'qinhuangdao' } }),
        other: () => ({ filter: { regionId: 'tumxuk' } }),
      },
    ] as [string, OperationCase];
  return [
    list('allServiceDeclarations', 'DeclarationFilter', 'id state institutionName openBlockingFlags'),
    list('_allServiceDeclarationsMeta', 'DeclarationFilter', 'count'),
    list('allDeclaredRecords', 'DeclaredRecordFilter', 'id key lines { amount } flags { rule } claimantName'),
    list('_allDeclaredRecordsMeta', 'DeclaredRecordFilter', 'count'),
    list('allAuditFlags', 'AuditFlagFilter', 'id rule evidence recordKey institutionName'),
    list('_allAuditFlagsMeta', 'AuditFlagFilter', 'count'),
    [
      'ServiceDeclaration',
      {
        document: 'query ($id: ID!) { ServiceDeclaration(id: $id) { id history { action } allowedActions { action enabled } } }',
        own: async (fx) => ({ id: (await decl(fx, 'qinhuangdao')).declarationId }),
        other: async (fx) => ({ id: (await decl(fx, 'tumxuk')).declarationId }),
      },
    ],
    [
      'AuditFlag',
      {
        document: 'query ($id: ID!) { AuditFlag(id: $id) { id rule } }',
        own: async (fx) => ({ id: (await decl(fx, 'qinhuangdao', 'confirmed', { flagged: true })).flag?.id }),
        other: async (fx) => ({ id: (await decl(fx, 'tumxuk', 'confirmed', { flagged: true })).flag?.id }),
      },
    ],
    [
      'inspectionSamples',
      {
        document: 'query ($d: ID!) { inspectionSamples(declarationId: $d) { id seed recordIds } }',
        own: async (fx) => ({ d: (await decl(fx, 'qinhuangdao', 'confirmed', { sampled: true })).declarationId }),
        other: async (fx) => ({ d: (await decl(fx, 'tumxuk', 'confirmed', { sampled: true })).declarationId }),
      },
    ],
    [
      'submitDeclaredRecords',
      {
        document: SUBMIT,
        own: (fx) => submit(fx, 'qinhuangdao'),
        other: (fx) => submit(fx, 'tumxuk'),
        invalid: async (fx) => ({ ...(await submit(fx, 'qinhuangdao')), m: '2026-13' }),
      },
    ],
    [
      'transitionServiceDeclaration',
      {
        document: `mutation ($id: ID!, $a: DeclarationAction!, $v: Int!, $r: String) {
          transitionServiceDeclaration(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state } }`,
        own: async (fx) => {
          const d = await decl(fx, 'qinhuangdao');
          return { id: d.declarationId, a: 'confirm', v: d.version };
        },
        other: async (fx) => {
          const d = await decl(fx, 'tumxuk');
          return { id: d.declarationId, a: 'confirm', v: d.version };
        },
        invalid: () => ({ id: 'not-an-id', a: 'confirm', v: 1 }),
      },
    ],
    [
      'runDeclarationAudit',
      {
        document: 'mutation ($id: ID!) { runDeclarationAudit(id: $id) { id auditedAt } }',
        own: async (fx) => ({ id: (await decl(fx, 'qinhuangdao', 'confirmed')).declarationId }),
        other: async (fx) => ({ id: (await decl(fx, 'tumxuk', 'confirmed')).declarationId }),
        invalid: () => ({ id: 'not-an-id' }),
      },
    ],
    [
      'drawInspectionSample',
      {
        document:
          'mutation ($d: ID!, $n: Int!, $s: String) { drawInspectionSample(declarationId: $d, size: $n, seed: $s) { id seed recordIds } }',
        own: async (fx) => ({ d: (await decl(fx, 'qinhuangdao', 'confirmed')).declarationId, n: 1, s: '20261101' }),
        other: async (fx) => ({ d: (await decl(fx, 'tumxuk', 'confirmed')).declarationId, n: 1, s: '20261101' }),
        invalid: async (fx) => ({ d: (await decl(fx, 'qinhuangdao', 'confirmed')).declarationId, n: 0 }),
      },
    ],
    [
      'recordSampleFinding',
      {
        document: `mutation ($r: ID!, $x: InspectionResult!, $f: String!) {
          recordSampleFinding(recordId: $r, result: $x, finding: $f) { id inspectionResult } }`,
        own: async (fx) => ({
          r: (await decl(fx, 'qinhuangdao', 'confirmed', { sampled: true })).recordId,
          x: 'confirmed',
          f: '电话回访属实',
        }),
        other: async (fx) => ({
          r: (await decl(fx, 'tumxuk', 'confirmed', { sampled: true })).recordId,
          x: 'confirmed',
          f: '电话回访属实',
        }),
        invalid: async (fx) => ({ r: (await decl(fx, 'qinhuangdao', 'confirmed', { sampled: true })).recordId, x: 'confirmed', f: ' ' }),
      },
    ],
    [
      'decideAuditFlag',
      {
        document: `mutation ($id: ID!, $v: Int!, $d: FlagDecision!, $a: String, $r: String!) {
          decideAuditFlag(id: $id, expectedVersion: $v, decision: $d, amount: $a, reason: $r) { id decision } }`,
        own: async (fx) => {
          const { flag } = await decl(fx, 'qinhuangdao', 'confirmed', { flagged: true });
          return { id: flag?.id, v: flag?.version, d: 'pay', r: '电话回访确认服务已完成' };
        },
        other: async (fx) => {
          const { flag } = await decl(fx, 'tumxuk', 'confirmed', { flagged: true });
          return { id: flag?.id, v: flag?.version, d: 'pay', r: '电话回访确认服务已完成' };
        },
        invalid: async (fx) => {
          const { flag } = await decl(fx, 'qinhuangdao', 'confirmed', { flagged: true });
          return { id: flag?.id, v: flag?.version, d: 'reduce', a: '-1', r: ' ' };
        },
      },
    ],
  ];
}

/** Subsidies and donations with their documents, posted on a second person's approval (issue 12). */
function fundGrantCases(): [string, OperationCase][] {
  const create = async (fx: Fixtures, region: 'qinhuangdao' | 'tumxuk', amount = '10.00') => ({
    r: region,
    a: await fx.fundAccount(region, 'special'),
    m: amount,
  });
  const decide = async (fx: Fixtures, region: 'qinhuangdao' | 'tumxuk', reason = '矩阵测试：驳回') => {
    const g = await fx.fundGrant(region);
    return { id: g.id, v: g.version, r: reason };
  };
  return [
    [
      'allFundGrants',
      {
        document: `query (${LIST_ARGS} FundGrantFilter) { allFundGrants(page: $page, perPage: $perPage, filter: $filter) { id documents allowedActions { action enabled } history { action } } }`,
        own: () => ({ filter: { regionId: 'qinhuangdao' } }),
        other: () => ({ filter: { regionId: 'tumxuk' } }),
      },
    ],
    [
      '_allFundGrantsMeta',
      {
        document: `query (${LIST_ARGS} FundGrantFilter) { _allFundGrantsMeta(page: $page, perPage: $perPage, filter: $filter) { count } }`,
        own: () => ({ filter: { regionId: 'qinhuangdao' } }),
        other: () => ({ filter: { regionId: 'tumxuk' } }),
      },
    ],
    [
      'FundGrant',
      {
        document: 'query ($id: ID!) { FundGrant(id: $id) { id state documents } }',
        own: async (fx) => ({ id: (await fx.fundGrant('qinhuangdao')).id }),
        other: async (fx) => ({ id: (await fx.fundGrant('tumxuk')).id }),
      },
    ],
    [
      'createFundGrant',
      {
        document: `mutation ($r: ID!, $a: ID!, $m: String!) {
          createFundGrant(regionId: $r, kind: subsidy, date: "2026-11-03", amount: $m, source: "矩阵测试财政局", documentRef: "矩阵〔2026〕2号", accountId: $a) { id } }`,
        own: (fx) => create(fx, 'qinhuangdao'),
        other: (fx) => create(fx, 'tumxuk'),
        invalid: (fx) => create(fx, 'qinhuangdao', '0.00'),
      },
    ],
    [
      'transitionFundGrant',
      {
        document: `mutation ($id: ID!, $v: Int!, $r: String) {
          transitionFundGrant(id: $id, action: reject, expectedVersion: $v, reason: $r) { id state } }`,
        own: (fx) => decide(fx, 'qinhuangdao'),
        other: (fx) => decide(fx, 'tumxuk'),
        invalid: (fx) => decide(fx, 'qinhuangdao', ' '),
      },
    ],
  ];
}

/** Designation applications, findings and information changes (issue 10, items 2–4). */
function designationCases(): [string, OperationCase][] {
  type Region = 'qinhuangdao' | 'tumxuk';
  const db = (fx: Fixtures) => fx['dataSource'];
  const list = (name: string, filter: string, fields: string): [string, OperationCase] => [
    name,
    {
      document: `query (${LIST_ARGS} ${filter}) { ${name}(page: $page, perPage: $perPage, filter: $filter) { ${fields} } }`,
      own: () => ({ filter: { regionId: 'qinhuangdao' } }),
      other: () => ({ filter: { regionId: 'tumxuk' } }),
    },
  ];
  const application = async (fx: Fixtures, region: Region): Promise<{ id: string; version: number }> => {
    const institution = await fx.institution(region);
    const [row] = await db(fx).query(
      `INSERT INTO designation_applications (institution_id, region_id, round, application_date, materials, prepared_by)
       SELECT $1, $2, '矩阵测试', '2026-06-01', ARRAY['licence'], id FROM users WHERE username = 'admin' RETURNING id, version`,
      [institution, region],
    );
    return row;
  };
  const finding = async (fx: Fixtures, region: Region): Promise<string> => {
    const institution = await fx.institution(region);
    const [row] = await db(fx).query(
      `INSERT INTO institution_findings (institution_id, region_id, kind, found_on, note, recorded_by)
       SELECT $1, $2, 'investigation', '2026-05-01', '矩阵测试', id FROM users WHERE username = 'admin' RETURNING id`,
      [institution, region],
    );
    return row.id;
  };
  const change = async (fx: Fixtures, region: Region, applied = false): Promise<string> => {
    const institution = await fx.institution(region);
    const [row] = await db(fx).query(
      `INSERT INTO institution_info_changes (institution_id, region_id, approval_date, changes, applied_on, recorded_by)
       SELECT $1, $2, '2026-09-14', ARRAY['name'], $3::date, id FROM users WHERE username = 'admin' RETURNING id`,
      [institution, region, applied ? '2026-10-01' : null],
    );
    return row.id;
  };
  const CREATE = `mutation ($i: ID!, $d: String!) {
    createDesignationApplication(institutionId: $i, round: "矩阵测试", applicationDate: $d, materials: ["licence"]) { id } }`;
  const UPDATE = `mutation ($id: ID!, $v: Int!, $m: [String!]) { updateDesignationApplication(id: $id, expectedVersion: $v, materials: $m) { id } }`;
  const MOVE = `mutation ($id: ID!, $a: DesignationAction!, $v: Int!, $r: String) {
    transitionDesignationApplication(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state } }`;
  return [
    list(
      'allDesignationApplications',
      'DesignationApplicationFilter',
      'id reviewClock { due } history { action } allowedActions { action }',
    ),
    list('_allDesignationApplicationsMeta', 'DesignationApplicationFilter', 'count'),
    list('allInfoChanges', 'InfoChangeFilter', 'id institution { id }'),
    list('_allInfoChangesMeta', 'InfoChangeFilter', 'count'),
    [
      'DesignationApplication',
      {
        document: 'query ($id: ID!) { DesignationApplication(id: $id) { id institution { id } } }',
        own: async (fx) => ({ id: (await application(fx, 'qinhuangdao')).id }),
        other: async (fx) => ({ id: (await application(fx, 'tumxuk')).id }),
      },
    ],
    [
      'designationReviewRecords',
      {
        document: 'query ($id: ID!) { designationReviewRecords(id: $id) }',
        own: async (fx) => ({ id: (await application(fx, 'qinhuangdao')).id }),
        other: async (fx) => ({ id: (await application(fx, 'tumxuk')).id }),
      },
    ],
    [
      'designationRanking',
      {
        document: 'query ($r: ID!) { designationRanking(regionId: $r, round: "矩阵测试") { rank total } }',
        own: () => ({ r: 'qinhuangdao' }),
        other: () => ({ r: 'tumxuk' }),
      },
    ],
    [
      'institutionFindings',
      {
        document: 'query ($i: ID!) { institutionFindings(institutionId: $i) { id kind } }',
        own: async (fx) => ({ i: await fx.institution('qinhuangdao') }),
        other: async (fx) => ({ i: await fx.institution('tumxuk') }),
      },
    ],
    [
      'InfoChange',
      {
        document: 'query ($id: ID!) { InfoChange(id: $id) { id dueOn } }',
        own: async (fx) => ({ id: await change(fx, 'qinhuangdao') }),
        other: async (fx) => ({ id: await change(fx, 'tumxuk') }),
      },
    ],
    [
      'createDesignationApplication',
      {
        document: CREATE,
        own: async (fx) => ({ i: await fx.institution('qinhuangdao'), d: '2026-06-01' }),
        other: async (fx) => ({ i: await fx.institution('tumxuk'), d: '2026-06-01' }),
        invalid: async (fx) => ({ i: await fx.institution('qinhuangdao'), d: '2026-02-30' }),
      },
    ],
    [
      'updateDesignationApplication',
      {
        document: UPDATE,
        own: async (fx) => {
          const a = await application(fx, 'qinhuangdao');
          return { id: a.id, v: a.version, m: ['licence', 'staffRoster'] };
        },
        other: async (fx) => {
          const a = await application(fx, 'tumxuk');
          return { id: a.id, v: a.version, m: ['licence', 'staffRoster'] };
        },
        invalid: async (fx) => {
          const a = await application(fx, 'qinhuangdao');
          return { id: a.id, v: a.version, m: ['矩阵测试'] };
        },
      },
    ],
    [
      'transitionDesignationApplication',
      {
        document: MOVE,
        own: async (fx) => {
          const a = await application(fx, 'qinhuangdao');
          return { id: a.id, a: 'accept', v: a.version };
        },
        other: async (fx) => {
          const a = await application(fx, 'tumxuk');
          return { id: a.id, a: 'accept', v: a.version };
        },
        invalid: async (fx) => {
          const a = await application(fx, 'qinhuangdao');
          return { id: a.id, a: 'refuse', v: a.version, r: ' ' };
        },
      },
    ],
    [
      'recordInstitutionFinding',
      {
        document: `mutation ($i: ID!, $n: String!) { recordInstitutionFinding(institutionId: $i, kind: investigation, foundOn: "2026-05-01", note: $n) { id } }`,
        own: async (fx) => ({ i: await fx.institution('qinhuangdao'), n: '矩阵测试' }),
        other: async (fx) => ({ i: await fx.institution('tumxuk'), n: '矩阵测试' }),
        invalid: async (fx) => ({ i: await fx.institution('qinhuangdao'), n: ' ' }),
      },
    ],
    [
      'closeInstitutionFinding',
      {
        document: 'mutation ($id: ID!, $d: String!) { closeInstitutionFinding(id: $id, closedOn: $d) { id } }',
        own: async (fx) => ({ id: await finding(fx, 'qinhuangdao'), d: '2026-06-01' }),
        other: async (fx) => ({ id: await finding(fx, 'tumxuk'), d: '2026-06-01' }),
        invalid: async (fx) => ({ id: await finding(fx, 'qinhuangdao'), d: '2026-04-01' }),
      },
    ],
    [
      'applyInstitutionInfoChange',
      {
        document: 'mutation ($id: ID!, $d: String!) { applyInstitutionInfoChange(id: $id, appliedOn: $d) { id late } }',
        own: async (fx) => ({ id: await change(fx, 'qinhuangdao'), d: '2026-10-01' }),
        other: async (fx) => ({ id: await change(fx, 'tumxuk'), d: '2026-10-01' }),
        invalid: async (fx) => ({ id: await change(fx, 'qinhuangdao'), d: '2026-09-01' }),
      },
    ],
    [
      'concludeInstitutionInfoChange',
      {
        document: `mutation ($id: ID!, $c: String!) { concludeInstitutionInfoChange(id: $id, qualifiesAfterChange: true, conclusion: $c) { id } }`,
        own: async (fx) => ({ id: await change(fx, 'qinhuangdao', true), c: '矩阵测试：仍符合条件' }),
        other: async (fx) => ({ id: await change(fx, 'tumxuk', true), c: '矩阵测试：仍符合条件' }),
        invalid: async (fx) => ({ id: await change(fx, 'qinhuangdao', true), c: ' ' }),
      },
    ],
  ];
}

/** Supervision (issue 14): inspections, findings, rectifications, consequences, the dashboard and publication. */
function supervisionCases(): [string, OperationCase][] {
  const db = (fx: Fixtures) => fx['dataSource'];
  const inspector = async (fx: Fixtures) => (await db(fx).query("SELECT id FROM users WHERE username = 'inspector'"))[0].id as string;
  const list = (name: string, filter: string, fields: string): [string, OperationCase] => [
    name,
    {
      document: `query (${LIST_ARGS} ${filter}) { ${name}(page: $page, perPage: $perPage, filter: $filter) { ${fields} } }`,
      own: () => ({ filter: { regionId: 'qinhuangdao' } }),
      other: () => ({ filter: { regionId: 'tumxuk' } }),
    },
  ];
  const CREATE = `mutation ($r: ID!, $ins: [ID!]!, $t: [ID!], $c: [String!]!) {
    createInspection(regionId: $r, kind: daily_round, title: "矩阵测试检查", scope: "矩阵测试", plannedOn: "2026-06-01", inspectorIds: $ins, checklist: $c, targetIds: $t) { id } }`;
  const IMPOSE = `mutation ($f: ID!, $k: ConsequenceKind!, $a: String) { imposeConsequence(findingId: $f, kind: $k, reason: "矩阵测试", amount: $a) { id } }`;
  const PUBLISH = `mutation ($r: ID!, $n: String) { publishDisclosure(regionId: $r, kind: institutionDirectory, title: "矩阵测试名录", note: $n) { id } }`;
  const byRegion = (name: string, fields: string): [string, OperationCase] => [
    name,
    {
      document: `query ($r: ID!) { ${name}(regionId: $r) { ${fields} } }`,
      own: () => ({ r: 'qinhuangdao' }),
      other: () => ({ r: 'tumxuk' }),
    },
  ];
  return [
    list(
      'allInspections',
      'InspectionFilter',
      'id targets { id } findings { id institution { id } } history { action } allowedActions { action }',
    ),
    list('_allInspectionsMeta', 'InspectionFilter', 'count'),
    list('allRectifications', 'RectificationFilter', 'id institution { id } history { action } allowedActions { action }'),
    list('_allRectificationsMeta', 'RectificationFilter', 'count'),
    list('allSupervisionConsequences', 'ConsequenceFilter', 'id kind'),
    list('_allSupervisionConsequencesMeta', 'ConsequenceFilter', 'count'),
    list('allPublications', 'PublicationFilter', 'id title'),
    list('_allPublicationsMeta', 'PublicationFilter', 'count'),
    byRegion('supervisionDashboard', 'openRectifications recoveredThisYear riskRanking { rank } dataGaps'),
    byRegion('institutionRiskRanking', 'rank score components { id status }'),
    [
      'Inspection',
      {
        document: 'query ($id: ID!) { Inspection(id: $id) { id selection { seed } } }',
        own: async (fx) => ({ id: (await fx.inspection('qinhuangdao')).id }),
        other: async (fx) => ({ id: (await fx.inspection('tumxuk')).id }),
      },
    ],
    [
      'Rectification',
      {
        document: 'query ($id: ID!) { Rectification(id: $id) { id dueOn } }',
        own: async (fx) => ({ id: (await fx.rectification('qinhuangdao')).id }),
        other: async (fx) => ({ id: (await fx.rectification('tumxuk')).id }),
      },
    ],
    [
      'recoverablePayments',
      {
        document: 'query ($i: ID!) { recoverablePayments(institutionId: $i) { id paid recovered } }',
        own: async (fx) => ({ i: await fx.institution('qinhuangdao') }),
        other: async (fx) => ({ i: await fx.institution('tumxuk') }),
      },
    ],
    [
      'createInspection',
      {
        document: CREATE,
        own: async (fx) => ({ r: 'qinhuangdao', ins: [await inspector(fx)], t: [await fx.institution('qinhuangdao')], c: ['服务记录'] }),
        other: async (fx) => ({ r: 'tumxuk', ins: [await inspector(fx)], t: [await fx.institution('tumxuk')], c: ['服务记录'] }),
        invalid: async (fx) => ({ r: 'qinhuangdao', ins: [await inspector(fx)], t: [await fx.institution('qinhuangdao')], c: [] }),
      },
    ],
    [
      'updateInspection',
      {
        document:
          'mutation ($id: ID!, $v: Int!, $c: [ChecklistItemInput!]!) { updateInspection(id: $id, expectedVersion: $v, checklist: $c) { id } }',
        own: async (fx) => {
          const i = await fx.inspection('qinhuangdao');
          return { id: i.id, v: i.version, c: [{ item: '服务记录', result: 'pass' }] };
        },
        other: async (fx) => {
          const i = await fx.inspection('tumxuk');
          return { id: i.id, v: i.version, c: [{ item: '服务记录', result: 'pass' }] };
        },
        invalid: async (fx) => {
          const i = await fx.inspection('qinhuangdao');
          return { id: i.id, v: i.version, c: [{ item: '服务记录', result: 'maybe' }] };
        },
      },
    ],
    [
      'transitionInspection',
      {
        document: `mutation ($id: ID!, $a: InspectionAction!, $v: Int!, $r: String) {
          transitionInspection(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state } }`,
        own: async (fx) => {
          const i = await fx.inspection('qinhuangdao');
          return { id: i.id, a: 'start', v: i.version };
        },
        other: async (fx) => {
          const i = await fx.inspection('tumxuk');
          return { id: i.id, a: 'start', v: i.version };
        },
        invalid: async (fx) => {
          const i = await fx.inspection('qinhuangdao');
          return { id: i.id, a: 'cancel', v: i.version, r: ' ' };
        },
      },
    ],
    [
      'recordInspectionFinding',
      {
        document: `mutation ($i: ID!, $n: ID!, $d: String!) {
          recordInspectionFinding(inspectionId: $i, institutionId: $n, category: management, description: "矩阵测试问题", foundOn: $d) { id } }`,
        own: async (fx) => {
          const i = await fx.inspection('qinhuangdao', 'in_progress');
          return { i: i.id, n: i.institutionId, d: '2026-06-02' };
        },
        other: async (fx) => {
          const i = await fx.inspection('tumxuk', 'in_progress');
          return { i: i.id, n: i.institutionId, d: '2026-06-02' };
        },
        invalid: async (fx) => {
          const i = await fx.inspection('qinhuangdao', 'in_progress');
          return { i: i.id, n: await fx.institution('qinhuangdao'), d: '2026-06-02' };
        },
      },
    ],
    [
      'orderRectification',
      {
        document: 'mutation ($f: ID!, $d: String!) { orderRectification(findingId: $f, dueOn: $d, requirement: "矩阵测试整改") { id } }',
        own: async (fx) => ({ f: await fx.finding('qinhuangdao'), d: '2099-12-31' }),
        other: async (fx) => ({ f: await fx.finding('tumxuk'), d: '2099-12-31' }),
        invalid: async (fx) => ({ f: await fx.finding('qinhuangdao'), d: '2020-01-01' }),
      },
    ],
    [
      'transitionRectification',
      {
        document: `mutation ($id: ID!, $a: RectificationAction!, $v: Int!, $r: String) {
          transitionRectification(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state } }`,
        own: async (fx) => {
          const r = await fx.rectification('qinhuangdao');
          return { id: r.id, a: 'report_rectified', v: r.version, r: '矩阵测试：已整改' };
        },
        other: async (fx) => {
          const r = await fx.rectification('tumxuk');
          return { id: r.id, a: 'report_rectified', v: r.version, r: '矩阵测试：已整改' };
        },
        invalid: async (fx) => {
          const r = await fx.rectification('qinhuangdao');
          return { id: r.id, a: 'report_rectified', v: r.version, r: ' ' };
        },
      },
    ],
    [
      'imposeConsequence',
      {
        document: IMPOSE,
        own: async (fx) => ({ f: await fx.finding('qinhuangdao'), k: 'referral' }),
        other: async (fx) => ({ f: await fx.finding('tumxuk'), k: 'referral' }),
        invalid: async (fx) => ({ f: await fx.finding('qinhuangdao'), k: 'withholding' }),
      },
    ],
    [
      'publishDisclosure',
      {
        document: PUBLISH,
        own: () => ({ r: 'qinhuangdao' }),
        other: () => ({ r: 'tumxuk' }),
        invalid: () => ({ r: 'qinhuangdao', n: '联系电话 13812345678' }),
      },
    ],
    [
      'withdrawPublication',
      {
        document: 'mutation ($id: ID!, $r: String!) { withdrawPublication(id: $id, reason: $r) { id } }',
        own: async (fx) => ({ id: await fx.publication('qinhuangdao'), r: '矩阵测试：撤回' }),
        other: async (fx) => ({ id: await fx.publication('tumxuk'), r: '矩阵测试：撤回' }),
        invalid: async (fx) => ({ id: await fx.publication('qinhuangdao'), r: ' ' }),
      },
    ],
    byRegion('assessmentQuality', 'unitId distance reasons trace { rule }'),
  ];
}

/** The steps after dispatch that are records, not transitions (issue 11, items 2–4): each on an application put at its state by SQL. */
function assessmentStepCases(): [string, OperationCase][] {
  const db = (fx: Fixtures) => fx['dataSource'];
  const at = async (fx: Fixtures, region: 'qinhuangdao' | 'tumxuk', state: string): Promise<{ id: string; version: number }> => {
    const a = await fx.application(region);
    await db(fx).query(
      `UPDATE assessment_applications SET state = $2, dispatched_on = '2026-11-20', accepted_on = '2026-11-02',
         publicity_start = (now() AT TIME ZONE 'Asia/Shanghai')::date - 1,
         institution_id = (SELECT i.id FROM institutions i WHERE i.kind = 'assessment' AND i.region_id = $3
           AND (SELECT count(*) FROM staff s WHERE s.institution_id = i.id AND s.role IN ('assessor', 'expert')) >= 4 ORDER BY i.id LIMIT 1)
       WHERE id = $1`,
      [a.id, state, region],
    );
    return a;
  };
  const scores = (eating: number) => ({
    adl: {
      eating,
      dressing: 0,
      faceAndMouth: 0,
      bowel: 5,
      bladder: 5,
      toilet: 0,
      levelWalking: 5,
      bedChairTransfer: 5,
      stairs: 0,
      bathing: 0,
    },
    cognition: { timeOrientation: 2, personOrientation: 2, placeOrientation: 1, memory: 1 },
    perception: { vision: 3, hearing: 3, communication: 2 },
  });
  const onsite = async (fx: Fixtures, region: 'qinhuangdao' | 'tumxuk', eating: number) => {
    const a = await at(fx, region, 'drawn');
    return { id: a.id, v: a.version, on: '2026-11-25', sc: scores(eating) };
  };
  const relation = async (fx: Fixtures, region: 'qinhuangdao' | 'tumxuk', relation: string) => {
    const [staff] = await db(fx).query("SELECT id FROM staff WHERE region_id = $1 AND role = 'expert' ORDER BY id LIMIT 1", [region]);
    return { s: staff.id, c: (await fx.claimant(region)).id, r: relation };
  };
  return [
    [
      'drawAssessmentAssessors',
      {
        document:
          'mutation ($id: ID!, $v: Int!, $s: Float) { drawAssessmentAssessors(id: $id, expectedVersion: $v, seed: $s) { id drawnIds } }',
        own: async (fx) => {
          const a = await at(fx, 'qinhuangdao', 'dispatched');
          return { id: a.id, v: a.version, s: 42 };
        },
        other: async (fx) => {
          const a = await at(fx, 'tumxuk', 'dispatched');
          return { id: a.id, v: a.version, s: 42 };
        },
        invalid: async (fx) => {
          const a = await at(fx, 'qinhuangdao', 'dispatched');
          return { id: a.id, v: a.version, s: -1 };
        },
      },
    ],
    [
      'saveAssessmentOnsiteRecord',
      {
        document: `mutation ($id: ID!, $v: Int!, $on: String!, $sc: ItemScoresInput!) {
          saveAssessmentOnsiteRecord(id: $id, expectedVersion: $v, onsiteOn: $on, scores: $sc, guardianPresent: true, presentPerson: "女儿") { id computedGrade } }`,
        own: (fx) => onsite(fx, 'qinhuangdao', 5),
        other: (fx) => onsite(fx, 'tumxuk', 5),
        invalid: (fx) => onsite(fx, 'qinhuangdao', 7),
      },
    ],
    [
      'fileAssessmentObjection',
      {
        document: `mutation ($id: ID!, $v: Int!, $n: String!) {
          fileAssessmentObjection(id: $id, expectedVersion: $v, objectorName: $n, evidence: "矩阵测试证据") { id objectionPending } }`,
        own: async (fx) => {
          const a = await at(fx, 'qinhuangdao', 'publicity');
          return { id: a.id, v: a.version, n: '邻居张某' };
        },
        other: async (fx) => {
          const a = await at(fx, 'tumxuk', 'publicity');
          return { id: a.id, v: a.version, n: '邻居张某' };
        },
        invalid: async (fx) => {
          const a = await at(fx, 'qinhuangdao', 'publicity');
          return { id: a.id, v: a.version, n: ' ' };
        },
      },
    ],
    [
      'drawSpotChecks',
      {
        document: 'mutation ($r: ID!, $n: Int!) { drawSpotChecks(regionId: $r, count: $n, seed: 7) { seed created } }',
        own: () => ({ r: 'qinhuangdao', n: 1 }),
        other: () => ({ r: 'tumxuk', n: 1 }),
        invalid: () => ({ r: 'qinhuangdao', n: 0 }),
      },
    ],
    [
      'declareAssessorRelation',
      {
        document: 'mutation ($s: ID!, $c: ID!, $r: String!) { declareAssessorRelation(staffId: $s, claimantId: $c, relation: $r) { id } }',
        own: (fx) => relation(fx, 'qinhuangdao', '表兄弟'),
        other: (fx) => relation(fx, 'tumxuk', '表兄弟'),
        invalid: (fx) => relation(fx, 'qinhuangdao', ' '),
      },
    ],
    [
      'assessorRelations',
      {
        document: 'query ($s: ID!) { assessorRelations(staffId: $s) { id claimantId relation } }',
        own: async (fx) => ({ s: (await relation(fx, 'qinhuangdao', '')).s }),
        other: async (fx) => ({ s: (await relation(fx, 'tumxuk', '')).s }),
        invalid: () => ({ s: 'not-an-id' }),
      },
    ],
  ];
}
