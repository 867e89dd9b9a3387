import { fail, ok, type PolicyIssue, type PolicyResult } from '../core/result.js';
import { Tracer } from '../core/trace.js';
import { rolesWith } from '../rights/rights.js';
import { REASON_MAX_LENGTH } from '../workflow/kernel.js';
import type { Workflow } from '../workflow/types.js';

/** Postings are immutable: a mistake is undone by a reversing posting, proposed with a reason and approved by a second person. */
export const REVERSAL_CITATION = 'Product rule: an immutable ledger corrected by reversal (Qinhuangdao art. 49 基金财务制度、会计制度)';
const FOUR_EYES = 'Product rule: maker-checker, the approver of a reversal is not its proposer (Qinhuangdao art. 56 岗位责任)';

export const REVERSAL_STATES = ['proposed', 'approved', 'rejected'] as const;
export type ReversalState = (typeof REVERSAL_STATES)[number];
export const REVERSAL_ACTIONS = ['approve', 'reject'] as const;
export type ReversalAction = (typeof REVERSAL_ACTIONS)[number];

/** Nothing beyond the record and its history: the posting to reverse was checked when the proposal was made. */
export type ReversalFacts = Record<string, never>;

/** A proposal to reverse a posting: approved (the reversing posting is written then) or rejected, by someone other than its proposer. */
export const FUND_REVERSAL_WORKFLOW: Workflow<ReversalState, ReversalAction, ReversalFacts> = {
  id: 'fundReversal',
  rightPrefix: 'fund',
  label: { zh: '冲正申请', en: 'Reversal' },
  states: REVERSAL_STATES,
  initial: 'proposed',
  transitions: [
    {
      action: 'approve',
      from: ['proposed'],
      to: 'approved',
      roles: rolesWith('fund.approve'),
      citation: `${REVERSAL_CITATION}; ${FOUR_EYES}`,
      fourEyes: true,
    },
    {
      action: 'reject',
      from: ['proposed'],
      to: 'rejected',
      roles: rolesWith('fund.reject'),
      citation: FOUR_EYES,
      needsReason: true,
      fourEyes: true,
    },
  ],
  stateLabels: {
    proposed: { zh: '待审批', en: 'Awaiting approval' },
    approved: { zh: '已冲正', en: 'Reversed' },
    rejected: { zh: '已驳回', en: 'Rejected' },
  },
  actionLabels: {
    approve: { zh: '批准冲正', en: 'Approve reversal' },
    reject: { zh: '驳回冲正', en: 'Reject reversal' },
  },
};

/** What the server knows of the posting to reverse when a reversal is proposed. */
export interface ReversalTarget {
  id: string;
  /** Set when the posting is itself a reversal. */
  reversalOf: string | null;
  /** Set when a reversal of it has been approved. */
  reversedBy: string | null;
  /** A proposal to reverse it is awaiting approval. */
  pendingProposal: boolean;
}

/** Whether a reversal of `target` may be proposed with `reason`. */
export function decideReversalProposal(target: ReversalTarget, reason: unknown): PolicyResult<{ reason: string }> {
  const issues: PolicyIssue[] = [];
  const t = new Tracer();
  const text = typeof reason === 'string' ? reason.trim() : '';
  t.step('ledger.reversal.reason', REVERSAL_CITATION, { given: text !== '' }, text !== '');
  if (!text) issues.push({ path: 'reason', code: 'REASON_REQUIRED', message: '冲正须填写理由 (a reversal needs a reason)' });
  else if ([...text].length > REASON_MAX_LENGTH)
    issues.push({ path: 'reason', code: 'OUT_OF_RANGE', message: `理由最多${REASON_MAX_LENGTH}字` });
  t.step('ledger.reversal.target', REVERSAL_CITATION, { ...target }, target.reversalOf ?? target.reversedBy ?? target.pendingProposal);
  if (target.reversalOf)
    issues.push({
      path: 'postingId',
      code: 'REVERSAL_OF_REVERSAL',
      message: '冲正记录不能再冲正；请另行记账更正 (a reversal is not reversed)',
    });
  else if (target.reversedBy) issues.push({ path: 'postingId', code: 'ALREADY_REVERSED', message: '该笔记账已冲正 (already reversed)' });
  else if (target.pendingProposal)
    issues.push({ path: 'postingId', code: 'REVERSAL_PENDING', message: '该笔记账已有待审批的冲正申请 (a reversal is awaiting approval)' });
  return issues.length ? fail(issues) : ok({ reason: text }, t.steps);
}
