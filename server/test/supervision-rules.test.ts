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
