import { rolesWith } from '../rights/rights.js';
import type { Label } from '../rights/roles.js';
import type { Guard, Workflow } from '../workflow/types.js';

export const COMPLAINT_STATES = ['received', 'investigating', 'verified', 'unfounded'] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];

export const COMPLAINT_ACTIONS = ['investigate', 'verify', 'dismiss'] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

/** How a complaint reached the agency (Qinhuangdao art. 72: complaint channels, social supervisors; art. 62: the TPA's intake). */
export const COMPLAINT_CHANNELS = ['hotline', 'letter', 'visit', 'online', 'tpa', 'supervisor', 'inspection'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

export const COMPLAINT_CHANNEL_LABELS: Record<ComplaintChannel, Label> = {
  hotline: { zh: '服务热线', en: 'Hotline' },
  letter: { zh: '来信', en: 'Letter' },
  visit: { zh: '来访', en: 'In person' },
  online: { zh: '网上投诉', en: 'Online' },
  tpa: { zh: '经办机构转办', en: 'Forwarded by the TPA' },
  supervisor: { zh: '社会监督员', en: 'Social supervisor' },
  inspection: { zh: '稽核中发现', en: 'Found in an inspection' },
};

/** What it is about; the two scorecard kinds become their Changzhou item 6 event when verified. */
export const COMPLAINT_KINDS = ['conduct', 'privacy', 'other'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];

export const COMPLAINT_KIND_LABELS: Record<ComplaintKind, Label> = {
  conduct: { zh: '言语不当、未严格执行评估规范', en: 'Improper conduct or assessment practice' },
  privacy: { zh: '泄露评估对象及监护人信息', en: 'Leak of personal information' },
  other: { zh: '其他', en: 'Other' },
};

/** The scorecard event a verified complaint becomes (Changzhou item 6(1), 6(2): 查实一例); `other`: none. */
export const COMPLAINT_EVENT_TYPES: Record<ComplaintKind, string | null> = {
  conduct: 'conductComplaint',
  privacy: 'privacyLeak',
  other: null,
};

export interface ComplaintFacts {
  /** The institution's scorecard of the complaint's year is submitted or signed off (it takes no event then). */
  scorecardLocked: boolean;
}

const scorecardOpen: Guard<ComplaintFacts> = {
  rule: 'scorecardOpen',
  code: 'SCORECARD_LOCKED',
  label: { zh: '该年度考核评分表已提交复核或签发锁定', en: 'The year’s scorecard is submitted or locked' },
  citation: 'Product rule: a locked scorecard takes no event; a correction reopens it with a reason',
  check: (f) =>
    f.scorecardLocked
      ? { message: '该机构本年度考核评分表已提交复核或签发锁定，请先退回或重新开启后再认定投诉 (the scorecard is not open)' }
      : null,
};

/**
 * A complaint against a designated institution (Qinhuangdao art. 67, 72): received → investigating
 * → verified (查实) or unfounded, each conclusion with its reasons. A verified complaint of a
 * scorecard kind becomes the matching scorecard event in the same step.
 */
export const COMPLAINT_WORKFLOW: Workflow<ComplaintState, ComplaintAction, ComplaintFacts> = {
  id: 'complaint',
  rightPrefix: 'complaint',
  label: { zh: '投诉举报', en: 'Complaint' },
  states: COMPLAINT_STATES,
  initial: 'received',
  transitions: [
    {
      action: 'investigate',
      from: ['received'],
      to: 'investigating',
      roles: rolesWith('complaint.investigate'),
      citation: 'Qinhuangdao art. 72: complaints are investigated promptly',
    },
    {
      action: 'verify',
      from: ['investigating'],
      to: 'verified',
      roles: rolesWith('complaint.verify'),
      citation: 'Qinhuangdao art. 67, 72; Changzhou item 6',
      needsReason: true,
      guards: [scorecardOpen],
    },
    {
      action: 'dismiss',
      from: ['investigating'],
      to: 'unfounded',
      roles: rolesWith('complaint.dismiss'),
      citation: 'Qinhuangdao art. 72; Product rule: an unfounded complaint carries its reasons',
      needsReason: true,
    },
  ],
  stateLabels: {
    received: { zh: '已受理', en: 'Received' },
    investigating: { zh: '调查中', en: 'Investigating' },
    verified: { zh: '查实', en: 'Verified' },
    unfounded: { zh: '不属实', en: 'Unfounded' },
  },
  actionLabels: {
    investigate: { zh: '开始调查', en: 'Investigate' },
    verify: { zh: '认定查实', en: 'Verify' },
    dismiss: { zh: '认定不属实', en: 'Dismiss as unfounded' },
  },
};
