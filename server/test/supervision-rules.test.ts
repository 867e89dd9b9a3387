import { addDays } from '@ltci/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../src/common/today.js';
import { Fixtures } from './support/operations.js';
import { startTestServer, type TestServer } from './support/test-server.js';

/**
 * Supervision rules over HTTP on real PostgreSQL: rectifications overdue by the date alone
 * (Qinhuangdao art. 68), the art. 71 restriction period on restoring a suspended institution,
 * and assessment quality computed from the assessment records (Xinjiang art. 26).
 */
let server: TestServer;
let fx: Fixtures;
const tokens: Record<string, string> = {};
const today = todayInChina();
type Res = Awaited<ReturnType<TestServer['graphql']>>;
const err = (res: Res) => [res.errors?.[0]?.extensions.code, (res.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason];
const count = async (sql: string, params: unknown[] = []) => Number((await server.dataSource.query(sql, params))[0].n);

const ORDER = `mutation ($f: ID!, $d: String!) { orderRectification(findingId: $f, dueOn: $d, requirement: "完善服务记录") { id state version } }`;
const IMPOSE = `mutation ($f: ID!, $k: ConsequenceKind!, $u: String) {
  imposeConsequence(findingId: $f, kind: $k, reason: "拒不整改", restrictedUntil: $u) { id kind restrictedUntil agreementId } }`;
const AGREEMENT = `query ($id: ID!) { ServiceAgreement(id: $id) { state version allowedActions { action enabled blockedBy } } }`;
const STEP = `mutation ($id: ID!, $a: AgreementAction!, $v: Int!) { transitionServiceAgreement(id: $id, action: $a, expectedVersion: $v) { id state } }`;

beforeAll(async () => {
  server = await startTestServer();
  fx = new Fixtures(server.dataSource);
  for (const u of ['inspector', 'inspector2', 'admin', 'agency_officer']) tokens[u] = await server.login(u);
});
afterAll(() => server?.stop());

describe('rectifications overdue by the date (Qinhuangdao art. 68)', () => {
  it('Qinhuangdao art. 68: an order due yesterday is overdue with no manual step; one due today is not — on the record, the filter, the dashboard and the to-do list', async () => {
    const finding = await fx.finding('qinhuangdao');
    // ordered today, due today; then the orders are moved back in time, as the calendar would
    const a = (await server.graphql(ORDER, { f: finding, d: today }, tokens.inspector)).data?.orderRectification;
    const b = (await server.graphql(ORDER, { f: finding, d: today }, tokens.inspector)).data?.orderRectification;
    expect([a?.state, b?.state]).toEqual(['ordered', 'ordered']);
    await server.dataSource.query('UPDATE rectifications SET ordered_on = $2, due_on = $3 WHERE id = $1', [
      a.id,
      addDays(today, -10),
      addDays(today, -1),
    ]);
    await server.dataSource.query('UPDATE rectifications SET ordered_on = $2 WHERE id = $1', [b.id, addDays(today, -10)]);
    const SHOW = 'query ($id: ID!) { Rectification(id: $id) { state dueOn allowedActions { action enabled } } }';
    const shownA = (await server.graphql(SHOW, { id: a.id }, tokens.inspector)).data?.Rectification;
    const shownB = (await server.graphql(SHOW, { id: b.id }, tokens.inspector)).data?.Rectification;
    // due yesterday: today > due → overdue; due today: today = due → still ordered
    expect(shownA.state).toBe('overdue');
    expect(shownB.state).toBe('ordered');
    // no manual "mark overdue" action is offered any more
    expect(shownA.allowedActions.map((x: { action: string }) => x.action)).not.toContain('mark_overdue');
    // the stored row is unchanged: the state is computed from the date
    expect((await server.dataSource.query('SELECT state FROM rectifications WHERE id = $1', [a.id]))[0].state).toBe('ordered');
    const LIST =
      'query ($s: RectificationState) { allRectifications(filter: { state: $s, regionId: "qinhuangdao" }, perPage: 500) { id state } }';
    const overdue = (await server.graphql(LIST, { s: 'overdue' }, tokens.inspector)).data?.allRectifications.map(
      (r: { id: string }) => r.id,
    );
    const ordered = (await server.graphql(LIST, { s: 'ordered' }, tokens.inspector)).data?.allRectifications.map(
      (r: { id: string }) => r.id,
    );
    expect(overdue).toContain(a.id);
    expect(overdue).not.toContain(b.id);
    expect(ordered).toContain(b.id);
    expect(ordered).not.toContain(a.id);
    const dash = await server.graphql('{ supervisionDashboard(regionId: "qinhuangdao") { overdueRectifications } }', {}, tokens.inspector);
    const storedOverdue = await count(
      `SELECT count(*) AS n FROM rectifications WHERE region_id = 'qinhuangdao' AND (state = 'overdue' OR (state = 'ordered' AND due_on < $1))`,
      [today],
    );
    expect(dash.data?.supervisionDashboard.overdueRectifications).toBe(storedOverdue);
    expect(storedOverdue).toBeGreaterThanOrEqual(1);
    const todos = (await server.graphql('{ myTodos { kind record { id } daysLeft colour } }', {}, tokens.inspector)).data?.myTodos ?? [];
    const todoA = todos.find((t: { record: { id: string } }) => t.record.id === a.id);
    const todoB = todos.find((t: { record: { id: string } }) => t.record.id === b.id);
    // due yesterday: −1 day left, red (overdue); due today: 0 days left, not red
    expect(todoA).toMatchObject({ kind: 'rectificationDue', daysLeft: -1, colour: 'red' });
    expect(todoB).toMatchObject({ kind: 'rectificationDue', daysLeft: 0 });
    expect(todoB.colour).not.toBe('red');
    // an overdue order may still be rectified, and a second inspector verifies it
    const STEP_R = `mutation ($id: ID!, $a: RectificationAction!, $v: Int!, $r: String) { transitionRectification(id: $id, action: $a, expectedVersion: $v, reason: $r) { id state version } }`;
    const reported = await server.graphql(STEP_R, { id: a.id, a: 'report_rectified', v: a.version, r: '已补齐服务记录' }, tokens.inspector);
    expect(reported.data?.transitionRectification.state).toBe('rectified');
    const [step] = await server.dataSource.query(
      "SELECT from_state, to_state FROM workflow_history WHERE workflow = 'rectification' AND record_id = $1",
      [a.id],
    );
    expect(step).toEqual({ from_state: 'ordered', to_state: 'rectified' });
  });
});

describe('Qinhuangdao art. 71: a suspended institution is restored only after its period', () => {
  it('Qinhuangdao art. 71: a suspension without its period is RESTRICTION_PERIOD_REQUIRED, one ending before the decision RESTRICTION_UNTIL_BEFORE_DECISION; nothing written', async () => {
    const finding = await fx.finding('qinhuangdao');
    const before = await count('SELECT count(*) AS n FROM supervision_consequences');
    expect(err(await server.graphql(IMPOSE, { f: finding, k: 'suspension' }, tokens.inspector))).toEqual([
      'BAD_USER_INPUT',
      'RESTRICTION_PERIOD_REQUIRED',
    ]);
    expect(err(await server.graphql(IMPOSE, { f: finding, k: 'suspension', u: addDays(today, -1) }, tokens.inspector))).toEqual([
      'BAD_USER_INPUT',
      'RESTRICTION_UNTIL_BEFORE_DECISION',
    ]);
    expect(err(await server.graphql(IMPOSE, { f: finding, k: 'referral', u: addDays(today, 5) }, tokens.inspector))).toEqual([
      'BAD_USER_INPUT',
      'RESTRICTION_NOT_APPLICABLE',
    ]);
    expect(await count('SELECT count(*) AS n FROM supervision_consequences')).toBe(before);
  });

  it('Qinhuangdao art. 71: resuming the agreement on the last day of the suspension is RESTRICTION_PERIOD_NOT_ENDED; the day after it resumes', async () => {
    const finding = await fx.finding('qinhuangdao');
    const [{ institution_id: institution }] = await server.dataSource.query(
      'SELECT institution_id FROM inspection_findings WHERE id = $1',
      [finding],
    );
    const [agreement] = await server.dataSource.query(
      `INSERT INTO service_agreements (institution_id, region_id, number, start_date, end_date, state, prepared_by)
       SELECT $1, 'qinhuangdao', $2, $3, $4, 'active', id FROM users WHERE username = 'admin' RETURNING id`,
      [institution, `秦暂停〔2026〕${Date.now() % 100000}号`, addDays(today, -100), addDays(today, 300)],
    );
    // suspended until today: today is its last day
    const imposed = await server.graphql(IMPOSE, { f: finding, k: 'suspension', u: today }, tokens.inspector);
    expect(imposed.errors).toBeUndefined();
    expect(imposed.data?.imposeConsequence).toMatchObject({ kind: 'suspension', restrictedUntil: today, agreementId: agreement.id });
    const shown = (await server.graphql(AGREEMENT, { id: agreement.id }, tokens.agency_officer)).data?.ServiceAgreement;
    expect(shown.state).toBe('suspended');
    expect(shown.allowedActions.find((x: { action: string }) => x.action === 'resume')).toMatchObject({
      enabled: false,
      blockedBy: ['RESTRICTION_PERIOD_NOT_ENDED'],
    });
    const steps = await count("SELECT count(*) AS n FROM workflow_history WHERE workflow = 'serviceAgreement' AND record_id = $1", [
      agreement.id,
    ]);
    const hit = await server.graphql(STEP, { id: agreement.id, a: 'resume', v: shown.version }, tokens.agency_officer);
    expect(err(hit)).toEqual(['BAD_USER_INPUT', 'RESTRICTION_PERIOD_NOT_ENDED']);
    expect(hit.errors?.[0]?.message).toContain('第七十一条');
    expect(
      await count("SELECT count(*) AS n FROM workflow_history WHERE workflow = 'serviceAgreement' AND record_id = $1", [agreement.id]),
    ).toBe(steps);
    // the period moved to yesterday (as the calendar would): it has ended, and the new application is approved
    await server.dataSource.query('UPDATE supervision_consequences SET decided_on = $2, restricted_until = $3 WHERE id = $1', [
      imposed.data?.imposeConsequence.id,
      addDays(today, -30),
      addDays(today, -1),
    ]);
    const miss = await server.graphql(STEP, { id: agreement.id, a: 'resume', v: shown.version }, tokens.agency_officer);
    expect(miss.errors).toBeUndefined();
    expect(miss.data?.transitionServiceAgreement.state).toBe('active');
  });
});

describe('assessment quality from the assessment records (Xinjiang art. 26; Qinhuangdao art. 23–25)', () => {
  it('Xinjiang art. 26: grade distance, re-assessment changed share, days and late letters of seeded institutions worked out by hand; outliers on the dashboard; the changed share feeds the risk score', async () => {
    // the demo's own conclusions are moved out of the 12-month window: the region is the three seeded institutions
    await server.dataSource.query("UPDATE assessment_applications SET concluded_on = concluded_on - 400 WHERE region_id = 'tumxuk'");
    const [A, B, C] = [await fx.institution('tumxuk'), await fx.institution('tumxuk'), await fx.institution('tumxuk')];
    const claimant = (await fx.claimant('tumxuk')).id;
    const concluded = addDays(today, -20);
    const conclusion = async (
      institution: string,
      grade: number,
      days: number,
      o: { late?: boolean; letter?: boolean; kind?: string; first?: string; drawn?: string[] } = {},
    ): Promise<string> =>
      (
        await server.dataSource.query(
          `INSERT INTO assessment_applications (region_id, claimant_id, kind, state, prepared_by, applied_on, disability_since, condition_stable,
             institution_id, dispatched_on, concluded_on, recorded_grade, letter_issued_on, letter_late_reason, first_application_id, drawn_ids)
           SELECT 'tumxuk', $1, $2, 'final', id, $3, '2025-01-01', true, $4, $5, $3, $6, $7, $8, $9, $10::uuid[] FROM users WHERE username = 'admin' RETURNING id`,
          [
            claimant,
            o.kind ?? 'initial',
            concluded,
            institution,
            addDays(concluded, -days),
            grade,
            o.letter === false ? null : concluded,
            o.late ? '送达地址变更' : null,
            o.first ?? null,
            o.drawn ?? [],
          ],
        )
      )[0].id;
    // A's assessors: X drawn for its grade-1 and grade-2 conclusions, Y for its grade-3 ones
    const assessor = async (name: string) =>
      (
        await server.dataSource.query(
          `INSERT INTO staff (institution_id, region_id, name, role, title, full_time) VALUES ($1, 'tumxuk', $2, 'assessor', 'none', true) RETURNING id`,
          [A, name],
        )
      )[0].id as string;
    const [X, Y] = [await assessor('评估员甲'), await assessor('评估员乙')];
    // A: grades 1×2, 2×3, 3×5; 10 days each; 10 letters, 2 of them late
    const a3: string[] = [];
    for (const [g, n] of [
      [1, 2],
      [2, 3],
      [3, 5],
    ])
      for (let i = 0; i < n; i++) {
        const id = await conclusion(A, g, 10, { late: g === 1, drawn: [g === 3 ? Y : X] });
        if (g === 3) a3.push(id);
      }
    // B: grades 1×5, 2×3, 3×2; 20 days each; 10 letters, none late
    for (const [g, n] of [
      [1, 5],
      [2, 3],
      [3, 2],
    ])
      for (let i = 0; i < n; i++) await conclusion(B, g, 20);
    // C re-assesses four of A's grade-3 conclusions on dispute: 3, 3, 3 and 2 (one changed); 5 days each, no letter yet
    for (const [i, g] of [3, 3, 3, 2].entries()) await conclusion(C, g, 5, { kind: 'dispute', first: a3[i], letter: false });

    const Q = `query { assessmentQuality(regionId: "tumxuk") { unitId name conclusions distance reviewed changed changedShare meanDays letters lateLetters lateLetterShare outlier reasons trace { rule citation inputs } } }`;
    const rows = (await server.graphql(Q, {}, tokens.admin)).data?.assessmentQuality as Record<string, unknown>[];
    const of = (id: string) => rows.find((r) => r.unitId === id) as Record<string, unknown>;
    // region: grade 1: 2+5 = 7, grade 2: 3+3+1 = 7, grade 3: 5+2+3 = 10, of 24
    // A: ½(|2/10 − 7/24| + |3/10 − 7/24| + |5/10 − 10/24|) = ½(11 + 1 + 10)/120 = 11/120 = 0.0917
    // B: ½(|5/10 − 7/24| + |3/10 − 7/24| + |2/10 − 10/24|) = ½(25 + 1 + 26)/120 = 26/120 = 0.2167 > 0.2
    // C: ½(7/24 + |1/4 − 7/24| + |3/4 − 10/24|) = ½(35 + 5 + 40)/120 = 40/120 = 0.3333, but 4 < 10 conclusions
    // region mean days (10×10 + 10×20 + 4×5) / 24 = 320/24 = 13.33; ×1.5 = 20: B's 20 is not above it (boundary)
    // A: 1 of its 4 re-assessed conclusions changed = 0.25 > 0.1; 2 of 10 letters late = 0.2 > 0.1
    expect(of(A)).toMatchObject({
      conclusions: 10,
      distance: '0.0917',
      reviewed: 4,
      changed: 1,
      changedShare: '0.25',
      meanDays: '10',
      letters: 10,
      lateLetters: 2,
      lateLetterShare: '0.2',
      outlier: true,
      reasons: ['CHANGED_SHARE', 'LATE_LETTERS'],
    });
    expect(of(B)).toMatchObject({
      conclusions: 10,
      distance: '0.2167',
      reviewed: 0,
      changedShare: null,
      meanDays: '20',
      lateLetterShare: '0',
      outlier: true,
      reasons: ['GRADE_DISTRIBUTION'],
    });
    expect(of(C)).toMatchObject({
      conclusions: 4,
      distance: '0.3333',
      meanDays: '5',
      letters: 0,
      lateLetterShare: null,
      outlier: false,
      reasons: [],
    });
    const trace = (of(A).trace as { rule: string; citation: string; inputs: Record<string, unknown> }[])[0];
    expect(trace.citation).toContain('Xinjiang art. 26');
    expect(trace.inputs).toMatchObject({ region: { '1': 7, '2': 7, '3': 10 }, regionMeanDays: '13.33', reviewed: 4, changed: 1 });
    // one institution asked for alone, as on its page
    const one = await server.graphql(
      'query ($i: ID) { assessmentQuality(regionId: "tumxuk", institutionId: $i) { unitId distance } }',
      { i: A },
      tokens.admin,
    );
    expect(one.data?.assessmentQuality).toEqual([{ unitId: A, distance: '0.0917' }]);
    const dash = (
      await server.graphql('{ supervisionDashboard(regionId: "tumxuk") { qualityOutliers { unitId reasons } dataGaps } }', {}, tokens.admin)
    ).data?.supervisionDashboard;
    expect(dash.qualityOutliers.map((q: { unitId: string }) => q.unitId).sort()).toEqual([A, B].sort());
    expect(dash.dataGaps.join()).not.toContain('评估质量');
    // risk: A's grade changes 1/4 × 20 = 5.00; B has conclusions and none re-assessed: 0.00 (data, not "no data")
    // the whole ranking (the dashboard shows its top 20)
    const ranking = (
      await server.graphql(
        '{ institutionRiskRanking(regionId: "tumxuk") { institutionId components { id status points } } }',
        {},
        tokens.admin,
      )
    ).data?.institutionRiskRanking;
    const grade = (id: string) =>
      ranking
        .find((r: { institutionId: string }) => r.institutionId === id)
        ?.components.find((c: { id: string }) => c.id === 'gradeChanges');
    expect(grade(A)).toEqual({ id: 'gradeChanges', status: 'data', points: '5.00' });
    expect(grade(B)).toEqual({ id: 'gradeChanges', status: 'data', points: '0.00' });
    // per assessor (Xinjiang art. 26: 评估人员): X 5 conclusions (1×2, 2×3), Y 5 (3×5); their region 1: 2, 2: 3, 3: 5 of 10
    // X: ½(|0.4 − 0.2| + |0.6 − 0.3| + |0 − 0.5|) = 0.5, 2 of 5 letters late = 0.4; Y: ½(0.2 + 0.3 + 0.5) = 0.5, 1 of 4 re-assessed changed
    // fewer than 10 conclusions each: shown, never flagged
    const byAssessor = (
      await server.graphql(
        'query ($i: ID) { assessmentQuality(regionId: "tumxuk", institutionId: $i, byAssessor: true) { unitId name conclusions distance changedShare lateLetterShare meanDays outlier } }',
        { i: A },
        tokens.admin,
      )
    ).data?.assessmentQuality;
    expect(byAssessor).toEqual(
      [
        {
          unitId: X,
          name: '评估员甲',
          conclusions: 5,
          distance: '0.5',
          changedShare: null,
          lateLetterShare: '0.4',
          meanDays: '10',
          outlier: false,
        },
        {
          unitId: Y,
          name: '评估员乙',
          conclusions: 5,
          distance: '0.5',
          changedShare: '0.25',
          lateLetterShare: '0',
          meanDays: '10',
          outlier: false,
        },
      ].sort((p, q) => (p.unitId < q.unitId ? -1 : 1)),
    );
    // the inspector of Qinhuangdao cannot read Tumxuk's quality
    const other = await server.graphql(Q, {}, tokens.inspector);
    expect(other.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
