import { CARE_MODES, type CareMode } from '../benefits/params.js';
import { type IsoDate, isIsoDate } from '../core/dates.js';
import type { PolicyIssue } from '../core/result.js';
import { rolesWith } from '../rights/rights.js';
import type { Label } from '../rights/roles.js';
import type { Guard, Workflow } from '../workflow/types.js';

export const CARE_PLAN_STATES = ['drafted', 'accepted', 'ended'] as const;
export type CarePlanState = (typeof CARE_PLAN_STATES)[number];
export const CARE_PLAN_ACTIONS = ['accept', 'end'] as const;
export type CarePlanAction = (typeof CARE_PLAN_ACTIONS)[number];

/**
 * A small excerpt of the national LTCI service-item catalogue (国家统一的长护险服务项目目录) that a
 * care plan names its items from (Qinhuangdao art. 30; Tumxuk §(二)). H: home/community, J: institution.
 */
export const CARE_SERVICE_ITEMS: Record<string, Label> = {
  H01: { zh: '头面部清洁、梳理', en: 'Face and hair care' },
  H02: { zh: '协助进食/水', en: 'Help with eating and drinking' },
  H03: { zh: '协助如厕', en: 'Help with toileting' },
  H04: { zh: '床上擦浴', en: 'Bed bath' },
  H05: { zh: '协助翻身叩背', en: 'Turning and back patting' },
  H06: { zh: '压疮预防护理', en: 'Pressure-sore prevention' },
  J01: { zh: '机构日常生活照料', en: 'Institutional daily living care' },
  J02: { zh: '机构医疗护理', en: 'Institutional nursing care' },
};
export const CARE_SERVICE_ITEM_CITATION = 'Qinhuangdao art. 30: 按照国家统一的长护险服务项目目录形成护理服务计划';

export const CARE_MODE_LABELS: Record<CareMode, Label> = {
  institution: { zh: '机构护理', en: 'Institutional care' },
  community: { zh: '社区护理', en: 'Community care' },
  home: { zh: '居家护理', en: 'Home care' },
  family: { zh: '亲情照护', en: 'Family care' },
};

/** What a care plan says (Qinhuangdao art. 30: 享受待遇时间、服务项目、服务内容、服务频次). */
export interface CarePlanDraft {
  careMode: unknown;
  items: unknown;
  frequencyPerWeek: unknown;
  startDate: unknown;
}

export function carePlanIssues(d: CarePlanDraft): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  if (!(CARE_MODES as readonly unknown[]).includes(d.careMode))
    issues.push({ path: 'careMode', code: 'NOT_ALLOWED', message: `护理方式须为：${CARE_MODES.join('、')} (care mode not allowed)` });
  if (!Array.isArray(d.items) || d.items.length === 0)
    issues.push({ path: 'items', code: 'REQUIRED', message: '请至少选择一项服务项目 (at least one service item)' });
  else {
    const unknown = d.items.filter((i) => typeof i !== 'string' || !(i in CARE_SERVICE_ITEMS));
    if (unknown.length)
      issues.push({
        path: 'items',
        code: 'NOT_IN_CATALOGUE',
        message: `服务项目不在目录中：${unknown.join('、')} (items not in the catalogue)`,
      });
  }
  const f = d.frequencyPerWeek;
  if (typeof f !== 'number' || !Number.isInteger(f) || f < 1 || f > 21)
    issues.push({ path: 'frequencyPerWeek', code: 'OUT_OF_RANGE', message: '服务频次须为每周1至21次 (1–21 visits a week)' });
  if (!isIsoDate(d.startDate))
    issues.push({ path: 'startDate', code: 'INVALID_DATE', message: '开始日期格式应为 YYYY-MM-DD (start date YYYY-MM-DD)' });
  return issues;
}

export interface CarePlanFacts {
  asOf: IsoDate;
  /** Another plan of the same claimant is accepted. */
  otherAccepted: boolean;
  /** The designated care institution has an agreement in force. */
  institutionDesignated: boolean;
}

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
      guards: [designated, onlyOneAccepted],
    },
    {
      action: 'end',
      from: ['accepted'],
      to: 'ended',
      roles: rolesWith('carePlan.end'),
      citation: 'Qinhuangdao art. 30, 34',
      needsReason: true,
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
