import { type IsoDate, isIsoDate } from '../core/dates.js';
import type { PolicyIssue } from '../core/result.js';
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

export const RESTRICTION_CITATION = 'Qinhuangdao art. 71 (限制或暂停期限届满后，重新提出申请，经审核通过后，方可恢复)';

/** The consequences that restrict an institution for a period (Qinhuangdao art. 71: 暂停或不予拨付费用、中止协议). */
export const RESTRICTING_KINDS: readonly ConsequenceKindId[] = ['suspension', 'withholding'];

/**
 * The restriction period of a consequence (Qinhuangdao art. 71): a suspension of the agreement
 * names its last day; a withholding may; it is not before the decision; other kinds have none.
 */
export function restrictionIssues(kind: string, decidedOn: IsoDate, until: unknown): PolicyIssue[] {
  const given = until != null && until !== '';
  if (!RESTRICTING_KINDS.includes(kind as ConsequenceKindId))
    return given
      ? [
          {
            path: 'restrictedUntil',
            code: 'RESTRICTION_NOT_APPLICABLE',
            message: '该处理方式没有限制期限 (no restriction period for this kind)',
          },
        ]
      : [];
  if (!given)
    return kind === 'suspension'
      ? [
          {
            path: 'restrictedUntil',
            code: 'RESTRICTION_PERIOD_REQUIRED',
            message: '暂停服务协议须写明暂停期限（秦皇岛细则第七十一条）(the suspension needs its period)',
          },
        ]
      : [];
  if (!isIsoDate(until)) return [{ path: 'restrictedUntil', code: 'INVALID_DATE', message: '限制期限格式应为 YYYY-MM-DD' }];
  if (until < decidedOn)
    return [
      {
        path: 'restrictedUntil',
        code: 'RESTRICTION_UNTIL_BEFORE_DECISION',
        message: `限制期限 ${until} 早于处理日期 ${decidedOn} (the period ends before the decision)`,
      },
    ];
  return [];
}

/** Qinhuangdao art. 71: the restriction still runs on `asOf` when it is on or before its last day (届满 = after that day). */
export function restrictionInForce(until: IsoDate | null | undefined, asOf: IsoDate): boolean {
  return !!until && asOf <= until;
}
