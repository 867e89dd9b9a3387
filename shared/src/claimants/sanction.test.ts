import { describe, expect, it } from 'vitest';
import { qinhuangdaoEligibilityParams } from '../eligibility/params.js';
import { decideTransition } from '../workflow/kernel.js';
import { claimantEligibility } from './claimant-eligibility.js';
import { SANCTION_WORKFLOW, sanctionIssues } from './sanction.js';

const officer = { id: 'u2', roles: ['agency_officer'] };
const ctx = (asOf: string) => ({ state: 'inForce', actor: officer, preparedBy: 'u1', history: [], facts: { asOf, endsOn: '2026-09-20' } });

describe('sanctions on a claimant (Qinhuangdao art. 69, 71)', () => {
  it('Qinhuangdao art. 69: a sanction needs its kind, a period that ends after it starts and the violation', () => {
    const codes = sanctionIssues({ kind: 'fine', startsOn: '2026-09-05', endsOn: '2026-09-01', reason: '' }).map(
      (i) => `${i.path} ${i.code}`,
    );
    expect(codes).toEqual(['kind NOT_ALLOWED', 'endsOn PERIOD_INVALID', 'reason REQUIRED']);
  });

  it('Qinhuangdao art. 71: reinstated only after the period (ends 09-20) on a new application made after it', () => {
    const early = decideTransition(SANCTION_WORKFLOW, {
      ...ctx('2026-09-20'),
      action: 'reinstate',
      reason: '重新申请',
      input: { appliedOn: '2026-09-20' },
    });
    expect(early.ok ? [] : early.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(['SANCTION_PERIOD_NOT_OVER', 'APPLIED_BEFORE_PERIOD_END']),
    );
    const late = decideTransition(SANCTION_WORKFLOW, {
      ...ctx('2026-09-25'),
      action: 'reinstate',
      reason: '重新申请',
      input: { appliedOn: '2026-09-21' },
    });
    expect(late.ok).toBe(true);
  });

  it('Qinhuangdao art. 69: the approver is not the proposer (SAME_PERSON)', () => {
    const own = decideTransition(SANCTION_WORKFLOW, {
      state: 'proposed',
      actor: { id: 'u1', roles: ['agency_officer'] },
      preparedBy: 'u1',
      history: [],
      facts: { asOf: '2026-09-01', endsOn: '2026-09-20' },
      action: 'approve',
    });
    expect(own.ok ? [] : own.issues.map((i) => i.code)).toContain('SAME_PERSON');
  });

  it('Qinhuangdao art. 69, 71: the eligibility status names the sanction: contributing since 2026-07 (benefits from 2027-01), suspended 2027-03-05, active again from the reinstatement 03-25', () => {
    const input = {
      category: 'employee' as const,
      contributions: [{ month: '2026-07', status: 'paid' as const, amount: '100.00', arrivedOn: '2026-07-10' }],
      hospitalStays: [],
      deathDate: null,
      exemptions: [],
      sanctions: [{ kind: 'revoke' as const, startsOn: '2027-03-05', endsOn: '2027-03-20', reinstatedOn: '2027-03-25' }],
    };
    const during = claimantEligibility({ ...input, asOf: '2027-03-10' }, qinhuangdaoEligibilityParams);
    expect(during.ok && during.value).toMatchObject({ status: 'suspended', suspendedBecause: ['sanction'], since: '2027-03-05' });
    expect(during.ok && during.trace.some((s) => s.rule === 'eligibility.sanction' && s.citation === 'Qinhuangdao art. 69')).toBe(true);
    const after = claimantEligibility({ ...input, asOf: '2027-03-26' }, qinhuangdaoEligibilityParams);
    expect(after.ok && after.value).toMatchObject({ status: 'active', since: '2027-03-25' });
  });
});
