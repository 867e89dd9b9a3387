import type { IsoDate } from '../core/dates.js';
import { isIsoDate } from '../core/dates.js';
import type { PolicyIssue } from '../core/result.js';
import { rolesWith } from '../rights/rights.js';
import type { Workflow } from '../workflow/types.js';

export const RECTIFICATION_STATES = ['ordered', 'overdue', 'rectified', 'verified'] as const;
export type RectificationState = (typeof RECTIFICATION_STATES)[number];

export const RECTIFICATION_ACTIONS = ['report_rectified', 'verify', 'reject'] as const;
export type RectificationAction = (typeof RECTIFICATION_ACTIONS)[number];

export interface RectificationFacts {
  /** Today (China) is after the due date. */
  pastDue: boolean;
}

/**
 * An order to rectify (责令整改, Qinhuangdao art. 68) and its follow-up: ordered → rectified
 * (the institution's report, recorded) → verified by another inspector; past its due date it is
 * overdue by the date alone (`rectificationStateOn`, no manual step), and may still be rectified; a
 * rejected report returns it to the state before.
 */
export const RECTIFICATION_WORKFLOW: Workflow<RectificationState, RectificationAction, RectificationFacts> = {
  id: 'rectification',
  rightPrefix: 'rectification',
  label: { zh: '责令整改', en: 'Rectification order' },
  states: RECTIFICATION_STATES,
  initial: 'ordered',
  transitions: [
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

export const RECTIFICATION_OVERDUE_CITATION =
  'Qinhuangdao art. 68; Product rule: an order not reported rectified by its due date is overdue from the next day, by the date alone';

/**
 * The state an order is in on `today` (Qinhuangdao art. 68): an order still `ordered` after its due
 * date is `overdue` — computed from the date, never a manual step; on the due date itself it is not.
 * Every other state is the stored one (a reported, verified or already-overdue order stays as it is).
 */
export function rectificationStateOn(state: RectificationState, dueOn: IsoDate, today: IsoDate): RectificationState {
  return state === 'ordered' && today > dueOn ? 'overdue' : state;
}
