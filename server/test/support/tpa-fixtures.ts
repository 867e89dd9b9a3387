import type { DataSource } from 'typeorm';
import type { Fixtures, OperationCase, Vars } from './operations.js';
import { newCreditCode } from './operations.js';

type Region = 'qinhuangdao' | 'tumxuk';
const LIST_ARGS = '$page: Int, $perPage: Int, $filter:';
/** The catalogue's fixtures keep their connection private; the TPA rows are made with the same plain SQL. */
const db = (fx: Fixtures) => (fx as unknown as { dataSource: DataSource }).dataSource;
const one = async (fx: Fixtures, sql: string, params: unknown[]) => (await db(fx).query(sql, params))[0];

/** A contract of a fresh TPA, every TPA staff user of the region working for it; one unit, one area, one commitment. */
export async function tpaContract(fx: Fixtures, regionId: Region, state = 'active') {
  const tpa = await one(
    fx,
    `INSERT INTO institutions (kind, name, credit_code, legal_representative, address, region_id)
     VALUES ('tpa', '矩阵测试经办机构', $1, '测试人', '测试路1号', $2) RETURNING id`,
    [newCreditCode(), regionId],
  );
  await db(fx).query(
    `INSERT INTO tpa_staff_members (user_id, institution_id)
     SELECT u.id, $2 FROM users u JOIN user_regions r ON r.user_id = u.id WHERE r.region_id = $1 AND 'tpa_staff' = ANY(u.roles)`,
    [regionId, tpa.id],
  );
  const c = await one(
    fx,
    `INSERT INTO tpa_contracts (region_id, tpa_institution_id, number, start_date, end_date, annual_fee, units, weights, schedule, plan,
       poor_result_below, rectification_days, state, prepared_by)
     VALUES ($1, $2, '矩阵经〔2026〕' || substr(md5(random()::text), 1, 8), '2026-01-01', '2031-12-31', 1000, $3, $4, $5, $6, 60, 30, $7,
       (SELECT id FROM users WHERE username = 'admin')) RETURNING id, version`,
    [
      regionId,
      tpa.id,
      JSON.stringify([{ id: 'HQ', kind: 'headOffice', name: '本部' }]),
      JSON.stringify({ headOffice: '1', districtSubCentres: '0', cityCentre: '0' }),
      JSON.stringify([{ minScore: '0', payRate: '1' }]),
      JSON.stringify([{ id: 'a', label: '综合', max: '100' }]),
      state,
    ],
  );
  const k = await one(
    fx,
    `INSERT INTO tpa_commitments (contract_id, position, category, description, target_kind, target, unit, direction, measurement, points)
     VALUES ($1, 0, 'staffing', '专职人员', 'number', '1', '人', 'atLeast', '花名册', 5) RETURNING id`,
    [c.id],
  );
  return { id: c.id as string, version: c.version as number, tpa: tpa.id as string, commitment: k.id as string };
}

/** An assessment in `state`; past the on-site step its history names the administrator as the on-site assessor. */
export async function tpaAssessment(fx: Fixtures, regionId: Region, state = 'self_check') {
  const c = await tpaContract(fx, regionId);
  const delivered = { [c.commitment]: { actual: '1', evidence: [] } };
  const a = await one(
    fx,
    `INSERT INTO tpa_assessments (contract_id, region_id, tpa_institution_id, year, state, prepared_by, self_check, fee_due, total)
     VALUES ($1, $2, $3, 2000 + floor(random() * 99)::int, $4, (SELECT id FROM users WHERE username = 'admin'), $5, $6, $7)
     ON CONFLICT DO NOTHING RETURNING id, version`,
    [
      c.id,
      regionId,
      c.tpa,
      state,
      JSON.stringify({ scores: { HQ: { a: '80' } }, delivered }),
      state === 'approved' ? '400.00' : null,
      state === 'approved' ? '80' : null,
    ],
  );
  if (state === 'review' || state === 'approved')
    await db(fx).query(
      `INSERT INTO workflow_history (workflow, record_id, action, from_state, to_state, actor_id, actor_name, input, trace)
       SELECT 'tpaAssessment', $1, 'submit_on_site', 'on_site', 'review', id, username, '{}', '[]' FROM users WHERE username = 'admin'`,
      [a.id],
    );
  return { id: a.id as string, version: a.version as number, commitment: c.commitment, contract: c.id };
}

/** Fund raised in 2031 (an aggregate row), so that a 2031 payment is within the cap. */
async function raised2031(fx: Fixtures, regionId: Region) {
  await db(fx).query(
    `INSERT INTO fund_monthly (account_id, region_id, month, kind, debit, credit, postings)
     SELECT id, region_id, '2031-01', 'collection', 1000000000, 0, 1 FROM fund_accounts WHERE region_id = $1 AND kind = 'special'
     ON CONFLICT (account_id, month, kind) DO NOTHING`,
    [regionId],
  );
}

async function tpaPayment(fx: Fixtures, regionId: Region) {
  const a = await tpaAssessment(fx, regionId, 'approved');
  const p = await one(
    fx,
    `INSERT INTO tpa_fee_payments (assessment_id, contract_id, region_id, tpa_institution_id, year, quarter, date, amount, prepared_by, trace)
     SELECT id, contract_id, region_id, tpa_institution_id, year, 1, '2031-03-31', 100, (SELECT id FROM users WHERE username = 'admin'), '[]'
       FROM tpa_assessments WHERE id = $1 RETURNING id, version`,
    [a.id],
  );
  return p as { id: string; version: number };
}

async function tpaRectification(fx: Fixtures, regionId: Region) {
  const a = await tpaAssessment(fx, regionId, 'approved');
  return (await one(
    fx,
    `INSERT INTO tpa_rectifications (contract_id, assessment_id, region_id, tpa_institution_id, score, due_date, prepared_by)
     SELECT contract_id, id, region_id, tpa_institution_id, 50, '2031-06-30', prepared_by FROM tpa_assessments WHERE id = $1 RETURNING id, version`,
    [a.id],
  )) as { id: string; version: number };
}

const CREATE = `mutation ($i: ID!, $n: String!, $w: TpaWeightsInput!, $c: [TpaCommitmentInput!]!) {
  createTpaContract(tpaInstitutionId: $i, number: $n, startDate: "2026-01-01", endDate: "2026-12-31", annualFee: "1000.00",
    units: [{ id: "HQ", kind: headOffice, name: "本部" }], weights: $w, schedule: [{ minScore: "0", payRate: "1" }],
    poorResultBelow: "60", rectificationDays: 30, commitments: $c) { id } }`;
const COMMITMENT = {
  category: 'staffing',
  description: '专职人员',
  targetKind: 'number',
  target: '1',
  unit: '人',
  direction: 'atLeast',
  measurement: '花名册',
  points: '5',
};
async function createVars(
  fx: Fixtures,
  regionId: Region,
  weights = { headOffice: '1', districtSubCentres: '0', cityCentre: '0' },
): Promise<Vars> {
  const c = await tpaContract(fx, regionId);
  return { i: c.tpa, n: `矩阵新合同${Math.random().toString(36).slice(2, 10)}`, w: weights, c: [COMMITMENT] };
}

const SELF = `mutation ($id: ID!, $v: Int!, $s: [TpaAreaScoreInput!]!, $d: [TpaDeliveredInput!]!) {
  submitTpaSelfCheck(id: $id, expectedVersion: $v, scores: $s, delivered: $d) { id state } }`;
const ONSITE = `mutation ($id: ID!, $v: Int!, $s: [TpaAreaScoreInput!]!, $c: [TpaConfirmationInput!]!) {
  submitTpaOnSite(id: $id, expectedVersion: $v, scores: $s, confirmations: $c, fundLosses: [], severeBreach: false) { id state } }`;
const selfVars = async (fx: Fixtures, regionId: Region, score = '80') => {
  const a = await tpaAssessment(fx, regionId);
  return { id: a.id, v: a.version, s: [{ unitId: 'HQ', areaId: 'a', score }], d: [{ commitmentId: a.commitment, actual: '2' }] };
};
const onSiteVars = async (fx: Fixtures, regionId: Region, score = '80') => {
  const a = await tpaAssessment(fx, regionId, 'on_site');
  return { id: a.id, v: a.version, s: [{ unitId: 'HQ', areaId: 'a', score }], c: [{ commitmentId: a.commitment, confirmed: true }] };
};

/** The TPA operations (issue 15). */
export function tpaCases(): [string, OperationCase][] {
  const list = (name: string, filter: string): [string, OperationCase] => [
    name,
    {
      document: `query (${LIST_ARGS} ${filter}) { ${name}(page: $page, perPage: $perPage, filter: $filter) { ${name.startsWith('_') ? 'count' : 'id'} } }`,
      own: () => ({ filter: { regionId: 'qinhuangdao' } }),
      other: () => ({ filter: { regionId: 'tumxuk' } }),
    },
  ];
  const get = (name: string, make: (fx: Fixtures, r: Region) => Promise<{ id: string }>): [string, OperationCase] => [
    name,
    {
      document: `query ($id: ID!) { ${name}(id: $id) { id allowedActions { action enabled } history { action } } }`,
      own: async (fx) => ({ id: (await make(fx, 'qinhuangdao')).id }),
      other: async (fx) => ({ id: (await make(fx, 'tumxuk')).id }),
    },
  ];
  return [
    list('allTpaContracts', 'TpaContractFilter'),
    list('_allTpaContractsMeta', 'TpaContractFilter'),
    list('allTpaAssessments', 'TpaAssessmentFilter'),
    list('_allTpaAssessmentsMeta', 'TpaAssessmentFilter'),
    list('allTpaFeePayments', 'TpaFeePaymentFilter'),
    list('_allTpaFeePaymentsMeta', 'TpaFeePaymentFilter'),
    list('allTpaRectifications', 'TpaRectificationFilter'),
    list('_allTpaRectificationsMeta', 'TpaRectificationFilter'),
    get('TpaContract', (fx, r) => tpaContract(fx, r)),
    get('TpaAssessment', (fx, r) => tpaAssessment(fx, r)),
    get('TpaFeePayment', tpaPayment),
    get('TpaRectification', tpaRectification),
    [
      'createTpaContract',
      {
        document: CREATE,
        own: (fx) => createVars(fx, 'qinhuangdao'),
        other: (fx) => createVars(fx, 'tumxuk'),
        invalid: (fx) => createVars(fx, 'qinhuangdao', { headOffice: '0.9', districtSubCentres: '0', cityCentre: '0' }),
      },
    ],
    [
      'transitionTpaContract',
      {
        document: `mutation ($id: ID!, $a: TpaContractAction!, $v: Int!, $r: String) {
          transitionTpaContract(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state } }`,
        own: async (fx) => {
          const c = await tpaContract(fx, 'qinhuangdao', 'draft');
          return { id: c.id, a: 'activate', v: c.version };
        },
        other: async (fx) => {
          const c = await tpaContract(fx, 'tumxuk', 'draft');
          return { id: c.id, a: 'activate', v: c.version };
        },
        invalid: async (fx) => {
          const c = await tpaContract(fx, 'qinhuangdao');
          return { id: c.id, a: 'propose_termination', v: c.version, r: ' ' };
        },
      },
    ],
    [
      'openTpaAssessment',
      {
        document: 'mutation ($c: ID!, $y: Int!) { openTpaAssessment(contractId: $c, year: $y) { id } }',
        own: async (fx) => ({ c: (await tpaContract(fx, 'qinhuangdao')).id, y: 2026 }),
        other: async (fx) => ({ c: (await tpaContract(fx, 'tumxuk')).id, y: 2026 }),
        invalid: async (fx) => ({ c: (await tpaContract(fx, 'qinhuangdao')).id, y: 1999 }),
      },
    ],
    [
      'submitTpaSelfCheck',
      {
        document: SELF,
        own: (fx) => selfVars(fx, 'qinhuangdao'),
        other: (fx) => selfVars(fx, 'tumxuk'),
        invalid: (fx) => selfVars(fx, 'qinhuangdao', '101'),
      },
    ],
    [
      'submitTpaOnSite',
      {
        document: ONSITE,
        own: (fx) => onSiteVars(fx, 'qinhuangdao'),
        other: (fx) => onSiteVars(fx, 'tumxuk'),
        invalid: (fx) => onSiteVars(fx, 'qinhuangdao', '101'),
      },
    ],
    [
      'reviewTpaAssessment',
      {
        document: `mutation ($id: ID!, $a: TpaReviewAction!, $v: Int!, $r: String) {
          reviewTpaAssessment(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state } }`,
        own: async (fx) => {
          const a = await tpaAssessment(fx, 'qinhuangdao', 'review');
          return { id: a.id, a: 'approve', v: a.version };
        },
        other: async (fx) => {
          const a = await tpaAssessment(fx, 'tumxuk', 'review');
          return { id: a.id, a: 'approve', v: a.version };
        },
        invalid: async (fx) => {
          const a = await tpaAssessment(fx, 'qinhuangdao', 'review');
          return { id: a.id, a: 'return', v: a.version, r: ' ' };
        },
      },
    ],
    [
      'proposeTpaFeePayment',
      {
        document: 'mutation ($a: ID!, $q: Int!, $d: String!) { proposeTpaFeePayment(assessmentId: $a, quarter: $q, date: $d) { id } }',
        own: async (fx) => {
          await raised2031(fx, 'qinhuangdao');
          return { a: (await tpaAssessment(fx, 'qinhuangdao', 'approved')).id, q: 1, d: '2031-03-31' };
        },
        other: async (fx) => ({ a: (await tpaAssessment(fx, 'tumxuk', 'approved')).id, q: 1, d: '2031-03-31' }),
        invalid: async (fx) => ({ a: (await tpaAssessment(fx, 'qinhuangdao', 'approved')).id, q: 5, d: '2031-03-31' }),
      },
    ],
    [
      'transitionTpaFeePayment',
      {
        document: `mutation ($id: ID!, $a: TpaFeePaymentAction!, $v: Int!, $r: String) {
          transitionTpaFeePayment(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state } }`,
        own: async (fx) => {
          const p = await tpaPayment(fx, 'qinhuangdao');
          return { id: p.id, a: 'reject', v: p.version, r: '矩阵测试：驳回' };
        },
        other: async (fx) => {
          const p = await tpaPayment(fx, 'tumxuk');
          return { id: p.id, a: 'reject', v: p.version, r: '矩阵测试：驳回' };
        },
        invalid: async (fx) => {
          const p = await tpaPayment(fx, 'qinhuangdao');
          return { id: p.id, a: 'reject', v: p.version, r: ' ' };
        },
      },
    ],
    [
      'transitionTpaRectification',
      {
        document: `mutation ($id: ID!, $a: TpaRectificationAction!, $v: Int!, $r: String) {
          transitionTpaRectification(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state } }`,
        own: async (fx) => {
          const r = await tpaRectification(fx, 'qinhuangdao');
          return { id: r.id, a: 'close', v: r.version, r: '矩阵测试：整改完成' };
        },
        other: async (fx) => {
          const r = await tpaRectification(fx, 'tumxuk');
          return { id: r.id, a: 'close', v: r.version, r: '矩阵测试：整改完成' };
        },
        invalid: async (fx) => {
          const r = await tpaRectification(fx, 'qinhuangdao');
          return { id: r.id, a: 'close', v: r.version, r: ' ' };
        },
      },
    ],
  ];
}
