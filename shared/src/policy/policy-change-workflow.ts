import type { IsoDate, IsoMonth } from '../core/dates.js';
import { rolesWith } from '../rights/rights.js';
import type { Guard, Workflow } from '../workflow/types.js';
import { EFFECTIVE_DATE_CITATION, effectiveDateIssues } from './effective-date.js';

export const POLICY_CHANGE_STATES = ['draft', 'submitted', 'approved', 'rejected'] as const;
export type PolicyChangeState = (typeof POLICY_CHANGE_STATES)[number];

export const POLICY_CHANGE_ACTIONS = ['submit', 'approve', 'reject'] as const;
export type PolicyChangeAction = (typeof POLICY_CHANGE_ACTIONS)[number];

/** What the guards read, loaded by the server in the transaction that takes the step. */
export interface PolicyChangeFacts {
  /** Today, in China. */
  asOf: IsoDate;
  effectiveFrom: IsoDate;
  /** The last month whose settlement is closed; null while there is none. */
  lastSettledMonth: IsoMonth | null;
}

const effectiveDateOpen: Guard<PolicyChangeFacts> = {
  rule: 'effectiveDateOpen',
  code: 'EFFECTIVE_DATE_TOO_EARLY',
  label: { zh: '生效日期早于允许的最早日期', en: 'The effective date is earlier than allowed' },
  citation: EFFECTIVE_DATE_CITATION,
  check: (f) => {
    const issue = effectiveDateIssues(f.effectiveFrom, f.asOf, f.lastSettledMonth)[0];
    return issue ? { message: issue.message, params: { effectiveFrom: f.effectiveFrom } } : null;
  },
};

const FOUR_EYES = 'Product rule: maker-checker, a policy parameter change is approved by a second administrator';

/**
 * A proposed change of a region's policy parameters, effective from a chosen date: drafted,
 * submitted, then approved or rejected by another administrator. Approved, it is a new
 * effective-dated version of the region's pack.
 */
export const POLICY_CHANGE_WORKFLOW: Workflow<PolicyChangeState, PolicyChangeAction, PolicyChangeFacts> = {
  id: 'policyChange',
  rightPrefix: 'policyChange',
  label: { zh: '政策参数变更', en: 'Policy parameter change' },
  states: POLICY_CHANGE_STATES,
  initial: 'draft',
  transitions: [
    {
      action: 'submit',
      from: ['draft'],
      to: 'submitted',
      roles: rolesWith('policyChange.submit'),
      citation: 'Product rule: a parameter change is submitted for a second administrator’s approval',
      guards: [effectiveDateOpen],
    },
    {
      action: 'approve',
      from: ['submitted'],
      to: 'approved',
      roles: rolesWith('policyChange.approve'),
      citation: FOUR_EYES,
      fourEyes: true,
      guards: [effectiveDateOpen],
    },
    {
      action: 'reject',
      from: ['submitted'],
      to: 'rejected',
      roles: rolesWith('policyChange.reject'),
      citation: FOUR_EYES,
      needsReason: true,
      fourEyes: true,
    },
  ],
  stateLabels: {
    draft: { zh: '草稿', en: 'Draft' },
    submitted: { zh: '待审批', en: 'Awaiting approval' },
    approved: { zh: '已批准', en: 'Approved' },
    rejected: { zh: '已驳回', en: 'Rejected' },
  },
  actionLabels: {
    submit: { zh: '提交审批', en: 'Submit for approval' },
    approve: { zh: '批准', en: 'Approve' },
    reject: { zh: '驳回', en: 'Reject' },
  },
};
