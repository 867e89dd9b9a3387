import { creditCodeCheckChar, residentIdCheckChar } from '@ltci/shared';
import type { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.js';
import { CREATE_CLAIMANT, claimantVars, newResidentId, RECORD_CONTRIBUTION, REVEAL } from './claimants.js';
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
      `INSERT INTO care_plans (claimant_id, region_id, institution_id, care_mode, items, frequency_per_week, start_date, prepared_by, grade, conclusion_on)
       SELECT $1, $2, institution_id, 'home', '{H01}', 3, '2026-07-01', (SELECT id FROM users WHERE username = 'tpa_staff'), 4, '2026-06-20'
       FROM service_agreements WHERE id = $3 RETURNING id, version`,
      [claimant.id, region, agreement.id],
    );
    return row;
  };
  const designated = async (fx: Fixtures, region: 'qinhuangdao' | 'tumxuk'): Promise<string> => {
    const { id } = await fx.agreement(region, 'active');
    return (await db(fx).query('SELECT institution_id FROM service_agreements WHERE id = $1', [id]))[0].institution_id;
  };
  const create = async (fx: Fixtures, region: 'qinhuangdao' | 'tumxuk') => ({
    c: (await fx.claimant(region)).id,
    i: await designated(fx, region),
    m: 'home',
    items: ['H01', 'H02'],
    f: 3,
    s: '2026-07-01',
    g: 4,
    co: '2026-06-20',
  });
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
        document: `mutation ($c: ID!, $i: ID!, $m: CareMode!, $items: [String!]!, $f: Int!, $s: String!, $g: Int!, $co: String!) {
          createCarePlan(claimantId: $c, institutionId: $i, careMode: $m, items: $items, frequencyPerWeek: $f, startDate: $s, grade: $g, conclusionOn: $co) { id } }`,
        own: (fx) => create(fx, 'qinhuangdao'),
        other: (fx) => create(fx, 'tumxuk'),
        invalid: async (fx) => ({ ...(await create(fx, 'qinhuangdao')), items: ['X99'], f: 0 }),
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
