import { describe, expect, it } from 'vitest';
import { decideTransition } from '../workflow/kernel.js';
import type { TransitionRequest } from '../workflow/types.js';
import { type DesignationFacts, designationReviewClock, DESIGNATION_WORKFLOW as W } from './designation-workflow.js';

const inspector = { id: 'u-1', roles: ['inspector'] };
const colleague = { id: 'u-2', roles: ['agency_officer'] };
const facts: DesignationFacts = {
  asOf: '2026-06-10',
  refusals: [],
  missingMaterials: [],
  review: { complete: true, basicPassed: true, panelFieldsMissing: [], siteVisitRecorded: true },
  publicityEarliestEnd: '2026-06-06',
};
const req = (over: Partial<TransitionRequest<DesignationFacts>>): TransitionRequest<DesignationFacts> => ({
  state: 'submitted',
  action: 'accept',
  actor: inspector,
  preparedBy: 'u-1',
  facts,
  ...over,
});
const to = (r: ReturnType<typeof decideTransition>) => (r.ok ? r.value.to : r.issues.map((i) => i.code).join(','));

describe('designation application workflow', () => {
  it('Xinjiang art. 12: an application with a ground for refusal is not accepted', () => {
    const refusals = [{ code: 'underInvestigation', citation: 'Xinjiang art. 12(5)', message: '涉嫌违法违规，有关部门正在调查' }];
    expect(to(decideTransition(W, req({ facts: { ...facts, refusals } })))).toBe('DESIGNATION_REFUSAL_GROUND');
    expect(to(decideTransition(W, req({})))).toBe('materials_check');
  });

  it('Xinjiang art. 8: missing materials block the materials check and are what the supplement request names', () => {
    const missing = { ...facts, missingMaterials: ['premisesProof' as const, 'itSystem' as const] };
    expect(to(decideTransition(W, req({ state: 'materials_check', action: 'pass_materials', facts: missing })))).toBe(
      'DESIGNATION_MATERIALS_MISSING',
    );
    expect(to(decideTransition(W, req({ state: 'materials_check', action: 'request_supplement', facts: missing })))).toBe('supplementing');
    expect(to(decideTransition(W, req({ state: 'materials_check', action: 'request_supplement' })))).toBe('DESIGNATION_MATERIALS_COMPLETE');
  });

  it('Xinjiang art. 9 and annex 2: a failed basic line or a panel without a finance member blocks approval', () => {
    const review = { ...facts.review, basicPassed: false, panelFieldsMissing: ['finance' as const] };
    expect(to(decideTransition(W, req({ state: 'review', action: 'approve_review', facts: { ...facts, review } })))).toBe(
      'DESIGNATION_BASIC_FAILED,DESIGNATION_PANEL_INCOMPLETE',
    );
  });

  it('Xinjiang art. 9: publicity started 2026-06-01 ends no earlier than 2026-06-06; the approver does not conclude alone', () => {
    const history = [{ action: 'approve_review', from: 'review', to: 'publicity', actorId: 'u-1' }];
    const early = { ...facts, asOf: '2026-06-05' };
    expect(to(decideTransition(W, req({ state: 'publicity', action: 'conclude', actor: colleague, history, facts: early })))).toBe(
      'DESIGNATION_PUBLICITY_SHORT',
    );
    expect(to(decideTransition(W, req({ state: 'publicity', action: 'conclude', actor: colleague, history })))).toBe('designated');
    expect(to(decideTransition(W, req({ state: 'publicity', action: 'conclude', history })))).toBe('SAME_PERSON');
  });

  it('Xinjiang art. 8–9: a rejection carries its reasons', () => {
    expect(to(decideTransition(W, req({ state: 'review', action: 'reject' })))).toBe('REASON_REQUIRED');
    expect(to(decideTransition(W, req({ state: 'review', action: 'reject', reason: '基础指标第3项不合格' })))).toBe('rejected');
  });
});

describe('Xinjiang art. 8: the review clock', () => {
  it('Xinjiang art. 8: accepted 2026-03-10, 3 calendar months → 2026-06-10, no pause → 2026-05-20 has 21 days left', () => {
    expect(
      designationReviewClock({ acceptedOn: '2026-03-10', pauses: [], pausedSince: null, asOf: '2026-05-20' }, { reviewMonths: 3 }),
    ).toEqual({
      pausedDays: 0,
      due: '2026-06-10',
      remainingDays: 21,
      paused: false,
    });
  });

  it('Xinjiang art. 8: 14 days supplementing (04-01→04-15) and 10 days open (since 05-10) → due 2026-07-04, 45 days left, paused', () => {
    const clock = designationReviewClock(
      { acceptedOn: '2026-03-10', pauses: [{ from: '2026-04-01', to: '2026-04-15' }], pausedSince: '2026-05-10', asOf: '2026-05-20' },
      { reviewMonths: 3 },
    );
    expect(clock).toEqual({ pausedDays: 24, due: '2026-07-04', remainingDays: 45, paused: true });
  });
});

describe('Xinjiang art. 12: facts read from the findings', () => {
  it('Xinjiang art. 12(1), (5): the latest forgery counts; an investigation closed on a day is open until that day', async () => {
    const { historyFactsFromFindings } = await import('./designation-findings.js');
    const findings = [
      { kind: 'forgery' as const, foundOn: '2023-02-01', closedOn: null },
      { kind: 'forgery' as const, foundOn: '2024-06-01', closedOn: null },
      { kind: 'investigation' as const, foundOn: '2026-10-01', closedOn: '2026-11-15' },
    ];
    expect(historyFactsFromFindings(findings, '2026-11-14').value).toMatchObject({
      forgeryDiscoveredOn: '2024-06-01',
      underInvestigation: true,
    });
    expect(historyFactsFromFindings(findings, '2026-11-15').value).toMatchObject({ underInvestigation: false });
  });
});
