/** The claimant's file (issue 11 items 7–10): care plans, the catalogue, sanctions, the timeline and the month's quote. */
const RULES: Record<string, Record<string, [zh: string, en: string]>> = {
  carePlan: {
    accepted: ['备案后方可按计划提供服务', 'Services only once the plan is accepted'],
    benefitStart: ['评估结论书出具后开始享受待遇', 'Benefits start after the conclusion letter'],
    change: ['变更护理方式或机构的生效日', 'When a change of mode or institution applies'],
    lastDay: ['待遇最后一天', 'Last day of benefits'],
    replaced: ['被新计划替代', 'Replaced by a new plan'],
  },
  benefits: {
    monthDays: ['当月可享受待遇的天数', 'Days of the month with benefits'],
    plannedVisits: ['按计划频次测算的上门次数', 'Home visits by the plan’s frequency'],
  },
  eligibility: {
    sanction: ['暂停或取消待遇享受资格', 'Benefits suspended or revoked'],
    reinstated: ['期满重新申请后恢复', 'Reinstated on a new application'],
    carePlanAccepted: ['护理计划备案', 'Care plan accepted'],
    conclusion: ['评估结论', 'Assessment conclusion'],
    benefitPeriods: ['待遇享受期间', 'Benefit periods'],
    carePlanRequired: ['须有备案的护理计划', 'An accepted care plan is required'],
  },
  todo: {
    carePlanAcceptance: ['待办：护理计划备案期限', 'To-do: care plan acceptance'],
    sanctionEnding: ['待办：处理期限届满提醒', 'To-do: sanction period ending'],
    sanctionApproval: ['待办：待遇资格处理审批期限', 'To-do: sanction approval'],
  },
};
const rules = (lang: 0 | 1) =>
  Object.fromEntries(Object.entries(RULES).map(([g, r]) => [g, Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v[lang]]))]));
const WORKFLOW_RULES = (lang: 0 | 1) => ({
  guard: {
    claimantNotSanctioned: ['参保人未被暂停或取消待遇资格', 'The claimant is not under a sanction'][lang],
    sanctionPeriodOver: ['暂停或取消期限已届满', 'The sanction’s period is over'][lang],
    institutionDesignated: ['护理机构有履行中的服务协议', 'The institution has an agreement in force'][lang],
    onlyOneAcceptedPlan: ['同一参保人仅一份备案的护理计划', 'One accepted plan per claimant'][lang],
  },
  input: {
    endCauseAndDate: ['终止原因与日期', 'Cause and date of the end'][lang],
    reinstatementApplication: ['重新申请的日期', 'Date of the new application'][lang],
  },
});

export const carePlanMessagesEn = {
  rules: { ...rules(1), workflow: WORKFLOW_RULES(1) },
  enums: {
    CareMode: { institution: 'Institutional care', community: 'Community care', home: 'Home care', family: 'Family care (by a relative)' },
    CarePlanEndCause: { death: 'Death', notSevere: 'No longer severe', other: 'Other', replaced: 'Replaced by a new plan' },
    SanctionKind: { suspend: 'Suspension of benefits', revoke: 'Revocation of benefits' },
    SuspensionReason: { sanction: 'sanction (art. 69)' },
  },
  app: {
    menu: { carePlans: 'Care plans', careServiceItems: 'Service-item catalogue' },
    carePlans: {
      tab: 'Care plans',
      draft: 'Draft a care plan',
      pays_from: 'pays from %{date}',
      ended_on: 'ended %{date}',
      not_yet_accepted: 'Set when the plan is accepted',
      end_cause: 'Cause',
      end_on: 'Date of death or of the conclusion letter',
      end_on_help: 'Death: benefits end the day after; not severe: the day after the letter (art. 34(4)(5))',
    },
    catalogue: {
      import_title: 'Import the official catalogue',
      import_rule:
        'Columns 项目编码, 项目类别, 项目名称, 服务内容. Any row with an error imports nothing; the demo items the file lacks are retired; the same file imports once.',
      demo_banner:
        'This is the DEMO catalogue shipped for trying the system. Import the official national catalogue before real care plans are drafted.',
    },
    sanctions: {
      tab: 'Sanctions',
      intro:
        'Suspension or revocation of benefits for a violation (Qinhuangdao art. 69), approved by a second officer; restored only on a new application after the period (art. 71).',
      propose: 'Propose',
      applied_on: 'Date of the new application',
      applied_on_help: 'After the period ends (art. 71)',
    },
    timeline: {
      tab: 'File (timeline)',
      intro: 'One file per person (Qinhuangdao art. 64): %{count} records, newest first.',
      on: 'Date',
      kind: 'Kind',
      what: 'Record',
      state: 'State',
      kinds: {
        contribution: 'Contribution',
        application: 'Assessment application',
        carePlan: 'Care plan',
        benefitMonth: 'Benefit month',
        hospitalStay: 'Hospital stay',
        sanction: 'Sanction',
        complaint: 'Complaint',
        death: 'Death',
      },
      titles: { benefitMonth: 'Benefits of %{title} (open the quote)', death: 'Death recorded' },
      states: {
        paid: 'Arrived',
        arrears: 'Arrears',
        backPaid: 'Back-paid',
        inHospital: 'In hospital',
        discharged: 'Discharged',
        death: '—',
      },
    },
    quote: {
      tab: 'Benefit quote',
      title: 'Benefit quote %{month}',
      intro:
        'A month’s benefit by the claimant’s grade, accepted care plans, hospital stays and sanctions, and the month’s policy. Each figure opens its explanation.',
      month: 'Month',
      billed: 'Care billed in the month',
      visit_price: 'Price of a home visit',
      income: 'Per-capita disposable income (annual caps)',
      run: 'Quote',
      nothing: 'No benefits are payable in %{month}:',
      days: 'Days with benefits',
      fund_pays: 'Fund pays',
      claimant_pays: 'Claimant pays',
      cap: 'Cap %{cap}',
      cap_applied: 'the cap set the payment',
    },
  },
  resources: {
    CarePlan: {
      name: 'Care plan |||| Care plans',
      fields: {
        claimantId: 'Claimant',
        institutionId: 'Care institution',
        careMode: 'Care mode',
        careSubtype: 'Institution type / detail',
        familyCarer: 'Relative giving care',
        items: 'Service items',
        frequencyPerWeek: 'Visits a week',
        grade: 'Grade of the conclusion',
        conclusionOn: 'Conclusion letter of',
        startDate: 'Start asked',
        benefitsFrom: 'Benefits from',
        endDate: 'Last day',
        endCause: 'Ended because',
        replacesId: 'Replaces plan',
        state: 'State',
      },
    },
    CareServiceItem: {
      name: 'Service item |||| Service-item catalogue',
      fields: { id: 'Code', q: 'Code or name', category: 'Category', name: 'Name', content: 'Content', demo: 'Demo' },
    },
    Complaint: { fields: { claimantId: 'Claimant concerned' } },
    ClaimantSanction: {
      name: 'Sanction |||| Sanctions',
      fields: {
        claimantId: 'Claimant',
        kind: 'Measure',
        startsOn: 'From',
        endsOn: 'Until (last day)',
        reason: 'Violation',
        reinstatedOn: 'Reinstated on',
        state: 'State',
      },
    },
  },
};

export const carePlanMessagesZh: typeof carePlanMessagesEn = {
  rules: { ...rules(0), workflow: WORKFLOW_RULES(0) },
  enums: {
    CareMode: { institution: '机构护理', community: '社区护理', home: '居家护理', family: '亲情照护' },
    CarePlanEndCause: { death: '参保人死亡', notSevere: '评估不符合重度失能', other: '其他', replaced: '被新计划替代' },
    SanctionKind: { suspend: '暂停待遇享受资格', revoke: '取消待遇享受资格' },
    SuspensionReason: { sanction: '违规处理（第六十九条）' },
  },
  app: {
    menu: { carePlans: '护理服务计划', careServiceItems: '服务项目目录' },
    carePlans: {
      tab: '护理计划',
      draft: '拟定护理服务计划',
      pays_from: '%{date} 起享受待遇',
      ended_on: '%{date} 终止',
      not_yet_accepted: '备案时计算',
      end_cause: '终止原因',
      end_on: '死亡日期或评估结论书日期',
      end_on_help: '死亡：次日起终止；不符合重度失能：结论书出具次日起终止（第三十四条(四)(五)）',
    },
    catalogue: {
      import_title: '导入正式服务项目目录',
      import_rule:
        '列：项目编码、项目类别、项目名称、服务内容。任何一行有错误时整份文件都不会导入；文件中没有的演示项目停用；同一份文件只导入一次。',
      demo_banner: '当前为系统自带的演示目录，仅供试用。正式拟定护理计划前，请导入国家统一的长护险服务项目目录。',
    },
    sanctions: {
      tab: '违规处理',
      intro:
        '参保人违规的，暂停或取消其待遇享受资格（秦皇岛细则第六十九条），须另一名经办人员审批；期满后重新申请、审核通过方可恢复（第七十一条）。',
      propose: '提出',
      applied_on: '重新申请日期',
      applied_on_help: '须在期限届满之后（第七十一条）',
    },
    timeline: {
      tab: '一人一档',
      intro: '一人一档（秦皇岛细则第六十四条）：共 %{count} 条记录，按日期倒序。',
      on: '日期',
      kind: '类别',
      what: '记录',
      state: '状态',
      kinds: {
        contribution: '缴费',
        application: '评估申请',
        carePlan: '护理计划',
        benefitMonth: '待遇月份',
        hospitalStay: '住院',
        sanction: '待遇资格处理',
        complaint: '投诉',
        death: '死亡',
      },
      titles: { benefitMonth: '%{title} 待遇（查看测算）', death: '登记死亡' },
      states: { paid: '到账', arrears: '欠费', backPaid: '补缴到账', inHospital: '在院', discharged: '已出院', death: '—' },
    },
    quote: {
      tab: '待遇测算',
      title: '%{month} 待遇测算',
      intro: '按参保人的失能等级、已备案的护理计划、住院、待遇资格处理及当月政策测算某月待遇；每个数字都可查看计算依据。',
      month: '月份',
      billed: '当月护理服务费用',
      visit_price: '每次上门服务收费',
      income: '上年度人均可支配收入（年度限额地区）',
      run: '测算',
      nothing: '%{month} 无可享受的待遇：',
      days: '可享受待遇天数',
      fund_pays: '基金支付',
      claimant_pays: '个人负担',
      cap: '限额 %{cap}',
      cap_applied: '按限额支付',
    },
  },
  resources: {
    CarePlan: {
      name: '护理服务计划',
      fields: {
        claimantId: '参保人',
        institutionId: '定点护理机构',
        careMode: '护理方式',
        careSubtype: '机构类别或细分',
        familyCarer: '照护亲属',
        items: '服务项目',
        frequencyPerWeek: '服务频次（次/周）',
        grade: '评估结论失能等级',
        conclusionOn: '评估结论书日期',
        startDate: '申请开始日期',
        benefitsFrom: '享受待遇起始日',
        endDate: '待遇最后一天',
        endCause: '终止原因',
        replacesId: '替代的计划',
        state: '状态',
      },
    },
    CareServiceItem: {
      name: '服务项目目录',
      fields: { id: '项目编码', q: '编码或名称', category: '项目类别', name: '项目名称', content: '服务内容', demo: '演示数据' },
    },
    Complaint: { fields: { claimantId: '所涉参保人' } },
    ClaimantSanction: {
      name: '待遇资格处理',
      fields: {
        claimantId: '参保人',
        kind: '处理措施',
        startsOn: '开始日期',
        endsOn: '期限届满日',
        reason: '违规情节',
        reinstatedOn: '恢复日期',
        state: '状态',
      },
    },
  },
};
