import type { Label } from '../rights/roles.js';

/** What a finding leads to (Qinhuangdao art. 68: 责令整改、追回违规费用、按协议处理；移交行政部门; Xinjiang art. 25). */
export const CONSEQUENCE_KINDS = ['rectification', 'withholding', 'suspension', 'referral', 'recovery'] as const;
export type ConsequenceKindId = (typeof CONSEQUENCE_KINDS)[number];

export const CONSEQUENCE_LABELS: Record<ConsequenceKindId, Label> = {
  rectification: { zh: '责令整改', en: 'Rectification order' },
  withholding: { zh: '暂停拨付（扣款）', en: 'Withholding of payments' },
  suspension: { zh: '暂停服务协议', en: 'Suspension of the agreement' },
  referral: { zh: '移交医保行政部门', en: 'Referral to the administrative department' },
  recovery: { zh: '追回违规费用', en: 'Recovery of irregular payments' },
};

/**
 * The annual-scorecard event each consequence is (Changzhou items 14–16: 约谈整改、扣款追回、暂停协议);
 * a referral is the department's matter and takes none.
 */
export const CONSEQUENCE_EVENT_TYPES: Record<ConsequenceKindId, string | null> = {
  rectification: 'interviewOrRectification',
  withholding: 'deductionOrPenalty',
  recovery: 'deductionOrPenalty',
  suspension: 'agreementSuspended',
  referral: null,
};
