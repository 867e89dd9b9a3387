import type { Label } from '../rights/roles.js';
import { SMART_AUDIT_RULE_LABELS } from '../settlement/params.js';

/** What kind of value a parameter holds: how it is entered, checked and shown. */
export type ParameterUnit =
  | 'rate'
  | 'money'
  | 'months'
  | 'days'
  | 'workingDays'
  | 'minutes'
  | 'count'
  | 'grade'
  | 'year'
  | 'date'
  | 'boolean'
  | 'choice'
  | 'list';

export interface ParameterAlternative {
  value: string;
  label: Label;
}

export interface ParameterMeta {
  label: Label;
  unit?: ParameterUnit;
  /** The values the spec allows, the first being the default reading. */
  alternatives?: readonly ParameterAlternative[];
  /** The parameter is a reading of the documents (policy-rules.md "Interpretation"), not their plain text. */
  interpretation?: boolean;
  /** The documents' own words, where they help. */
  words?: string;
  /** Shown but not edited here (national standards, structure, lists). */
  readOnly?: boolean;
  /** `null` is a value the administrator may choose (e.g. "not stated"). */
  nullable?: boolean;
}

const alt = (value: string, zh: string, en: string): ParameterAlternative => ({ value, label: { zh, en } });
const m = (zh: string, en: string, rest: Omit<ParameterMeta, 'label'> = {}): ParameterMeta => ({ label: { zh, en }, ...rest });

const EFFECTIVE = [alt('nextDay', '次日', 'The next day'), alt('nextMonth', '次月1日', 'The 1st of the next month')];

/** Labels of the record keys that appear inside paths (`*` segments). */
export const PARAMETER_KEY_LABELS: Record<string, Label> = {
  medical: { zh: '医疗机构', en: 'medical institution' },
  integrated: { zh: '医养结合机构', en: 'integrated care institution' },
  elderly: { zh: '养老机构', en: 'elderly care institution' },
  extremePoverty: { zh: '特困人员', en: 'extreme poverty' },
  minimumLivingAllowance: { zh: '低保对象', en: 'minimum living allowance' },
  antiPovertyTarget: { zh: '防止返贫致贫对象', en: 'anti-poverty target' },
  lowIncomeMarginElderly: { zh: '低保边缘家庭老年人', en: 'low-income margin elderly' },
  monitoredHousehold: { zh: '易返贫致贫监测对象', en: 'monitored household' },
  home: { zh: '居家护理', en: 'home care' },
  community: { zh: '社区护理', en: 'community care' },
  institution: { zh: '机构护理', en: 'institution care' },
  employees: { zh: '职工', en: 'Employees' },
  residents: { zh: '城乡居民', en: 'Residents' },
  notInsured: { zh: '未参保', en: 'not insured' },
  inWaitingPeriod: { zh: '处于待遇等待期', en: 'in the waiting period' },
  disabilityTooShort: { zh: '失能不满规定期限', en: 'disabled too briefly' },
  conditionUnstable: { zh: '病情不稳定', en: 'condition unstable' },
  inHospital: { zh: '住院期间', en: 'in hospital' },
  materialsNotCompletedInTime: { zh: '未按时补齐材料', en: 'materials not completed in time' },
  materialsForged: { zh: '材料虚假', en: 'materials forged' },
  tooSoonSinceLastConclusion: { zh: '距上次评估结论不满规定期限', en: 'too soon since the last conclusion' },
  workInjury: { zh: '工伤', en: 'work injury' },
  medicalInsurance: { zh: '应由基本医疗保险支付的', en: 'payable by medical insurance' },
  workInjuryInsurance: { zh: '应由工伤保险支付的', en: 'payable by work-injury insurance' },
  maternityInsurance: { zh: '应由生育保险支付的', en: 'payable by maternity insurance' },
  thirdPartyLiable: { zh: '应由第三人负担的', en: 'a third party is liable' },
  bed: { zh: '床位费', en: 'bed' },
  meals: { zh: '伙食费', en: 'meals' },
  otherNonCare: { zh: '其他非护理费用', en: 'other non-care charges' },
  hospitalStay: { zh: '住院期间的费用', en: 'during a hospital stay' },
  nonDesignated: { zh: '非定点机构的费用', en: 'at a non-designated institution' },
  otherExcluded: { zh: '其他不予支付的费用', en: 'other excluded charges' },
  ...SMART_AUDIT_RULE_LABELS,
};

/**
 * Labels, units and readings of a pack's parameters by path; `*` matches one segment (a record key
 * or a list index). The first matching pattern wins; a parameter without one is labelled by its path.
 */
export const PARAMETER_META: readonly [pattern: string, meta: ParameterMeta][] = [
  // contributions
  ['contributions.employee.employerRate', m('职工单位缴费费率', 'Employer contribution rate', { unit: 'rate' })],
  ['contributions.employee.individualRate', m('职工个人缴费费率', 'Employee contribution rate', { unit: 'rate' })],
  [
    'contributions.employee.employerBaseFallback',
    m('单位无法提供工资总额时的缴费基数', 'Employer base without a payroll', {
      alternatives: [
        alt('medicalInsuranceBase', '医保缴费基数', 'Medical-insurance base'),
        alt('none', '须提供工资总额', 'Payroll required'),
      ],
    }),
  ],
  [
    'contributions.employee.individualBaseFloor',
    m('个人缴费基数下限', 'Individual base floor', {
      alternatives: [alt('regionalAverageWage', '上年度全市职工平均工资', 'Previous-year average wage'), alt('none', '无下限', 'None')],
    }),
  ],
  ['contributions.retiree.rate', m('退休人员缴费费率', 'Retiree contribution rate', { unit: 'rate' })],
  [
    'contributions.retiree.retiringThisYearBase',
    m('当年退休人员缴费基数', 'Base for those retiring this year', {
      alternatives: [alt('firstMonthPension', '首月养老金', 'First month’s pension'), alt('pension', '养老金', 'Pension')],
    }),
  ],
  ['contributions.flexible.rate', m('灵活就业人员缴费费率', 'Flexible workers’ rate', { unit: 'rate' })],
  [
    'contributions.flexible.base',
    m('灵活就业人员缴费基数', 'Flexible workers’ base', {
      alternatives: [
        alt('medicalInsuranceBase', '本人医保缴费基数', 'Own medical-insurance base'),
        alt('shareOfRegionalAverageWage', '社会平均工资的一定比例', 'A share of the average social wage'),
      ],
    }),
  ],
  [
    'contributions.flexible.baseShare',
    m('灵活就业缴费基数占社会平均工资比例', 'Base as a share of the average wage', { unit: 'rate', nullable: true }),
  ],
  ['contributions.flexibleRetiree.rate', m('灵活就业退休人员缴费费率', 'Flexible retirees’ rate', { unit: 'rate' })],
  ['contributions.resident.rates.*.fromYear', m('城乡居民费率起始年度', 'Resident rate from year', { unit: 'year' })],
  [
    'contributions.resident.rates.*.rate',
    m('城乡居民筹资费率', 'Resident funding rate', { unit: 'rate', words: '制度启动当年费率按0.15%执行，逐步过渡至0.3%' }),
  ],
  [
    'contributions.resident.lastRateContinues',
    m('最后一档费率在以后年度继续适用', 'The last rate continues in later years', { unit: 'boolean' }),
  ],
  [
    'contributions.resident.individualShare',
    m('城乡居民个人承担比例', 'Residents’ individual share', { unit: 'rate', words: '个人和政府按1:1比例分担' }),
  ],
  ['contributions.resident.provisional', m('城乡居民标准为暂行', 'Resident standards provisional', { unit: 'boolean' })],
  ['contributions.hardshipSubsidies.*.kind', m('{3}资助方式', '{3}: kind of subsidy', { readOnly: true })],
  [
    'contributions.hardshipSubsidies.*.amount',
    m('{3}定额资助金额（元/年）', '{3}: fixed subsidy (yuan a year)', { unit: 'money', nullable: true, words: '按省政府规定给予定额资助' }),
  ],
  ['contributions.hardshipSubsidies.*.share', m('{3}资助比例', '{3}: subsidy share', { unit: 'rate', words: '给予80%的定额资助' })],
  ['contributions.hardshipSubsidies.*.minAge', m('{3}资助起始年龄', '{3}: minimum age', { unit: 'count' })],
  [
    'contributions.quotaSubsidyReading',
    m('“80%的定额资助”的含义', 'Reading of “80% quota subsidy”', {
      interpretation: true,
      words: '给予80%的定额资助',
      alternatives: [
        alt('shareOfIndividualPart', '个人缴费部分的80%', '80% of the individual part'),
        alt('shareOfQuotaAmount', '定额标准的80%', '80% of a quota amount'),
      ],
    }),
  ],
  ['contributions.quotaAmount', m('定额资助标准（元/人）', 'Quota amount (yuan a head)', { unit: 'money', nullable: true })],
  // eligibility
  ['eligibility.launch.employees', m('职工制度启动日', 'Employees’ scheme starts', { unit: 'date' })],
  ['eligibility.launch.residents', m('城乡居民制度启动日', 'Residents’ scheme starts', { unit: 'date' })],
  ['eligibility.waitingMonths', m('待遇等待期（月）', 'Waiting period (months)', { unit: 'months', words: '缴费满6个月后享受待遇' })],
  [
    'eligibility.waitingFromFirstArrival',
    m('启动当年参保职工也自首次缴费到账起算等待期', 'Launch-year employees also wait from their first contribution', {
      unit: 'boolean',
      interpretation: true,
      words: '自缴费到账的第7个月起享受待遇',
    }),
  ],
  [
    'eligibility.waitingCountsFrom',
    m('等待期起算', 'Waiting period counts from', {
      alternatives: [
        alt('arrivalMonth', '到账当月1日', 'The 1st of the arrival month'),
        alt('arrivalDate', '到账之日', 'The arrival date'),
      ],
    }),
  ],
  ['eligibility.exemptions', m('免等待期群体', 'Groups without a waiting period', { unit: 'list', readOnly: true })],
  [
    'eligibility.flexibleArrearsNewEnrolmentMonths',
    m('灵活就业断缴视同新参保（月）', 'Flexible arrears treated as new enrolment (months)', { unit: 'months', nullable: true }),
  ],
  ['eligibility.residentWaitingExtendsWithBreak', m('居民断缴延长等待期', 'A resident’s break lengthens the wait', { unit: 'boolean' })],
  [
    'eligibility.residentExtensionMonthsPerBreakYear',
    m('每断缴一年延长等待期（月）', 'Months added per year of break', { unit: 'months', nullable: true }),
  ],
  [
    'eligibility.firstGradeStart',
    m('首次重度失能享受待遇起始', 'First benefits start', { alternatives: EFFECTIVE, words: '自出具评估结论书次月起' }),
  ],
  ['eligibility.newGradeEffective', m('等级变化生效', 'A new grade takes effect', { alternatives: EFFECTIVE })],
  ['eligibility.careModeChange', m('护理方式变更生效', 'A change of care mode takes effect', { alternatives: EFFECTIVE })],
  [
    'eligibility.institutionChange',
    m('护理机构变更生效', 'A change of institution takes effect', {
      interpretation: true,
      alternatives: [alt('likeModeChange', '同护理方式变更', 'Like a change of care mode'), ...EFFECTIVE],
    }),
  ],
  [
    'eligibility.categoryChange',
    m('参保类别变更生效', 'A change of insured category takes effect', { alternatives: EFFECTIVE, nullable: true }),
  ],
  [
    'eligibility.resumeAfterHospital',
    m('出院后恢复待遇', 'Benefits resume after hospital', {
      alternatives: [alt('dayAfterDischarge', '出院次日', 'The day after discharge'), alt('dischargeDay', '出院当日', 'The discharge day')],
    }),
  ],
  [
    'eligibility.arrears',
    m('欠费暂停与恢复', 'Arrears: suspended and resumed', { alternatives: [alt('nextMonth', '次月', 'The next month')], nullable: true }),
  ],
  ['eligibility.carePlanRequired', m('须经护理计划确认后方可支付', 'Payment needs an accepted care plan', { unit: 'boolean' })],
  // assessment
  ['assessment.fee.value', m('评估费（元/次）', 'Assessment fee (yuan)', { unit: 'money', nullable: true })],
  ['assessment.qualifyingGrades.value', m('享受待遇的失能等级', 'Grades with benefits', { unit: 'list', readOnly: true })],
  ['assessment.admissibility.grounds.*', m('不予受理情形：{4}', 'Ground of refusal: {4}', { readOnly: true })],
  ['assessment.admissibility.minDisabilityMonths', m('失能状态持续（月）', 'Disabled for at least (months)', { unit: 'months' })],
  [
    'assessment.admissibility.minMonthsSinceLastConclusion',
    m('距上次评估结论（月）', 'Since the last conclusion (months)', { unit: 'months' }),
  ],
  [
    'assessment.deadlines.recheckWorkingDays.value',
    m('复核并报送时限', 'Re-check and forward within', { unit: 'workingDays', nullable: true }),
  ],
  ['assessment.deadlines.conclusionWorkingDays.value', m('出具评估结论时限', 'Conclusion within', { unit: 'workingDays', nullable: true })],
  ['assessment.deadlines.publicityDays.value', m('评估结论公示期', 'Publicity of the conclusion', { unit: 'days', nullable: true })],
  [
    'assessment.deadlines.disputeWorkingDays.value',
    m('申请复评时限', 'Dispute re-assessment within', { unit: 'workingDays', nullable: true }),
  ],
  [
    'assessment.deadlines.stateChangeMinMonths.value',
    m('状态变化重新评估间隔', 'State-change assessment after', { unit: 'months', nullable: true }),
  ],
  [
    'assessment.deadlines.severeValidityMonths.value',
    m('重度失能评估结论有效期', 'Validity of a severe conclusion', { unit: 'months', nullable: true }),
  ],
  ['assessment.assessors.minAssessors.value', m('现场评估人员数', 'On-site assessors', { unit: 'count', nullable: true })],
  ['assessment.assessors.minExperts.value', m('其中评估专家数', 'Experts among them', { unit: 'count', nullable: true })],
  [
    'assessment.assessors.minConfirmingExperts.value',
    m('确认结论的专家数', 'Experts confirming a conclusion', { unit: 'count', nullable: true }),
  ],
  [
    'assessment.assessors.minDisputeExperts.value',
    m('复评专家数（原则上）', 'Experts in a dispute re-assessment', { unit: 'count', nullable: true }),
  ],
  [
    'assessment.feePayer.spotCheckFeePayer',
    m('抽查复评费用承担', 'Who pays for a spot-check re-assessment', {
      interpretation: true,
      alternatives: [alt('fund', '基金', 'The fund'), alt('asStateChange', '同状态变化评估', 'As a state-change assessment')],
    }),
  ],
  [
    'assessment.feePayer.objectionFeePayer',
    m('异议引起的复评费用承担', 'Who pays for an objection re-assessment', {
      interpretation: true,
      alternatives: [alt('fund', '基金', 'The fund'), alt('asDispute', '同复评', 'As a dispute re-assessment')],
    }),
  ],
  ['assessment.grading', m('失能等级评估标准（国家标准）', 'Disability grading (national standard)', { readOnly: true })],
  // benefits
  ['benefits.qualifyingGrades', m('享受待遇的失能等级', 'Grades with benefits', { unit: 'list', readOnly: true })],
  ['benefits.*.kind', m('待遇方式', 'Benefit scheme', { readOnly: true })],
  [
    'benefits.employees.institution.*.share',
    m('职工机构护理（{4}）基金支付比例', 'Employees, institution ({4}): fund share', { unit: 'rate' }),
  ],
  [
    'benefits.employees.institution.*.monthlyCap',
    m('职工机构护理（{4}）月支付限额', 'Employees, institution ({4}): monthly cap', { unit: 'money' }),
  ],
  ['benefits.employees.community.share', m('职工社区护理基金支付比例', 'Employees, community care: fund share', { unit: 'rate' })],
  ['benefits.employees.community.monthlyCap', m('职工社区护理月支付限额', 'Employees, community care: monthly cap', { unit: 'money' })],
  ['benefits.employees.home.monthlyCap', m('职工居家上门护理月支付限额', 'Employees, home visits: monthly cap', { unit: 'money' })],
  ['benefits.employees.home.visitsPerMonth', m('每月上门护理次数', 'Home visits a month', { unit: 'count' })],
  ['benefits.employees.home.minMinutes', m('每次上门护理时长不少于', 'Minutes a visit at least', { unit: 'minutes' })],
  [
    'benefits.employees.home.homeCarePayment',
    m('居家上门护理的支付方式', 'How home visits are paid', {
      interpretation: true,
      words: '护理不足整月的，按实际上门护理服务次数核算',
      alternatives: [
        alt('perVisit', '按次支付（限额÷次数）', 'Per visit (cap ÷ visits)'),
        alt('billedUpToCap', '整月按实际费用至限额', 'A whole month billed up to the cap'),
      ],
    }),
  ],
  [
    'benefits.employees.partMonthDivisor',
    m('不足整月折算天数', 'Part-month divisor (days)', { unit: 'days', words: '月支付限额÷30天×实际享受待遇天数' }),
  ],
  [
    'benefits.employees.partMonthCap',
    m('不足整月的限额折算', 'Part-month cap', {
      interpretation: true,
      words: '月支付限额÷30天×实际享受待遇天数',
      alternatives: [
        alt('prorateCap', '仅不足整月折算', 'Prorate a part month only'),
        alt('prorateEveryMonth', '每月按天数折算', 'Prorate every month'),
      ],
    }),
  ],
  ['benefits.*.home', m('{2}居家护理基金支付比例', '{2}: home care fund share', { unit: 'rate' })],
  ['benefits.*.community', m('{2}社区护理基金支付比例', '{2}: community care fund share', { unit: 'rate' })],
  ['benefits.*.institution', m('{2}机构护理基金支付比例', '{2}: institution care fund share', { unit: 'rate' })],
  [
    'benefits.residents.fundingRate',
    m('城乡居民本版本筹资费率', 'Residents’ funding rate of this version', { unit: 'rate', nullable: true }),
  ],
  ['benefits.residents.tiers.*.fundingRate', m('筹资档次：筹资费率', 'Tier: funding rate', { unit: 'rate' })],
  [
    'benefits.residents.tiers.*.annualCapRate',
    m('筹资档次：年度限额占人均可支配收入比例', 'Tier: annual cap as a share of income', { unit: 'rate' }),
  ],
  ['benefits.residents.tiers.*.share', m('筹资档次：基金支付比例', 'Tier: fund share', { unit: 'rate' })],
  ['benefits.annualCapByGrade.topGrade', m('最高限额对应等级', 'Grade with the highest cap', { unit: 'grade' })],
  [
    'benefits.annualCapByGrade.topRate',
    m('最高年度限额占上年人均可支配收入比例', 'Highest annual cap as a share of income', { unit: 'rate' }),
  ],
  ['benefits.annualCapByGrade.step', m('逐级递减', 'Step down per grade', { unit: 'rate', words: '逐级递减5%' })],
  [
    'benefits.annualCapByGrade.gradeCapStep',
    m('“逐级递减5%”的含义', 'Reading of “5% less per grade”', {
      interpretation: true,
      words: '逐级递减5%',
      alternatives: [
        alt('percentagePoints', '每级减5个百分点', '5 percentage points a grade'),
        alt('compound', '每级为上级的95%', '95% of the grade above'),
      ],
    }),
  ],
  ['benefits.residentBonus.minConsecutiveYears', m('连续缴费年限', 'Consecutive contribution years', { unit: 'count' })],
  ['benefits.residentBonus.points', m('支付比例提高', 'Share raised by', { unit: 'rate', words: '提高5%' })],
  ['benefits.residentBonus.ceiling', m('提高后支付比例上限', 'Raised share at most', { unit: 'rate', words: '基金支付比例达到55%' })],
  [
    'benefits.residentBonus.residentBonus',
    m('“提高5%，达到55%”的含义', 'Reading of “+5%, up to 55%”', {
      interpretation: true,
      words: '提高5%，基金支付比例达到55%',
      alternatives: [
        alt('plusPointsCapped', '加5个百分点，不超过55%', '+5 points, never above 55%'),
        alt('plusPointsUncapped', '加5个百分点，不设上限', '+5 points, uncapped'),
      ],
    }),
  ],
  ['benefits.minors.oneOfTwoFactor', m('未成年人父母仅一方参保时待遇系数', 'Minor, one of two parents insured: factor', { unit: 'rate' })],
  ['benefits.minors.noneFactor', m('未成年人父母均未参保时待遇系数', 'Minor, neither parent insured: factor', { unit: 'rate' })],
  ['benefits.exclusions.*', m('不予支付的费用：{3}', 'Not paid: {3}', { readOnly: true })],
  [
    'benefits.familyCare.share',
    m('亲情照护基金支付比例', 'Family care: fund share', { unit: 'rate', nullable: true, words: '按规定支付' }),
  ],
  // fund
  [
    'fund.warnings.capacityMonthsThreshold',
    m('基金支付能力预警（月）', 'Fund capacity warning (months)', { unit: 'months', nullable: true }),
  ],
  [
    'fund.warnings.incomeVsExpenditure',
    m('收支比较口径', 'Income against expenditure over', {
      interpretation: true,
      alternatives: [alt('yearToDate', '年初至今', 'Year to date')],
    }),
  ],
  [
    'fund.warnings.averageMonthlyPayment',
    m('月均支付口径', 'Average monthly payment over', {
      interpretation: true,
      alternatives: [alt('trailing12', '近12个月', 'The last 12 months')],
    }),
  ],
  [
    'fund.tpaFee.capRate',
    m('经办服务费上限占当年筹资比例', 'TPA fees at most, as a share of the year’s fund', { unit: 'rate', nullable: true }),
  ],
  ['fund.tpaFee.paidQuarterly', m('经办服务费按季度支付', 'TPA fees paid quarterly', { unit: 'boolean' })],
  [
    'fund.tpaFee.districtScore',
    m('辖区分中心得分的合成方式（天津办法第十四条未规定）', 'District sub-centres combined as (Tianjin art. 14 is silent)', {
      interpretation: true,
      alternatives: [alt('mean', '各分中心简单平均', 'Plain mean'), alt('caseloadWeighted', '按经办件数加权', 'Weighted by caseload')],
    }),
  ],
  ['fund.accounts', m('基金账户与资金流向', 'Fund accounts and flows', { readOnly: true })],
  // institutions
  [
    'institutions.roleSeparation.rule',
    m('评估、护理、经办角色的分离', 'Separation of assessment, care and TPA roles', {
      alternatives: [
        alt('assessmentExclusive', '评估机构不得兼做护理与经办', 'An assessment institution does nothing else'),
        alt('noTwoOfThree', '不得同时承担其中两项', 'No two of the three'),
        alt('notAllThree', '不得同时承担三项', 'Not all three'),
      ],
    }),
  ],
  [
    'institutions.roleSeparation.isInterpretation',
    m('角色分离为解释口径', 'The separation rule is a reading', { unit: 'boolean', readOnly: true }),
  ],
  ['institutions.designation.minMonthsOperating', m('登记运营满（月）', 'Operating for at least (months)', { unit: 'months' })],
  ['institutions.designation.minAssessorsAndExperts', m('评估人员和专家不少于', 'Assessors and experts at least', { unit: 'count' })],
  ['institutions.designation.minIntermediateExperts', m('中级以上职称专家不少于', 'Experts with an intermediate title', { unit: 'count' })],
  ['institutions.designation.minSeniorExperts', m('高级职称专家不少于', 'Experts with a senior title', { unit: 'count' })],
  ['institutions.designation.minYearsInField', m('相关领域从业年限', 'Years in the field', { unit: 'count' })],
  ['institutions.designation.minLtciManagers', m('专职管理人员不少于', 'LTCI managers at least', { unit: 'count' })],
  ['institutions.designation.minItStaff', m('信息技术人员不少于', 'IT staff at least', { unit: 'count' })],
  ['institutions.designation.minPremisesMonthsRemaining', m('场所剩余使用期（月）', 'Premises usable for (months)', { unit: 'months' })],
  ['institutions.designation.requiredSystems', m('须具备的管理制度', 'Management systems required', { unit: 'list', readOnly: true })],
  ['institutions.designation.requiredMaterials', m('申请材料', 'Application materials', { unit: 'list', readOnly: true })],
  ['institutions.designation.forgeryBarMonths', m('伪造材料不予受理期（月）', 'Bar after forgery (months)', { unit: 'months' })],
  [
    'institutions.designation.violationTerminationBarMonths',
    m('违法违规解除协议后不予受理期（月）', 'Bar after a termination for violation (months)', { unit: 'months' }),
  ],
  [
    'institutions.designation.severeBreachTerminationBarMonths',
    m('严重违约解除协议后不予受理期（月）', 'Bar after a severe breach (months)', { unit: 'months' }),
  ],
  ['institutions.designation.reviewMonths', m('评估审核期限（月）', 'Review within (months)', { unit: 'months' })],
  ['institutions.designation.publicityMinDays', m('公示期不少于', 'Publicity at least', { unit: 'days' })],
  [
    'institutions.designation.agreementTermMonths',
    m('服务协议期限（月）', 'Agreement term (months)', { unit: 'months', words: '协议期限一般为1年' }),
  ],
  [
    'institutions.designation.infoChangeWorkingDays',
    m('重大信息变更申请时限', 'Major change applied for within', { unit: 'workingDays', words: '30个工作日内' }),
  ],
  // settlement: the smart audit's rules and thresholds (Qinhuangdao art. 57)
  [
    'settlement.smartAudit.severity.*',
    m('智能审核：{4}', 'Smart audit: {4}', {
      alternatives: [
        alt('blocking', '阻断支付待审核', 'Hold for review'),
        alt('warning', '仅提示', 'Warn only'),
        alt('off', '不检查', 'Off'),
      ],
    }),
  ],
  ['settlement.smartAudit.checkInMaxMeters', m('签到位置距住址不超过（米）', 'Check-in within (metres of the home)', { unit: 'count' })],
  [
    'settlement.smartAudit.carerMaxKmPerHour',
    m('护理人员两次上门间移动速度上限（公里/小时）', 'Carer’s travel between visits at most (km/h)', { unit: 'count' }),
  ],
  [
    'settlement.perCapitaIncome',
    m('上年度人均可支配收入（年度限额的基数）', 'Previous-year per-capita disposable income (annual cap base)', {
      unit: 'money',
      nullable: true,
      words: '上年度人均可支配收入',
    }),
  ],
  ['settlement.perCapitaIncomeYear', m('人均可支配收入所属年度', 'Year of the per-capita income', { unit: 'count', nullable: true })],
];

/** The metadata of the first pattern matching `path`, with `{n}` in its label filled by the label of segment n. */
export function parameterMeta(path: string): ParameterMeta | undefined {
  const segments = path.split('.');
  for (const [pattern, meta] of PARAMETER_META) {
    const parts = pattern.split('.');
    // a read-only entry covers its whole subtree; any other matches its own path only
    if (parts.length > segments.length || (!meta.readOnly && parts.length !== segments.length)) continue;
    if (!parts.every((p, i) => p === '*' || p === segments[i])) continue;
    const fill = (text: string, lang: 'zh' | 'en') =>
      text.replace(/\{(\d)\}/g, (_, n: string) => {
        const key = segments[Number(n) - 1] ?? '';
        return PARAMETER_KEY_LABELS[key]?.[lang] ?? key;
      });
    return { ...meta, label: { zh: fill(meta.label.zh, 'zh'), en: fill(meta.label.en, 'en') } };
  }
  return undefined;
}
