/**
 * The names of the rules that shared's traces cite (`TraceStep.rule`), per language; a rule missing
 * here shows its stable name. Flat keys, nested for polyglot by `nestRules`.
 */
const RULES: Record<string, [zh: string, en: string]> = {
  'workflow.from': ['当前状态可办理此操作', 'The action leaves from the current state'],
  'workflow.role': ['角色有权办理', 'The role may take the action'],
  'workflow.fourEyes': ['经办与审批分离（非同一人）', 'Four-eyes: not the same person'],
  'workflow.reason': ['须填写理由', 'A reason is given where needed'],
  'workflow.to': ['回到此前的状态', 'Back to the state before'],
  'workflow.decision': ['办理结果', 'Decision'],
  'workflow.guard.agreementComplete': ['协议编号与期限完整', 'Number and term complete'],
  'workflow.guard.termNotEnded': ['协议期限未届满', 'Term not ended'],
  'workflow.guard.termEnded': ['协议期限已届满', 'Term ended'],
  'workflow.guard.onlyOneInForce': ['同一机构仅一份履行中的协议', 'One agreement in force per institution'],
  'workflow.input.termination': ['解除类型与日期', 'Termination kind and date'],
  'todo.infoChange': ['待办：重大信息变更申请期限', 'To-do: information change deadline'],
  'todo.agreementExpiry': ['待办：协议到期提醒', 'To-do: agreement expiry'],
  'todo.certificateExpiry': ['待办：人员证书到期提醒', 'To-do: staff certificate expiry'],
  'todo.leaseExpiry': ['待办：场所租期届满提醒', 'To-do: premises lease ending'],
  'todo.daysLeft': ['剩余天数', 'Days left'],
  'todo.colour': ['按剩余天数着色', 'Colour by days left'],
  'policy.addWorkingDays': ['按工作日历顺延工作日', 'Add working days on the calendar'],
  'policy.workingDaysBetween': ['两日之间的工作日数', 'Working days between two dates'],
  'policy.versionInForce': ['适用的政策版本', 'Policy version in force'],
  'policy.overrides': ['管理员覆盖的参数', 'Parameters overridden by the administrator'],
  'institutions.infoChange.major': ['是否属重大信息变更', 'Whether the change is major'],
  'institutions.infoChange.due': ['变更申请截止日（30个工作日）', 'Application due (30 working days)'],
  'institutions.infoChange.allowed': ['是否允许申请变更', 'Whether the application is allowed'],
  'institutions.infoChange.stillQualified': ['变更后是否仍符合条件', 'Still qualified after the change'],
  'agreements.term.normalEnd': ['协议通常终止日（一年）', 'Normal end of the term (one year)'],
  'agreements.term.normal': ['协议期限是否为通常期限', 'Whether the term is the normal one'],
  'agreements.effectiveStates': ['协议在某日的状态', 'The agreements’ states on the day'],
  'agreements.institutionStatus': ['机构状态（由协议推定）', 'Institution status (from its agreements)'],
  'agreements.bars.violation': ['因违法违规解除：三年内不予定点', 'Violation: 3-year bar'],
  'agreements.bars.severeBreach': ['因严重违约解除：一年内不予定点', 'Severe breach: 1-year bar'],
  'benefits.qualifyingGrade': ['失能等级是否达到享受待遇标准', 'Whether the grade qualifies'],
  'benefits.shareRate': ['基金支付比例', 'Fund share rate'],
  'benefits.monthCap': ['月度支付限额', 'Monthly cap'],
  'benefits.annualCap': ['年度支付限额', 'Annual cap'],
  'benefits.annualCapRemaining': ['年度限额余额', 'Annual cap remaining'],
  'benefits.eligibleCost': ['可支付费用', 'Eligible cost'],
  'benefits.excludedCharges': ['不予支付的费用', 'Excluded charges'],
  'benefits.fundPays': ['基金支付', 'Fund pays'],
  'benefits.claimantPays': ['个人负担', 'Claimant pays'],
  'benefits.shareAndMonthlyCap': ['支付比例与月度限额', 'Share and monthly cap'],
  'benefits.residentTier': ['居民待遇档次', 'Resident tier'],
  'benefits.residentBonus': ['居民待遇加发', 'Resident bonus'],
  'benefits.minorStandard': ['未成年人待遇标准', 'Minor’s standard'],
  'benefits.homeVisitPayments': ['上门服务支付', 'Home-visit payments'],
  'benefits.consecutiveDayVisits': ['连续日上门服务', 'Visits on consecutive days'],
  'assessment.gradeMatrix': ['失能等级对照表', 'Disability grade matrix'],
  'assessment.qualifyingGrade': ['是否达到重度失能', 'Whether the grade qualifies'],
  'assessment.worseOfCognitionAndPerception': ['认知与感知觉取较重者', 'Worse of cognition and perception'],
  'assessment.admissibility': ['评估申请受理条件', 'Admissibility of the application'],
  'assessment.fee': ['评估费用', 'Assessment fee'],
  'assessment.feeCollection': ['评估费收取', 'Fee collection'],
  'assessment.feePayer.initial': ['初次评估费用承担', 'Who pays: initial assessment'],
  'assessment.feePayer.endOfTerm': ['期满复评费用承担', 'Who pays: end-of-term reassessment'],
  'assessment.feePayer.objection': ['异议复评费用承担', 'Who pays: objection'],
  'assessment.feePayer.spotCheck': ['抽查复评费用承担', 'Who pays: spot check'],
  'assessment.feePayer.spotCheckRefund': ['抽查复评费用退还', 'Spot-check refund'],
  'scorecard.basic': ['基本项', 'Basic items'],
  'scorecard.subtotal': ['小计', 'Subtotal'],
  'scorecard.total': ['总分', 'Total'],
  'scorecard.totalFloor': ['总分下限', 'Total floor'],
  'contributions.employerBase': ['单位缴费基数', 'Employer base'],
  'contributions.employerPart': ['单位缴费', 'Employer part'],
  'contributions.individualPart': ['个人缴费', 'Individual part'],
  'contributions.individualBaseFloor': ['个人缴费基数下限', 'Individual base floor'],
  'contributions.residentTotal': ['居民筹资总额', 'Resident total'],
  'contributions.residentSplit': ['居民筹资分担', 'Resident split'],
  'contributions.subsidy': ['困难群体资助', 'Hardship subsidy'],
};

/** `{ a: { b: text } }` from `{ 'a.b': text }`, for one language. */
export function nestRules(lang: 0 | 1): Record<string, unknown> {
  const tree: Record<string, unknown> = {};
  for (const [rule, names] of Object.entries(RULES)) {
    const parts = rule.split('.');
    let node = tree;
    for (const part of parts.slice(0, -1)) {
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts.at(-1)!] = names[lang];
  }
  return tree;
}

export const RULE_NAMES = Object.keys(RULES);

export const traceMessagesEn = {
  rules: nestRules(1),
  app: {
    trace: {
      open: 'Show how this figure was computed',
      title: 'How it was computed',
      rule: 'Rule',
      citation: 'Citation',
      inputs: 'Read',
      output: 'Gave',
      interpretation: 'Interpretation taken',
      note: 'Note',
      empty: 'No trace recorded',
      pack: 'Policy pack %{version}',
    },
  },
};

export const traceMessagesZh: typeof traceMessagesEn = {
  rules: nestRules(0),
  app: {
    trace: {
      open: '查看此数字的计算依据',
      title: '计算依据',
      rule: '规则',
      citation: '条款出处',
      inputs: '读取',
      output: '得出',
      interpretation: '采用的解释',
      note: '说明',
      empty: '未记录计算依据',
      pack: '政策参数包 %{version}',
    },
  },
};
