import { TIANJIN_DEFAULT_PLAN } from '@ltci/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCreditCode } from './support/operations.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  server = await startTestServer();
  for (const u of ['admin', 'inspector', 'inspector2', 'fund_manager', 'fund_manager2', 'tpa_staff', 'tpa_qhd', 'agency_officer'])
    tokens[u] = await server.login(u);
});
afterAll(() => server?.stop());

type Res = Awaited<ReturnType<TestServer['graphql']>>;
const err = (res: Res) => [res.errors?.[0]?.extensions.code, (res.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason];
const count = async (sql: string, params: unknown[] = []) => (await server.dataSource.query(sql, params))[0].n as number;
const written = async () =>
  count(`SELECT (SELECT count(*) FROM tpa_contracts) + (SELECT count(*) FROM tpa_assessments) + (SELECT count(*) FROM tpa_fee_payments)
              + (SELECT count(*) FROM audit_logs) + (SELECT count(*) FROM fund_postings) AS n`);

async function tpaInstitution(regionId: string, staff?: string): Promise<string> {
  const [row] = await server.dataSource.query(
    `INSERT INTO institutions (kind, name, credit_code, legal_representative, address, region_id)
     VALUES ('tpa', $1, $2, '测试人', '测试路1号', $3) RETURNING id`,
    [`测试经办${newCreditCode().slice(-6)}`, newCreditCode(), regionId],
  );
  if (staff)
    await server.dataSource.query('INSERT INTO tpa_staff_members (user_id, institution_id) SELECT id, $2 FROM users WHERE username = $1', [
      staff,
      row.id,
    ]);
  return row.id;
}

const UNITS = [
  { id: 'HQ', kind: 'headOffice', name: '本部' },
  { id: 'D1', kind: 'districtSubCentre', name: '海港分中心' },
  { id: 'D2', kind: 'districtSubCentre', name: '北戴河分中心' },
  { id: 'CITY', kind: 'cityCentre', name: '市级综合服务中心' },
];
const COMMITMENTS = [
  {
    category: 'staffing',
    description: '专职经办人员',
    targetKind: 'number',
    target: '12',
    unit: '人',
    direction: 'atLeast',
    measurement: '花名册',
    points: '5',
  },
  {
    category: 'premises',
    description: '独立办公场所',
    targetKind: 'yesNo',
    target: 'yes',
    direction: 'atLeast',
    measurement: '租赁合同',
    points: '4',
  },
  {
    category: 'trainingAndPublicity',
    description: '年度培训',
    targetKind: 'number',
    target: '6',
    unit: '次',
    direction: 'atLeast',
    measurement: '签到表',
    points: '3',
  },
];
const terms = (tpa: string, number: string) => ({
  tpaInstitutionId: tpa,
  number,
  startDate: '2026-01-01',
  endDate: '2028-12-31',
  annualFee: '1200000.00',
  units: UNITS,
  weights: { headOffice: '0.5', districtSubCentres: '0.3', cityCentre: '0.2' },
  schedule: [
    { minScore: '95', payRate: '1' },
    { minScore: '85', payRate: '0.95' },
    { minScore: '70', payRate: '0.85' },
    { minScore: '0', payRate: '0.6' },
  ],
  poorResultBelow: '70',
  rectificationDays: 30,
  commitments: COMMITMENTS,
});
const CREATE = `mutation ($tpaInstitutionId: ID!, $number: String!, $startDate: String!, $endDate: String!, $annualFee: String!,
  $units: [TpaUnitInput!]!, $weights: TpaWeightsInput!, $schedule: [TpaFeeBandInput!]!, $poorResultBelow: String!,
  $rectificationDays: Int!, $commitments: [TpaCommitmentInput!]!, $replacesContractId: ID) {
  createTpaContract(tpaInstitutionId: $tpaInstitutionId, number: $number, startDate: $startDate, endDate: $endDate, annualFee: $annualFee,
    units: $units, weights: $weights, schedule: $schedule, poorResultBelow: $poorResultBelow, rectificationDays: $rectificationDays,
    commitments: $commitments, replacesContractId: $replacesContractId) { id version state tpaInstitutionId commitments { id } } }`;
const CONTRACT_STEP = `mutation ($id: ID!, $a: TpaContractAction!, $v: Int!, $r: String) {
  transitionTpaContract(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state version } }`;
const SHOW = `query ($id: ID!) { TpaAssessment(id: $id) { id state version total feeDue result trace { rule citation }
  history { action actorName } findings { id category foundOn } payments { quarter amount state postingId } } }`;

/** An inspection of the TPA institution itself (supervision module, Qinhuangdao art. 67) with one finding today. */
async function tpaFinding(tpa: string): Promise<string> {
  const [{ id: me }] = await server.dataSource.query("SELECT id FROM users WHERE username = 'inspector'");
  const today = (await server.dataSource.query("SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date::text AS d"))[0].d;
  const created = await server.graphql(
    `mutation ($t: [ID!], $ins: [ID!]!, $d: String!) { createInspection(regionId: "qinhuangdao", kind: unannounced, title: "经办机构专项检查",
      scope: "经办服务费与结算", plannedOn: $d, inspectorIds: $ins, checklist: ["结算复核"], targetIds: $t) { id version } }`,
    { t: [tpa], ins: [me], d: today },
    tokens.inspector,
  );
  const inspection = created.data?.createInspection;
  await server.graphql(
    'mutation ($id: ID!, $v: Int!) { transitionInspection(id: $id, action: start, expectedVersion: $v) { id } }',
    { id: inspection.id, v: inspection.version },
    tokens.inspector,
  );
  const found = await server.graphql(
    `mutation ($i: ID!, $n: ID!, $d: String!) { recordInspectionFinding(inspectionId: $i, institutionId: $n, category: irregular_charge,
      description: "经办审核不严，重复结算", foundOn: $d) { id } }`,
    { i: inspection.id, n: tpa, d: today },
    tokens.inspector,
  );
  expect(found.errors).toBeUndefined();
  return found.data?.recordInspectionFinding.id;
}

/**
 * internalSystems, serviceCapacity, information, fundManagement, riskControl, commitments, satisfaction (TIANJIN_DEFAULT_PLAN);
 * satisfaction is never typed: it comes from the surveys (Tianjin art. 5), 9 = 10 × 108 ÷ 120.
 */
const HAND: Record<string, (string | null)[]> = {
  HQ: ['14', '27', '9', '9.5', '8', null, null],
  D1: ['13', '26', '8', '9', '9', '12', null],
  D2: ['12', '24', '8', '8', '8', '11', null],
  CITY: ['14', '28', '9', '9', '9', '13', null],
};
const SURVEYS = Object.keys(HAND).map((unitId) => ({ unitId, surveyed: 120, satisfied: 108 }));
const scoreList = (table: Record<string, (string | null)[]>) =>
  Object.entries(table).flatMap(([unitId, s]) =>
    TIANJIN_DEFAULT_PLAN.flatMap((a, i) => (s[i] === null ? [] : [{ unitId, areaId: a.id, score: s[i] }])),
  );
const low = Object.fromEntries(Object.entries(HAND).map(([u, s]) => [u, s.map((v) => (v === null ? null : '5'))]));

async function upload(ownerId: string, token: string) {
  const form = new FormData();
  form.set('ownerType', 'TpaAssessment');
  form.set('ownerId', ownerId);
  form.set('category', 'evidence');
  form.set('file', new Blob([Buffer.from('%PDF-1.7\n1 0 obj\n', 'latin1')]), '花名册.pdf');
  const res = await fetch(`${server.url}/api/attachments`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as { attachment: { id: string } } };
}

const SELF = `mutation ($id: ID!, $v: Int!, $s: [TpaAreaScoreInput!]!, $d: [TpaDeliveredInput!]!, $u: [TpaSurveyInput!], $k: [TpaCaseloadInput!]) {
  submitTpaSelfCheck(id: $id, expectedVersion: $v, scores: $s, delivered: $d, surveys: $u, caseloads: $k) { id state version } }`;
const ONSITE = `mutation ($id: ID!, $v: Int!, $s: [TpaAreaScoreInput!]!, $c: [TpaConfirmationInput!]!, $l: [TpaFundLossInput!]!, $b: Boolean!,
  $k: [TpaCaseloadInput!]) {
  submitTpaOnSite(id: $id, expectedVersion: $v, scores: $s, confirmations: $c, fundLosses: $l, severeBreach: $b, caseloads: $k) {
    id state total feeDue } }`;
const REVIEW = `mutation ($id: ID!, $a: TpaReviewAction!, $v: Int!, $r: String) {
  reviewTpaAssessment(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state } }`;
const PROPOSE = `mutation ($a: ID!, $q: Int!, $d: String!) { proposeTpaFeePayment(assessmentId: $a, quarter: $q, date: $d) { id amount state version } }`;
const PAY = `mutation ($id: ID!, $a: TpaFeePaymentAction!, $v: Int!, $r: String) {
  transitionTpaFeePayment(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state postingId } }`;

let contract: { id: string; version: number; tpaInstitutionId: string; commitments: { id: string }[] };
let assessment: string;

async function activeContract(tpa: string, number: string) {
  const created = (await server.graphql(CREATE, terms(tpa, number), tokens.inspector)).data?.createTpaContract;
  await server.graphql(CONTRACT_STEP, { id: created.id, a: 'activate', v: created.version }, tokens.agency_officer);
  return created;
}

async function runYear(
  year: number,
  table: Record<string, (string | null)[]>,
  severeBreach = false,
  of: { id: string; commitments: { id: string }[] } = contract,
  l: { description: string; amount: string }[] = [{ description: '违规结算追回不足部分', amount: '36500.50' }],
) {
  const opened = await server.graphql(
    'mutation ($c: ID!, $y: Int!) { openTpaAssessment(contractId: $c, year: $y) { id } }',
    { c: of.id, y: year },
    tokens.inspector,
  );
  const id = opened.data?.openTpaAssessment.id;
  const [c1, c2, c3] = of.commitments.map((c) => c.id);
  const e1 = (await upload(id, tokens.tpa_qhd)).body.attachment.id;
  const d = [
    { commitmentId: c1, actual: '13', evidenceIds: [e1] },
    { commitmentId: c2, actual: 'yes', evidenceIds: [e1] },
    { commitmentId: c3, actual: '6', evidenceIds: [] },
  ];
  expect((await server.graphql(SELF, { id, v: 1, s: scoreList(table), d, u: SURVEYS }, tokens.tpa_qhd)).errors).toBeUndefined();
  const c = [
    { commitmentId: c1, confirmed: true },
    { commitmentId: c2, confirmed: false, actual: 'no', reason: '现场查看：办公场所与其他业务合用' },
    { commitmentId: c3, confirmed: true },
  ];
  const onSite = await server.graphql(ONSITE, { id, v: 2, s: scoreList(table), c, l, b: severeBreach }, tokens.inspector);
  expect(onSite.errors).toBeUndefined();
  expect((await server.graphql(REVIEW, { id, a: 'approve', v: 3 }, tokens.inspector2)).errors).toBeUndefined();
  return id;
}

describe('demo data: each role has its TPA work at first login', () => {
  it('tpa_staff files Tumxuk’s 2026 self-check, the inspector scores Qinhuangdao’s on site, fund_manager approves a quarter', async () => {
    const todos = async (u: string) =>
      ((await server.graphql('{ myTodos { kind record { resource id title } } }', {}, tokens[u])).data?.myTodos ?? []) as {
        kind: string;
        record: { title: string };
      }[];
    expect((await todos('tpa_staff')).filter((t) => t.kind.startsWith('tpa')).map((t) => [t.kind, t.record.title])).toEqual([
      ['tpaSelfCheck', '2026'],
    ]);
    expect((await todos('inspector')).filter((t) => t.kind.startsWith('tpa')).map((t) => [t.kind, t.record.title])).toEqual([
      ['tpaOnSite', '2026'],
    ]);
    expect((await todos('fund_manager')).filter((t) => t.kind.startsWith('tpa')).map((t) => [t.kind, t.record.title])).toEqual([
      ['tpaPayment', '2025 Q3'],
    ]);
    // the Tumxuk TPA's staff see only their own TPA's year, never Qinhuangdao's
    const mine = await server.graphql('{ allTpaAssessments(perPage: 50) { year regionId } }', {}, tokens.tpa_staff);
    expect(new Set(mine.data?.allTpaAssessments.map((a: { regionId: string }) => a.regionId))).toEqual(new Set(['tumxuk']));
  });
});

describe('TPA contracts (Tianjin art. 11, 14, 15, 18)', () => {
  it('Tianjin art. 14, 11: weights not summing to 1 (WEIGHTS_NOT_ONE) and a commitment without a target (COMMITMENT_TARGET_REQUIRED) are refused, nothing written', async () => {
    const tpa = await tpaInstitution('qinhuangdao');
    const before = await written();
    const weights = await server.graphql(
      CREATE,
      { ...terms(tpa, 'T-1'), weights: { headOffice: '0.5', districtSubCentres: '0.3', cityCentre: '0.1' } },
      tokens.inspector,
    );
    expect(err(weights)).toEqual(['BAD_USER_INPUT', 'WEIGHTS_NOT_ONE']);
    const noTarget = await server.graphql(
      CREATE,
      { ...terms(tpa, 'T-2'), commitments: [{ ...COMMITMENTS[0], target: null }] },
      tokens.inspector,
    );
    expect(err(noTarget)).toEqual(['BAD_USER_INPUT', 'COMMITMENT_TARGET_REQUIRED']);
    expect(await written()).toBe(before);
  });

  it('Qinhuangdao art. 62: TPA staff may not draft contracts', async () => {
    const res = await server.graphql(CREATE, terms(await tpaInstitution('qinhuangdao'), 'T-3'), tokens.tpa_qhd);
    expect(err(res)[0]).toBe('FORBIDDEN');
  });
});

describe('the yearly assessment, worked by hand (Tianjin art. 13, 14, 18, 19)', () => {
  it('Tianjin art. 13: self-check with evidence → on-site → review by a second inspector; total 85.35 and fee 1,103,499.50', async () => {
    contract = await activeContract(await tpaInstitution('qinhuangdao', 'tpa_qhd'), '秦医保经〔2026〕901号');
    const opened = await server.graphql(
      'mutation ($c: ID!) { openTpaAssessment(contractId: $c, year: 2026) { id state } }',
      { c: contract.id },
      tokens.inspector,
    );
    assessment = opened.data?.openTpaAssessment.id;
    const [c1, c2, c3] = contract.commitments.map((c) => c.id);
    const evidence = await upload(assessment, tokens.tpa_qhd);
    expect(evidence.status).toBe(201);
    const e1 = evidence.body.attachment.id;
    const d = [
      { commitmentId: c1, actual: '13', evidenceIds: [e1] },
      { commitmentId: c2, actual: 'yes', evidenceIds: [e1] },
      { commitmentId: c3, actual: '6', evidenceIds: [] },
    ];
    // Tianjin art. 15: information is worth 10, 10.5 is out of its range; nothing written
    const before = await written();
    const bad = scoreList(HAND).map((s) => (s.unitId === 'D1' && s.areaId === 'information' ? { ...s, score: '10.5' } : s));
    expect(err(await server.graphql(SELF, { id: assessment, v: 1, s: bad, d, u: SURVEYS }, tokens.tpa_qhd))).toEqual([
      'BAD_USER_INPUT',
      'SCORE_OUT_OF_RANGE',
    ]);
    // Tianjin art. 5: satisfaction comes from the surveys: typed, or without a unit's survey, or more satisfied than surveyed, refused
    const typed = [...scoreList(HAND), { unitId: 'D1', areaId: 'satisfaction', score: '10' }];
    expect(err(await server.graphql(SELF, { id: assessment, v: 1, s: typed, d, u: SURVEYS }, tokens.tpa_qhd))).toEqual([
      'BAD_USER_INPUT',
      'AREA_COMPUTED',
    ]);
    expect(err(await server.graphql(SELF, { id: assessment, v: 1, s: scoreList(HAND), d, u: SURVEYS.slice(1) }, tokens.tpa_qhd))).toEqual([
      'BAD_USER_INPUT',
      'SURVEY_REQUIRED',
    ]);
    const impossible = SURVEYS.map((x) => (x.unitId === 'CITY' ? { ...x, satisfied: 121 } : x));
    expect(err(await server.graphql(SELF, { id: assessment, v: 1, s: scoreList(HAND), d, u: impossible }, tokens.tpa_qhd))).toEqual([
      'BAD_USER_INPUT',
      'SURVEY_OUT_OF_RANGE',
    ]);
    expect(await written()).toBe(before);
    expect(
      (await server.graphql(SELF, { id: assessment, v: 1, s: scoreList(HAND), d, u: SURVEYS }, tokens.tpa_qhd)).data?.submitTpaSelfCheck
        .state,
    ).toBe('on_site');
    // the supervision issue's inspection of the TPA itself finds irregular charges (Tianjin art. 19)
    const finding = await tpaFinding(contract.tpaInstitutionId);

    const c = [
      { commitmentId: c1, confirmed: true },
      { commitmentId: c2, confirmed: false, actual: 'no', reason: '现场查看：办公场所与其他业务合用' },
      { commitmentId: c3, confirmed: true },
    ];
    const l = [{ description: '违规结算追回不足部分', amount: '36500.50', findingId: finding }];
    const stray = [{ ...l[0], findingId: '00000000-0000-4000-8000-000000000000' }];
    expect(
      err(await server.graphql(ONSITE, { id: assessment, v: 2, s: scoreList(HAND), c, l: stray, b: false }, tokens.inspector)),
    ).toEqual(['BAD_USER_INPUT', 'FINDING_NOT_FOUND']);
    const noReason = c.map((x) => (x.commitmentId === c2 ? { ...x, reason: ' ' } : x));
    expect(
      err(await server.graphql(ONSITE, { id: assessment, v: 2, s: scoreList(HAND), c: noReason, l, b: false }, tokens.inspector)),
    ).toEqual(['BAD_USER_INPUT', 'CORRECTION_REASON_REQUIRED']);
    const onSite = await server.graphql(ONSITE, { id: assessment, v: 2, s: scoreList(HAND), c, l, b: false }, tokens.inspector);
    // HQ: 14 + 27 + 9 + 9.5 + 8 + (15 − 4 for c2 − 3 for c3 without evidence = 8) + 9 = 84.5; D1 86, D2 80 → mean 83; CITY 91
    // art. 14: 0.5 × 84.5 + 0.3 × 83 + 0.2 × 91 = 42.25 + 24.9 + 18.2 = 85.35
    // art. 18: band ≥ 85 pays 95%: 1,200,000 × 0.95 = 1,140,000.00; art. 19: − 36,500.50 = 1,103,499.50
    expect(onSite.data?.submitTpaOnSite).toMatchObject({ state: 'review', total: '85.35', feeDue: '1103499.50' });

    // four-eyes: the inspector who scored on site may not approve; nothing written
    const beforeOwn = await written();
    expect(err(await server.graphql(REVIEW, { id: assessment, a: 'approve', v: 3 }, tokens.inspector))).toEqual([
      'FORBIDDEN',
      'SAME_PERSON',
    ]);
    expect(await written()).toBe(beforeOwn);
    expect((await server.graphql(REVIEW, { id: assessment, a: 'approve', v: 3 }, tokens.inspector2)).data?.reviewTpaAssessment.state).toBe(
      'approved',
    );
    const shown = (await server.graphql(SHOW, { id: assessment }, tokens.inspector)).data?.TpaAssessment;
    expect(shown.history.map((h: { action: string; actorName: string }) => `${h.action}:${h.actorName}`)).toEqual([
      'submit_self_check:tpa_qhd',
      'submit_on_site:inspector',
      'approve:inspector2',
    ]);
    expect(shown.result.commitments.map((r: { pointsLost: string }) => r.pointsLost)).toEqual(['0.00', '4.00', '3.00']);
    expect(shown.trace.map((t: { citation: string }) => t.citation)).toEqual(
      expect.arrayContaining(['Tianjin art. 14, 15', 'Tianjin art. 19']),
    );
    // Tianjin art. 19: the finding against the TPA shows in its assessment, with the loss it caused deducted from the fee
    expect(shown.findings.map((f: { id: string; category: string }) => [f.id, f.category])).toEqual([[finding, 'irregular_charge']]);
    expect(shown.result.findings).toEqual([expect.objectContaining({ id: finding, fundLoss: '36500.50' })]);
    expect(shown.result.satisfaction.map((x: { score: string }) => x.score)).toEqual(['9.00', '9.00', '9.00', '9.00']);
    // a finding against another TPA is not this one's
    await tpaFinding(await tpaInstitution('qinhuangdao'));
    const again = (await server.graphql(SHOW, { id: assessment }, tokens.inspector)).data?.TpaAssessment;
    expect(again.findings.map((f: { id: string }) => f.id)).toEqual([finding]);
    // Tianjin art. 20: 85.35 is not below 70, no rectification case
    expect(await count('SELECT count(*)::int AS n FROM tpa_rectifications WHERE assessment_id = $1', [assessment])).toBe(0);
  });
});

describe('TPA staff see only their region and their own contract (Qinhuangdao art. 62)', () => {
  it('another region and another TPA of the same region are NOT_FOUND, lists hold only their own', async () => {
    const other = await activeContract(await tpaInstitution('qinhuangdao'), '秦医保经〔2026〕902号');
    const get = 'query ($id: ID!) { TpaContract(id: $id) { id } }';
    expect(err(await server.graphql(get, { id: other.id }, tokens.tpa_qhd))[0]).toBe('NOT_FOUND');
    expect(err(await server.graphql(get, { id: contract.id }, tokens.tpa_staff))[0]).toBe('NOT_FOUND');
    expect((await server.graphql(get, { id: contract.id }, tokens.tpa_qhd)).data?.TpaContract.id).toBe(contract.id);
    const list = await server.graphql('{ allTpaContracts(perPage: 100) { id } _allTpaContractsMeta { count } }', {}, tokens.tpa_qhd);
    expect(list.data?.allTpaContracts.map((c: { id: string }) => c.id)).not.toContain(other.id);
    expect(list.data?.allTpaContracts.map((c: { id: string }) => c.id)).toContain(contract.id);
    // another TPA's assessment: neither its self-check nor its evidence
    const opened = await server.graphql(
      'mutation ($c: ID!) { openTpaAssessment(contractId: $c, year: 2026) { id } }',
      { c: other.id },
      tokens.inspector,
    );
    const theirs = opened.data?.openTpaAssessment.id;
    const before = await written();
    expect(err(await server.graphql(SELF, { id: theirs, v: 1, s: [], d: [] }, tokens.tpa_qhd))[0]).toBe('NOT_FOUND');
    expect((await upload(theirs, tokens.tpa_qhd)).status).toBe(404);
    expect(await written()).toBe(before);
    // nor another TPA's files: listed for the agency, not for them
    const file = (await upload(theirs, tokens.inspector)).body.attachment.id;
    const files = '{ allAttachments(perPage: 100) { id } }';
    expect((await server.graphql(files, {}, tokens.inspector)).data?.allAttachments.map((a: { id: string }) => a.id)).toContain(file);
    expect((await server.graphql(files, {}, tokens.tpa_qhd)).data?.allAttachments.map((a: { id: string }) => a.id)).not.toContain(file);
    const download = await fetch(`${server.url}/api/attachments/${file}`, { headers: { authorization: `Bearer ${tokens.tpa_qhd}` } });
    expect(download.status).toBe(404);
    expect(err(await server.graphql(SHOW, { id: theirs }, tokens.tpa_staff))[0]).toBe('NOT_FOUND');
  });
});

describe('quarterly fee payments through the ledger under the yearly cap (Qinhuangdao art. 63)', () => {
  const collect = async (amount: string, date: string) => {
    const account = async (kind: string) =>
      (await server.dataSource.query("SELECT id FROM fund_accounts WHERE region_id = 'qinhuangdao' AND kind = $1", [kind]))[0].id;
    const res = await server.graphql(
      `mutation ($l: [FundPostingLineInput!]!, $d: String!) { postFund(regionId: "qinhuangdao", kind: collection, date: $d, lines: $l, insuredCategory: "employee") { id } }`,
      {
        d: date,
        l: [
          { accountId: await account('special'), side: 'debit', amount },
          { accountId: await account('taxAuthority'), side: 'credit', amount },
        ],
      },
      tokens.fund_manager,
    );
    expect(res.errors).toBeUndefined();
  };
  const propose = (quarter: number, date: string) => server.graphql(PROPOSE, { a: assessment, q: quarter, d: date }, tokens.fund_manager);

  it('Qinhuangdao art. 63: 5% of 10,000,000 raised in 2027 = 500,000; Q1 275,874.88 paid by a second fund manager, Q2 over the cap', async () => {
    await collect('10000000.00', '2027-01-15');
    const q1 = (await propose(1, '2027-03-31')).data?.proposeTpaFeePayment;
    expect(q1).toMatchObject({ amount: '275874.88', state: 'proposed' });
    // maker-checker: the proposer may not approve
    expect(err(await server.graphql(PAY, { id: q1.id, a: 'approve', v: q1.version }, tokens.fund_manager))).toEqual([
      'FORBIDDEN',
      'SAME_PERSON',
    ]);
    const paid = (await server.graphql(PAY, { id: q1.id, a: 'approve', v: q1.version }, tokens.fund_manager2)).data
      ?.transitionTpaFeePayment;
    expect(paid.state).toBe('paid');
    const [posting] = await server.dataSource.query('SELECT kind, amount::text, date::text FROM fund_postings WHERE id = $1', [
      paid.postingId,
    ]);
    expect(posting).toEqual({ kind: 'tpaFee', amount: '275874.88', date: '2027-03-31' });
    // 500,000 − 275,874.88 = 224,125.12 < 275,874.88
    const before = await written();
    const q2 = await propose(2, '2027-06-30');
    expect(err(q2)).toEqual(['BAD_USER_INPUT', 'TPA_FEE_OVER_CAP']);
    expect(await written()).toBe(before);
  });

  it('Qinhuangdao art. 63: with 20,000,000 raised the cap is 1,000,000: Q2 and Q3 pass (827,624.64), Q4 (275,874.86, total 1,103,499.50) does not', async () => {
    await collect('10000000.00', '2027-02-15');
    for (const [q, date] of [
      [2, '2027-06-30'],
      [3, '2027-09-30'],
    ] as const) {
      const p = (await propose(q, date)).data?.proposeTpaFeePayment;
      expect(p.amount).toBe('275874.88');
      expect(
        (await server.graphql(PAY, { id: p.id, a: 'approve', v: p.version }, tokens.fund_manager2)).data?.transitionTpaFeePayment.state,
      ).toBe('paid');
    }
    const q4 = await propose(4, '2027-12-20');
    expect(err(q4)).toEqual(['BAD_USER_INPUT', 'TPA_FEE_OVER_CAP']);
    expect(q4.errors?.[0].message).toContain('172375.36');
    const again = await propose(3, '2027-10-10');
    expect(err(again)).toEqual(['BAD_USER_INPUT', 'QUARTER_ALREADY_PAID']);
    const shown = (await server.graphql(SHOW, { id: assessment }, tokens.fund_manager)).data?.TpaAssessment;
    expect(shown.payments.map((p: { amount: string }) => p.amount)).toEqual(['275874.88', '275874.88', '275874.88']);
  });
});

describe('consequences (Tianjin art. 20)', () => {
  it('Tianjin art. 20: a poor score opens an interview-and-rectification case due in the contract’s 30 days', async () => {
    const id = await runYear(2027, low);
    const [row] = await server.dataSource.query(
      'SELECT state, score::text, due_date::text AS due FROM tpa_rectifications WHERE assessment_id = $1',
      [id],
    );
    expect(row).toMatchObject({ state: 'open' });
    expect(Number(row.score)).toBeLessThan(70);
  });

  it('Tianjin art. 20: a severe breach proposes termination; the proposer may not approve it, a second person does', async () => {
    const id = await runYear(2028, HAND, true);
    expect(id).toBeTruthy();
    const get = 'query ($id: ID!) { TpaContract(id: $id) { state version history { action actorName } } }';
    const c = (await server.graphql(get, { id: contract.id }, tokens.inspector)).data?.TpaContract;
    expect(c.state).toBe('termination_pending');
    expect(
      err(await server.graphql(CONTRACT_STEP, { id: contract.id, a: 'approve_termination', v: c.version }, tokens.inspector2)),
    ).toEqual(['FORBIDDEN', 'SAME_PERSON']);
    const done = await server.graphql(CONTRACT_STEP, { id: contract.id, a: 'approve_termination', v: c.version }, tokens.inspector);
    expect(done.data?.transitionTpaContract.state).toBe('terminated');
  });
});

describe('lists in SQL, related records batched (DataLoader)', () => {
  it('a page of contracts with their TPA, commitments, years, cases, history and actions: the same statements for 1 row as for 5', async () => {
    for (let i = 0; i < 5; i++) await activeContract(await tpaInstitution('qinhuangdao'), `秦医保经〔2026〕N${i}号`);
    const reads = async (perPage: number) => {
      const queries: string[] = [];
      const ds = server.dataSource as unknown as { logger: { logQuery: (q: string) => void } };
      const original = ds.logger.logQuery;
      ds.logger.logQuery = (q: string) => queries.push(q);
      try {
        const res = await server.graphql(
          `query ($p: Int) { allTpaContracts(perPage: $p, filter: { regionId: "qinhuangdao" }) { id tpaInstitution { name }
            commitments { id } assessments { year } rectifications { id } history { action } allowedActions { action } } }`,
          { p: perPage },
          tokens.inspector,
        );
        expect(res.data?.allTpaContracts).toHaveLength(perPage);
      } finally {
        ds.logger.logQuery = original;
      }
      return queries.filter((q) => /^\s*SELECT/i.test(q)).length;
    };
    const one = await reads(1);
    expect(await reads(5)).toBe(one);
    // caller + page + institutions + commitments + years + cases + history
    expect(one).toBeLessThanOrEqual(8);
  });
});

describe('a contract replaced after a mid-year tender, both assessed at year end (Tianjin art. 16)', () => {
  let outgoing: typeof contract;
  let incoming: typeof contract;
  const get = 'query ($id: ID!) { TpaContract(id: $id) { endDate state version replacesContractId } }';

  it('Tianjin art. 16: the replacement starts inside the old term (REPLACEMENT_OUTSIDE_TERM), replaces a contract in force (REPLACED_NOT_ACTIVE); nothing written', async () => {
    outgoing = await activeContract(await tpaInstitution('qinhuangdao', 'tpa_qhd'), '秦医保经〔2029〕旧');
    await server.dataSource.query("UPDATE tpa_contracts SET start_date = '2029-01-01', end_date = '2031-12-31' WHERE id = $1", [
      outgoing.id,
    ]);
    const newTpa = await tpaInstitution('qinhuangdao', 'tpa_qhd');
    const before = await written();
    const early = await server.graphql(
      CREATE,
      { ...terms(newTpa, '秦医保经〔2029〕新0'), startDate: '2029-01-01', endDate: '2031-12-31', replacesContractId: outgoing.id },
      tokens.inspector,
    );
    expect(err(early)).toEqual(['BAD_USER_INPUT', 'REPLACEMENT_OUTSIDE_TERM']);
    const draft = (await server.graphql(CREATE, terms(newTpa, '秦医保经〔2029〕草'), tokens.inspector)).data?.createTpaContract;
    const ofDraft = await server.graphql(
      CREATE,
      { ...terms(newTpa, '秦医保经〔2029〕新1'), startDate: '2029-07-01', endDate: '2031-12-31', replacesContractId: draft.id },
      tokens.inspector,
    );
    expect(err(ofDraft)).toEqual(['BAD_USER_INPUT', 'REPLACED_NOT_ACTIVE']);
    expect(Number(await written())).toBe(Number(before) + 2); // the draft and its audit row only
    const created = await server.graphql(
      CREATE,
      { ...terms(newTpa, '秦医保经〔2029〕新'), startDate: '2029-07-01', endDate: '2031-12-31', replacesContractId: outgoing.id },
      tokens.inspector,
    );
    incoming = created.data?.createTpaContract;
    // the old contract ends only when the new one comes into force, the day before it begins
    expect((await server.graphql(get, { id: outgoing.id }, tokens.inspector)).data?.TpaContract.endDate).toBe('2031-12-31');
    await server.graphql(CONTRACT_STEP, { id: incoming.id, a: 'activate', v: incoming.version }, tokens.agency_officer);
    expect((await server.graphql(get, { id: outgoing.id }, tokens.inspector)).data?.TpaContract).toMatchObject({
      endDate: '2029-06-30',
      state: 'active',
    });
    expect((await server.graphql(get, { id: incoming.id }, tokens.inspector)).data?.TpaContract.replacesContractId).toBe(outgoing.id);
    const [audit] = await server.dataSource.query(
      "SELECT before, after FROM audit_logs WHERE entity_type = 'TpaContract' AND entity_id = $1 AND operation = 'update'",
      [outgoing.id],
    );
    expect(audit).toMatchObject({ before: { endDate: '2031-12-31' }, after: { endDate: '2029-06-30', replacedBy: incoming.id } });
  });

  it('Tianjin art. 16, 18, 19: 2029 is assessed at year end for both: 528,814.57 for the outgoing, 574,684.93 for the incoming (sum 1,103,499.50)', async () => {
    const old = await runYear(2029, HAND, false, outgoing);
    const nu = await runYear(2029, HAND, false, incoming, []);
    const a = (await server.graphql(SHOW, { id: old }, tokens.inspector)).data?.TpaAssessment;
    const b = (await server.graphql(SHOW, { id: nu }, tokens.inspector)).data?.TpaAssessment;
    // both score 85.35 (the same hand-worked year): band ≥ 85 pays 95% (art. 18)
    expect([a.total, b.total]).toEqual(['85.35', '85.35']);
    // outgoing 2029-01-01..06-30 = 31 + 28 + 31 + 30 + 31 + 30 = 181 days: 1,200,000 × 181 ÷ 365 = 595,068.49;
    // × 0.95 = 565,315.07; art. 19: − 36,500.50 = 528,814.57
    expect(a.result.termShare).toEqual({ days: 181, yearDays: 365, annualFee: '1200000.00', yearFee: '595068.49' });
    expect([a.result.fee.scheduledFee, a.feeDue]).toEqual(['565315.07', '528814.57']);
    // incoming 07-01..12-31 = 184 days: 1,200,000 × 184 ÷ 365 = 604,931.51 (595,068.49 + 604,931.51 = 1,200,000.00); × 0.95 = 574,684.93
    expect(b.result.termShare.yearFee).toBe('604931.51');
    expect(b.feeDue).toBe('574684.93');
    expect(a.trace.map((t: { rule: string; citation: string }) => t.rule)).toContain('tpa.termShare');
  });
});

describe('district sub-centres weighted by caseload from the policy pack (Tianjin art. 14)', () => {
  const SET =
    'mutation ($o: JSONObject!) { setPolicyOverrides(regionId: "qinhuangdao", validFrom: "2027-01-01", overrides: $o) { value } }';
  afterAll(async () => {
    await server.graphql(SET, { o: {} }, tokens.admin);
  });

  it('Tianjin art. 14 (pack fund.tpaFee.districtScore = caseloadWeighted): (86 × 300 + 80 × 100) ÷ 400 = 84.50; total 85.80; fee 1,140,000.00', async () => {
    const set = await server.graphql(SET, { o: { fund: { tpaFee: { districtScore: 'caseloadWeighted' } } } }, tokens.admin);
    expect(set.errors).toBeUndefined();
    const of = await activeContract(await tpaInstitution('qinhuangdao', 'tpa_qhd'), '秦医保经〔2030〕件数');
    await server.dataSource.query("UPDATE tpa_contracts SET start_date = '2030-01-01', end_date = '2030-12-31' WHERE id = $1", [of.id]);
    const id = (
      await server.graphql('mutation ($c: ID!) { openTpaAssessment(contractId: $c, year: 2030) { id } }', { c: of.id }, tokens.inspector)
    ).data?.openTpaAssessment.id;
    const [c1, c2, c3] = of.commitments.map((c: { id: string }) => c.id);
    const e1 = (await upload(id, tokens.tpa_qhd)).body.attachment.id;
    const d = [
      { commitmentId: c1, actual: '13', evidenceIds: [e1] },
      { commitmentId: c2, actual: 'no', evidenceIds: [e1] },
      { commitmentId: c3, actual: '6', evidenceIds: [] },
    ];
    const k = [
      { unitId: 'D1', cases: 300 },
      { unitId: 'D2', cases: 100 },
    ];
    expect((await server.graphql(SELF, { id, v: 1, s: scoreList(HAND), d, u: SURVEYS }, tokens.tpa_qhd)).errors).toBeUndefined();
    const c = [c1, c2, c3].map((commitmentId) => ({ commitmentId, confirmed: true }));
    const before = await written();
    const missing = await server.graphql(ONSITE, { id, v: 2, s: scoreList(HAND), c, l: [], b: false }, tokens.inspector);
    expect(err(missing)).toEqual(['BAD_USER_INPUT', 'CASELOAD_REQUIRED']);
    expect(await written()).toBe(before);
    const onSite = await server.graphql(ONSITE, { id, v: 2, s: scoreList(HAND), c, l: [], b: false, k }, tokens.inspector);
    // HQ 84.5 (c2 −4, c3 without evidence −3); D1 86 × 300 + D2 80 × 100 = 33,800 ÷ 400 = 84.5; CITY 91
    // art. 14: 0.5 × 84.5 + 0.3 × 84.5 + 0.2 × 91 = 42.25 + 25.35 + 18.2 = 85.80; art. 18: 1,200,000 × 0.95 = 1,140,000.00
    expect(onSite.data?.submitTpaOnSite).toMatchObject({ total: '85.80', feeDue: '1140000.00' });
    const shown = (await server.graphql(SHOW, { id }, tokens.inspector)).data?.TpaAssessment;
    expect(shown.result.districtScore).toBe('84.50');
  });
});
