/** The assessment application's page (issue 11, items 2–5), Chinese then English. */
const M: Record<string, [zh: string, en: string]> = {
  title: ['失能等级评估申请', 'Assessment application'],
  claimant: ['参保人', 'Claimant'],
  kind: ['评估类型', 'Kind'],
  state: ['状态', 'State'],
  appliedOn: ['申请日期', 'Applied on'],
  institution: ['评估机构', 'Assessment institution'],
  deadlines: ['时限（按工作日历）', 'Deadlines (working-day calendar)'],
  due: ['截止', 'Due'],
  from: ['起算', 'From'],
  status: ['状态', 'Status'],
  calendar_gap: ['无法计算的时限（不作推测）', 'Deadlines the calendar cannot give (not guessed)'],
  draw: ['评估人员随机抽取', 'Assessor draw'],
  draw_now: ['随机抽取评估人员', 'Draw the assessors'],
  seed: ['随机种子（留空由系统生成）', 'Seed (blank: the system picks one)'],
  seed_used: ['随机种子', 'Seed'],
  candidates: ['候选名单（整个人员库）', 'Candidates (the whole pool)'],
  drawn: ['抽中', 'Drawn'],
  expert: ['专家', 'Expert'],
  assessor: ['评估员', 'Assessor'],
  excluded: ['排除原因', 'Excluded because'],
  onsite: ['现场评估记录', 'On-site record'],
  onsite_on: ['现场评估日期', 'On-site date'],
  adl: ['日常生活活动能力', 'Activities of daily living'],
  cognition: ['认知能力', 'Cognition'],
  perception: ['感知觉与沟通能力', 'Perception and communication'],
  computed: ['按评分计算的等级', 'Grade from the scores'],
  incomplete: ['评分未填齐', 'Scores incomplete'],
  guardian_present: ['监护人或代理人在场', 'Guardian or agent present'],
  present_person: ['在场人姓名及关系', 'Who was present'],
  notes: ['现场调查记录', 'Survey notes'],
  save_onsite: ['保存现场评估记录', 'Save the on-site record'],
  saved_grade: ['已保存的计算等级', 'Saved computed grade'],
  objection: ['公示异议', 'Publicity objection'],
  objector: ['异议人（实名）', 'Objector (named)'],
  evidence: ['证据', 'Evidence'],
  file_objection: ['登记异议', 'File the objection'],
  fees: ['评估费', 'Assessment fee'],
  payer: ['付费方', 'Payer'],
  amount: ['金额（元）', 'Amount (yuan)'],
  month: ['结算月份', 'Settlement month'],
  print_letter: ['打印评估结论书', 'Print the conclusion letter'],
  grade: ['结论等级', 'Grade'],
  experts: ['确认结论的评估专家（不少于2名）', 'Experts confirming (at least 2)'],
  received_on: ['送达日期', 'Received on'],
  late_reason: ['逾期原因（超过受理后30个工作日时必填）', 'Reason for the delay (past the 30 working days)'],
  files: ['现场视频、照片', 'On-site videos and photos'],
  open: ['打开', 'Open'],
  spot_check: ['随机抽查评估结论', 'Draw spot-checks'],
  spot_check_done: [
    '已按随机种子 %{seed} 从 %{of} 件结论中抽取 %{n} 件，建立抽查评估申请',
    'Seed %{seed}: %{n} of %{of} conclusions drawn, spot-check applications opened',
  ],
  region: ['统筹地区编码', 'Region code'],
  count: ['抽查件数（1–50）', 'How many (1–50)'],
  institution_at_fault: [
    '结论改变系因原评估机构原因（记入其年度考核）',
    'The grade changed for reasons of the first institution (its scorecard event)',
  ],
};
const tree = (lang: 0 | 1) => Object.fromEntries(Object.entries(M).map(([k, v]) => [k, v[lang]]));

const STATUS: Record<string, [string, string]> = {
  met: ['按时', 'Met'],
  late: ['逾期办结', 'Late'],
  overdue: ['已逾期', 'Overdue'],
  open: ['进行中', 'Open'],
  closed: ['已届满', 'Closed'],
  notYet: ['未到', 'Not yet'],
  tooEarly: ['过早', 'Too early'],
};
const EXCLUSION: Record<string, [string, string]> = {
  removed: ['已移出评估人员库', 'Removed from the pool'],
  untrained: ['未经培训考核合格', 'Not trained'],
  related: ['与参保人有亲属或利害关系', 'Related to the claimant'],
  firstAssessmentInstitution: ['首次评估机构（复评回避）', 'First assessment’s institution'],
  firstAssessmentAssessor: ['首次评估人员（复评回避）', 'First assessment’s assessor'],
};
const PAYER: Record<string, [string, string]> = {
  fund: ['长护基金（按月结算）', 'The fund (monthly settlement)'],
  applicant: ['申请人（评估机构收取）', 'The applicant (collected by the institution)'],
  institutionRefund: ['评估机构退回基金', 'Refund by the institution to the fund'],
};
const ITEMS: Record<string, [string, string]> = {
  eating: ['进食', 'Eating'],
  dressing: ['穿衣', 'Dressing'],
  faceAndMouth: ['面部与口腔清洁', 'Face and mouth care'],
  bowel: ['大便控制', 'Bowel control'],
  bladder: ['小便控制', 'Bladder control'],
  toilet: ['用厕', 'Toilet use'],
  levelWalking: ['平地行走', 'Walking on level ground'],
  bedChairTransfer: ['床椅转移', 'Bed–chair transfer'],
  stairs: ['上下楼梯', 'Stairs'],
  bathing: ['洗澡', 'Bathing'],
  timeOrientation: ['时间定向', 'Orientation in time'],
  personOrientation: ['人物定向', 'Orientation to persons'],
  placeOrientation: ['空间定向', 'Orientation in space'],
  memory: ['记忆力', 'Memory'],
  vision: ['视力', 'Vision'],
  hearing: ['听力', 'Hearing'],
  communication: ['沟通能力', 'Communication'],
};
const DEADLINE: Record<string, [string, string]> = {
  recheckAndForward: ['复核并报送市级（5个工作日）', 'Re-check and forward (5 working days)'],
  conclusionLetter: ['送达评估结论书（30个工作日）', 'Conclusion letter (30 working days)'],
  publicityObjection: ['公示异议（7日）', 'Publicity objections (7 days)'],
  disputeApplication: ['申请复评（10个工作日）', 'Dispute (10 working days)'],
  severeValidity: ['重度失能结论有效期', 'Validity of a severe conclusion'],
  endOfTermStart: ['期末评估最迟受理日', 'Latest start of the end-of-term assessment'],
};
const pick = (m: Record<string, [string, string]>, lang: 0 | 1) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v[lang]]));

export const assessmentMessagesZh = {
  app: {
    assessments: {
      ...tree(0),
      statuses: pick(STATUS, 0),
      exclusions: pick(EXCLUSION, 0),
      payers: pick(PAYER, 0),
      items: pick(ITEMS, 0),
      deadline_keys: pick(DEADLINE, 0),
    },
    menu: { assessments: '评估申请' },
  },
};
export const assessmentMessagesEn = {
  app: {
    assessments: {
      ...tree(1),
      statuses: pick(STATUS, 1),
      exclusions: pick(EXCLUSION, 1),
      payers: pick(PAYER, 1),
      items: pick(ITEMS, 1),
      deadline_keys: pick(DEADLINE, 1),
    },
    menu: { assessments: 'Assessments' },
  },
};
