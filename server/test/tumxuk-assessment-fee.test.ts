import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_CLAIMANT, claimantVars, RECORD_CONTRIBUTION } from './support/claimants.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
const tokens: Record<string, string> = {};
let institutionId = '';
let agreement: { id: string; version: number } = { id: '', version: 0 };
let experts: string[] = [];
beforeAll(async () => {
  server = await startTestServer();
  for (const u of ['admin', 'admin2', 'tpa_staff', 'agency_officer']) tokens[u] = await server.login(u);
  const [row] = await server.dataSource.query(
    `SELECT i.id, g.id AS agreement, g.version, g.assessment_fee FROM institutions i JOIN service_agreements g ON g.institution_id = i.id
      WHERE i.kind = 'assessment' AND i.region_id = 'tumxuk' AND g.state = 'active' ORDER BY i.id LIMIT 1`,
  );
  institutionId = row.id;
  agreement = { id: row.agreement, version: row.version };
  experts = (
    await server.dataSource.query(
      `SELECT s.id FROM staff s WHERE s.institution_id = $1 AND s.role = 'expert' AND s.removed_for IS NULL
         AND EXISTS (SELECT 1 FROM assessor_trainings t WHERE t.staff_id = s.id AND t.passed) ORDER BY s.id`,
      [institutionId],
    )
  ).map((r: { id: string }) => r.id);
  // The region's interpretation of what Tumxuk's documents leave unstated (as Qinhuangdao art. 17, 19, 22, 23, 24), set by its administrator
  const overrides = {
    assessment: {
      assessors: {
        minAssessors: { value: 2 },
        minExperts: { value: 1 },
        minConfirmingExperts: { value: 2 },
        minDisputeExperts: { value: 2 },
      },
      deadlines: { recheckWorkingDays: { value: 5 }, conclusionWorkingDays: { value: 30 }, publicityDays: { value: 7 } },
    },
  };
  const set = await server.graphql(
    'mutation ($o: JSONObject!) { setPolicyOverrides(regionId: "tumxuk", validFrom: "2026-09-01", overrides: $o) { value } }',
    { o: overrides },
    tokens.admin,
  );
  expect(set.errors, JSON.stringify(set.errors)).toBeUndefined();
});
afterAll(() => server?.stop());

const FIELDS = 'id state version recordedGrade fees { payer amount assessmentInstitutionId trace }';
const STEP = `mutation ($id: ID!, $a: AssessmentApplicationAction!, $v: Int!, $r: String, $i: JSONObject) {
  transitionAssessmentApplication(id: $id, action: $a, expectedVersion: $v, reason: $r, input: $i) { ${FIELDS} } }`;
const DRAW = `mutation ($id: ID!, $v: Int!) { drawAssessmentAssessors(id: $id, expectedVersion: $v, seed: 2026) { ${FIELDS} } }`;
const ONSITE = `mutation ($id: ID!, $v: Int!, $on: String!, $sc: ItemScoresInput!) {
  saveAssessmentOnsiteRecord(id: $id, expectedVersion: $v, onsiteOn: $on, scores: $sc, guardianPresent: true, presentPerson: "儿子 艾力") { ${FIELDS} } }`;
const UPDATE_AGREEMENT = `mutation ($id: ID!, $v: Int!, $f: String) {
  updateServiceAgreement(id: $id, expectedVersion: $v, assessmentFee: $f) { id version assessmentFee } }`;
/** By hand from the national standard: ADL 25 (severe), cognition 6 (mild), perception 8 (mild) → grade 3 (qualifies, Tumxuk §5(一)). */
const SCORES = {
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
  perception: { vision: 3, hearing: 3, communication: 2 },
};
const TODAY = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
type App = {
  id: string;
  version: number;
  state: string;
  fees?: { payer: string; amount: string; trace: { rule: string; output: unknown }[] }[];
};
const ok = (r: { data?: Record<string, App> | null; errors?: unknown[] }) => {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return Object.values(r.data ?? {})[0] as App;
};
const step = (a: App, action: string, token: string, input?: Record<string, unknown>, reason?: string) =>
  server.graphql(STEP, { id: a.id, a: action, v: a.version, r: reason, i: input }, token);

async function letterIssued(): Promise<App> {
  const c = ok(await server.graphql(CREATE_CLAIMANT, claimantVars({ regionId: 'tumxuk', countyId: 'tmsk-r44' }), tokens.tpa_staff));
  await server.graphql(RECORD_CONTRIBUTION, { c: c.id, m: '2026-09', s: 'paid', a: '30.00', d: '2026-09-15' }, tokens.tpa_staff);
  let a = ok(
    await server.graphql(
      'mutation ($c: ID!) { createAssessmentApplication(claimantId: $c, appliedOn: "2026-11-20", disabilitySince: "2026-01-10", conditionStable: true) { id version state } }',
      { c: c.id },
      tokens.tpa_staff,
    ),
  );
  a = ok(await step(a, 'accept', tokens.admin));
  a = ok(await step(a, 'forward', tokens.admin));
  a = ok(await step(a, 'dispatch', tokens.tpa_staff, { institutionId }));
  a = ok(await server.graphql(DRAW, { id: a.id, v: a.version }, tokens.tpa_staff));
  a = ok(await step(a, 'draw', tokens.tpa_staff));
  a = ok(await server.graphql(ONSITE, { id: a.id, v: a.version, on: TODAY, sc: SCORES }, tokens.tpa_staff));
  a = ok(await step(a, 'record_onsite', tokens.tpa_staff));
  a = ok(await step(a, 'conclude', tokens.admin, { grade: 3, expertIds: experts.slice(0, 2) }));
  a = ok(await step(a, 'city_review', tokens.admin2));
  // accepted 2026-10-09, publicity from 2026-11-02: the 30 working days and the 7 days both fall within the 2026 calendar
  await server.dataSource.query(
    "UPDATE assessment_applications SET publicity_start = '2026-11-02', accepted_on = '2026-10-09' WHERE id = $1",
    [a.id],
  );
  a = ok(await step(a, 'close_publicity', tokens.admin));
  a = ok(await step(a, 'issue_letter', tokens.admin, { receivedOn: '2026-11-13' }, undefined));
  return a;
}

describe('Tumxuk: the assessment fee agreed in the service agreement (issue 11, item 5)', () => {
  it('Xinjiang art. 22: the agreed fee is decimal money on an assessment institution’s agreement only; a bad one is refused with its code, nothing written', async () => {
    const [before] = await server.dataSource.query('SELECT version, assessment_fee FROM service_agreements WHERE id = $1', [agreement.id]);
    // the demo Tumxuk agreement ships with its agreed fee
    expect(before.assessment_fee).toBe('180.00');
    // an agreement in force changes only through its workflow: the fee of a draft is edited
    const draft = ok(
      await server.graphql(
        `mutation ($i: ID!) { createServiceAgreement(institutionId: $i, number: "图长护评协〔2027〕001号", startDate: "2027-07-01", endDate: "2028-06-30", assessmentFee: "165.50") { id version assessmentFee } }`,
        { i: institutionId },
        tokens.admin,
      ),
    ) as unknown as { id: string; version: number; assessmentFee: string };
    expect(draft.assessmentFee).toBe('165.50');
    for (const [f, code] of [
      ['165.505', 'INVALID_MONEY'],
      ['-5', 'INVALID_MONEY'],
      ['0', 'OUT_OF_RANGE'],
    ]) {
      const bad = await server.graphql(UPDATE_AGREEMENT, { id: draft.id, v: draft.version, f }, tokens.admin);
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'assessmentFee', code }] });
    }
    const changed = ok(await server.graphql(UPDATE_AGREEMENT, { id: draft.id, v: draft.version, f: '170' }, tokens.admin)) as unknown as {
      assessmentFee: string;
    };
    expect(changed.assessmentFee).toBe('170.00');
    const [audit] = await server.dataSource.query(
      "SELECT before->>'assessmentFee' AS b, after->>'assessmentFee' AS a FROM audit_logs WHERE entity_type = 'ServiceAgreement' AND entity_id = $1 AND operation = 'update'",
      [draft.id],
    );
    expect(audit).toEqual({ b: '165.50', a: '170.00' });
    // a care institution's agreement has no assessment fee
    const [care] = await server.dataSource.query(
      "SELECT id FROM institutions WHERE region_id = 'tumxuk' AND kind <> 'assessment' AND state = 'active' ORDER BY id LIMIT 1",
    );
    const refused = await server.graphql(
      `mutation ($i: ID!) { createServiceAgreement(institutionId: $i, number: "图长护协〔2027〕099号", startDate: "2027-07-01", endDate: "2028-06-30", assessmentFee: "100.00") { id } }`,
      { i: care.id },
      tokens.admin,
    );
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'assessmentFee', code: 'NOT_ALLOWED' }],
    });
    expect(
      (await server.dataSource.query('SELECT count(*)::int AS n FROM service_agreements WHERE number = $1', ['图长护协〔2027〕099号']))[0]
        .n,
    ).toBe(0);
  });

  it('Xinjiang art. 22(1); Tumxuk §6(一): a Tumxuk initial assessment of grade 3 runs to final; the fund pays the agreed 180.00, the trace names the agreement fee', async () => {
    const letter = await letterIssued();
    // received Fri 2026-11-13: 10 working days (Xinjiang art. 22(4)) end Fri 2026-11-27, so the window has closed
    const final = ok(await step(letter, 'finalize', tokens.admin));
    expect(final.state).toBe('final');
    expect(final.fees?.map(({ payer, amount }) => ({ payer, amount }))).toEqual([{ payer: 'fund', amount: '180.00' }]);
    expect(final.fees?.[0].trace.find((s) => s.rule === 'assessment.fee')?.output).toBe('180.00');
  });

  it('Xinjiang art. 22: without an agreed fee the final step is refused (PARAMETER_MISSING on agreementFee), nothing written', async () => {
    const letter = await letterIssued();
    await server.dataSource.query('UPDATE service_agreements SET assessment_fee = NULL WHERE id = $1', [agreement.id]);
    try {
      const r = await step(letter, 'finalize', tokens.admin);
      expect(r.errors?.[0].extensions).toMatchObject({
        issues: [expect.objectContaining({ path: 'agreementFee', code: 'PARAMETER_MISSING' })],
      });
      const [row] = await server.dataSource.query('SELECT state FROM assessment_applications WHERE id = $1', [letter.id]);
      expect(row.state).toBe('letterIssued');
      expect(
        (await server.dataSource.query('SELECT count(*)::int AS n FROM assessment_fees WHERE application_id = $1', [letter.id]))[0].n,
      ).toBe(0);
    } finally {
      await server.dataSource.query("UPDATE service_agreements SET assessment_fee = '180.00' WHERE id = $1", [agreement.id]);
    }
  });
});
