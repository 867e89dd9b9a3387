import { describe, expect, it } from 'vitest';
import { decideTransition } from '../workflow/kernel.js';
import { INSTITUTION_ACTIVITY_WORKFLOW, kindChangeIssues } from './institution-activity.js';

const officer = { id: 'u1', roles: ['agency_officer'] };
const decide = (state: string, action: string, agreementInForce = false, reason: string | null = '机构申请注销') =>
  decideTransition(INSTITUTION_ACTIVITY_WORKFLOW, { state, action, reason, actor: officer, facts: { agreementInForce } });

describe('institution activity (issue 8, defect 3: deactivated with a reason, never deleted)', () => {
  it('Product rule: an active institution is deactivated with a reason, and reactivated with one', () => {
    const off = decide('active', 'deactivate');
    expect(off.ok && off.value).toMatchObject({ from: 'active', to: 'inactive', reason: '机构申请注销' });
    const on = decide('inactive', 'reactivate', false, '重新取得执业许可');
    expect(on.ok && on.value).toMatchObject({ from: 'inactive', to: 'active' });
  });

  it('Product rule: deactivating needs a reason (REASON_REQUIRED)', () => {
    const r = decide('active', 'deactivate', false, '  ');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.map((i) => i.code)).toContain('REASON_REQUIRED');
  });

  it('Xinjiang art. 24–25: not while an agreement is in force (AGREEMENT_IN_FORCE)', () => {
    const r = decide('active', 'deactivate', true);
    expect(!r.ok && r.issues.map((i) => i.code)).toEqual(['AGREEMENT_IN_FORCE']);
  });

  it('Qinhuangdao art. 60–61: the TPA and the fund manager may not deactivate (ROLE_NOT_ALLOWED)', () => {
    for (const role of ['tpa_staff', 'fund_manager']) {
      const r = decideTransition(INSTITUTION_ACTIVITY_WORKFLOW, {
        state: 'active',
        action: 'deactivate',
        reason: '测试',
        actor: { id: 'u2', roles: [role] },
        facts: { agreementInForce: false },
      });
      expect(!r.ok && r.issues.map((i) => i.code)).toContain('ROLE_NOT_ALLOWED');
    }
  });

  it('an inactive institution cannot be deactivated again (TRANSITION_NOT_ALLOWED)', () => {
    const r = decide('inactive', 'deactivate');
    expect(!r.ok && r.issues.map((i) => i.code)).toContain('TRANSITION_NOT_ALLOWED');
  });
});

describe('kind change (Xinjiang art. 21; Qinhuangdao art. 40)', () => {
  it('Product rule: the kind changes freely while the institution has no staff and no agreement', () => {
    expect(kindChangeIssues({ from: 'care', to: 'assessment', staffCount: 0, agreementCount: 0 })).toEqual([]);
  });

  it('Product rule: once it has staff or an agreement, another kind is KIND_LOCKED; the same kind is no change', () => {
    expect(kindChangeIssues({ from: 'care', to: 'assessment', staffCount: 2, agreementCount: 0 })).toEqual([
      { path: 'kind', code: 'KIND_LOCKED', message: '该机构已有人员、协议或申请，不能变更机构类型（人员 2 名，协议 0 份，申请 0 件）' },
    ]);
    expect(kindChangeIssues({ from: 'care', to: 'tpa', staffCount: 0, agreementCount: 1 }).map((i) => i.code)).toEqual(['KIND_LOCKED']);
    expect(kindChangeIssues({ from: 'care', to: 'care', staffCount: 5, agreementCount: 3 })).toEqual([]);
  });

  it('Product rule (issue 8, defect 3): an application of the old kind locks it too, with nothing else', () => {
    expect(kindChangeIssues({ from: 'assessment', to: 'care', staffCount: 0, agreementCount: 0, applicationCount: 1 })).toEqual([
      { path: 'kind', code: 'KIND_LOCKED', message: '该机构已有人员、协议或申请，不能变更机构类型（人员 0 名，协议 0 份，申请 1 件）' },
    ]);
    expect(kindChangeIssues({ from: 'care', to: undefined, staffCount: 5, agreementCount: 3 })).toEqual([]);
  });
});
