import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_CLAIMANT, claimantVars, RECORD_CONTRIBUTION } from './support/claimants.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
const tokens: Record<string, string> = {};
let institutions: { id: string; pool: { id: string; role: string; removed: boolean; trained: boolean }[] }[] = [];
beforeAll(async () => {
  server = await startTestServer();
  for (const u of ['agency_officer', 'admin', 'tpa_qhd', 'inspector']) tokens[u] = await server.login(u);
  const rows: { id: string }[] = await server.dataSource.query(
    `SELECT i.id FROM institutions i WHERE i.kind = 'assessment' AND i.region_id = 'qinhuangdao'
       AND EXISTS (SELECT 1 FROM service_agreements g WHERE g.institution_id = i.id AND g.state = 'active') ORDER BY i.id`,
  );
  for (const { id } of rows) {
    const pool = await server.dataSource.query(
      `SELECT s.id, s.role, s.removed_for IS NOT NULL AS removed,
         EXISTS (SELECT 1 FROM assessor_trainings t WHERE t.staff_id = s.id AND t.passed) AS trained
       FROM staff s WHERE s.institution_id = $1 AND s.role IN ('assessor','expert') ORDER BY s.id`,
      [id],
    );
    institutions.push({ id, pool });
  }
  institutions = institutions.filter((i) => i.pool.filter((p) => !p.removed && p.trained && p.role === 'expert').length >= 2);
});
afterAll(() => server?.stop());

const FIELDS = `id kind state version firstApplicationId institutionId drawnIds drawnExpertIds computedGrade recordedGrade
  deadlines { deadlines { key due status severity citation } issues { deadline code message } }
  draw { seed candidates { id eligible drawn isExpert exclusions { reason citation } } }
  fees { payer amount month assessmentInstitutionId settlementId }`;
const STEP = `mutation ($id: ID!, $a: AssessmentApplicationAction!, $v: Int!, $r: String, $i: JSONObject) {
  transitionAssessmentApplication(id: $id, action: $a, expectedVersion: $v, reason: $r, input: $i) { ${FIELDS} } }`;
const DRAW = `mutation ($id: ID!, $v: Int!, $s: Float) { drawAssessmentAssessors(id: $id, expectedVersion: $v, seed: $s) { ${FIELDS} } }`;
const ONSITE = `mutation ($id: ID!, $v: Int!, $on: String!, $sc: ItemScoresInput!, $g: Boolean!, $p: String) {
  saveAssessmentOnsiteRecord(id: $id, expectedVersion: $v, onsiteOn: $on, scores: $sc, guardianPresent: $g, presentPerson: $p, notes: "卧床") { ${FIELDS} } }`;
const RELATION = 'mutation ($s: ID!, $c: ID!) { declareAssessorRelation(staffId: $s, claimantId: $c, relation: "表兄弟") { id } }';
const GET = `query ($id: ID!) { AssessmentApplication(id: $id) { ${FIELDS} } }`;

/** By hand from the national standard: ADL 25 (severe, 0–40), cognition 6 (mild, 4–15), perception 8 (mild, 4–11) → matrix[severe][mild] = 3. */
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

type App = { id: string; version: number; state: string; [k: string]: unknown };
const ok = (r: { data?: Record<string, App> | null; errors?: unknown[] }) => {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return Object.values(r.data ?? {})[0] as App;
};
const step = (a: App, action: string, input?: Record<string, unknown>, token = tokens.agency_officer, reason?: string) =>
  server.graphql(STEP, { id: a.id, a: action, v: a.version, r: reason, i: input }, token);
const TODAY = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const sql = (q: string, p: unknown[]) => server.dataSource.query(q, p);

async function forwarded(): Promise<App> {
  const c = (await server.graphql(CREATE_CLAIMANT, claimantVars({ category: 'retiree' }), tokens.agency_officer)).data?.createClaimant;
  await server.graphql(RECORD_CONTRIBUTION, { c: c.id, m: '2026-07', s: 'paid', a: '30.00', d: '2026-07-20' }, tokens.agency_officer);
  const created = ok(
    await server.graphql(
      'mutation ($c: ID!) { createAssessmentApplication(claimantId: $c, appliedOn: "2026-11-20", disabilitySince: "2026-01-10", conditionStable: true) { id version state } }',
      { c: c.id },
      tokens.agency_officer,
    ),
  );
  const accepted = ok(await step(created, 'accept'));
  return ok(await step(accepted, 'forward'));
}
const goodPool = (i = 0) => institutions[i];
const eligibleExperts = (i = 0) =>
  goodPool(i)
    .pool.filter((p) => p.role === 'expert' && !p.removed && p.trained)
    .map((p) => p.id);

async function assessed(): Promise<App> {
  const f = await forwarded();
  const d = ok(await step(f, 'dispatch', { institutionId: goodPool().id }, tokens.tpa_qhd));
  const drawn = ok(await server.graphql(DRAW, { id: d.id, v: d.version, s: 12345 }, tokens.tpa_qhd));
  const confirmed = ok(await step(drawn, 'draw', undefined, tokens.tpa_qhd));
  const on = ok(
    await server.graphql(
      ONSITE,
      { id: confirmed.id, v: confirmed.version, on: TODAY, sc: SCORES, g: true, p: '女儿 王丽' },
      tokens.tpa_qhd,
    ),
  );
  return ok(await step(on, 'record_onsite', undefined, tokens.tpa_qhd));
}

describe('assessment lifecycle after intake (issue 11, items 2–5)', () => {
  it('Qinhuangdao art. 17, 23 on the 2026 calendar: accepted 2026-09-29 → forward by 10-12 (National Day, make-up Saturday 10-10), letter by 11-16', async () => {
    const f = await forwarded();
    await sql("UPDATE assessment_applications SET accepted_on = '2026-09-29', forwarded_on = '2026-10-13' WHERE id = $1", [f.id]);
    const got = ok(await server.graphql(GET, { id: f.id }, tokens.agency_officer));
    const d = got.deadlines as { deadlines: { key: string; due: string; status: string; severity: string }[] };
    expect(d.deadlines.find((x) => x.key === 'recheckAndForward')).toMatchObject({ due: '2026-10-12', status: 'late', severity: 'error' });
    expect(d.deadlines.find((x) => x.key === 'conclusionLetter')).toMatchObject({
      due: '2026-11-16',
      status: 'overdue',
      severity: 'warning',
    });
  });

  it('Product rule (calendar): a deadline in a year the calendar lacks (30 working days from 2026-12-15 run into 2027) is reported, never guessed; the letter step is refused', async () => {
    const f = await forwarded();
    await sql("UPDATE assessment_applications SET accepted_on = '2026-12-15', state = 'publicized', version = 9 WHERE id = $1", [f.id]);
    const got = ok(await server.graphql(GET, { id: f.id }, tokens.agency_officer));
    expect((got.deadlines as { issues: unknown[] }).issues).toEqual([
      expect.objectContaining({ deadline: 'conclusionLetter', code: 'CALENDAR_YEAR_MISSING', message: expect.stringContaining('2027') }),
    ]);
    const r = await step({ ...got, version: 9 }, 'issue_letter', { receivedOn: '2026-12-01' });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CALENDAR_YEAR_MISSING' });
  });

  it('Qinhuangdao art. 19; Xinjiang art. 10: dispatch only to an assessment institution with an agreement in force; the TPA may dispatch', async () => {
    const f = await forwarded();
    const [{ id: other }] = await sql("SELECT id FROM institutions WHERE kind = 'care' AND region_id = 'qinhuangdao' LIMIT 1", []);
    const r = await step(f, 'dispatch', { institutionId: other }, tokens.tpa_qhd);
    expect(r.errors?.[0].extensions).toMatchObject({ reason: 'INSTITUTION_NOT_DESIGNATED' });
    expect((await step(f, 'dispatch', {}, tokens.tpa_qhd)).errors?.[0].extensions).toMatchObject({ reason: 'REQUIRED' });
    expect(ok(await step(f, 'dispatch', { institutionId: goodPool().id }, tokens.tpa_qhd))).toMatchObject({ state: 'dispatched' });
  });

  it('Xinjiang art. 15–16; Qinhuangdao art. 19–20: the same seed draws the same people, ≥2 with ≥1 expert, never a removed, untrained or related assessor', async () => {
    const a = ok(await step(await forwarded(), 'dispatch', { institutionId: goodPool().id }));
    const b = ok(await step(await forwarded(), 'dispatch', { institutionId: goodPool().id }));
    const ra = ok(await server.graphql(DRAW, { id: a.id, v: a.version, s: 777 }, tokens.agency_officer));
    const rb = ok(await server.graphql(DRAW, { id: b.id, v: b.version, s: 777 }, tokens.agency_officer));
    expect(ra.drawnIds).toEqual(rb.drawnIds);
    expect((ra.drawnIds as string[]).length).toBe(2);
    expect((ra.drawnExpertIds as string[]).length).toBeGreaterThanOrEqual(1);
    const draw = ra.draw as {
      seed: number;
      candidates: { id: string; eligible: boolean; drawn: boolean; exclusions: { reason: string }[] }[];
    };
    expect(draw.seed).toBe(777);
    const never = goodPool()
      .pool.filter((p) => p.removed || !p.trained)
      .map((p) => p.id);
    for (const id of never) expect(draw.candidates.find((c) => c.id === id)).toMatchObject({ eligible: false, drawn: false });
    expect((await server.graphql(DRAW, { id: a.id, v: ra.version, s: 1 }, tokens.agency_officer)).errors?.[0].extensions).toMatchObject({
      reason: 'ALREADY_DRAWN',
    });
    const audit = await sql("SELECT count(*)::int AS n FROM audit_logs WHERE entity_id = $1 AND after->>'step' = 'drawAssessors'", [a.id]);
    expect(audit[0].n).toBe(1);
    // a related assessor (art. 20) is left out of the next claimant's draw
    const c = ok(await step(await forwarded(), 'dispatch', { institutionId: goodPool().id }));
    const [{ claimant_id }] = await sql('SELECT claimant_id FROM assessment_applications WHERE id = $1', [c.id]);
    const drawnBefore = (ra.drawnIds as string[])[0];
    ok(await server.graphql(RELATION, { s: drawnBefore, c: claimant_id }, tokens.agency_officer));
    const rc = ok(await server.graphql(DRAW, { id: c.id, v: c.version, s: 777 }, tokens.agency_officer));
    expect(rc.drawnIds).not.toContain(drawnBefore);
    expect((rc.draw as typeof draw).candidates.find((x) => x.id === drawnBefore)?.exclusions).toEqual([
      { reason: 'related', citation: 'Qinhuangdao art. 20' },
    ]);
  });

  it('Qinhuangdao art. 19: a pool too small once the related assessors recuse is refused naming the rule, nothing written', async () => {
    const a = ok(await step(await forwarded(), 'dispatch', { institutionId: goodPool().id }));
    const [{ claimant_id }] = await sql('SELECT claimant_id FROM assessment_applications WHERE id = $1', [a.id]);
    const eligible = goodPool().pool.filter((p) => !p.removed && p.trained);
    for (const p of eligible.slice(1)) ok(await server.graphql(RELATION, { s: p.id, c: claimant_id }, tokens.agency_officer));
    const r = await server.graphql(DRAW, { id: a.id, v: a.version, s: 5 }, tokens.agency_officer);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INSUFFICIENT_CANDIDATES' });
    expect(r.errors?.[0].message).toContain('Qinhuangdao art. 19');
    const [row] = await sql('SELECT draw_seed, version FROM assessment_applications WHERE id = $1', [a.id]);
    expect(row).toEqual({ draw_seed: null, version: a.version });
  });

  it('National standard: an item score outside its allowed values is refused, nothing written; the grade is computed with its trace', async () => {
    const f = await forwarded();
    const d = ok(await step(f, 'dispatch', { institutionId: goodPool().id }));
    const drawn = ok(await step(ok(await server.graphql(DRAW, { id: d.id, v: d.version, s: 9 }, tokens.agency_officer)), 'draw'));
    const bad = await server.graphql(
      ONSITE,
      { id: drawn.id, v: drawn.version, on: TODAY, sc: { ...SCORES, adl: { ...SCORES.adl, eating: 7 } }, g: true, p: '女儿' },
      tokens.agency_officer,
    );
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'scores.adl.eating', code: 'NOT_ALLOWED' }],
    });
    expect((await step(drawn, 'record_onsite')).errors?.[0].extensions).toMatchObject({ reason: 'ONSITE_INCOMPLETE' });
    const on = ok(
      await server.graphql(ONSITE, { id: drawn.id, v: drawn.version, on: TODAY, sc: SCORES, g: true, p: '女儿' }, tokens.agency_officer),
    );
    expect(on.computedGrade).toBe(3);
  });

  it('Qinhuangdao art. 22, 16: one expert, or a grade other than the computed one, is refused; two experts confirm the grade the scores give', async () => {
    const a = await assessed();
    const [e1, e2] = eligibleExperts();
    expect((await step(a, 'conclude', { grade: 3, expertIds: [e1] })).errors?.[0].extensions).toMatchObject({ reason: 'EXPERTS_TOO_FEW' });
    expect((await step(a, 'conclude', { grade: 4, expertIds: [e1, e2] })).errors?.[0].extensions).toMatchObject({
      reason: 'GRADE_MISMATCH',
    });
    expect((await step(a, 'conclude', { grade: 3, expertIds: [e1, e2] }, tokens.tpa_qhd)).errors?.[0].extensions).toMatchObject({
      reason: 'ROLE_NOT_ALLOWED',
    });
    const c = ok(await step(a, 'conclude', { grade: 3, expertIds: [e1, e2] }));
    expect(c).toMatchObject({ state: 'concluded', recordedGrade: 3 });
    expect((await step(c, 'city_review')).errors?.[0].extensions).toMatchObject({ reason: 'SAME_PERSON' });
    expect(ok(await step(c, 'city_review', undefined, tokens.admin))).toMatchObject({ state: 'publicity' });
  });

  it('Qinhuangdao art. 23–24, 27: publicity, letter (late: a reason), dispute window of 10 working days, then final with the fund paying 200.00', async () => {
    const [e1, e2] = eligibleExperts();
    const c = ok(await step(await assessed(), 'conclude', { grade: 3, expertIds: [e1, e2] }));
    let p = ok(await step(c, 'city_review', undefined, tokens.admin));
    // a named objection with evidence, dismissed with a reason
    p = ok(
      await server.graphql(
        'mutation ($id: ID!, $v: Int!) { fileAssessmentObjection(id: $id, expectedVersion: $v, objectorName: "邻居张某", evidence: "视频：能自行下楼") { id version state } }',
        { id: p.id, v: p.version },
        tokens.agency_officer,
      ),
    );
    expect((await step(p, 'close_publicity')).errors?.[0].extensions).toMatchObject({ reason: 'PUBLICITY_RUNNING' });
    p = ok(await step(p, 'dismiss_objection', undefined, tokens.agency_officer, '视频为评估前所摄，不足以推翻结论'));
    await sql("UPDATE assessment_applications SET publicity_start = '2026-11-20', accepted_on = '2026-09-29' WHERE id = $1", [p.id]);
    const closed = ok(await step(p, 'close_publicity'));
    // accepted 2026-09-29: the 30 working days ended 2026-11-16, a letter received after needs a reason
    expect((await step(closed, 'issue_letter', { receivedOn: '2026-11-20' })).errors?.[0].extensions).toMatchObject({
      reason: 'LETTER_LATE_UNACKNOWLEDGED',
    });
    const letter = ok(await step(closed, 'issue_letter', { receivedOn: '2026-11-13', lateReason: '申请人住院，延期送达' }));
    // received Fri 2026-11-13: 10 working days end Fri 2026-11-27; 2026-12-01 is past it
    expect(
      (letter.deadlines as { deadlines: { key: string; due: string }[] }).deadlines.find((x) => x.key === 'disputeApplication')?.due,
    ).toBe('2026-11-27');
    expect((await step(letter, 'dispute', undefined, tokens.agency_officer, '不服')).errors?.[0].extensions).toMatchObject({
      reason: 'DISPUTE_WINDOW_CLOSED',
    });
    const final = ok(await step(letter, 'finalize'));
    expect(final.fees).toEqual([
      { payer: 'fund', amount: '200.00', month: TODAY.slice(0, 7), assessmentInstitutionId: goodPool().id, settlementId: null },
    ]);
  });

  it('Qinhuangdao art. 24: a dispute within the window opens a re-assessment, never at the first institution nor by its assessors', async () => {
    const [e1, e2] = eligibleExperts();
    const first = ok(
      await step(ok(await step(await assessed(), 'conclude', { grade: 3, expertIds: [e1, e2] })), 'city_review', undefined, tokens.admin),
    );
    await sql("UPDATE assessment_applications SET publicity_start = '2026-11-20', accepted_on = '2026-10-29' WHERE id = $1", [first.id]);
    const letter = ok(await step(ok(await step(first, 'close_publicity')), 'issue_letter', { receivedOn: '2026-12-01', lateReason: '—' }));
    // received 2026-12-01: open through 2026-12-15
    expect(ok(await step(letter, 'dispute', undefined, tokens.agency_officer, '申请人不服结论'))).toMatchObject({ state: 'disputed' });
    const [child] = await sql('SELECT id, kind, first_application_id FROM assessment_applications WHERE first_application_id = $1', [
      first.id,
    ]);
    expect(child).toMatchObject({ kind: 'dispute' });
    let re = ok(await server.graphql(GET, { id: child.id }, tokens.agency_officer));
    re = ok(await step(ok(await step(re, 'accept')), 'forward'));
    expect((await step(re, 'dispatch', { institutionId: goodPool().id })).errors?.[0].extensions).toMatchObject({
      reason: 'SAME_INSTITUTION_AS_FIRST',
    });
    if (institutions[1]) {
      const d = ok(await step(re, 'dispatch', { institutionId: institutions[1].id }));
      const drawn = ok(await server.graphql(DRAW, { id: d.id, v: d.version, s: 3 }, tokens.agency_officer));
      for (const id of first.drawnIds as string[]) expect(drawn.drawnIds).not.toContain(id);
    }
  });

  it('Qinhuangdao art. 17, 23 (work queue): an accepted application due to be forwarded is on the officer’s to-do list, amber or red by its working-day due date', async () => {
    const f = await forwarded();
    await sql("UPDATE assessment_applications SET state = 'accepted', accepted_on = '2026-11-20', forwarded_on = NULL WHERE id = $1", [
      f.id,
    ]);
    const r = await server.graphql('{ myTodos { kind record { resource id } dueDate colour } }', {}, tokens.agency_officer);
    // accepted Fri 2026-11-20: 5 working days end Fri 2026-11-27, past on 2026-12-01 → red
    expect(r.data?.myTodos).toContainEqual({
      kind: 'assessmentDeadline',
      record: { resource: 'AssessmentApplication', id: f.id },
      dueDate: '2026-11-27',
      colour: 'red',
    });
    const inspector = await server.graphql('{ myTodos { kind } }', {}, tokens.inspector);
    expect(inspector.data?.myTodos.some((t: { kind: string }) => t.kind.startsWith('assessment'))).toBe(false);
  });

  it('Qinhuangdao art. 18(4), 25: a state-change application within 6 months of the last conclusion (letter 2026-09-01 → from 2027-03-01) is not accepted', async () => {
    const f = await forwarded();
    await sql(
      "UPDATE assessment_applications SET state = 'final', letter_issued_on = '2026-09-01', final_on = '2026-09-20' WHERE id = $1",
      [f.id],
    );
    const [{ claimant_id }] = await sql('SELECT claimant_id FROM assessment_applications WHERE id = $1', [f.id]);
    const created = ok(
      await server.graphql(
        'mutation ($c: ID!) { createAssessmentApplication(claimantId: $c, kind: stateChange, appliedOn: "2026-11-20", disabilitySince: "2026-01-10", conditionStable: true) { id version state } }',
        { c: claimant_id },
        tokens.agency_officer,
      ),
    );
    const r = await step(created, 'accept');
    expect(r.errors?.[0].extensions).toMatchObject({
      reason: 'NOT_ADMISSIBLE',
      issues: [expect.objectContaining({ params: expect.objectContaining({ grounds: ['tooSoonSinceLastConclusion'] }) })],
    });
  });

  it('Qinhuangdao art. 27(4); Changzhou item 5: a spot-check that changed the grade — the fund pays it, the first institution refunds its 200.00 and gets the scorecard event', async () => {
    const first = await forwarded();
    const a = goodPool().id;
    const b = institutions[1]?.id ?? a;
    await sql(
      "UPDATE assessment_applications SET state = 'final', institution_id = $2, recorded_grade = 3, letter_issued_on = '2026-05-10', final_on = '2026-05-30' WHERE id = $1",
      [first.id, a],
    );
    await sql(
      `INSERT INTO assessment_fees (region_id, application_id, assessment_institution_id, month, kind, payer, amount, trace)
       VALUES ('qinhuangdao', $1, $2, '2026-05', 'initial', 'fund', 200.00, '[]')`,
      [first.id, a],
    );
    const [{ claimant_id }] = await sql('SELECT claimant_id FROM assessment_applications WHERE id = $1', [first.id]);
    const spot = ok(
      await server.graphql(
        'mutation ($c: ID!) { createAssessmentApplication(claimantId: $c, kind: spotCheck, appliedOn: "2026-11-02", disabilitySince: "2026-01-10", conditionStable: true) { id version state } }',
        { c: claimant_id },
        tokens.agency_officer,
      ),
    );
    await sql(
      "UPDATE assessment_applications SET state = 'letterIssued', institution_id = $2, recorded_grade = 1, letter_issued_on = '2026-11-12', letter_received_on = '2026-11-13' WHERE id = $1",
      [spot.id, b],
    );
    await sql("UPDATE annual_scorecards SET state = 'open' WHERE institution_id = $1 AND year = $2", [a, Number(TODAY.slice(0, 4))]);
    expect((await step(spot, 'finalize')).errors?.[0].extensions).toMatchObject({ reason: 'REQUIRED' });
    const final = ok(await step(spot, 'finalize', { institutionAtFault: true }));
    // grade 3 → 1: two grades, for reasons of the institution — the first institution's scorecard event (Changzhou item 5)
    const events = await sql(
      "SELECT e.type, e.flags FROM scorecard_events e WHERE e.institution_id = $1 AND e.type LIKE 'conclusionChanged%'",
      [a],
    );
    expect(events).toContainEqual({ type: 'conclusionChangedTwoOrMoreGrades', flags: { institutionAtFault: true } });
    expect(final.fees).toEqual([
      { payer: 'fund', amount: '200.00', month: TODAY.slice(0, 7), assessmentInstitutionId: b, settlementId: null },
      { payer: 'institutionRefund', amount: '200.00', month: TODAY.slice(0, 7), assessmentInstitutionId: a, settlementId: null },
    ]);
  });

  it('Qinhuangdao art. 27(4): spot-checks drawn at random from recent conclusions — the same seed picks the same ones, the seed and candidates audited', async () => {
    for (let i = 0; i < 3; i++) {
      const f = await forwarded();
      await sql(
        "UPDATE assessment_applications SET state = 'final', recorded_grade = 3, letter_issued_on = '2026-10-01', final_on = '2026-10-20' WHERE id = $1",
        [f.id],
      );
    }
    const DRAW_SPOT = 'mutation ($s: Float) { drawSpotChecks(regionId: "qinhuangdao", count: 2, seed: $s) { seed candidates created } }';
    const first = (await server.graphql(DRAW_SPOT, { s: 99 }, tokens.agency_officer)).data?.drawSpotChecks;
    const again = (await server.graphql(DRAW_SPOT, { s: 99 }, tokens.agency_officer)).data?.drawSpotChecks;
    expect(first.candidates.length).toBeGreaterThanOrEqual(3);
    expect(again.candidates).toEqual(first.candidates);
    const picked = async (ids: string[]) =>
      (await sql('SELECT first_application_id FROM assessment_applications WHERE id = ANY($1) ORDER BY first_application_id', [ids])).map(
        (r: { first_application_id: string }) => r.first_application_id,
      );
    expect(await picked(again.created)).toEqual(await picked(first.created));
    const audits = await sql(
      "SELECT after->'spotCheck'->'created' AS created FROM audit_logs WHERE entity_id = 'spotCheck:99' ORDER BY id",
      [],
    );
    expect(audits.map((r: { created: string[] }) => r.created)).toEqual([first.created, again.created]);
    expect((await server.graphql(DRAW_SPOT, { s: 99 }, tokens.tpa_qhd)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('Qinhuangdao art. 21: refusal to cooperate ends the assessment with a reason', async () => {
    const d = ok(await step(await forwarded(), 'dispatch', { institutionId: goodPool().id }));
    expect(ok(await step(d, 'end_uncooperative', undefined, tokens.agency_officer, '申请人拒绝入户评估'))).toMatchObject({
      state: 'ended',
    });
  });
});
