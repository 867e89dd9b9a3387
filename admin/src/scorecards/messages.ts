import { ANNUAL_SCORECARD_WORKFLOW, workflowLabels } from '@ltci/shared';

const labels = workflowLabels(ANNUAL_SCORECARD_WORKFLOW);

export const scorecardMessagesEn = {
  workflow: { annualScorecard: labels.en },
  app: {
    menu: { scorecards: 'Annual scorecards' },
    errors: {
      issue: {
        EVENT_TYPE_NOT_IN_TEMPLATE: 'This event type is not in the template',
        EVENT_OUTSIDE_YEAR: 'The date is outside the assessment year',
        NEGATIVE_COUNT: 'A count cannot be negative',
        DISTRICT_REQUIRED: 'A refused order needs its district (Changzhou item 11(1))',
        NO_TEMPLATE_ADOPTED: 'The region adopted no annual template for that year',
      },
      reason: {
        SCORECARD_LOCKED: 'The scorecard is locked; reopen it with a reason first',
        SCORECARD_SUBMITTED: 'The scorecard is awaiting approval; it must be returned first',
        ALREADY_WITHDRAWN: 'This event is already withdrawn',
      },
    },
    scorecards: {
      open: 'Open a scorecard',
      ranking: 'Comparison and ranking',
      ranking_empty: 'No scorecard for this region and year',
      rank: 'Rank',
      total: 'Running total',
      deduction_part: 'Deduction part',
      bonus_part: 'Bonus part',
      veto: 'Veto deductions',
      bonus: 'bonus',
      category: 'Category',
      max: 'Maximum',
      score: 'Score',
      none: 'none',
      facts: 'From the records: return rate %{returnRate}; satisfaction %{satisfaction}; areas with a refused order: %{refusals}',
      record_event: 'Record an event',
      record: 'Record',
      recorded: 'Event recorded; the score is recomputed',
      units: 'Orders',
      events: 'Events of the year (%{n})',
      evidence: 'Evidence',
      withdraw: 'Withdraw',
      withdrawn: 'Withdrawn',
      withdraw_reason: 'Why is this event withdrawn?',
      from_complaint: 'verified complaint',
      monthly: 'Monthly counts (orders submitted and returned, satisfaction survey)',
      save_month: 'Save the month',
      locked: 'Signed off and locked: read-only. A correction reopens it with a reason.',
      submitted: 'Submitted for a second inspector’s approval: read-only until approved or returned.',
      flags: {
        institutionAtFault: 'For reasons of the institution',
        verified: 'Verified',
        evidenceProvided: 'With valid evidence',
        cityShortOfAssessmentCapacity: 'The city is short of assessment capacity',
      },
    },
  },
  resources: {
    AnnualScorecard: {
      name: 'Annual scorecard |||| Annual scorecards',
      fields: { institutionId: 'Institution', regionId: 'Region', year: 'Year', templateId: 'Template', state: 'State', total: 'Total' },
    },
    ScorecardEvent: {
      fields: {
        type: 'Event type',
        occurredOn: 'Date',
        reportedOn: 'Reported on',
        count: 'Count',
        districtId: 'District',
        note: 'Note',
        recordedByName: 'Recorded by',
      },
    },
    MonthlyCount: {
      fields: { month: 'Month', submitted: 'Submitted', returned: 'Returned', surveyed: 'Surveyed', satisfied: 'Satisfied' },
    },
  },
};

export const scorecardMessagesZh: typeof scorecardMessagesEn = {
  workflow: { annualScorecard: labels.zh },
  app: {
    menu: { scorecards: '年度考核' },
    errors: {
      issue: {
        EVENT_TYPE_NOT_IN_TEMPLATE: '该事项类型不在考核模板中',
        EVENT_OUTSIDE_YEAR: '日期不在考核年度内',
        NEGATIVE_COUNT: '次数不能为负数',
        DISTRICT_REQUIRED: '拒单须注明发生的县区（常州评分标准第十一项(1)）',
        NO_TEMPLATE_ADOPTED: '该统筹地区该年度未采用年度考核模板',
      },
      reason: {
        SCORECARD_LOCKED: '评分表已签发锁定，须先重新开启并说明理由',
        SCORECARD_SUBMITTED: '评分表待复核，须先退回',
        ALREADY_WITHDRAWN: '该事项已撤销',
      },
    },
    scorecards: {
      open: '开启评分表',
      ranking: '考核对比与排名',
      ranking_empty: '该地区该年度尚无评分表',
      rank: '名次',
      total: '当前得分',
      deduction_part: '扣分部分',
      bonus_part: '加分部分',
      veto: '否决项扣分',
      bonus: '加分项',
      category: '考核类别',
      max: '满分',
      score: '得分',
      none: '无',
      facts: '由记录计算：退单率 %{returnRate}；满意度 %{satisfaction}；有拒单的县区：%{refusals}',
      record_event: '记录考核事项',
      record: '记录',
      recorded: '已记录，得分已重新计算',
      units: '单数',
      events: '本年度考核事项（%{n} 条）',
      evidence: '证据',
      withdraw: '撤销',
      withdrawn: '已撤销',
      withdraw_reason: '请说明撤销理由',
      from_complaint: '查实投诉',
      monthly: '月度数据（提交与退单、满意度调查）',
      save_month: '保存该月',
      locked: '已签发锁定，只读。更正须经“重新开启”并说明理由。',
      submitted: '已提交，待另一名稽核人员复核签发；复核或退回前只读。',
      flags: {
        institutionAtFault: '因评估机构原因',
        verified: '已查实',
        evidenceProvided: '提供有效证据',
        cityShortOfAssessmentCapacity: '全市评估力量不足',
      },
    },
  },
  resources: {
    AnnualScorecard: {
      name: '年度考核评分表 |||| 年度考核评分表',
      fields: { institutionId: '定点机构', regionId: '统筹地区', year: '考核年度', templateId: '考核模板', state: '状态', total: '总分' },
    },
    ScorecardEvent: {
      fields: {
        type: '事项类型',
        occurredOn: '发生日期',
        reportedOn: '申报日期',
        count: '次数',
        districtId: '县区',
        note: '备注',
        recordedByName: '记录人',
      },
    },
    MonthlyCount: {
      fields: { month: '月份', submitted: '提交单数', returned: '退单数', surveyed: '调查人数', satisfied: '满意人数' },
    },
  },
};
