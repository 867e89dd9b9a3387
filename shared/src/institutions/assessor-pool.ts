import type { AssessorCandidate } from '../assessment/draw-assessors.js';
import type { AssessorRemovalGround } from '../assessment/params.js';
import { type IsoDate, isIsoDate } from '../core/dates.js';
import type { PolicyIssue } from '../core/result.js';
import type { Label } from '../rights/roles.js';

/** Why an assessor or expert leaves the pool for good (Xinjiang art. 16 ¶2(1)–(5): 移出评估人员库，且不得再从事评估工作). */
export const ASSESSOR_REMOVAL_GROUNDS: Record<AssessorRemovalGround, Label & { citation: string }> = {
  falseReport: { zh: '提供虚假评估信息和虚假评估意见', en: 'False assessment information or opinions', citation: 'Xinjiang art. 16 ¶2(1)' },
  giftsOrHospitality: {
    zh: '非法收受财物或接受宴请等活动安排',
    en: 'Gifts, money or hospitality accepted',
    citation: 'Xinjiang art. 16 ¶2(2)',
  },
  dereliction: {
    zh: '无正当理由不履行职责，或多次违反评估工作规范且拒不整改',
    en: 'Dereliction, or repeated breaches not rectified',
    citation: 'Xinjiang art. 16 ¶2(3)',
  },
  violationOrSanction: {
    zh: '违反评估相关规定或被追究刑事责任、受到政务处分/行业惩戒',
    en: 'Breach of the assessment rules, criminal liability or sanction',
    citation: 'Xinjiang art. 16 ¶2(4)',
  },
  otherLegal: { zh: '法律法规规定的其他情形', en: 'Other cases laws and regulations name', citation: 'Xinjiang art. 16 ¶2(5)' },
};
export const ASSESSOR_REMOVAL_GROUND_IDS = Object.keys(ASSESSOR_REMOVAL_GROUNDS) as AssessorRemovalGround[];
export const POOL_CITATION = 'Xinjiang art. 15–16, 19';
export const REASON_LIMITS = { min: 2, max: 500 } as const;

export interface TrainingDraft {
  trainedOn?: string | null;
  /** Hours, a decimal string with at most one decimal (e.g. "16" or "7.5"). */
  hours?: string | null;
  passed?: boolean | null;
  course?: string | null;
}

const HOURS = /^\d{1,3}(\.\d)?$/;

/** Product rule: a training record (Xinjiang art. 15: trained and passed before taking up the work) — a real past date, 0 < hours ≤ 999.9, passed or not. */
export function trainingIssues(draft: TrainingDraft, asOf: IsoDate): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  if (!draft.trainedOn) issues.push({ path: 'trainedOn', code: 'REQUIRED', message: '请填写培训日期' });
  else if (!isIsoDate(draft.trainedOn)) issues.push({ path: 'trainedOn', code: 'INVALID_DATE', message: '日期格式应为 YYYY-MM-DD' });
  else if (draft.trainedOn > asOf) issues.push({ path: 'trainedOn', code: 'OUT_OF_RANGE', message: '培训日期不能晚于今天' });
  if (!draft.hours || !HOURS.test(draft.hours) || Number(draft.hours) <= 0)
    issues.push({ path: 'hours', code: 'OUT_OF_RANGE', message: '学时应大于0，最多一位小数' });
  if (typeof draft.passed !== 'boolean') issues.push({ path: 'passed', code: 'REQUIRED', message: '请选择考核是否合格' });
  if ([...(draft.course?.trim() ?? '')].length > 100) issues.push({ path: 'course', code: 'OUT_OF_RANGE', message: '课程名称最多100字' });
  return issues;
}

/** A removal needs one of the five grounds and a reason a person wrote. */
export function removalIssues(draft: { ground?: string | null; reason?: string | null }): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  if (!draft.ground || !Object.hasOwn(ASSESSOR_REMOVAL_GROUNDS, draft.ground))
    issues.push({ path: 'ground', code: 'NOT_ALLOWED', message: '请选择第十六条第二款（一）至（五）中的移出情形' });
  const n = [...(draft.reason?.trim() ?? '')].length;
  if (n < REASON_LIMITS.min || n > REASON_LIMITS.max)
    issues.push({ path: 'reason', code: 'OUT_OF_RANGE', message: `请填写移出理由（${REASON_LIMITS.min}到${REASON_LIMITS.max}字）` });
  return issues;
}

export interface PoolMember {
  id: string;
  role: string;
  institutionId: string;
  removedFor: AssessorRemovalGround | null;
  /** Whether any training was passed (Xinjiang art. 15). */
  trained: boolean;
}

/** A pool member as the assessor draw reads it (`drawAssessors`' `pool`): it excludes the removed and the untrained, each with its citation. */
export function poolCandidate(member: PoolMember): AssessorCandidate {
  return {
    id: member.id,
    isExpert: member.role === 'expert',
    trained: member.trained,
    removedFor: member.removedFor,
    institutionId: member.institutionId,
  };
}
