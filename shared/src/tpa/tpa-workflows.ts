import { rolesWith } from '../rights/rights.js';
import type { Guard, Workflow } from '../workflow/types.js';

/** The TPA service contract (Qinhuangdao art. 60, 62; Tianjin art. 18, 20). */
export const TPA_CONTRACT_STATES = ['draft', 'active', 'termination_pending', 'terminated'] as const;
export type TpaContractState = (typeof TPA_CONTRACT_STATES)[number];
export const TPA_CONTRACT_ACTIONS = ['activate', 'propose_termination', 'approve_termination', 'reject_termination'] as const;
export type TpaContractAction = (typeof TPA_CONTRACT_ACTIONS)[number];

export const TPA_CONTRACT_WORKFLOW: Workflow<TpaContractState, TpaContractAction, Record<string, never>> = {
  id: 'tpaContract',
  rightPrefix: 'tpaContract',
  label: { zh: '委托经办服务合同', en: 'TPA service contract' },
  states: TPA_CONTRACT_STATES,
  initial: 'draft',
  transitions: [
    { action: 'activate', from: ['draft'], to: 'active', roles: rolesWith('tpaContract.activate'), citation: 'Qinhuangdao art. 60, 62' },
    {
      action: 'propose_termination',
      from: ['active'],
      to: 'termination_pending',
      roles: rolesWith('tpaContract.propose_termination'),
      citation: 'Tianjin art. 20 (严重违反服务协议约定的，应终止合作协议)',
      needsReason: true,
    },
    {
      action: 'approve_termination',
      from: ['termination_pending'],
      to: 'terminated',
      roles: rolesWith('tpaContract.approve_termination'),
      citation: 'Tianjin art. 20; Product rule: maker-checker, the approver is not the proposer',
      fourEyes: { notActorOf: 'propose_termination' },
    },
    {
      action: 'reject_termination',
      from: ['termination_pending'],
      to: { before: 'propose_termination' },
      roles: rolesWith('tpaContract.reject_termination'),
      citation: 'Product rule: maker-checker, a rejected proposal returns the contract to its state before it',
      needsReason: true,
    },
  ],
  stateLabels: {
    draft: { zh: '草稿', en: 'Draft' },
    active: { zh: '履行中', en: 'In force' },
    termination_pending: { zh: '终止待审批', en: 'Termination pending' },
    terminated: { zh: '已终止', en: 'Terminated' },
  },
  actionLabels: {
    activate: { zh: '签订生效', en: 'Put in force' },
    propose_termination: { zh: '提请终止', en: 'Propose termination' },
    approve_termination: { zh: '批准终止', en: 'Approve termination' },
    reject_termination: { zh: '驳回终止', en: 'Reject termination' },
  },
};

/** The yearly assessment (Tianjin art. 13): self-check → on-site assessment → review by a second inspector. */
export const TPA_ASSESSMENT_STATES = ['self_check', 'on_site', 'review', 'approved'] as const;
export type TpaAssessmentState = (typeof TPA_ASSESSMENT_STATES)[number];
export const TPA_ASSESSMENT_ACTIONS = ['submit_self_check', 'submit_on_site', 'approve', 'return'] as const;
export type TpaAssessmentAction = (typeof TPA_ASSESSMENT_ACTIONS)[number];

export const TPA_ASSESSMENT_WORKFLOW: Workflow<TpaAssessmentState, TpaAssessmentAction, Record<string, never>> = {
  id: 'tpaAssessment',
  rightPrefix: 'tpaAssessment',
  label: { zh: '委托经办机构年度考核', en: 'TPA yearly assessment' },
  states: TPA_ASSESSMENT_STATES,
  initial: 'self_check',
  transitions: [
    {
      action: 'submit_self_check',
      from: ['self_check'],
      to: 'on_site',
      roles: rolesWith('tpaAssessment.submit_self_check'),
      citation: 'Tianjin art. 13 (机构自查)',
    },
    {
      action: 'submit_on_site',
      from: ['on_site'],
      to: 'review',
      roles: rolesWith('tpaAssessment.submit_on_site'),
      citation: 'Tianjin art. 13 (实地考核)',
    },
    {
      action: 'approve',
      from: ['review'],
      to: 'approved',
      roles: rolesWith('tpaAssessment.approve'),
      citation: 'Tianjin art. 13 (考核评议); Product rule: four-eyes, the reviewer did not score on site',
      fourEyes: { notActorOf: 'submit_on_site' },
    },
    {
      action: 'return',
      from: ['review'],
      to: 'on_site',
      roles: rolesWith('tpaAssessment.return'),
      citation: 'Tianjin art. 13; Product rule: a review sends the on-site scores back with a reason',
      needsReason: true,
      fourEyes: { notActorOf: 'submit_on_site' },
    },
  ],
  stateLabels: {
    self_check: { zh: '机构自查', en: 'Self-check' },
    on_site: { zh: '实地考核', en: 'On-site assessment' },
    review: { zh: '考核评议', en: 'Review' },
    approved: { zh: '已评定', en: 'Approved' },
  },
  actionLabels: {
    submit_self_check: { zh: '提交自查', en: 'File the self-check' },
    submit_on_site: { zh: '提交实地考核', en: 'Submit on-site scores' },
    approve: { zh: '评议通过', en: 'Approve' },
    return: { zh: '退回重评', en: 'Return' },
  },
};

/** A quarter's fee payment through the ledger: proposed by one fund manager, paid on a second's approval. */
export const TPA_FEE_PAYMENT_STATES = ['proposed', 'paid', 'rejected'] as const;
export type TpaFeePaymentState = (typeof TPA_FEE_PAYMENT_STATES)[number];
export const TPA_FEE_PAYMENT_ACTIONS = ['approve', 'reject'] as const;
export type TpaFeePaymentAction = (typeof TPA_FEE_PAYMENT_ACTIONS)[number];

export interface TpaFeePaymentFacts {
  withinCap: boolean;
  amount: string;
  remaining: string | null;
}

const withinCap: Guard<TpaFeePaymentFacts> = {
  rule: 'tpaFeeWithinCap',
  code: 'TPA_FEE_OVER_CAP',
  label: { zh: '超过当年经办服务费上限', en: 'Over the year’s TPA fee cap' },
  citation: 'Qinhuangdao art. 63 (不高于当年筹集基金的5%)',
  check: (f) =>
    f.withinCap
      ? null
      : {
          message: `本次拨付${f.amount}元将超过当年经办服务费上限，尚可拨付${f.remaining}元 (over the year's cap)`,
          params: { amount: f.amount, remaining: f.remaining },
        },
};

export const TPA_FEE_PAYMENT_WORKFLOW: Workflow<TpaFeePaymentState, TpaFeePaymentAction, TpaFeePaymentFacts> = {
  id: 'tpaFeePayment',
  rightPrefix: 'tpaFeePayment',
  label: { zh: '经办服务费拨付', en: 'TPA fee payment' },
  states: TPA_FEE_PAYMENT_STATES,
  initial: 'proposed',
  transitions: [
    {
      action: 'approve',
      from: ['proposed'],
      to: 'paid',
      roles: rolesWith('tpaFeePayment.approve'),
      citation: 'Qinhuangdao art. 63; Product rule: maker-checker, the approver did not propose it',
      fourEyes: true,
      guards: [withinCap],
    },
    {
      action: 'reject',
      from: ['proposed'],
      to: 'rejected',
      roles: rolesWith('tpaFeePayment.reject'),
      citation: 'Product rule: maker-checker, a rejection carries its reason',
      needsReason: true,
      fourEyes: true,
    },
  ],
  stateLabels: {
    proposed: { zh: '待复核', en: 'Awaiting approval' },
    paid: { zh: '已拨付', en: 'Paid' },
    rejected: { zh: '已驳回', en: 'Rejected' },
  },
  actionLabels: { approve: { zh: '复核拨付', en: 'Approve and pay' }, reject: { zh: '驳回', en: 'Reject' } },
};

/** Interview and rectification after a poor result (Tianjin art. 20: 约谈、责令限期整改). */
export const TPA_RECTIFICATION_STATES = ['open', 'closed'] as const;
export type TpaRectificationState = (typeof TPA_RECTIFICATION_STATES)[number];
export const TPA_RECTIFICATION_ACTIONS = ['close'] as const;
export type TpaRectificationAction = (typeof TPA_RECTIFICATION_ACTIONS)[number];

export const TPA_RECTIFICATION_WORKFLOW: Workflow<TpaRectificationState, TpaRectificationAction, Record<string, never>> = {
  id: 'tpaRectification',
  rightPrefix: 'tpaRectification',
  label: { zh: '约谈与限期整改', en: 'Interview and rectification' },
  states: TPA_RECTIFICATION_STATES,
  initial: 'open',
  transitions: [
    {
      action: 'close',
      from: ['open'],
      to: 'closed',
      roles: rolesWith('tpaRectification.close'),
      citation: 'Tianjin art. 20',
      needsReason: true,
    },
  ],
  stateLabels: { open: { zh: '整改中', en: 'Open' }, closed: { zh: '已销号', en: 'Closed' } },
  actionLabels: { close: { zh: '整改销号', en: 'Close' } },
};
