import { INSTITUTION_ACTIVITY_WORKFLOW, INSTITUTION_RULE_LABELS, workflowLabels } from '@ltci/shared';

const labels = workflowLabels(INSTITUTION_ACTIVITY_WORKFLOW);
const rules = (lang: 'zh' | 'en') => ({
  KIND_LOCKED: INSTITUTION_RULE_LABELS.KIND_LOCKED[lang],
  INSTITUTION_INACTIVE: INSTITUTION_RULE_LABELS.INSTITUTION_INACTIVE[lang],
});

/**
 * The institutions' activity (deactivated with a reason, never deleted), their county and kind rules.
 * The states, actions and blocking codes come from the shared table; the rule codes from shared too.
 */
export const institutionMessagesEn = {
  workflow: { institutionActivity: labels.en },
  enums: { InstitutionState: labels.en.states },
  app: {
    institutions: {
      activity: 'Activity',
      history: 'Deactivations and reactivations',
      history_empty: 'Never deactivated',
      by: 'by %{name}',
      reason: 'Reason',
      reason_required: 'A reason is required: it stays in the institution’s history and the audit log',
      confirm: 'Confirm',
      dialog_title: '%{action}: %{name}',
      done: 'Done: %{action}',
      inactive_banner: 'This institution is deactivated: it stays in the lists and its history, but gets no new agreement or staff.',
      city_level: 'City level (no county)',
      county_hint: 'The counties of the chosen region; empty for a city-level institution (Qinhuangdao art. 60–61)',
      work: 'Inspection work',
      work_designations: 'Designation applications',
      work_scorecards: 'Annual scorecards',
      work_complaints: 'Complaints',
      work_info_changes: 'Information-change requests',
      work_all: 'All of this institution’s',
    },
    errors: {
      issue: {
        ...rules('en'),
        COUNTY_NOT_IN_REGION: 'This county is not in the chosen region',
        UNKNOWN_REGION: 'Unknown region',
      },
      reason: { ...rules('en'), AGREEMENT_IN_FORCE: labels.en.issues.AGREEMENT_IN_FORCE },
    },
  },
  resources: {
    Institution: { fields: { state: 'Activity', countyId: 'County', county: 'County', version: 'Version' } },
  },
};

export const institutionMessagesZh: typeof institutionMessagesEn = {
  workflow: { institutionActivity: labels.zh },
  enums: { InstitutionState: labels.zh.states },
  app: {
    institutions: {
      activity: '启用状态',
      history: '停用与启用记录',
      history_empty: '从未停用',
      by: '经办人：%{name}',
      reason: '理由',
      reason_required: '须填写理由，理由记入机构的办理记录和审计日志',
      confirm: '确定',
      dialog_title: '%{action}：%{name}',
      done: '已办理：%{action}',
      inactive_banner: '该机构已停用：仍保留在列表和办理记录中，但不能新增服务协议或人员。',
      city_level: '市级（不属县区）',
      county_hint: '所选统筹地区的县区；市级机构不填（秦皇岛细则第六十、六十一条）',
      work: '稽核考核',
      work_designations: '定点申请',
      work_scorecards: '年度考核评分表',
      work_complaints: '投诉举报',
      work_info_changes: '信息变更',
      work_all: '查看该机构全部',
    },
    errors: {
      issue: {
        ...rules('zh'),
        COUNTY_NOT_IN_REGION: '该县区不属于所选统筹地区',
        UNKNOWN_REGION: '统筹地区不存在',
      },
      reason: { ...rules('zh'), AGREEMENT_IN_FORCE: labels.zh.issues.AGREEMENT_IN_FORCE },
    },
  },
  resources: {
    Institution: { fields: { state: '启用状态', countyId: '县区', county: '县区', version: '版本' } },
  },
};
