import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seed/demo-data.js';
import { hashPassword } from '../src/modules/auth/password.js';
import { Fixtures, newCreditCode } from './support/operations.js';
import { readExport } from './support/read-export.js';
import { startTestServer, type TestServer } from './support/test-server.js';

/**
 * Designation applications of assessment institutions (Xinjiang art. 7–12, annexes 1–2) and
 * information changes (art. 21), over HTTP on real PostgreSQL, in Tumxuk (which applies the
 * Xinjiang rules). Two inspectors, so that nobody concludes what they approved.
 */
let server: TestServer;
let fx: Fixtures;
const tokens: Record<string, string> = {};
type Res = Awaited<ReturnType<TestServer['graphql']>>;
const err = (res: Res) => [res.errors?.[0]?.extensions.code, (res.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason];
const q = (sql: string, params: unknown[] = []) => server.dataSource.query(sql, params);
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const dayDiff = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

const APP = `id state version materials missingNotice acceptedOn pausedSince reviewTotal reviewBasicPassed publicityStart agreementId decisionReason
  reviewClock { due remainingDays pausedDays paused } allowedActions { action enabled blockedBy } history { action reason }`;
const CREATE = `mutation ($i: ID!, $m: [String!]!, $a: JSONObject) {
  createDesignationApplication(institutionId: $i, round: "2026-测试", applicationDate: "2026-11-20", materials: $m, annex1: $a) { ${APP} } }`;
const MOVE = `mutation ($id: ID!, $a: DesignationAction!, $v: Int!, $r: String) {
  transitionDesignationApplication(id: $id, action: $a, expectedVersion: $v, reason: $r) { ${APP} } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $m: [String!], $e: JSONObject, $p: [PanelMemberInput!], $s: SiteVisitInput, $d: String) {
  updateDesignationApplication(id: $id, expectedVersion: $v, materials: $m, reviewEntries: $e, panel: $p, siteVisit: $s, panelDecision: $d) { ${APP} } }`;
const SHOW = `query ($id: ID!) { DesignationApplication(id: $id) { ${APP} annex1 } }`;
const ALL = ['licence', 'representativeIdAndPledge', 'staffRoster', 'premisesProof', 'internalRules', 'itSystem'];

const move = async (id: string, action: string, who = 'a', reason?: string) => {
  const app = (await server.graphql(SHOW, { id }, tokens.a)).data?.DesignationApplication;
  return server.graphql(MOVE, { id, a: action, v: app.version, r: reason }, tokens[who]);
};

/** An assessment institution of Tumxuk whose records meet art. 6–7, with the annex 2 facts worked below. */
async function qualifiedInstitution(): Promise<string> {
  const [row] = await q(
    `INSERT INTO institutions (kind, name, credit_code, legal_representative, address, region_id, floor_area, tenure, zones,
       management_systems, systems_posted, home_visit_kit, info_system_name, platform_connected, security_policy, security_officer, electronic_archives)
     VALUES ('assessment', '定点测试评估中心', $1, '测试人', '测试路1号', 'tumxuk', 160, 'owned', ARRAY['consultation','office','archive','storage'],
       ARRAY['service','finance','statistics','internalControl','staff','archives','disputes'], ARRAY['service','finance','staff'], true,
       '失能评估系统', true, false, '李四', true) RETURNING id`,
    [newCreditCode()],
  );
  const staff: [string, string, string][] = [
    ['评估员甲', 'assessor', 'junior'],
    ['评估员乙', 'assessor', 'junior'],
    ['专家甲', 'expert', 'senior'],
    ['专家乙', 'expert', 'senior'],
    ['专家丙', 'expert', 'intermediate'],
    ['管理员甲', 'manager', 'none'],
    ['管理员乙', 'manager', 'none'],
    ['信息员', 'it', 'none'],
  ];
  for (const [name, role, title] of staff) {
    const [s] = await q(
      `INSERT INTO staff (institution_id, region_id, name, role, title, full_time, years_in_field) VALUES ($1, 'tumxuk', $2, $3, $4, true, 5) RETURNING id`,
      [row.id, name, role, title],
    );
    if (role === 'assessor' || role === 'expert')
      await q(`INSERT INTO staff_certificates (staff_id, name, expires_on) VALUES ($1, '评估员证', '2030-12-31')`, [s.id]);
  }
  return row.id;
}

beforeAll(async () => {
  server = await startTestServer();
  fx = new Fixtures(server.dataSource);
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const u of ['dg_inspector_a', 'dg_inspector_b'])
    await q(
      `WITH u AS (INSERT INTO users (username, display_name, password_hash, roles) VALUES ($1, $1, $2, ARRAY['inspector']) RETURNING id)
       INSERT INTO user_regions (user_id, region_id) SELECT id, 'tumxuk' FROM u`,
      [u, hash],
    );
  tokens.a = await server.login('dg_inspector_a');
  tokens.b = await server.login('dg_inspector_b');
});
afterAll(() => server?.stop());

describe('designation application, Xinjiang art. 7–11', () => {
  it('Xinjiang art. 8–11 and annex 2: submitted → supplement (clock paused) → review 96.00 → publicity ≥ 5 days → designated with a one-year draft agreement', async () => {
    const institution = await qualifiedInstitution();
    const created = await server.graphql(
      CREATE,
      { i: institution, m: ALL.slice(0, 5), a: { foundedOn: '2025-01-01', contactPhone: '13912345678' } },
      tokens.a,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data?.createDesignationApplication.id as string;
    expect((await move(id, 'accept')).data?.transitionDesignationApplication).toMatchObject({
      state: 'materials_check',
      acceptedOn: today(),
    });

    // art. 8: the missing art. 7(6) material blocks the check and is what the notice names
    expect(err(await move(id, 'pass_materials'))).toEqual(['BAD_USER_INPUT', 'DESIGNATION_MATERIALS_MISSING']);
    const asked = (await move(id, 'request_supplement')).data?.transitionDesignationApplication;
    expect(asked).toMatchObject({ state: 'supplementing', missingNotice: ['itSystem'], pausedSince: today() });
    // the clock as if accepted on 2026-09-01 and supplementing since 2026-11-01: 3 months → 2026-12-01, moved on by every paused day
    await q(`UPDATE designation_applications SET accepted_on = '2026-09-01', paused_since = '2026-11-01' WHERE id = $1`, [id]);
    const paused = (await server.graphql(SHOW, { id }, tokens.a)).data?.DesignationApplication;
    const pausedDays = dayDiff('2026-11-01', today());
    expect(paused.reviewClock).toEqual({
      due: shift('2026-12-01', pausedDays),
      remainingDays: pausedDays - dayDiff('2026-12-01', today()),
      pausedDays,
      paused: true,
    });
    expect((await server.graphql(UPDATE, { id, v: paused.version, m: ALL }, tokens.a)).errors).toBeUndefined();
    const back = (await move(id, 'receive_supplement')).data?.transitionDesignationApplication;
    expect(back).toMatchObject({ state: 'materials_check', pausedSince: null, reviewClock: { pausedDays, paused: false } });
    expect((await move(id, 'pass_materials')).data?.transitionDesignationApplication.state).toBe('review');

    // annex 2 by hand: 160 m² → 10 (capped); owned 5; four zones 10; kit 5; full-time manager 5; 5 of 5 certified 10;
    // 2 assessors, 3 experts, 2 managers, 1 IT → 15; 2 senior 10; 3 systems posted 6; system 10; no security policy 0;
    // named officer 2; electronic archives 5 = 93; the inspector saw the security policy on site: 3 → 96.00
    const review = (await server.graphql(SHOW, { id }, tokens.a)).data?.DesignationApplication;
    const records = (await server.graphql('query ($id: ID!) { designationReviewRecords(id: $id) }', { id }, tokens.a)).data
      ?.designationReviewRecords;
    expect(records.eligibility.status).toBe('eligible');
    const entries = {
      basic: { archives: { verdict: 'pass' } },
      items: { securityPolicy: { points: '3', reason: '现场核查已见信息安全内控制度文件' } },
    };
    const tooHigh = await server.graphql(
      UPDATE,
      { id, v: review.version, e: { items: { securityOfficer: { points: '3', reason: 'x' } } } },
      tokens.a,
    );
    expect(err(tooHigh)[0]).toBe('BAD_USER_INPUT');
    expect((tooHigh.errors?.[0]?.extensions as { issues?: unknown } | undefined)?.issues).toEqual([
      expect.objectContaining({ code: 'SCORE_ABOVE_MAX', path: 'items.securityOfficer.points' }),
    ]);
    // bad input: a basic line without a pass/fail verdict; and, before any verdict on 档案管理, approval is refused as incomplete
    const noVerdict = await server.graphql(UPDATE, { id, v: review.version, e: { basic: { archives: { verdict: 'maybe' } } } }, tokens.a);
    expect((noVerdict.errors?.[0]?.extensions as { issues?: unknown } | undefined)?.issues).toEqual([
      expect.objectContaining({ code: 'NOT_ALLOWED', path: 'basic.archives.verdict' }),
    ]);
    expect(err(await move(id, 'approve_review'))).toEqual(['BAD_USER_INPUT', 'DESIGNATION_REVIEW_INCOMPLETE']);
    // nothing written by the refused saves: the same version, no review total yet
    expect((await server.graphql(SHOW, { id }, tokens.a)).data?.DesignationApplication).toMatchObject({
      version: review.version,
      reviewTotal: review.reviewTotal,
    });
    const scored = (await server.graphql(UPDATE, { id, v: review.version, e: entries }, tokens.a)).data?.updateDesignationApplication;
    expect(scored).toMatchObject({ reviewTotal: '96.00', reviewBasicPassed: true });
    // art. 9: a panel without a finance member and without a site visit cannot approve
    expect(err(await move(id, 'approve_review'))).toEqual(['BAD_USER_INPUT', 'DESIGNATION_PANEL_INCOMPLETE']);
    const panel = [
      { name: '王长护', field: 'ltciManagement' },
      { name: '李医保', field: 'medicalSecurity' },
      { name: '赵卫健', field: 'health', unit: '卫健委' },
      { name: '钱财务', field: 'finance' },
      { name: '孙信息', field: 'it' },
    ];
    const withPanel = await server.graphql(
      UPDATE,
      {
        id,
        v: scored.version,
        p: panel,
        s: { date: today(), inspectors: '王长护、孙信息', findings: '场所、设备与材料一致' },
        d: '集体评议：同意通过',
      },
      tokens.a,
    );
    expect(withPanel.errors).toBeUndefined();
    expect((await move(id, 'approve_review')).data?.transitionDesignationApplication).toMatchObject({
      state: 'publicity',
      publicityStart: today(),
    });

    // art. 9: publicity runs ≥ 5 days; the approver does not conclude alone
    expect(err(await move(id, 'conclude', 'b'))).toEqual(['BAD_USER_INPUT', 'DESIGNATION_PUBLICITY_SHORT']);
    await q('UPDATE designation_applications SET publicity_start = $2 WHERE id = $1', [id, shift(today(), -5)]);
    expect(err(await move(id, 'conclude', 'a'))).toEqual(['FORBIDDEN', 'SAME_PERSON']);
    const done = (await move(id, 'conclude', 'b')).data?.transitionDesignationApplication;
    expect(done).toMatchObject({ state: 'designated' });
    // art. 10: a draft agreement, normally one year: the start day included, it ends the day before the anniversary
    const [agreement] = await q('SELECT state, start_date::text AS s, end_date::text AS e FROM service_agreements WHERE id = $1', [
      done.agreementId,
    ]);
    const [y, m, d] = today().split('-').map(Number);
    expect(agreement).toEqual({ state: 'draft', s: today(), e: new Date(Date.UTC(y + 1, m - 1, d - 1)).toISOString().slice(0, 10) });
    expect(done.history.map((h: { action: string }) => h.action)).toEqual([
      'accept',
      'request_supplement',
      'receive_supplement',
      'pass_materials',
      'approve_review',
      'conclude',
    ]);
    // the contact phone is masked
    expect((await server.graphql(SHOW, { id }, tokens.a)).data?.DesignationApplication.annex1.contactPhone).toBe('139****5678');
  });

  it('Xinjiang art. 12(1), (2), (5), (6): each ground from the institution’s history refuses acceptance, named with its article', async () => {
    const groundsOf = async (institution: string) => {
      const app = (await server.graphql(CREATE, { i: institution, m: ALL }, tokens.a)).data?.createDesignationApplication;
      const res = await server.graphql(MOVE, { id: app.id, a: 'accept', v: app.version }, tokens.a);
      return [
        err(res)[1],
        (res.errors?.[0]?.extensions as { issues?: { params: { grounds?: string } }[] } | undefined)?.issues?.[0]?.params.grounds,
      ];
    };
    // art. 12(2): its agreement was terminated for violations on 2025-06-01, less than 3 years ago
    const violated = await qualifiedInstitution();
    await q(
      `INSERT INTO service_agreements (institution_id, region_id, number, start_date, end_date, state, termination_kind, termination_date, prepared_by)
       SELECT $1, 'tumxuk', '违规解除〔2025〕1号', '2025-01-01', '2025-12-31', 'terminated', 'violation', '2025-06-01', id FROM users WHERE username = 'admin'`,
      [violated],
    );
    expect(await groundsOf(violated)).toEqual(['DESIGNATION_REFUSAL_GROUND', 'Xinjiang art. 12(2)']);
    // art. 12(5): under investigation; once the investigation is closed the application is accepted
    const investigated = await qualifiedInstitution();
    const finding = await server.graphql(
      `mutation ($i: ID!) { recordInstitutionFinding(institutionId: $i, kind: investigation, foundOn: "2026-10-01", note: "涉嫌虚构评估") { id } }`,
      { i: investigated },
      tokens.a,
    );
    expect(finding.errors).toBeUndefined();
    expect(await groundsOf(investigated)).toEqual(['DESIGNATION_REFUSAL_GROUND', 'Xinjiang art. 12(5)']);
    const closed = await server.graphql(
      `mutation ($id: ID!, $d: String!) { closeInstitutionFinding(id: $id, closedOn: $d) { closedOn } }`,
      { id: finding.data?.recordInstitutionFinding.id, d: today() },
      tokens.a,
    );
    expect(closed.errors).toBeUndefined();
    // the close takes effect the day after it (closed on today: still open today), so the check reads tomorrow's state only then
    await q(`UPDATE institution_findings SET closed_on = $2 WHERE institution_id = $1`, [investigated, shift(today(), -1)]);
    expect(await groundsOf(investigated)).toEqual([undefined, undefined]);
    // art. 12(1) and (6): a forgery found 2024-06-01 (< 3 years), and its shareholder set up a care institution of the region
    const both = await qualifiedInstitution();
    await q(
      `INSERT INTO institution_findings (institution_id, region_id, kind, found_on, note, recorded_by)
             SELECT $1, 'tumxuk', 'forgery', '2024-06-01', '伪造人员花名册', id FROM users WHERE username = 'admin'`,
      [both],
    );
    const care = await fx.institution('tumxuk');
    await q(`UPDATE institutions SET kind = 'care', care_subtype = 'medical' WHERE id = $1`, [care]);
    for (const [i, role] of [
      [both, 'shareholder'],
      [care, 'legalRepresentative'],
    ])
      await q(
        `INSERT INTO institution_related_persons (institution_id, region_id, role, name, id_number) VALUES ($1, 'tumxuk', $2, '周某', '110101199003070011')`,
        [i, role],
      );
    expect(await groundsOf(both)).toEqual(['DESIGNATION_REFUSAL_GROUND', 'Xinjiang art. 12(1)、Xinjiang art. 12(6)']);
  });

  it('Xinjiang annex 2: a round is ranked by score; a failed basic line is not ranked', async () => {
    const res = await server.graphql(
      `query { designationRanking(regionId: "tumxuk", round: "2026-测试") { total basicPassed rank } }`,
      {},
      tokens.a,
    );
    expect(res.data?.designationRanking).toEqual([{ total: '96.00', basicPassed: true, rank: 1 }]);
  });

  it('Xinjiang annex 2: the round’s ranking exports to .xlsx with the same rank and score (96.00); region and round required', async () => {
    const { status, rows } = await readExport(server.url, tokens.a, 'DesignationRanking', { regionId: 'tumxuk', round: '2026-测试' });
    expect(status).toBe(200);
    expect(rows[0]).toEqual(['名次', '申请机构', '基础指标', '差异化指标得分', '状态']);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[3]])).toEqual([[1, '全部合格', '96.00']]);
    expect(await readExport(server.url, tokens.a, 'DesignationRanking', { regionId: 'tumxuk' })).toMatchObject({
      status: 400,
      reason: 'RANKING_NEEDS_REGION_ROUND',
    });
  });
});

describe('Xinjiang art. 8: the review deadline on the to-do list', () => {
  it('Xinjiang art. 8: accepted on the 1st three months ago, no pause → due the 1st of this month, on the to-do list, overdue', async () => {
    const [y, m] = today().split('-').map(Number);
    const back = new Date(Date.UTC(y, m - 1 - 3, 1)).toISOString().slice(0, 10);
    const due = `${today().slice(0, 7)}-01`;
    const institution = await qualifiedInstitution();
    const app = (await server.graphql(CREATE, { i: institution, m: ALL }, tokens.a)).data?.createDesignationApplication;
    await q(`UPDATE designation_applications SET state = 'review', accepted_on = $2 WHERE id = $1`, [app.id, back]);
    const todos = (await server.graphql('query { myTodos { kind dueDate daysLeft record { id } } }', {}, tokens.a)).data?.myTodos;
    expect(todos.find((t: { record: { id: string } }) => t.record.id === app.id)).toEqual({
      kind: 'designationReview',
      dueDate: due,
      daysLeft: -dayDiff(due, today()),
      record: { id: app.id },
    });
  });
});

describe('information change, Xinjiang art. 21', () => {
  const RECORD = `mutation ($i: ID!, $d: String!) { recordInstitutionInfoChange(institutionId: $i, approvalDate: $d, changes: ["legalRepresentative"]) { id } }`;
  const APPLY = `mutation ($id: ID!, $d: String!) { applyInstitutionInfoChange(id: $id, appliedOn: $d) { appliedOn dueOn late } }`;
  const CONCLUDE = `mutation ($id: ID!, $q: Boolean!, $c: String!) {
    concludeInstitutionInfoChange(id: $id, qualifiesAfterChange: $q, conclusion: $c) { qualifiesAfter agreementId } }`;

  it('Xinjiang art. 21: approved 2026-09-14, 30 working days on the official calendar (09-20 and 10-10 worked; 09-25–27 and 10-01–07 off) → due 2026-10-30', async () => {
    const onTime = await fx.institution('tumxuk');
    const late = await fx.institution('tumxuk');
    const a = (await server.graphql(RECORD, { i: onTime, d: '2026-09-14' }, tokens.a)).data?.recordInstitutionInfoChange.id;
    const b = (await server.graphql(RECORD, { i: late, d: '2026-09-14' }, tokens.a)).data?.recordInstitutionInfoChange.id;
    const applied = await server.graphql(APPLY, { id: a, d: '2026-10-30' }, tokens.a);
    expect(applied.errors).toBeUndefined();
    expect(applied.data?.applyInstitutionInfoChange).toEqual({
      appliedOn: '2026-10-30',
      dueOn: '2026-10-30',
      late: false,
    });
    expect((await server.graphql(APPLY, { id: b, d: '2026-11-02' }, tokens.a)).data?.applyInstitutionInfoChange).toMatchObject({
      late: true,
    });
  });

  it('Xinjiang art. 21: no change may be applied for while the institution is under investigation; nothing is written', async () => {
    const i = await fx.institution('tumxuk');
    const id = (await server.graphql(RECORD, { i, d: '2026-10-12' }, tokens.a)).data?.recordInstitutionInfoChange.id;
    await server.graphql(
      `mutation ($i: ID!) { recordInstitutionFinding(institutionId: $i, kind: investigation, foundOn: "2026-10-20", note: "涉嫌违规") { id } }`,
      { i },
      tokens.a,
    );
    expect(err(await server.graphql(APPLY, { id, d: '2026-10-26' }, tokens.a))).toEqual(['CONFLICT', 'INFO_CHANGE_UNDER_INVESTIGATION']);
    expect((await q('SELECT applied_on FROM institution_info_changes WHERE id = $1', [id]))[0].applied_on).toBeNull();
  });

  it('Xinjiang art. 21: no longer qualifying proposes the agreement’s termination, which the proposer cannot approve and a colleague can', async () => {
    const i = await fx.institution('tumxuk');
    const [agreement] = await q(
      `INSERT INTO service_agreements (institution_id, region_id, number, start_date, end_date, state, prepared_by)
       SELECT $1, 'tumxuk', '变更测试〔2026〕1号', '2026-01-01', '2026-12-31', 'active', id FROM users WHERE username = 'admin' RETURNING id`,
      [i],
    );
    const id = (await server.graphql(RECORD, { i, d: '2026-10-12' }, tokens.a)).data?.recordInstitutionInfoChange.id;
    await server.graphql(APPLY, { id, d: '2026-10-20' }, tokens.a);
    const concluded = await server.graphql(CONCLUDE, { id, q: false, c: '新法定代表人被列入失信人名单' }, tokens.a);
    expect(concluded.data?.concludeInstitutionInfoChange).toEqual({ qualifiesAfter: false, agreementId: agreement.id });
    const [pending] = await q('SELECT state, termination_kind, version FROM service_agreements WHERE id = $1', [agreement.id]);
    expect(pending).toMatchObject({ state: 'termination_pending', termination_kind: 'no_longer_qualifies' });
    const APPROVE = `mutation ($id: ID!, $v: Int!) { transitionServiceAgreement(id: $id, action: approve_termination, expectedVersion: $v) { state } }`;
    expect(err(await server.graphql(APPROVE, { id: agreement.id, v: pending.version }, tokens.a))).toEqual(['FORBIDDEN', 'SAME_PERSON']);
    expect((await server.graphql(APPROVE, { id: agreement.id, v: pending.version }, tokens.b)).data?.transitionServiceAgreement.state).toBe(
      'terminated',
    );
  });
});
