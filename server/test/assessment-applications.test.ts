import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_CLAIMANT, claimantVars, RECORD_CONTRIBUTION } from './support/claimants.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  server = await startTestServer();
  for (const u of ['agency_officer', 'tpa_staff', 'inspector']) tokens[u] = await server.login(u);
});
afterAll(() => server?.stop());

const CREATE = `mutation ($c: ID!, $a: String!, $d: String!, $s: Boolean!, $m: [String!]) {
  createAssessmentApplication(claimantId: $c, appliedOn: $a, disabilitySince: $d, conditionStable: $s, missingMaterials: $m) {
    id state version allowedActions { action enabled blockedBy } } }`;
const STEP = `mutation ($id: ID!, $a: AssessmentApplicationAction!, $v: Int!, $r: String) {
  transitionAssessmentApplication(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state version history { action fromState toState } } }`;

async function claimant(category: string, arrival: string | null, token = tokens.agency_officer, place: Record<string, unknown> = {}) {
  const c = (await server.graphql(CREATE_CLAIMANT, claimantVars({ category, ...place }), token)).data?.createClaimant;
  if (arrival) await server.graphql(RECORD_CONTRIBUTION, { c: c.id, m: arrival.slice(0, 7), s: 'paid', a: '30.00', d: arrival }, token);
  return c.id as string;
}
const apply = async (c: string, over: Record<string, unknown> = {}, token = tokens.agency_officer) =>
  server.graphql(CREATE, { c, a: '2026-11-20', d: '2026-01-10', s: true, ...over }, token);

describe('assessment applications (issue 11, item 2: intake and acceptance)', () => {
  it('Qinhuangdao art. 17–18: an insured retiree’s application is accepted, then forwarded; each step in the history and the audit trail', async () => {
    const c = await claimant('retiree', '2026-07-20');
    const created = (await apply(c, {}, tokens.agency_officer)).data?.createAssessmentApplication;
    expect(created).toMatchObject({ state: 'submitted', version: 1 });
    expect(created.allowedActions.find((a: { action: string }) => a.action === 'accept')).toMatchObject({ enabled: true });
    const accepted = await server.graphql(STEP, { id: created.id, a: 'accept', v: 1 }, tokens.agency_officer);
    expect(accepted.data?.transitionAssessmentApplication).toMatchObject({ state: 'accepted', version: 2 });
    const forwarded = await server.graphql(STEP, { id: created.id, a: 'forward', v: 2 }, tokens.agency_officer);
    expect(forwarded.data?.transitionAssessmentApplication.history).toEqual([
      { action: 'accept', fromState: 'submitted', toState: 'accepted' },
      { action: 'forward', fromState: 'accepted', toState: 'forwarded' },
    ]);
    const audits = await server.dataSource.query(
      "SELECT count(*)::int AS n FROM audit_logs WHERE entity_type = 'AssessmentApplication' AND entity_id = $1",
      [created.id],
    );
    expect(audits[0].n).toBe(3);
  });

  it('Qinhuangdao art. 18: an employee in the waiting period (arrival 2026-07 → until 2027-01-01) is not accepted; NOT_ADMISSIBLE names the ground', async () => {
    const c = await claimant('employee', '2026-07-15');
    const a = (await apply(c)).data?.createAssessmentApplication;
    expect(a.allowedActions.find((x: { action: string }) => x.action === 'accept')).toMatchObject({
      enabled: false,
      blockedBy: ['NOT_ADMISSIBLE'],
    });
    const r = await server.graphql(STEP, { id: a.id, a: 'accept', v: 1 }, tokens.agency_officer);
    expect(r.errors?.[0].extensions).toMatchObject({
      reason: 'NOT_ADMISSIBLE',
      issues: [expect.objectContaining({ code: 'NOT_ADMISSIBLE', params: expect.objectContaining({ grounds: ['inWaitingPeriod'] }) })],
    });
    expect((await server.graphql(STEP, { id: a.id, a: 'refuse', v: 1, r: ' ' }, tokens.agency_officer)).errors?.[0].extensions.code).toBe(
      'BAD_USER_INPUT',
    );
    const refused = await server.graphql(
      STEP,
      { id: a.id, a: 'refuse', v: 1, r: '处于待遇等待期（秦皇岛细则第十八条）' },
      tokens.agency_officer,
    );
    expect(refused.data?.transitionAssessmentApplication.state).toBe('refused');
  });

  it('Qinhuangdao art. 17 ¶2, 60–62: the TPA takes the intake and asks for materials once; acceptance is the agency’s', async () => {
    // Tumxuk, the TPA's region: a retiree insured from 2026-09 (Tumxuk §5(五): no waiting period at launch)
    const c = await claimant('retiree', '2026-09-15', tokens.tpa_staff, { regionId: 'tumxuk', countyId: 'tmsk-r44' });
    const a = (await apply(c, { m: ['病历资料'] }, tokens.tpa_staff)).data?.createAssessmentApplication;
    const tpaAccept = await server.graphql(STEP, { id: a.id, a: 'accept', v: 1 }, tokens.tpa_staff);
    expect(tpaAccept.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    const asked = await server.graphql(STEP, { id: a.id, a: 'request_materials', v: 1, r: '请补正：病历资料' }, tokens.tpa_staff);
    expect(asked.data?.transitionAssessmentApplication.state).toBe('awaitingMaterials');
    const notYet = await server.graphql(STEP, { id: a.id, a: 'complete_materials', v: 2 }, tokens.tpa_staff);
    expect(notYet.errors?.[0].extensions).toMatchObject({ reason: 'MATERIALS_MISSING' });
    const stale = await server.graphql(STEP, { id: a.id, a: 'withdraw', v: 1, r: '申请人撤回' }, tokens.tpa_staff);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
  });

  it('bad input: a future or malformed date, nothing written; the inspector may read but not register', async () => {
    const c = await claimant('retiree', '2026-07-20');
    const before = (await server.dataSource.query('SELECT count(*)::int AS n FROM assessment_applications'))[0].n;
    const bad = await apply(c, { a: '2099-01-01', d: '2026-13-01' }, tokens.agency_officer);
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [
        { path: 'appliedOn', code: 'OUT_OF_RANGE' },
        { path: 'disabilitySince', code: 'INVALID_DATE' },
      ],
    });
    expect((await apply(c, {}, tokens.inspector)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await server.dataSource.query('SELECT count(*)::int AS n FROM assessment_applications'))[0].n).toBe(before);
  });

  it('Product rule: a page of applications with their allowed actions and deadlines takes the same statements for 2 rows as for 6 (no read per row)', async () => {
    for (let i = 0; i < 6; i++) await apply(await claimant('retiree', '2026-07-20'));
    const Q =
      'query ($n: Int) { allAssessmentApplications(perPage: $n) { id allowedActions { action enabled blockedBy } history { action } deadlines { issues { code } } } }';
    const ds = server.dataSource as unknown as { logger: { logQuery: (q: string) => void } };
    const original = ds.logger.logQuery;
    const count = async (n: number) => {
      const queries: string[] = [];
      ds.logger.logQuery = (q: string) => queries.push(q);
      try {
        const page = await server.graphql(Q, { n }, tokens.agency_officer);
        expect(page.data?.allAssessmentApplications).toHaveLength(n);
        // the accept action is judged on every row: the facts reached each one
        expect(
          page.data?.allAssessmentApplications.every((a: { allowedActions: { action: string }[] }) =>
            a.allowedActions.some((x) => x.action === 'accept'),
          ),
        ).toBe(true);
      } finally {
        ds.logger.logQuery = original;
      }
      return queries.length;
    };
    expect(await count(6)).toBe(await count(2));
  });
});
