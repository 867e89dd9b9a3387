import { rolesWith } from '../rights/rights.js';
import type { Label } from '../rights/roles.js';
import type { Guard, Workflow } from '../workflow/types.js';

export const INSPECTION_STATES = ['planned', 'in_progress', 'findings_recorded', 'closed', 'cancelled'] as const;
export type InspectionState = (typeof INSPECTION_STATES)[number];

export const INSPECTION_ACTIONS = ['start', 'record_findings', 'close', 'cancel'] as const;
export type InspectionAction = (typeof INSPECTION_ACTIONS)[number];

/** The kinds of inspection (Qinhuangdao art. 67: 日常巡查、随机抽查、绩效考核; art. 74: 飞行检查). */
export const INSPECTION_KINDS = ['daily_round', 'random_spot_check', 'unannounced', 'performance'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

export const INSPECTION_KIND_LABELS: Record<InspectionKind, Label> = {
  daily_round: { zh: '日常巡查', en: 'Daily round' },
  random_spot_check: { zh: '随机抽查', en: 'Random spot check' },
  unannounced: { zh: '飞行检查', en: 'Unannounced inspection' },
  performance: { zh: '绩效考核', en: 'Performance evaluation' },
};

/** What a finding is about; each kind names the consequence it usually leads to (Qinhuangdao art. 68). */
export const FINDING_CATEGORIES = [
  'service_quality',
  'irregular_charge',
  'false_records',
  'information_security',
  'management',
  'other',
] as const;
export type FindingCategory = (typeof FINDING_CATEGORIES)[number];

export const FINDING_CATEGORY_LABELS: Record<FindingCategory, Label> = {
  service_quality: { zh: '服务质量不达标', en: 'Service quality' },
  irregular_charge: { zh: '违规收费或虚报费用', en: 'Irregular charges' },
  false_records: { zh: '服务记录不实', en: 'False records' },
  information_security: { zh: '信息安全（秦皇岛细则第七十条）', en: 'Information security' },
  management: { zh: '内部管理', en: 'Management' },
  other: { zh: '其他', en: 'Other' },
};

export interface InspectionFacts {
  /** Findings recorded on the inspection. */
  findingCount: number;
  /** Checklist items without a result. */
  uncheckedItems: number;
}

const hasFindings: Guard<InspectionFacts> = {
  rule: 'hasFindings',
  code: 'INSPECTION_NO_FINDINGS',
  label: { zh: '尚未记录检查发现的问题', en: 'No finding recorded yet' },
  citation: 'Qinhuangdao art. 67–68',
  check: (f) => (f.findingCount > 0 ? null : { message: '尚未记录问题，无问题的检查请直接办结 (no finding recorded)' }),
};

const checklistDone: Guard<InspectionFacts> = {
  rule: 'checklistDone',
  code: 'INSPECTION_CHECKLIST_OPEN',
  label: { zh: '检查清单尚有未填写结果的项目', en: 'Checklist items without a result' },
  citation: 'Product rule: an inspection is closed with every checklist item answered',
  check: (f) =>
    f.uncheckedItems > 0
      ? { message: `检查清单尚有 ${f.uncheckedItems} 项未填写结果 (checklist incomplete)`, params: { count: f.uncheckedItems } }
      : null,
};

/**
 * An inspection of designated institutions or the TPA (Qinhuangdao art. 67, 74): planned (scope,
 * inspectors, date, checklist) → in progress → findings recorded → closed; a clean one is closed
 * from in progress; a planned one may be cancelled with a reason.
 */
export const INSPECTION_WORKFLOW: Workflow<InspectionState, InspectionAction, InspectionFacts> = {
  id: 'inspection',
  rightPrefix: 'inspectionPlan',
  label: { zh: '监督检查', en: 'Inspection' },
  states: INSPECTION_STATES,
  initial: 'planned',
  transitions: [
    {
      action: 'start',
      from: ['planned'],
      to: 'in_progress',
      roles: rolesWith('inspectionPlan.start'),
      citation: 'Qinhuangdao art. 67, 74',
    },
    {
      action: 'record_findings',
      from: ['in_progress'],
      to: 'findings_recorded',
      roles: rolesWith('inspectionPlan.record_findings'),
      citation: 'Qinhuangdao art. 67–68',
      guards: [hasFindings],
    },
    {
      action: 'close',
      from: ['in_progress', 'findings_recorded'],
      to: 'closed',
      roles: rolesWith('inspectionPlan.close'),
      citation: 'Qinhuangdao art. 67; Product rule: an inspection is closed with every checklist item answered',
      needsReason: true,
      guards: [checklistDone],
    },
    {
      action: 'cancel',
      from: ['planned'],
      to: 'cancelled',
      roles: rolesWith('inspectionPlan.cancel'),
      citation: 'Product rule: a planned inspection is cancelled with a reason',
      needsReason: true,
    },
  ],
  stateLabels: {
    planned: { zh: '已计划', en: 'Planned' },
    in_progress: { zh: '检查中', en: 'In progress' },
    findings_recorded: { zh: '已记录问题', en: 'Findings recorded' },
    closed: { zh: '已办结', en: 'Closed' },
    cancelled: { zh: '已取消', en: 'Cancelled' },
  },
  actionLabels: {
    start: { zh: '开始检查', en: 'Start' },
    record_findings: { zh: '问题记录完毕', en: 'Findings recorded' },
    close: { zh: '办结', en: 'Close' },
    cancel: { zh: '取消检查', en: 'Cancel' },
  },
};
