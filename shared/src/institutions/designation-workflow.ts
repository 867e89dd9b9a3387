import { addDays, addMonths, daysBetween, type IsoDate } from '../core/dates.js';
import { rolesWith } from '../rights/rights.js';
import type { Label } from '../rights/roles.js';
import type { Guard, Workflow } from '../workflow/types.js';
import type { DesignationFinding } from './designation-eligibility.js';
import type { DesignationMaterial, DesignationParams } from './params.js';

/**
 * A designation application of an assessment institution (Xinjiang art. 7–12): submitted with the
 * annex 1 form → accepted unless an art. 12 ground stands → materials check (everything missing told
 * at once, art. 8) ⇄ supplementing (the review clock pauses) → panel review with the annex 2 scorecard
 * (art. 9) → publicity ≥ 5 days (art. 9) → designated (a draft agreement, art. 10) — or refused / rejected
 * with its reasons.
 */
export const DESIGNATION_STATES = [
  'submitted',
  'materials_check',
  'supplementing',
  'review',
  'publicity',
  'designated',
  'rejected',
  'refused',
] as const;
export type DesignationState = (typeof DESIGNATION_STATES)[number];

export const DESIGNATION_ACTIONS = [
  'accept',
  'refuse',
  'request_supplement',
  'receive_supplement',
  'pass_materials',
  'approve_review',
  'reject',
  'conclude',
] as const;
export type DesignationAction = (typeof DESIGNATION_ACTIONS)[number];

/** The five fields the panel's members come from (Xinjiang art. 9 ¶1). */
export const PANEL_FIELDS = ['ltciManagement', 'medicalSecurity', 'health', 'finance', 'it'] as const;
export type PanelField = (typeof PANEL_FIELDS)[number];
export const PANEL_FIELD_LABELS: Record<PanelField, Label> = {
  ltciManagement: { zh: '长护管理', en: 'LTCI management' },
  medicalSecurity: { zh: '医疗保障', en: 'Medical security' },
  health: { zh: '医药卫生', en: 'Health' },
  finance: { zh: '财务管理', en: 'Finance' },
  it: { zh: '信息技术', en: 'Information technology' },
};

/** The plain facts the guards read, loaded by the server in the transaction. */
export interface DesignationFacts {
  asOf: IsoDate;
  /** The art. 12 grounds found in the institution's own history. */
  refusals: DesignationFinding[];
  /** The art. 7 materials still missing. */
  missingMaterials: DesignationMaterial[];
  review: {
    /** Every basic line has a verdict and no entry has an issue. */
    complete: boolean;
    basicPassed: boolean;
    /** Fields of art. 9 not represented on the panel. */
    panelFieldsMissing: PanelField[];
    siteVisitRecorded: boolean;
  };
  /** Publicity may end no earlier than this (null before publicity started). */
  publicityEarliestEnd: IsoDate | null;
}

const noRefusal: Guard<DesignationFacts> = {
  rule: 'noRefusalGround',
  code: 'DESIGNATION_REFUSAL_GROUND',
  label: { zh: '存在不予受理的情形', en: 'A ground for refusal stands' },
  citation: 'Xinjiang art. 12',
  check: (f) =>
    f.refusals.length
      ? {
          message: `存在不予受理的情形：${f.refusals.map((r) => `${r.message}（${r.citation}）`).join('；')} (a ground of art. 12 stands)`,
          params: { grounds: f.refusals.map((r) => r.citation).join('、') },
        }
      : null,
};

const materialsComplete: Guard<DesignationFacts> = {
  rule: 'materialsComplete',
  code: 'DESIGNATION_MATERIALS_MISSING',
  label: { zh: '申请材料不全', en: 'Materials are missing' },
  citation: 'Xinjiang art. 7–8',
  check: (f) =>
    f.missingMaterials.length
      ? {
          message: `申请材料不全，须一次性告知补齐：${f.missingMaterials.join('、')} (materials missing)`,
          params: { missing: f.missingMaterials.join('、') },
        }
      : null,
};

const materialsMissing: Guard<DesignationFacts> = {
  rule: 'materialsMissing',
  code: 'DESIGNATION_MATERIALS_COMPLETE',
  label: { zh: '材料齐全，无须补正', en: 'Nothing is missing' },
  citation: 'Xinjiang art. 8',
  check: (f) => (f.missingMaterials.length ? null : { message: '申请材料齐全，无须补正 (nothing is missing)' }),
};

const reviewComplete: Guard<DesignationFacts> = {
  rule: 'reviewComplete',
  code: 'DESIGNATION_REVIEW_INCOMPLETE',
  label: { zh: '综合审核表未填写完整', en: 'The review scorecard is incomplete' },
  citation: 'Xinjiang art. 9; Xinjiang annex 2',
  check: (f) => (f.review.complete ? null : { message: '综合审核表尚有基础指标未判定或填写有误 (the scorecard is incomplete)' }),
};

const basicPassed: Guard<DesignationFacts> = {
  rule: 'basicPassed',
  code: 'DESIGNATION_BASIC_FAILED',
  label: { zh: '基础指标有不合格项', en: 'A basic line failed' },
  citation: 'Xinjiang annex 2: 有一项不合格，审核结果即为不合格',
  check: (f) => (f.review.basicPassed ? null : { message: '基础指标有一项不合格，审核结果即为不合格 (a basic line failed)' }),
};

const panelComplete: Guard<DesignationFacts> = {
  rule: 'panelComplete',
  code: 'DESIGNATION_PANEL_INCOMPLETE',
  label: { zh: '审核小组或现场核查记录不全', en: 'The panel or the site visit is not recorded' },
  citation: 'Xinjiang art. 9 ¶1',
  check: (f) => {
    const missing = f.review.panelFieldsMissing.map((p) => PANEL_FIELD_LABELS[p].zh);
    if (!missing.length && f.review.siteVisitRecorded) return null;
    const parts = [missing.length ? `审核小组缺少${missing.join('、')}方面的成员` : '', f.review.siteVisitRecorded ? '' : '未记录现场核查']
      .filter(Boolean)
      .join('；');
    return { message: `${parts} (the panel or the site visit is incomplete)`, params: { missing: missing.join('、') } };
  },
};

const publicityServed: Guard<DesignationFacts> = {
  rule: 'publicityServed',
  code: 'DESIGNATION_PUBLICITY_SHORT',
  label: { zh: '公示期未满5天', en: 'Publicity has not run 5 days' },
  citation: 'Xinjiang art. 9 ¶2',
  check: (f) =>
    !f.publicityEarliestEnd || f.asOf < f.publicityEarliestEnd
      ? {
          message: `公示期不少于5天，${f.publicityEarliestEnd ?? '—'}起方可结束公示 (publicity runs until ${f.publicityEarliestEnd})`,
          params: { earliest: f.publicityEarliestEnd },
        }
      : null,
};

const AGENCY_ROLES = (action: DesignationAction) => rolesWith(`designation.${action}`);

export const DESIGNATION_WORKFLOW: Workflow<DesignationState, DesignationAction, DesignationFacts> = {
  id: 'designationApplication',
  rightPrefix: 'designation',
  label: { zh: '定点评估机构申请', en: 'Designation application' },
  states: DESIGNATION_STATES,
  initial: 'submitted',
  transitions: [
    {
      action: 'accept',
      from: ['submitted'],
      to: 'materials_check',
      roles: AGENCY_ROLES('accept'),
      citation: 'Xinjiang art. 8, 12',
      guards: [noRefusal],
    },
    {
      action: 'refuse',
      from: ['submitted'],
      to: 'refused',
      roles: AGENCY_ROLES('refuse'),
      citation: 'Xinjiang art. 12: 不予受理',
      needsReason: true,
    },
    {
      action: 'request_supplement',
      from: ['materials_check'],
      to: 'supplementing',
      roles: AGENCY_ROLES('request_supplement'),
      citation: 'Xinjiang art. 8: 一次性告知需补齐的材料；补充材料时间不计入审核期限',
      guards: [materialsMissing],
    },
    {
      action: 'receive_supplement',
      from: ['supplementing'],
      to: 'materials_check',
      roles: AGENCY_ROLES('receive_supplement'),
      citation: 'Xinjiang art. 8',
    },
    {
      action: 'pass_materials',
      from: ['materials_check'],
      to: 'review',
      roles: AGENCY_ROLES('pass_materials'),
      citation: 'Xinjiang art. 8–9: 初审通过',
      guards: [materialsComplete],
    },
    {
      action: 'approve_review',
      from: ['review'],
      to: 'publicity',
      roles: AGENCY_ROLES('approve_review'),
      citation: 'Xinjiang art. 9: 集体评议，审核通过的纳入拟签订协议名单并公示',
      guards: [reviewComplete, basicPassed, panelComplete],
    },
    {
      action: 'reject',
      from: ['materials_check', 'supplementing', 'review', 'publicity'],
      to: 'rejected',
      roles: AGENCY_ROLES('reject'),
      citation: 'Xinjiang art. 8–9: 不符合条件或审核未通过的，应告知其理由',
      needsReason: true,
    },
    {
      action: 'conclude',
      from: ['publicity'],
      to: 'designated',
      roles: AGENCY_ROLES('conclude'),
      citation: 'Xinjiang art. 9–11: 公示期满，签订服务协议（一般为1年）',
      guards: [publicityServed],
      fourEyes: { notActorOf: 'approve_review' },
    },
  ],
  stateLabels: {
    submitted: { zh: '已提交', en: 'Submitted' },
    materials_check: { zh: '材料初审', en: 'Materials check' },
    supplementing: { zh: '补正材料中', en: 'Supplementing' },
    review: { zh: '综合审核', en: 'Panel review' },
    publicity: { zh: '公示中', en: 'Publicity' },
    designated: { zh: '已定点', en: 'Designated' },
    rejected: { zh: '未通过', en: 'Rejected' },
    refused: { zh: '不予受理', en: 'Refused' },
  },
  actionLabels: {
    accept: { zh: '受理', en: 'Accept' },
    refuse: { zh: '不予受理', en: 'Refuse' },
    request_supplement: { zh: '一次性告知补正', en: 'Request supplements' },
    receive_supplement: { zh: '补正材料已收到', en: 'Supplements received' },
    pass_materials: { zh: '初审通过', en: 'Pass the materials check' },
    approve_review: { zh: '审核通过并公示', en: 'Approve and publish' },
    reject: { zh: '审核未通过', en: 'Reject' },
    conclude: { zh: '公示期满，签订协议', en: 'Conclude and draft the agreement' },
  },
};

export interface ReviewClockInput {
  acceptedOn: IsoDate;
  /** Closed supplement periods: from the notice to the day the materials arrived. */
  pauses: readonly { from: IsoDate; to: IsoDate }[];
  /** The open pause, if the applicant is supplementing now. */
  pausedSince: IsoDate | null;
  asOf: IsoDate;
}

export interface ReviewClock {
  /** Calendar days the clock stood still, the open pause counted to `asOf`. */
  pausedDays: number;
  due: IsoDate;
  /** Calendar days from `asOf` to `due` (negative: overdue). */
  remainingDays: number;
  paused: boolean;
}

/**
 * The art. 8 review clock: 3 calendar months from acceptance ("3个月", months as the calendar
 * counts them, not working days), moved on by every day spent supplementing ("补充材料时间不计入审核期限");
 * while a supplement is awaited the clock stands still, so the due date moves with `asOf`.
 */
export function designationReviewClock(input: ReviewClockInput, params: Pick<DesignationParams, 'reviewMonths'>): ReviewClock {
  const closed = input.pauses.reduce((sum, p) => sum + Math.max(0, daysBetween(p.from, p.to)), 0);
  const open = input.pausedSince ? Math.max(0, daysBetween(input.pausedSince, input.asOf)) : 0;
  const pausedDays = closed + open;
  const due = addDays(addMonths(input.acceptedOn, params.reviewMonths), pausedDays);
  return { pausedDays, due, remainingDays: daysBetween(input.asOf, due), paused: !!input.pausedSince };
}
