import { describe, expect, it } from 'vitest';
import { allowedActions, decideTransition } from '../workflow/kernel.js';
import type { HistoryStep, TransitionRequest } from '../workflow/types.js';
import { type AgreementFacts, SERVICE_AGREEMENT_WORKFLOW as W } from './agreement-workflow.js';

const officer = { id: 'u-officer', roles: ['agency_officer'] };
const inspector = { id: 'u-inspector', roles: ['inspector'] };
const facts: AgreementFacts = {
  asOf: '2026-10-01',
  number: '兵团三师评协〔2026〕1号',
  startDate: '2026-09-01',
  endDate: '2027-08-31',
  otherAgreementInForce: false,
};
const req = (over: Partial<TransitionRequest<AgreementFacts>>): TransitionRequest<AgreementFacts> => ({
  state: 'draft',
  action: 'activate',
  actor: officer,
  preparedBy: 'u-officer',
  facts,
  ...over,
});
const to = (r: ReturnType<typeof decideTransition>) => (r.ok ? r.value.to : r.issues.map((i) => i.code).join(','));
const proposedBy = (actorId: string, from: string): HistoryStep[] => [
  { action: 'activate', from: 'draft', to: 'active', actorId: 'u-officer' },
  { action: 'propose_termination', from, to: 'termination_pending', actorId },
];
const termination = { kind: 'violation', date: '2026-10-15' };

describe('service agreement workflow', () => {
  it('Xinjiang art. 10: a complete draft within its term is put in force', () => {
    expect(to(decideTransition(W, req({})))).toBe('active');
  });

  it('Xinjiang art. 10: an incomplete draft is refused with AGREEMENT_INCOMPLETE naming the fields', () => {
    const r = decideTransition(W, req({ facts: { ...facts, number: ' ', endDate: null } }));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues).toEqual([
        expect.objectContaining({
          code: 'AGREEMENT_INCOMPLETE',
          citation: 'Xinjiang art. 10',
          params: { action: 'activate', fields: ['number', 'endDate'] },
        }),
      ]);
  });

  it('Xinjiang art. 10: a draft whose term has already ended cannot be put in force (AGREEMENT_ENDED)', () => {
    expect(to(decideTransition(W, req({ facts: { ...facts, asOf: '2027-09-01' } })))).toBe('AGREEMENT_ENDED');
    expect(to(decideTransition(W, req({ facts: { ...facts, asOf: '2027-08-31' } })))).toBe('active');
  });

  it('Product rule: one agreement in force per institution (AGREEMENT_OVERLAP)', () => {
    expect(to(decideTransition(W, req({ facts: { ...facts, otherAgreementInForce: true } })))).toBe('AGREEMENT_OVERLAP');
  });

  it('Qinhuangdao art. 62: the TPA assists but takes no step on an agreement (ROLE_NOT_ALLOWED); nor does the fund manager', () => {
    for (const roles of [['tpa_staff'], ['fund_manager']])
      expect(to(decideTransition(W, req({ actor: { id: 'u-x', roles } })))).toBe('ROLE_NOT_ALLOWED');
  });

  it('Xinjiang art. 24–25: suspension needs a reason (REASON_REQUIRED) and goes from in force to suspended', () => {
    expect(to(decideTransition(W, req({ state: 'active', action: 'suspend', actor: inspector })))).toBe('REASON_REQUIRED');
    expect(to(decideTransition(W, req({ state: 'active', action: 'suspend', actor: inspector, reason: '拒不配合日常检查' })))).toBe(
      'suspended',
    );
    expect(to(decideTransition(W, req({ state: 'draft', action: 'suspend', actor: inspector, reason: 'x' })))).toBe(
      'TRANSITION_NOT_ALLOWED',
    );
  });

  it('Xinjiang art. 24: a suspended agreement resumes, unless its term has ended (AGREEMENT_ENDED)', () => {
    expect(to(decideTransition(W, req({ state: 'suspended', action: 'resume' })))).toBe('active');
    expect(to(decideTransition(W, req({ state: 'suspended', action: 'resume', facts: { ...facts, asOf: '2027-09-01' } })))).toBe(
      'AGREEMENT_ENDED',
    );
  });

  it('Xinjiang art. 12(二)(三), 24: a termination is proposed with a reason, a kind and a date within the term', () => {
    const r = decideTransition(
      W,
      req({ state: 'active', action: 'propose_termination', actor: inspector, reason: '伪造评估结论', input: termination }),
    );
    expect(r.ok && r.value).toEqual({
      action: 'propose_termination',
      from: 'active',
      to: 'termination_pending',
      reason: '伪造评估结论',
      input: termination,
    });
    expect(to(decideTransition(W, req({ state: 'suspended', action: 'propose_termination', reason: 'x', input: termination })))).toBe(
      'termination_pending',
    );
  });

  it('Xinjiang art. 12(二)(三), 24: a proposal without reason, kind or date lists every problem', () => {
    const none = decideTransition(W, req({ state: 'active', action: 'propose_termination', input: {} }));
    expect(none.ok ? [] : none.issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      'reason REASON_REQUIRED',
      'input.kind REQUIRED',
      'input.date REQUIRED',
    ]);
    const bad = decideTransition(
      W,
      req({ state: 'active', action: 'propose_termination', reason: 'x', input: { kind: 'boredom', date: '2026-02-30' } }),
    );
    expect(bad.ok ? [] : bad.issues.map((i) => `${i.path} ${i.code}`)).toEqual(['input.kind NOT_ALLOWED', 'input.date INVALID_DATE']);
    for (const date of ['2026-08-31', '2027-09-01']) {
      const out = decideTransition(
        W,
        req({ state: 'active', action: 'propose_termination', reason: 'x', input: { kind: 'expiry', date } }),
      );
      expect(out.ok ? [] : out.issues.map((i) => `${i.path} ${i.code}`)).toEqual(['input.date OUT_OF_RANGE']);
    }
  });

  it('Xinjiang art. 25 / Product rule: maker-checker — the proposer cannot approve the termination (SAME_PERSON); a second person can', () => {
    const history = proposedBy('u-inspector', 'active');
    const own = decideTransition(W, req({ state: 'termination_pending', action: 'approve_termination', actor: inspector, history }));
    expect(to(own)).toBe('SAME_PERSON');
    if (!own.ok)
      expect(own.issues[0].params).toEqual({ action: 'approve_termination', step: 'propose_termination', stepActor: 'u-inspector' });
    const other = decideTransition(
      W,
      req({ state: 'termination_pending', action: 'approve_termination', actor: { id: 'u-chief', roles: ['inspector'] }, history }),
    );
    expect(to(other)).toBe('terminated');
    // the preparer of the agreement may approve a termination someone else proposed: four-eyes names the proposal
    expect(to(decideTransition(W, req({ state: 'termination_pending', action: 'approve_termination', actor: officer, history })))).toBe(
      'terminated',
    );
  });

  it('Product rule: maker-checker — a rejected proposal needs a reason and returns the agreement to where it was', () => {
    const fromActive = proposedBy('u-inspector', 'active');
    expect(to(decideTransition(W, req({ state: 'termination_pending', action: 'reject_termination', history: fromActive })))).toBe(
      'REASON_REQUIRED',
    );
    expect(
      to(decideTransition(W, req({ state: 'termination_pending', action: 'reject_termination', history: fromActive, reason: '证据不足' }))),
    ).toBe('active');
    const fromSuspended = [
      ...proposedBy('u-inspector', 'active').slice(0, 1),
      { action: 'suspend', from: 'active', to: 'suspended', actorId: 'u-inspector' },
      { action: 'propose_termination', from: 'suspended', to: 'termination_pending', actorId: 'u-inspector' },
    ];
    expect(
      to(
        decideTransition(
          W,
          req({ state: 'termination_pending', action: 'reject_termination', history: fromSuspended, reason: '证据不足' }),
        ),
      ),
    ).toBe('suspended');
  });

  it('Xinjiang art. 10, 17: an agreement expires only once its term has ended (AGREEMENT_NOT_ENDED)', () => {
    expect(to(decideTransition(W, req({ state: 'active', action: 'expire' })))).toBe('AGREEMENT_NOT_ENDED');
    expect(to(decideTransition(W, req({ state: 'active', action: 'expire', facts: { ...facts, endDate: null } })))).toBe(
      'AGREEMENT_NOT_ENDED',
    );
    expect(to(decideTransition(W, req({ state: 'suspended', action: 'expire', facts: { ...facts, asOf: '2027-09-01' } })))).toBe('expired');
  });

  it('Xinjiang art. 24–25: terminated and expired are final — no action leaves them', () => {
    for (const state of ['terminated', 'expired']) {
      const list = allowedActions(W, { state, actor: officer, preparedBy: 'u-officer', facts });
      expect(list.filter((a) => a.enabled)).toEqual([]);
    }
  });

  it('Xinjiang art. 24–25: what an inspector may do with an agreement in force', () => {
    const list = allowedActions(W, { state: 'active', actor: inspector, preparedBy: 'u-officer', facts });
    expect(list.filter((a) => a.enabled).map((a) => [a.action, a.needsReason, a.needsInput])).toEqual([
      ['suspend', true, false],
      ['propose_termination', true, true],
    ]);
    const pending = allowedActions(W, {
      state: 'termination_pending',
      actor: inspector,
      preparedBy: 'u-officer',
      facts,
      history: proposedBy('u-inspector', 'suspended'),
    });
    expect(pending.find((a) => a.action === 'approve_termination')?.blockedBy).toEqual(['SAME_PERSON']);
    expect(pending.find((a) => a.action === 'reject_termination')).toMatchObject({ enabled: true, to: 'suspended' });
  });
});

describe('a deactivated institution (issue 8, defect 3)', () => {
  it('Product rule: a draft of a deactivated institution is not put in force (INSTITUTION_INACTIVE)', () => {
    const r = decideTransition(W, {
      state: 'draft',
      action: 'activate',
      actor: { id: 'u1', roles: ['agency_officer'] },
      facts: {
        asOf: '2026-07-01',
        number: '秦医保协〔2026〕1号',
        startDate: '2026-07-01',
        endDate: '2027-06-30',
        otherAgreementInForce: false,
        institutionActive: false,
      },
    });
    expect(!r.ok && r.issues.map((i) => i.code)).toEqual(['INSTITUTION_INACTIVE']);
  });
});
