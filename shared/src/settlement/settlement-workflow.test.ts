import { describe, expect, it } from 'vitest';
import { decideTransition } from '../workflow/kernel.js';
import { SETTLEMENT_RUN_WORKFLOW, type SettlementRunFacts } from './settlement-workflow.js';

const facts: SettlementRunFacts = { computing: false, fundTotal: '2910.00', balance: '3000.00' };
const officer = (id: string) => ({ id, roles: ['agency_officer'] });
const fund = { id: 'F', roles: ['fund_manager'] };
const reviewed = [{ action: 'review', from: 'generated', to: 'reviewed', actorId: 'O1' }];
const codes = (r: ReturnType<typeof decideTransition>) => (r.ok ? [] : r.issues.map((i) => i.code));

describe('the settlement run (Qinhuangdao art. 54–56)', () => {
  it('Qinhuangdao art. 55: no first review while the sheets are still computed', () => {
    const r = decideTransition(SETTLEMENT_RUN_WORKFLOW, {
      state: 'generated',
      actor: officer('O1'),
      facts: { ...facts, computing: true },
      action: 'review',
    });
    expect(codes(r)).toEqual(['SETTLEMENT_COMPUTING']);
  });

  it('Qinhuangdao art. 56: the re-check is by another person than the first review', () => {
    const same = decideTransition(SETTLEMENT_RUN_WORKFLOW, {
      state: 'reviewed',
      actor: officer('O1'),
      history: reviewed,
      facts,
      action: 'recheck',
    });
    expect(codes(same)).toEqual(['SAME_PERSON']);
    const other = decideTransition(SETTLEMENT_RUN_WORKFLOW, {
      state: 'reviewed',
      actor: officer('O2'),
      history: reviewed,
      facts,
      action: 'recheck',
    });
    expect(other.ok).toBe(true);
  });

  it('Qinhuangdao art. 50 ¶2–3, 52: payment refused when the paying account (3000) cannot cover 3000.01; 3000.00 is covered', () => {
    const short = decideTransition(SETTLEMENT_RUN_WORKFLOW, {
      state: 'rechecked',
      actor: fund,
      preparedBy: 'O1',
      facts: { ...facts, fundTotal: '3000.01' },
      action: 'pay',
    });
    expect(codes(short)).toEqual(['FUNDS_INSUFFICIENT']);
    const exact = decideTransition(SETTLEMENT_RUN_WORKFLOW, {
      state: 'rechecked',
      actor: fund,
      preparedBy: 'O1',
      facts: { ...facts, fundTotal: '3000.00' },
      action: 'pay',
    });
    expect(exact.ok).toBe(true);
  });

  it('Qinhuangdao art. 56: nobody pays the settlement they ran themselves', () => {
    const own = decideTransition(SETTLEMENT_RUN_WORKFLOW, { state: 'rechecked', actor: fund, preparedBy: 'F', facts, action: 'pay' });
    expect(codes(own)).toContain('SAME_PERSON');
  });

  it('Qinhuangdao art. 55–56: a generated run (its job failed, say) is returned with a reason, freeing its month', () => {
    const r = decideTransition(SETTLEMENT_RUN_WORKFLOW, {
      state: 'generated',
      actor: officer('O1'),
      facts: { ...facts, computing: true },
      action: 'return',
      reason: '任务失败，重新生成',
    });
    expect(r.ok && r.value.to).toBe('returned');
  });

  it('Qinhuangdao art. 55–56: a return needs its reason', () => {
    const r = decideTransition(SETTLEMENT_RUN_WORKFLOW, { state: 'reviewed', actor: officer('O2'), facts, action: 'return' });
    expect(codes(r)).toEqual(['REASON_REQUIRED']);
  });
});
