import { rolesWith } from '../rights/rights.js';
import type { Workflow } from '../workflow/types.js';

export const ANNUAL_SCORECARD_STATES = ['open', 'submitted', 'locked'] as const;
export type AnnualScorecardState = (typeof ANNUAL_SCORECARD_STATES)[number];

export const ANNUAL_SCORECARD_ACTIONS = ['submit', 'approve', 'return', 'reopen'] as const;
export type AnnualScorecardAction = (typeof ANNUAL_SCORECARD_ACTIONS)[number];

/** The sign-off reads no facts: the events are closed by the state itself (a locked scorecard takes none). */
export type AnnualScorecardFacts = Record<string, never>;

/**
 * An institution's annual scorecard (Xinjiang art. 27; Qinhuangdao art. 67; the Changzhou 2024
 * template): open all year for events → submitted by one inspector → approved by a second and
 * locked; a correction after sign-off reopens it with a reason, then new events are recorded.
 */
export const ANNUAL_SCORECARD_WORKFLOW: Workflow<AnnualScorecardState, AnnualScorecardAction, AnnualScorecardFacts> = {
  id: 'annualScorecard',
  rightPrefix: 'scorecard',
  label: { zh: '年度考核评分表', en: 'Annual scorecard' },
  states: ANNUAL_SCORECARD_STATES,
  initial: 'open',
  transitions: [
    {
      action: 'submit',
      from: ['open'],
      to: 'submitted',
      roles: rolesWith('scorecard.submit'),
      citation: 'Qinhuangdao art. 67; Product rule: maker-checker, one inspector submits the year',
    },
    {
      action: 'approve',
      from: ['submitted'],
      to: 'locked',
      roles: rolesWith('scorecard.approve'),
      citation: 'Xinjiang art. 27; Product rule: maker-checker, a second inspector signs off and the year is locked',
      fourEyes: { notActorOf: 'submit' },
    },
    {
      action: 'return',
      from: ['submitted'],
      to: 'open',
      roles: rolesWith('scorecard.return'),
      citation: 'Product rule: a returned scorecard carries its reason',
      needsReason: true,
    },
    {
      action: 'reopen',
      from: ['locked'],
      to: 'open',
      roles: rolesWith('scorecard.reopen'),
      citation: 'Product rule: a correction after sign-off reopens the year with a reason; the correction is a new audited event',
      needsReason: true,
    },
  ],
  stateLabels: {
    open: { zh: '记录中', en: 'Open' },
    submitted: { zh: '待复核', en: 'Submitted' },
    locked: { zh: '已签发锁定', en: 'Signed off, locked' },
  },
  actionLabels: {
    submit: { zh: '提交复核', en: 'Submit' },
    approve: { zh: '复核签发', en: 'Approve and lock' },
    return: { zh: '退回', en: 'Return' },
    reopen: { zh: '重新开启（更正）', en: 'Reopen for a correction' },
  },
};
