import { describe, expect, it } from 'vitest';
import { allowedActions, decideTransition } from '../workflow/kernel.js';
import type { HistoryStep, TransitionRequest } from '../workflow/types.js';
import { type ApplicationFacts, ASSESSMENT_APPLICATION_WORKFLOW as W } from './application-workflow.js';

const officer = { id: 'u-officer', roles: ['agency_officer'] };
const officer2 = { id: 'u-officer2', roles: ['agency_officer'] };
const tpa = { id: 'u-tpa', roles: ['tpa_staff'] };
const facts: ApplicationFacts = {
  asOf: '2026-10-09',
  refusalGrounds: [],
  missingMaterials: [],
  institutionAgreementActive: true,
  drawnAssessors: 2,
  drawnExperts: 1,
  onsiteRecorded: true,
  guardianPresent: true,
  confirmingExperts: 2,
  recordedGrade: 4,
  computedGrade: 4,
  publicityEndsOn: '2026-10-08',
  objectionPending: false,
  disputeWindowEndsOn: '2026-10-16',
  sameInstitutionAsFirst: false,
  letterDueOn: '2026-11-10',
  gradeChangedFromFirst: false,
};
const inputs: Record<string, Record<string, unknown>> = {
  dispatch: { institutionId: '00000000-0000-4000-8000-000000000001' },
  conclude: { grade: 4, expertIds: ['00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000003'] },
};
const req = (over: Partial<TransitionRequest<ApplicationFacts>>): TransitionRequest<ApplicationFacts> => ({
  state: 'submitted',
  action: 'accept',
  actor: officer,
  preparedBy: 'u-tpa',
  facts,
  input: inputs[over.action ?? 'accept'],
  ...over,
});
const to = (r: ReturnType<typeof decideTransition>) => (r.ok ? r.value.to : r.issues.map((i) => i.code).join(','));

describe('assessment application workflow', () => {
  it('Qinhuangdao art. 17–24: intake to a final conclusion, one step after another', () => {
    const steps: [string, string, typeof officer, string | null][] = [
      ['submitted', 'accept', officer, 'accepted'],
      ['accepted', 'forward', officer, 'forwarded'],
      ['forwarded', 'dispatch', tpa, 'dispatched'],
      ['dispatched', 'draw', tpa, 'drawn'],
      ['drawn', 'record_onsite', tpa, 'assessed'],
      ['assessed', 'conclude', officer, 'concluded'],
    ];
    for (const [state, action, actor, expected] of steps)
      expect(to(decideTransition(W, req({ state, action, actor, input: inputs[action] })))).toBe(expected);
    expect(to(decideTransition(W, req({ state: 'forwarded', action: 'dispatch', actor: tpa, input: {} })))).toBe('REQUIRED');
    expect(to(decideTransition(W, req({ state: 'assessed', action: 'conclude', input: { grade: 6, expertIds: [] } })))).toBe(
      'OUT_OF_RANGE',
    );
    const concluded: HistoryStep[] = [{ action: 'conclude', from: 'assessed', to: 'concluded', actorId: officer.id }];
    expect(to(decideTransition(W, req({ state: 'concluded', action: 'city_review', actor: officer2, history: concluded })))).toBe(
      'publicity',
    );
    expect(to(decideTransition(W, req({ state: 'publicity', action: 'close_publicity' })))).toBe('publicized');
    expect(to(decideTransition(W, req({ state: 'publicized', action: 'issue_letter', input: { receivedOn: '2026-10-09' } })))).toBe(
      'letterIssued',
    );
    expect(to(decideTransition(W, req({ state: 'letterIssued', action: 'finalize', facts: { ...facts, asOf: '2026-10-19' } })))).toBe(
      'final',
    );
  });

  it('Qinhuangdao art. 18: an application with a refusal ground is not accepted (NOT_ADMISSIBLE with the grounds); refusing needs a reason', () => {
    const r = decideTransition(W, req({ facts: { ...facts, refusalGrounds: ['inWaitingPeriod', 'tooSoonSinceLastConclusion'] } }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: 'NOT_ADMISSIBLE', citation: 'Qinhuangdao art. 18; Tumxuk §5(一)' });
    expect(to(decideTransition(W, req({ action: 'refuse' })))).toBe('REASON_REQUIRED');
    expect(to(decideTransition(W, req({ action: 'refuse', reason: '处于等待期（秦皇岛细则第十八条）' })))).toBe('refused');
  });

  it('Qinhuangdao art. 17 ¶2: missing materials are asked for once; the application is accepted only when complete', () => {
    const missing = { ...facts, missingMaterials: ['病历资料'] };
    expect(to(decideTransition(W, req({ facts: missing })))).toBe('MATERIALS_MISSING');
    expect(to(decideTransition(W, req({ action: 'request_materials', actor: tpa, reason: '请补正：病历资料', facts: missing })))).toBe(
      'awaitingMaterials',
    );
    expect(to(decideTransition(W, req({ state: 'awaitingMaterials', action: 'complete_materials', facts: missing })))).toBe(
      'MATERIALS_MISSING',
    );
    expect(to(decideTransition(W, req({ state: 'awaitingMaterials', action: 'complete_materials' })))).toBe('submitted');
  });

  it('Qinhuangdao art. 60–62: the TPA takes intake and dispatch steps; acceptance and conclusions stay with the agency', () => {
    expect(to(decideTransition(W, req({ actor: tpa })))).toBe('ROLE_NOT_ALLOWED');
    expect(to(decideTransition(W, req({ state: 'assessed', action: 'conclude', actor: tpa })))).toBe('ROLE_NOT_ALLOWED');
    expect(to(decideTransition(W, req({ state: 'forwarded', action: 'dispatch', actor: tpa })))).toBe('dispatched');
  });

  it('Qinhuangdao art. 19; Xinjiang art. 10, 16: a designated institution, and at least two assessors of whom one expert', () => {
    expect(
      to(decideTransition(W, req({ state: 'forwarded', action: 'dispatch', facts: { ...facts, institutionAgreementActive: false } }))),
    ).toBe('INSTITUTION_NOT_DESIGNATED');
    expect(to(decideTransition(W, req({ state: 'dispatched', action: 'draw', facts: { ...facts, drawnExperts: 0 } })))).toBe(
      'ASSESSORS_TOO_FEW',
    );
    expect(to(decideTransition(W, req({ state: 'dispatched', action: 'draw', facts: { ...facts, drawnAssessors: 1 } })))).toBe(
      'ASSESSORS_TOO_FEW',
    );
    expect(to(decideTransition(W, req({ state: 'drawn', action: 'record_onsite', facts: { ...facts, guardianPresent: false } })))).toBe(
      'ONSITE_INCOMPLETE',
    );
  });

  it('Qinhuangdao art. 22, 16: a conclusion needs two experts and the grade the scores give; the city reviewer is not the one who concluded', () => {
    const assessed = { state: 'assessed', action: 'conclude' };
    expect(to(decideTransition(W, req({ ...assessed, facts: { ...facts, confirmingExperts: 1 } })))).toBe('EXPERTS_TOO_FEW');
    expect(to(decideTransition(W, req({ ...assessed, facts: { ...facts, recordedGrade: 5 } })))).toBe('GRADE_MISMATCH');
    const concluded: HistoryStep[] = [{ action: 'conclude', from: 'assessed', to: 'concluded', actorId: officer.id }];
    expect(to(decideTransition(W, req({ state: 'concluded', action: 'city_review', history: concluded })))).toBe('SAME_PERSON');
  });

  it('Qinhuangdao art. 23, 24: publicity closes after its 7th day and with no objection pending; a founded objection needs a reason', () => {
    const p = { state: 'publicity', action: 'close_publicity' };
    expect(to(decideTransition(W, req({ ...p, facts: { ...facts, asOf: '2026-10-08' } })))).toBe('PUBLICITY_RUNNING');
    expect(to(decideTransition(W, req({ ...p, facts: { ...facts, objectionPending: true } })))).toBe('PUBLICITY_RUNNING');
    const o = { state: 'publicity', action: 'uphold_objection', reason: '邻居王某提供视频证据，情况属实' };
    expect(to(decideTransition(W, req(o)))).toBe('NO_OBJECTION');
    expect(to(decideTransition(W, req({ ...o, facts: { ...facts, objectionPending: true } })))).toBe('objectionUpheld');
  });

  it('Qinhuangdao art. 24: a dispute within the 10-working-day window (through its last day), never after; final only once it closed', () => {
    const d = { state: 'letterIssued', action: 'dispute', reason: '对结论有异议' };
    expect(to(decideTransition(W, req({ ...d, facts: { ...facts, asOf: '2026-10-16' } })))).toBe('disputed');
    expect(to(decideTransition(W, req({ ...d, facts: { ...facts, asOf: '2026-10-17' } })))).toBe('DISPUTE_WINDOW_CLOSED');
    expect(to(decideTransition(W, req({ state: 'letterIssued', action: 'finalize', facts: { ...facts, asOf: '2026-10-16' } })))).toBe(
      'DISPUTE_WINDOW_OPEN',
    );
    expect(
      to(decideTransition(W, req({ state: 'letterIssued', action: 'finalize', facts: { ...facts, disputeWindowEndsOn: null } }))),
    ).toBe('DISPUTE_WINDOW_OPEN');
  });

  it('Qinhuangdao art. 23: past the 30 working days the letter is issued only with a reason acknowledging the delay', () => {
    const l = { state: 'publicized', action: 'issue_letter' };
    const late = { ...facts, asOf: '2026-11-11' };
    expect(to(decideTransition(W, req({ ...l, facts: late, input: { receivedOn: '2026-11-11' } })))).toBe('LETTER_LATE_UNACKNOWLEDGED');
    expect(to(decideTransition(W, req({ ...l, facts: late, input: { receivedOn: '2026-11-11', lateReason: '申请人外出就医' } })))).toBe(
      'letterIssued',
    );
    expect(to(decideTransition(W, req({ ...l, facts: late, input: { receivedOn: '2026-11-10' } })))).toBe('letterIssued');
    expect(to(decideTransition(W, req({ ...l, input: { receivedOn: '2026-10-10' } })))).toBe('OUT_OF_RANGE');
    expect(to(decideTransition(W, req({ ...l, input: {} })))).toBe('INVALID_DATE');
  });

  it('Qinhuangdao art. 24: a re-assessment never goes to the first institution; a groundless objection is dismissed with a reason', () => {
    const d = { state: 'forwarded', action: 'dispatch', facts: { ...facts, sameInstitutionAsFirst: true } };
    expect(to(decideTransition(W, req(d)))).toBe('SAME_INSTITUTION_AS_FIRST');
    const o = { state: 'publicity', action: 'dismiss_objection', reason: '无证据' };
    expect(to(decideTransition(W, req(o)))).toBe('NO_OBJECTION');
    expect(to(decideTransition(W, req({ ...o, facts: { ...facts, objectionPending: true } })))).toBe('publicity');
  });

  it('Qinhuangdao art. 27; Changzhou item 5: a re-assessment that changed the grade is final only once the institution’s fault is stated', () => {
    const f = { state: 'letterIssued', action: 'finalize', facts: { ...facts, asOf: '2026-10-19', gradeChangedFromFirst: true } };
    expect(to(decideTransition(W, req({ ...f, input: {} })))).toBe('REQUIRED');
    expect(to(decideTransition(W, req({ ...f, input: { institutionAtFault: true } })))).toBe('final');
  });

  it('Qinhuangdao art. 21: refusal to cooperate ends the assessment, with a reason', () => {
    expect(to(decideTransition(W, req({ state: 'drawn', action: 'end_uncooperative', reason: '申请人拒绝入户评估' })))).toBe('ended');
    expect(to(decideTransition(W, req({ state: 'assessed', action: 'end_uncooperative', reason: 'x' })))).toBe('TRANSITION_NOT_ALLOWED');
  });

  it('the buttons an officer sees on a submitted application, with what blocks them', () => {
    const actions = allowedActions(W, {
      state: 'submitted',
      actor: officer,
      preparedBy: 'u-tpa',
      facts: { ...facts, missingMaterials: ['病历资料'] },
    });
    const here = actions.filter((a) => !a.blockedBy.includes('TRANSITION_NOT_ALLOWED'));
    expect(here.map((a) => [a.action, a.enabled, a.blockedBy])).toEqual([
      ['request_materials', true, []],
      ['accept', false, ['MATERIALS_MISSING']],
      ['refuse', true, []],
      ['withdraw', true, []],
    ]);
  });
});
