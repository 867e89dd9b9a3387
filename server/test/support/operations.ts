import { creditCodeCheckChar } from '@ltci/shared';
import type { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.js';

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

  async job(regionId: 'qinhuangdao' | 'tumxuk'): Promise<string> {
    const [row] = await this.dataSource.query(
      `INSERT INTO jobs (kind, key, title, owner_name, region_ids, state) VALUES ('fixture', gen_random_uuid()::text, '矩阵测试任务', 'fixture', $1, 'succeeded') RETURNING id`,
      [[regionId]],
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
    'deleteInstitution',
    {
      document: 'mutation ($id: ID!) { deleteInstitution(id: $id) { id } }',
      own: async (fx) => ({ id: await fx.institution('qinhuangdao') }),
      other: async (fx) => ({ id: await fx.institution('tumxuk') }),
      invalid: () => ({ id: 'not-an-id' }),
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
    'allCounties',
    {
      document: `query (${LIST_ARGS} CountyFilter) { allCounties(page: $page, perPage: $perPage, filter: $filter) { id region { id } } }`,
      own: () => ({ filter: { regionId: 'qinhuangdao' } }),
      other: () => ({ filter: { regionId: 'tumxuk' } }),
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
]);
