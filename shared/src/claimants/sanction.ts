import { type IsoDate, isIsoDate } from '../core/dates.js';
import type { PolicyIssue } from '../core/result.js';
import { rolesWith } from '../rights/rights.js';
import type { Label } from '../rights/roles.js';
import type { Guard, Workflow } from '../workflow/types.js';

/** Qinhuangdao art. 69: 暂停或取消长护险待遇享受资格, each for a period (art. 71: 限制或暂停期限). */
export const SANCTION_KINDS = ['suspend', 'revoke'] as const;
export type SanctionKind = (typeof SANCTION_KINDS)[number];
export const SANCTION_KIND_LABELS: Record<SanctionKind, Label> = {
  suspend: { zh: '暂停待遇享受资格', en: 'Suspension of benefits' },
  revoke: { zh: '取消待遇享受资格', en: 'Revocation of benefits' },
};

export const SANCTION_STATES = ['proposed', 'inForce', 'reinstated', 'withdrawn'] as const;
export type SanctionState = (typeof SANCTION_STATES)[number];
export const SANCTION_ACTIONS = ['approve', 'withdraw', 'reinstate'] as const;
export type SanctionAction = (typeof SANCTION_ACTIONS)[number];

export const SANCTION_CITATION = 'Qinhuangdao art. 69';
export const REINSTATEMENT_CITATION = 'Qinhuangdao art. 71: 应在限制或暂停期限届满后，向医保经办机构重新提出申请，经审核通过后，方可恢复';

export interface SanctionDraft {
  kind: unknown;
  startsOn: unknown;
  endsOn: unknown;
  reason: unknown;
}

/** A sanction names its kind, its period (first and last day) and the violation behind it (art. 69). */
export function sanctionIssues(d: SanctionDraft): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  if (!(SANCTION_KINDS as readonly unknown[]).includes(d.kind))
    issues.push({ path: 'kind', code: 'NOT_ALLOWED', message: '措施须为暂停或取消待遇享受资格 (suspend or revoke)' });
  if (!isIsoDate(d.startsOn)) issues.push({ path: 'startsOn', code: 'INVALID_DATE', message: '开始日期格式应为 YYYY-MM-DD (start date)' });
  if (!isIsoDate(d.endsOn)) issues.push({ path: 'endsOn', code: 'INVALID_DATE', message: '期限届满日格式应为 YYYY-MM-DD (last day)' });
  else if (isIsoDate(d.startsOn) && d.endsOn < d.startsOn)
    issues.push({ path: 'endsOn', code: 'PERIOD_INVALID', message: '期限届满日不能早于开始日期 (the period ends before it starts)' });
  if (typeof d.reason !== 'string' || d.reason.trim().length < 2)
    issues.push({ path: 'reason', code: 'REQUIRED', message: '请写明违规情节 (the violation)' });
  return issues;
}

export interface SanctionFacts {
  asOf: IsoDate;
  /** The period's last day. */
  endsOn: IsoDate;
}

const periodOver: Guard<SanctionFacts> = {
  rule: 'sanctionPeriodOver',
  code: 'SANCTION_PERIOD_NOT_OVER',
  label: { zh: '暂停或取消期限尚未届满', en: 'The sanction’s period is not over' },
  citation: REINSTATEMENT_CITATION,
  check: (f) => (f.asOf > f.endsOn ? null : { message: `期限至 ${f.endsOn} 届满，届满后方可重新申请恢复 (period ends ${f.endsOn})` }),
};

/**
 * A sanction on a claimant (Qinhuangdao art. 69, 71): proposed with the violation, put in force by a
 * second officer (four-eyes), and lifted only on a new application made after the period ends.
 */
export const SANCTION_WORKFLOW: Workflow<SanctionState, SanctionAction, SanctionFacts> = {
  id: 'claimantSanction',
  rightPrefix: 'sanction',
  label: { zh: '参保人待遇资格处理', en: 'Claimant sanction' },
  states: SANCTION_STATES,
  initial: 'proposed',
  transitions: [
    {
      action: 'approve',
      from: ['proposed'],
      to: 'inForce',
      roles: rolesWith('sanction.approve'),
      citation: 'Qinhuangdao art. 69; Product rule: the approver is not the proposer',
      fourEyes: true,
    },
    {
      action: 'withdraw',
      from: ['proposed'],
      to: 'withdrawn',
      roles: rolesWith('sanction.withdraw'),
      citation: 'Qinhuangdao art. 69',
      needsReason: true,
    },
    {
      action: 'reinstate',
      from: ['inForce'],
      to: 'reinstated',
      roles: rolesWith('sanction.reinstate'),
      citation: REINSTATEMENT_CITATION,
      needsReason: true,
      guards: [periodOver],
      input: {
        rule: 'reinstatementApplication',
        citation: REINSTATEMENT_CITATION,
        check: (input, facts) => {
          const on = input.appliedOn;
          if (!isIsoDate(on))
            return [{ path: 'appliedOn', code: 'REQUIRED', message: '请填写重新申请的日期 YYYY-MM-DD (date of the new application)' }];
          if (on <= facts.endsOn)
            return [
              {
                path: 'appliedOn',
                code: 'APPLIED_BEFORE_PERIOD_END',
                message: `重新申请须在期限届满（${facts.endsOn}）之后 (applied before the period ended)`,
              },
            ];
          if (on > facts.asOf) return [{ path: 'appliedOn', code: 'IN_FUTURE', message: '申请日期不能晚于今天 (date in the future)' }];
          return [];
        },
      },
    },
  ],
  stateLabels: {
    proposed: { zh: '待审批', en: 'Proposed' },
    inForce: { zh: '执行中', en: 'In force' },
    reinstated: { zh: '已恢复', en: 'Reinstated' },
    withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  },
  actionLabels: {
    approve: { zh: '审批执行', en: 'Approve' },
    withdraw: { zh: '撤回', en: 'Withdraw' },
    reinstate: { zh: '重新申请通过，恢复资格', en: 'Reinstate on a new application' },
  },
};
