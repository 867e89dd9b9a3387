import { afterEach, describe, expect, it, vi } from 'vitest';
// The README imports from '@ltci/shared'; shared's own vitest config does not resolve the package
// by name (it lacks ssr.resolve.conditions), so the same names are imported from the source here.
import { SERVICE_AGREEMENT_WORKFLOW } from '../agreements/index.js';
import { allowedActions, decideTransition, WORKFLOWS, workflowLabels, workflowTableIssues } from './index.js';

function printed(): string[] {
  return (console.log as unknown as { mock: { calls: unknown[][] } }).mock.calls.map((args) => args.map(String).join(' '));
}

describe('workflow README examples', () => {
  afterEach(() => vi.restoreAllMocks());

  it('Xinjiang art. 25 / Product rule: maker-checker — README decideTransition example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const facts = {
      asOf: '2026-10-01',
      number: 'XJ-2026-001',
      startDate: '2026-09-01',
      endDate: '2027-08-31',
      otherAgreementInForce: false,
    };
    const history = [{ action: 'propose_termination', from: 'active', to: 'termination_pending', actorId: 'u-ann' }];
    const own = decideTransition(SERVICE_AGREEMENT_WORKFLOW, {
      state: 'termination_pending',
      action: 'approve_termination',
      actor: { id: 'u-ann', roles: ['inspector'] },
      history,
      facts,
    });
    if (!own.ok) console.log(own.issues.map((i) => `${i.code} (${i.citation})`).join(', '));
    const other = decideTransition(SERVICE_AGREEMENT_WORKFLOW, {
      state: 'termination_pending',
      action: 'approve_termination',
      actor: { id: 'u-bob', roles: ['inspector'] },
      history,
      facts,
    });
    if (other.ok) console.log(other.value.to, other.trace.map((s) => s.rule).join(' '));
    expect(printed()).toEqual([
      'SAME_PERSON (Xinjiang art. 25; Product rule: maker-checker, the approver is not the proposer)',
      'terminated workflow.from workflow.role workflow.fourEyes workflow.reason workflow.decision',
    ]);
  });

  it('Xinjiang art. 10, 24–25: README allowedActions example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const facts = {
      asOf: '2026-10-01',
      number: 'XJ-2026-001',
      startDate: '2026-09-01',
      endDate: '2027-08-31',
      otherAgreementInForce: false,
    };
    for (const a of allowedActions(SERVICE_AGREEMENT_WORKFLOW, { state: 'active', actor: { id: 'u-ann', roles: ['inspector'] }, facts }))
      console.log(a.action, a.enabled ? `enabled${a.needsReason ? ', needs a reason' : ''}` : a.blockedBy.join(','));
    expect(printed()).toEqual([
      'activate TRANSITION_NOT_ALLOWED',
      'suspend enabled, needs a reason',
      'resume TRANSITION_NOT_ALLOWED',
      'propose_termination enabled, needs a reason',
      'approve_termination TRANSITION_NOT_ALLOWED',
      'reject_termination TRANSITION_NOT_ALLOWED',
      'expire AGREEMENT_NOT_ENDED',
    ]);
  });

  it('Product rule: a workflow is a valid table — README workflowTableIssues and workflowLabels example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    for (const w of WORKFLOWS) console.log(w.id, workflowTableIssues(w).length);
    const labels = workflowLabels(SERVICE_AGREEMENT_WORKFLOW);
    console.log(labels.zh.states.termination_pending, labels.en.actions.propose_termination);
    expect(printed()).toEqual([
      'serviceAgreement 0',
      'policyChange 0',
      'fundReversal 0',
      'tpaContract 0',
      'tpaAssessment 0',
      'tpaFeePayment 0',
      'tpaRectification 0',
      'annualScorecard 0',
      'complaint 0',
      'institutionActivity 0',
      'assessmentApplication 0',
      'carePlan 0',
      'inspection 0',
      'rectification 0',
      'serviceDeclaration 0',
      'settlementRun 0',
      'fundGrant 0',
      'designationApplication 0',
      'claimantSanction 0',
      '解除待审批 Propose termination',
    ]);
  });
});
