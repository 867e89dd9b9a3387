import { CARE_MODES, type CareMode } from '../benefits/params.js';
import { type IsoDate, isIsoDate } from '../core/dates.js';
import { isRecord } from '../core/is-record.js';
import type { PolicyIssue } from '../core/result.js';
import { shown } from '../core/shown.js';
import { rolesWith } from '../rights/rights.js';
import type { Label } from '../rights/roles.js';
import type { Guard, Workflow } from '../workflow/types.js';
import { DEMO_SERVICE_ITEMS } from './catalogue.js';

export const CARE_PLAN_STATES = ['drafted', 'accepted', 'ended'] as const;
export type CarePlanState = (typeof CARE_PLAN_STATES)[number];
export const CARE_PLAN_ACTIONS = ['accept', 'end'] as const;
export type CarePlanAction = (typeof CARE_PLAN_ACTIONS)[number];

/** The demo catalogue's names by code (the catalogue itself is data: `care_service_items`, imported by the administrator). */
export const CARE_SERVICE_ITEMS: Record<string, Label> = Object.fromEntries(
  DEMO_SERVICE_ITEMS.map((i) => [i.code, { zh: i.name, en: i.name }]),
);
export const CARE_SERVICE_ITEM_CITATION = 'Qinhuangdao art. 30: 按照国家统一的长护险服务项目目录形成护理服务计划';

export const CARE_MODE_LABELS: Record<CareMode, Label> = {
  institution: { zh: '机构护理', en: 'Institutional care' },
  community: { zh: '社区护理', en: 'Community care' },
  home: { zh: '居家护理', en: 'Home care' },
  family: { zh: '亲情照护', en: 'Family care' },
};

/** One service item of a plan and how often it is given (Qinhuangdao art. 30: 服务项目、服务频次). */
export interface CarePlanItem {
  code: string;
  /** Times a month (the unit Qinhuangdao art. 31(1)3 states home care in: 10次/月). */
  timesPerMonth: number;
}

/** Product rule: an item is given at most twice a day (62 times in a 31-day month) — a typo guard, not a policy figure. */
export const ITEM_TIMES_PER_MONTH_MAX = 62;

/** What a care plan says (Qinhuangdao art. 30: 享受待遇时间、服务项目、服务内容、服务频次). */
export interface CarePlanDraft {
  careMode: unknown;
  /** The service items, each with its own frequency (`CarePlanItem[]`). */
  items: unknown;
  startDate: unknown;
  /** The grade of the conclusion letter the plan rests on, and the letter's date (art. 28). */
  grade?: unknown;
  conclusionOn?: unknown;
  /** Family care: the relative who gives it (Tumxuk §5(二) 亲情照护). */
  familyCarer?: unknown;
}

/** What the region and the claimant's place say about a plan: the catalogue in force, the qualifying grades, family care. */
export interface CarePlanContext {
  catalogue: ReadonlySet<string>;
  qualifyingGrades?: readonly number[];
  /** The region's family-care rule (null: none) and whether the claimant's county is a border or remote regiment. */
  familyCare?: { citation: string } | null;
  remoteArea?: boolean;
  /**
   * The region's home-care visit standard for the claimant's scheme, where it states one
   * (Qinhuangdao art. 31(1)3: employees' home care 10次/月); null or absent: no such limit.
   */
  homeVisits?: { visitsPerMonth: number; citation: string } | null;
}

export const FAMILY_CARE_CITATION = 'Tumxuk §5(二): 边境、偏远团场等地区根据需要，可开展亲情照护服务并按规定支付待遇';

export function carePlanIssues(
  d: CarePlanDraft,
  ctx: CarePlanContext = { catalogue: new Set(Object.keys(CARE_SERVICE_ITEMS)) },
): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  if (!(CARE_MODES as readonly unknown[]).includes(d.careMode))
    issues.push({ path: 'careMode', code: 'NOT_ALLOWED', message: `护理方式须为：${CARE_MODES.join('、')} (care mode not allowed)` });
  else if (d.careMode === 'family') {
    // Tumxuk §5(二): family care only where the region allows it, in border and remote regiments.
    if (!ctx.familyCare)
      issues.push({
        path: 'careMode',
        code: 'FAMILY_CARE_NOT_IN_REGION',
        message: '本统筹地区不开展亲情照护 (no family care in this region)',
      });
    else if (!ctx.remoteArea)
      issues.push({
        path: 'careMode',
        code: 'FAMILY_CARE_REMOTE_ONLY',
        message: `亲情照护仅限边境、偏远团场 (family care only in border and remote regiments; ${ctx.familyCare.citation})`,
      });
    if (typeof d.familyCarer !== 'string' || !d.familyCarer.trim())
      issues.push({ path: 'familyCarer', code: 'REQUIRED', message: '亲情照护须填写照护亲属及关系 (the relative giving care)' });
  }
  if (!Array.isArray(d.items) || d.items.length === 0)
    issues.push({ path: 'items', code: 'REQUIRED', message: '请至少选择一项服务项目 (at least one service item)' });
  else {
    const items = d.items as unknown[];
    const codeOf = (i: unknown) => (isRecord(i) && typeof i.code === 'string' ? i.code : null);
    const unknown = items.filter((i) => !codeOf(i) || !ctx.catalogue.has(codeOf(i)!));
    if (unknown.length)
      issues.push({
        path: 'items',
        code: 'NOT_IN_CATALOGUE',
        message: `服务项目不在目录中：${unknown.map((i) => codeOf(i) ?? shown(i)).join('、')} (items not in the catalogue)`,
      });
    const codes = items.map(codeOf).filter((c): c is string => c !== null);
    if (new Set(codes).size !== codes.length)
      issues.push({ path: 'items', code: 'DUPLICATE_ITEM', message: '同一服务项目只能列一次 (an item is listed once)' });
    items.forEach((i, n) => {
      const f = isRecord(i) ? i.timesPerMonth : undefined;
      if (typeof f !== 'number' || !Number.isInteger(f) || f < 1 || f > ITEM_TIMES_PER_MONTH_MAX)
        issues.push({
          path: `items.${n}.timesPerMonth`,
          code: 'OUT_OF_RANGE',
          message: `服务频次须为每月1至${ITEM_TIMES_PER_MONTH_MAX}次 (1–${ITEM_TIMES_PER_MONTH_MAX} times a month)`,
        });
      // Qinhuangdao art. 31(1)3: home care is 10 visits a month; an item given at home cannot be given more often than the visits
      else if (d.careMode === 'home' && ctx.homeVisits && f > ctx.homeVisits.visitsPerMonth)
        issues.push({
          path: `items.${n}.timesPerMonth`,
          code: 'FREQUENCY_OVER_RULE',
          message: `居家护理服务标准为${ctx.homeVisits.visitsPerMonth}次/月（${ctx.homeVisits.citation}），${codeOf(i) ?? ''}不能超过 (at most ${ctx.homeVisits.visitsPerMonth} a month)`,
        });
    });
  }
  if (!isIsoDate(d.startDate))
    issues.push({ path: 'startDate', code: 'INVALID_DATE', message: '开始日期格式应为 YYYY-MM-DD (start date YYYY-MM-DD)' });
  if (d.grade !== undefined) {
    const g = d.grade;
    if (typeof g !== 'number' || !Number.isInteger(g) || g < 0 || g > 5)
      issues.push({ path: 'grade', code: 'OUT_OF_RANGE', message: '失能等级须为 0–5 (grade 0–5)' });
    else if (ctx.qualifyingGrades && !ctx.qualifyingGrades.includes(g))
      issues.push({ path: 'grade', code: 'GRADE_NOT_QUALIFYING', message: '评估结论不是重度失能，不能享受待遇 (not a severe grade)' });
  }
  if (d.conclusionOn !== undefined && !isIsoDate(d.conclusionOn))
    issues.push({ path: 'conclusionOn', code: 'INVALID_DATE', message: '评估结论书日期格式应为 YYYY-MM-DD (conclusion date)' });
  else if (isIsoDate(d.conclusionOn) && isIsoDate(d.startDate) && d.startDate < d.conclusionOn)
    issues.push({ path: 'startDate', code: 'BEFORE_CONCLUSION', message: '开始日期不能早于评估结论书日期 (start before the conclusion)' });
  return issues;
}

/** The assessment conclusion a plan rests on, as the server read it. */
export interface PlanConclusion {
  claimantId: string;
  state: string;
  grade: number | null;
  /** A later final conclusion of the same claimant supersedes this one (e.g. a re-assessment). */
  superseded: boolean;
}

/**
 * A plan rests on the claimant's own final conclusion, the latest one, of a qualifying grade
 * (Qinhuangdao art. 28: 经评估符合重度失能标准的…享受待遇; art. 30): the grade is the conclusion's, never typed in.
 */
export function planConclusionIssues(c: PlanConclusion | null, claimantId: string, qualifyingGrades: readonly number[]): PolicyIssue[] {
  const issue = (code: string, message: string): PolicyIssue[] => [{ path: 'conclusionId', code, message }];
  if (!c) return issue('CONCLUSION_REQUIRED', '请选择参保人的评估结论 (the assessment conclusion is required)');
  if (c.claimantId !== claimantId)
    return issue('CONCLUSION_OF_ANOTHER_CLAIMANT', '该评估结论不属于此参保人 (another claimant’s conclusion)');
  if (c.state !== 'final') return issue('CONCLUSION_NOT_FINAL', '评估结论尚未生效（争议期未满或流程未结束） (the conclusion is not final)');
  if (c.superseded) return issue('CONCLUSION_SUPERSEDED', '该结论已被其后生效的评估结论取代 (a later final conclusion replaces it)');
  if (c.grade === null || !qualifyingGrades.includes(c.grade))
    return issue('GRADE_NOT_QUALIFYING', '评估结论不是重度失能，不能享受待遇 (not a severe grade, Qinhuangdao art. 28)');
  return [];
}

export interface CarePlanFacts {
  asOf: IsoDate;
  /** Another plan of the same claimant is accepted, other than the one this plan replaces. */
  otherAccepted: boolean;
  /** The designated care institution has an agreement in force. */
  institutionDesignated: boolean;
  /** The claimant's benefits are suspended or revoked by a sanction in force (Qinhuangdao art. 69). */
  sanctioned?: boolean;
}

const notSanctioned: Guard<CarePlanFacts> = {
  rule: 'claimantNotSanctioned',
  code: 'CLAIMANT_SANCTIONED',
  label: { zh: '参保人的待遇资格已被暂停或取消', en: 'The claimant’s benefits are suspended or revoked' },
  citation: 'Qinhuangdao art. 69, 71',
  check: (f) => (f.sanctioned ? { message: '参保人的待遇资格已被暂停或取消，期满后须重新申请 (sanction in force)' } : null),
};

export const CARE_PLAN_END_CAUSES = ['death', 'notSevere', 'other'] as const;
export type CarePlanEndCause = (typeof CARE_PLAN_END_CAUSES)[number];
export const CARE_PLAN_END_CAUSE_LABELS: Record<CarePlanEndCause, Label> = {
  death: { zh: '参保人死亡', en: 'Death' },
  notSevere: { zh: '评估不符合重度失能', en: 'No longer severe' },
  other: { zh: '其他（如参保人放弃）', en: 'Other (e.g. the claimant withdraws)' },
};

const onlyOneAccepted: Guard<CarePlanFacts> = {
  rule: 'onlyOneAcceptedPlan',
  code: 'CARE_PLAN_ALREADY_ACCEPTED',
  label: { zh: '该参保人已有备案的护理计划', en: 'The claimant already has an accepted care plan' },
  citation: 'Qinhuangdao art. 30; Product rule: one accepted care plan per claimant at a time',
  check: (f) => (f.otherAccepted ? { message: '该参保人已有备案的护理计划，请先终止 (end the accepted plan first)' } : null),
};

const designated: Guard<CarePlanFacts> = {
  rule: 'institutionDesignated',
  code: 'INSTITUTION_NOT_DESIGNATED',
  label: { zh: '护理机构无履行中的服务协议', en: 'The care institution has no agreement in force' },
  citation: 'Qinhuangdao art. 30, 36',
  check: (f) => (f.institutionDesignated ? null : { message: '护理机构无履行中的服务协议 (institution not designated)' }),
};

/** The care plan of Qinhuangdao art. 30: drafted (agency or TPA, art. 62), accepted (备案) by another agency officer, ended. */
export const CARE_PLAN_WORKFLOW: Workflow<CarePlanState, CarePlanAction, CarePlanFacts> = {
  id: 'carePlan',
  rightPrefix: 'carePlan',
  label: { zh: '护理服务计划', en: 'Care plan' },
  states: CARE_PLAN_STATES,
  initial: 'drafted',
  transitions: [
    {
      action: 'accept',
      from: ['drafted'],
      to: 'accepted',
      roles: rolesWith('carePlan.accept'),
      citation: 'Qinhuangdao art. 30 (向所属医保经办机构备案); Product rule: the acceptor is not the preparer',
      fourEyes: true,
      guards: [designated, onlyOneAccepted, notSanctioned],
    },
    {
      action: 'end',
      from: ['accepted'],
      to: 'ended',
      roles: rolesWith('carePlan.end'),
      citation: 'Qinhuangdao art. 30, 34(4)(5)',
      needsReason: true,
      input: {
        rule: 'endCauseAndDate',
        citation: 'Qinhuangdao art. 34(4)(5); Tumxuk §5(四)',
        check: (input) => {
          const out: PolicyIssue[] = [];
          if (input.cause !== undefined && !(CARE_PLAN_END_CAUSES as readonly unknown[]).includes(input.cause))
            out.push({ path: 'cause', code: 'NOT_ALLOWED', message: '终止原因须为：死亡、不符合重度失能、其他 (cause)' });
          if (input.on !== undefined && !isIsoDate(input.on))
            out.push({ path: 'on', code: 'INVALID_DATE', message: '日期格式应为 YYYY-MM-DD (date of death or of the conclusion letter)' });
          if ((input.cause === 'death' || input.cause === 'notSevere') && input.on === undefined)
            out.push({ path: 'on', code: 'REQUIRED', message: '请填写死亡日期或评估结论书日期 (date required)' });
          return out;
        },
      },
    },
  ],
  stateLabels: {
    drafted: { zh: '拟定中', en: 'Drafted' },
    accepted: { zh: '已备案', en: 'Accepted' },
    ended: { zh: '已终止', en: 'Ended' },
  },
  actionLabels: {
    accept: { zh: '备案通过', en: 'Accept (备案)' },
    end: { zh: '终止计划', en: 'End the plan' },
  },
};
