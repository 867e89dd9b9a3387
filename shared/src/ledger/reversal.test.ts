import { describe, expect, it } from 'vitest';
import { decideTransition } from '../workflow/kernel.js';
import { decideReversalProposal, FUND_REVERSAL_WORKFLOW, type ReversalTarget } from './reversal.js';

const target: ReversalTarget = { id: 'p1', reversalOf: null, reversedBy: null, pendingProposal: false };
const codes = (t = target, reason: unknown = '金额录错') => {
  const r = decideReversalProposal(t, reason);
  return r.ok ? [] : r.issues.map((i) => i.code);
};

describe('decideReversalProposal', () => {
  it('Product rule: an immutable ledger corrected by reversal — a posting with a reason may be proposed for reversal', () => {
    const r = decideReversalProposal(target, '  金额录错 ');
    expect(r.ok && r.value.reason).toBe('金额录错');
  });
  it('Product rule: no reversal of a reversal, none twice, none while one awaits approval, none without a reason', () => {
    expect(codes({ ...target, reversalOf: 'p0' })).toEqual(['REVERSAL_OF_REVERSAL']);
    expect(codes({ ...target, reversedBy: 'p2' })).toEqual(['ALREADY_REVERSED']);
    expect(codes({ ...target, pendingProposal: true })).toEqual(['REVERSAL_PENDING']);
    expect(codes(target, ' ')).toEqual(['REASON_REQUIRED']);
    expect(codes(target, 7)).toEqual(['REASON_REQUIRED']);
    expect(codes(target, 'x'.repeat(1001))).toEqual(['OUT_OF_RANGE']);
  });
});

describe('FUND_REVERSAL_WORKFLOW', () => {
  const ctx = (actorId: string, action: string, reason?: string) => ({
    state: 'proposed',
    actor: { id: actorId, roles: ['fund_manager'] },
    preparedBy: 'maker',
    history: [],
    facts: {},
    action,
    reason,
  });
  it('Qinhuangdao art. 56 (maker-checker): the proposer may not approve their own reversal (SAME_PERSON); another fund manager may', () => {
    const own = decideTransition(FUND_REVERSAL_WORKFLOW, ctx('maker', 'approve'));
    expect(own.ok ? [] : own.issues.map((i) => i.code)).toEqual(['SAME_PERSON']);
    const other = decideTransition(FUND_REVERSAL_WORKFLOW, ctx('checker', 'approve'));
    expect(other.ok && other.value.to).toBe('approved');
  });
  it('Qinhuangdao art. 49; Tumxuk §6(三): a TPA user may not approve; a rejection needs a reason', () => {
    const tpa = decideTransition(FUND_REVERSAL_WORKFLOW, { ...ctx('tpa', 'approve'), actor: { id: 'tpa', roles: ['tpa_staff'] } });
    expect(tpa.ok ? [] : tpa.issues.map((i) => i.code)).toEqual(['ROLE_NOT_ALLOWED']);
    const reject = decideTransition(FUND_REVERSAL_WORKFLOW, ctx('checker', 'reject'));
    expect(reject.ok ? [] : reject.issues.map((i) => i.code)).toEqual(['REASON_REQUIRED']);
  });
});
