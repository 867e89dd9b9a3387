import type { IsoDate } from '../core/dates.js';
import { isIsoDate } from '../core/dates.js';
import type { PolicyIssue } from '../core/result.js';
import { rolesWith } from '../rights/rights.js';
import type { Guard, Workflow } from '../workflow/types.js';

export const RECTIFICATION_STATES = ['ordered', 'overdue', 'rectified', 'verified'] as const;
export type RectificationState = (typeof RECTIFICATION_STATES)[number];

export const RECTIFICATION_ACTIONS = ['mark_overdue', 'report_rectified', 'verify', 'reject'] as const;
export type RectificationAction = (typeof RECTIFICATION_ACTIONS)[number];

export interface RectificationFacts {
  /** Today (China) is after the due date. */
  pastDue: boolean;
}

const pastDue: Guard<RectificationFacts> = {
  rule: 'pastDue',
  code: 'RECTIFICATION_NOT_DUE',
  label: { zh: '整改期限尚未届满', en: 'The rectification is not yet due' },
  citation: 'Qinhuangdao art. 68',
  check: (f) => (f.pastDue ? null : { message: '整改期限尚未届满，不能认定逾期 (not yet due)' }),
};

/**
 * An order to rectify (责令整改, Qinhuangdao art. 68) and its follow-up: ordered → rectified
 * (the institution's report, recorded) → verified by another inspector; past its due date it is
 * overdue, and may still be rectified; a rejected report returns it to the state before.
 */
export const RECTIFICATION_WORKFLOW: Workflow<RectificationState, RectificationAction, RectificationFacts> = {
  id: 'rectification',
  rightPrefix: 'rectification',
  label: { zh: '责令整改', en: 'Rectification order' },
  states: RECTIFICATION_STATES,
  initial: 'ordered',
  transitions: [
    {
      action: 'mark_overdue',
      from: ['ordered'],
      to: 'overdue',
      roles: rolesWith('rectification.mark_overdue'),
      citation: 'Qinhuangdao art. 68',
      guards: [pastDue],
    },
    {
      action: 'report_rectified',
      from: ['ordered', 'overdue'],
      to: 'rectified',
      roles: rolesWith('rectification.report_rectified'),
      citation: 'Qinhuangdao art. 68',
      needsReason: true,
    },
    {
      action: 'verify',
      from: ['rectified'],
      to: 'verified',
      roles: rolesWith('rectification.verify'),
      citation: 'Qinhuangdao art. 68; Product rule: maker-checker, the verifier is not who recorded the rectification',
      fourEyes: { notActorOf: 'report_rectified' },
    },
    {
      action: 'reject',
      from: ['rectified'],
      to: { before: 'report_rectified' },
      roles: rolesWith('rectification.reject'),
      citation: 'Qinhuangdao art. 68',
      needsReason: true,
    },
  ],
  stateLabels: {
    ordered: { zh: '整改中', en: 'Ordered' },
    overdue: { zh: '逾期未整改', en: 'Overdue' },
    rectified: { zh: '已报整改', en: 'Rectified' },
    verified: { zh: '整改验收', en: 'Verified' },
  },
  actionLabels: {
    mark_overdue: { zh: '认定逾期', en: 'Mark overdue' },
    report_rectified: { zh: '登记整改完成', en: 'Record rectification' },
    verify: { zh: '验收通过', en: 'Verify' },
    reject: { zh: '验收不通过', en: 'Reject' },
  },
};

/** An order's due date: a date, not before the order (Qinhuangdao art. 68). */
export function rectificationOrderIssues(orderedOn: IsoDate, dueOn: unknown): PolicyIssue[] {
  if (!isIsoDate(dueOn)) return [{ path: 'dueOn', code: 'INVALID_DATE', message: '整改期限格式应为 YYYY-MM-DD' }];
  if (dueOn < orderedOn)
    return [
      {
        path: 'dueOn',
        code: 'RECTIFICATION_DUE_BEFORE_ORDER',
        message: `整改期限 ${dueOn} 早于责令整改日期 ${orderedOn} (due before the order)`,
      },
    ];
  return [];
}
