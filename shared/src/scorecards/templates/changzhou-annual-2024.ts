import type { ScorecardEventType, ScorecardTemplate } from '../template-types.js';

const perEvent = (
  id: string,
  title: string,
  citation: string,
  points: string,
  extra: Partial<ScorecardEventType> = {},
): ScorecardEventType => ({
  id,
  title,
  citation,
  points: { per: 'event', points },
  ...extra,
});

/** "扣5分" without "每次": the item costs its points once however often it happens. */
const once = (id: string, title: string, citation: string, points: string, extra: Partial<ScorecardEventType> = {}): ScorecardEventType =>
  perEvent(id, title, citation, points, { cap: points, ...extra });

/**
 * 2024 年度常州市长护险定点评估机构综合考核内容和评分标准 (annex 1). Ten deduction categories
 * (80 points, items 1–10), three bonus categories (20 points, items 11–13), then the veto
 * items 14–18.
 */
export const changzhouAnnual2024: ScorecardTemplate = {
  id: 'changzhou-annual-2024',
  title: '2024 年度常州市长护险定点评估机构综合考核',
  source: 'Changzhou',
  year: 2024,
  total: '100',
  basicLines: [],
  categories: [
    {
      id: 'basicManagement',
      title: '基础管理',
      citation: 'Changzhou item 1',
      kind: 'deduction',
      period: 'daily',
      max: '5',
      eventTypes: [
        // "30日内": calendar days (the document does not say 工作日).
        once('majorInfoChangeNotDeclared', '名称、法定代表人（负责人）、地址变更 30 日内未申报', 'Changzhou item 1', '5', {
          deadline: { days: 30, dayKind: 'calendar' },
        }),
        perEvent('staffChangeNotFiled', '评估人员/评估专家变更 30 日内未报备（每次）', 'Changzhou item 1', '2', {
          deadline: { days: 30, dayKind: 'calendar' },
        }),
      ],
      computed: [],
    },
    {
      id: 'informationManagement',
      title: '信息管理',
      citation: 'Changzhou item 2',
      kind: 'deduction',
      period: 'daily',
      max: '5',
      eventTypes: [
        once('externalNetworkOrNoAntivirus', '运行环境混接外网或未按要求安装杀毒软件', 'Changzhou item 2(1)', '5'),
        perEvent('remoteControlSoftware', '私自安装远程控制软件（每次）', 'Changzhou item 2(2)', '2'),
        perEvent('systemNotMaintained', '未按要求升级、维护（每次）', 'Changzhou item 2(3)', '1'),
        perEvent('networkAddressChanged', '未经允许擅自变更网线地址（每次）', 'Changzhou item 2(4)', '5'),
        perEvent('otherSystemMisuse', '其他未按要求规范使用信息系统（每次）', 'Changzhou item 2(5)', '1'),
        once('networkSecurityNotice', '因网络安全问题被相关部门通报', 'Changzhou item 2(6)', '5'),
      ],
      computed: [],
    },
    {
      id: 'efficiency',
      title: '评估效率',
      citation: 'Changzhou item 3',
      kind: 'deduction',
      period: 'daily',
      max: '10',
      eventTypes: [
        perEvent('dispatchRefused', '无故拒绝系统派单（每次）', 'Changzhou item 3(1)', '1'),
        perEvent('reassessmentRefused', '无正当理由拒绝复评（每次）', 'Changzhou item 3(2)', '1'),
        perEvent('lateOnSiteVisit', '未在规定时间内上门评估，影响享受待遇（每例）', 'Changzhou item 3(3)', '2'),
        perEvent('lateUpload', '未在规定时间内上传采集信息（每例）', 'Changzhou item 3(4)', '1'),
        perEvent('lateConclusionDelivery', '未在规定时间内送达评估结论书（每例）', 'Changzhou item 3(5)', '1'),
      ],
      computed: [],
    },
    {
      id: 'conduct',
      title: '评估规范',
      citation: 'Changzhou item 4',
      kind: 'deduction',
      period: 'daily',
      max: '20',
      eventTypes: [
        perEvent('conflictNotRecused', '与评估对象有利害关系未及时回避（每例）', 'Changzhou item 4(1)', '5'),
        perEvent('careInstitutionConflictFraud', '与护理机构有关联未回避，引导参保人作假（每例）', 'Changzhou item 4(2)', '5'),
        perEvent('irregularUpload', '上传信息不规范或与结论不符（每例）', 'Changzhou item 4(3)', '2'),
        perEvent('lateRectificationOfReturn', '复核退单延时整改（每例）', 'Changzhou item 4(4)', '1'),
        perEvent('refusedRectificationOfReturn', '复核退单拒不整改（每例）', 'Changzhou item 4(4)', '3'),
      ],
      computed: [
        {
          kind: 'rateAboveAverage',
          id: 'returnRateAboveAverage',
          title: '退单率每高出平均退单率 1 个百分点扣 1 分',
          citation: 'Changzhou item 4(5)',
          fact: 'returnRates',
          pointsPerFullPercentagePoint: '1',
          average: 'meanOfInstitutionRates',
        },
      ],
    },
    {
      id: 'quality',
      title: '评估质量',
      citation: 'Changzhou item 5',
      kind: 'deduction',
      period: 'daily',
      max: '15',
      eventTypes: [
        perEvent('conclusionChangedOneGrade', '重新评估后结论改变 1 个等级（每例，因评估机构原因）', 'Changzhou item 5', '2', {
          requires: ['institutionAtFault'],
        }),
        perEvent('conclusionChangedTwoOrMoreGrades', '重新评估后结论改变 2 个等级以上（每例，因评估机构原因）', 'Changzhou item 5', '3', {
          requires: ['institutionAtFault'],
        }),
      ],
      computed: [],
    },
    {
      id: 'complaints',
      title: '投诉情况',
      citation: 'Changzhou item 6',
      kind: 'deduction',
      period: 'daily',
      max: '5',
      eventTypes: [
        perEvent('conductComplaint', '言语不当、未严格执行评估规范被投诉（查实一例）', 'Changzhou item 6(1)', '2.5', {
          requires: ['verified'],
        }),
        perEvent('privacyLeak', '泄露评估对象及监护人信息（查实一例）', 'Changzhou item 6(2)', '5', { requires: ['verified'] }),
      ],
      computed: [],
    },
    {
      id: 'systems',
      title: '制度建设',
      citation: 'Changzhou item 7',
      kind: 'deduction',
      period: 'annual',
      max: '5',
      eventTypes: [perEvent('managementSystemDeficient', '管理制度形同虚设或不健全（每有 1 项）', 'Changzhou item 7', '1')],
      computed: [],
    },
    {
      id: 'training',
      title: '人员培训',
      citation: 'Changzhou item 8',
      kind: 'deduction',
      period: 'annual',
      max: '5',
      eventTypes: [
        perEvent('staffMissedSkillsTraining', '未全员参加评估技能培训（缺一名）', 'Changzhou item 8(1)', '1'),
        perEvent('meetingMissed', '未参加长护险管理相关会议（缺一次）', 'Changzhou item 8(2)', '1'),
        once('noInternalTrainingPlan', '未制定机构内部培训计划', 'Changzhou item 8(3)', '1'),
        perEvent('trainingContentInconsistent', '培训内容与政策不符（每发现一次）', 'Changzhou item 8(3)', '1'),
      ],
      computed: [
        {
          kind: 'shortfall',
          id: 'internalTrainingShortfall',
          title: '内部培训年度不少于 2 次，缺一次扣 1 分',
          citation: 'Changzhou item 8(3)',
          fact: 'internalTrainingsHeld',
          required: 2,
          pointsPerMissing: '1',
        },
      ],
    },
    {
      id: 'records',
      title: '台账管理',
      citation: 'Changzhou item 9',
      kind: 'deduction',
      period: 'annual',
      max: '5',
      eventTypes: [
        perEvent('recordsIncomplete', '照片、视频、纸质资料不齐全不完整（每例）', 'Changzhou item 9(1)', '1'),
        perEvent('recordsNotOnePerPerson', '未按“一人一档”整理归档（每例）', 'Changzhou item 9(2)', '1'),
      ],
      computed: [],
    },
    {
      id: 'satisfaction',
      title: '满意度调查',
      citation: 'Changzhou item 10',
      kind: 'deduction',
      period: 'annual',
      max: '5',
      eventTypes: [],
      computed: [
        {
          kind: 'bands',
          id: 'satisfactionBands',
          title: '满意度 85%–90%（含 85%）扣 3 分，低于 85% 扣 5 分',
          citation: 'Changzhou item 10',
          fact: 'satisfactionRate',
          bands: [
            { below: '0.85', points: '5' },
            { atLeast: '0.85', below: '0.90', points: '3' },
          ],
          upperBound: 'exclusive',
        },
      ],
    },
    {
      id: 'cooperation',
      title: '工作配合',
      citation: 'Changzhou item 11',
      kind: 'award',
      period: 'bonus',
      max: '6',
      eventTypes: [
        {
          id: 'extraOrders',
          title: '评估力量不足时超范围服务（每增加 50 单得 1 分）',
          citation: 'Changzhou item 11(2)',
          points: { per: 'unit', points: '1', unitSize: 50, unitLabel: '单' },
          onlyWhen: 'cityShortOfAssessmentCapacity',
        },
      ],
      computed: [
        {
          kind: 'countTiers',
          id: 'districtsServed',
          title: '稳定响应四个地区得 4 分，三个地区得 2 分（不存在拒单）',
          citation: 'Changzhou item 11(1)',
          fact: 'districtsServedWithoutRefusal',
          tiers: [
            { atLeast: 4, points: '4' },
            { atLeast: 3, points: '2' },
          ],
        },
      ],
    },
    {
      id: 'publicity',
      title: '宣传报道',
      citation: 'Changzhou item 12',
      kind: 'award',
      period: 'bonus',
      max: '6',
      eventTypes: [
        perEvent('mediaPublicity', '区级以上媒体宣传长护险政策（每例）', 'Changzhou item 12(1)', '1'),
        perEvent('governmentPraise', '受到区级以上政府部门表扬（每例）', 'Changzhou item 12(2)', '1'),
        perEvent('publicityAssistance', '协助经办机构开展宣传（每例）', 'Changzhou item 12(3)', '1'),
      ],
      computed: [],
    },
    {
      id: 'overallCapability',
      title: '综合能力',
      citation: 'Changzhou item 13',
      kind: 'award',
      period: 'bonus',
      max: '8',
      eventTypes: [
        perEvent('fraudInvestigated', '发现弄虚作假，主动调查并提供有效证据（每例）', 'Changzhou item 13(1)', '2', {
          requires: ['evidenceProvided'],
        }),
        perEvent('suggestionAdopted', '合理化建议被采纳（每例）', 'Changzhou item 13(3)', '1'),
      ],
      computed: [
        {
          kind: 'flag',
          id: 'noHolidaySuspension',
          title: '不因节假日休息等原因暂停或拒绝评估，加 2 分',
          citation: 'Changzhou item 13(2)',
          fact: 'noHolidaySuspension',
          points: '2',
        },
      ],
    },
  ],
  vetoes: [
    {
      id: 'interviewOrRectification',
      title: '违反服务协议被约谈、整改（每次扣 5 分）',
      citation: 'Changzhou item 14',
      effect: { kind: 'deduct', points: '5' },
    },
    {
      id: 'deductionOrPenalty',
      title: '违反服务协议被扣款、追回违约金（每次扣 10 分）',
      citation: 'Changzhou item 15',
      effect: { kind: 'deduct', points: '10' },
    },
    // "扣20分" without "每次": a suspension costs 20 once.
    {
      id: 'agreementSuspended',
      title: '被暂停服务协议，扣 20 分',
      citation: 'Changzhou item 16',
      effect: { kind: 'deduct', points: '20', cap: '20' },
    },
    {
      id: 'agreementTerminated',
      title: '因违规被终止服务协议，年度得分为 0',
      citation: 'Changzhou item 17',
      effect: { kind: 'zeroTotal' },
    },
    {
      id: 'refusedToCooperateOrFalseMaterials',
      title: '不配合年度考核、拒不提供资料或提供虚假资料，年度得分为 0',
      citation: 'Changzhou item 18',
      effect: { kind: 'zeroTotal' },
    },
  ],
  interpretations: { categoryFloor: 'zero', categoryCeiling: 'max', totalFloor: 'zero' },
  interpretationNotes: {
    categoryFloor: 'policy-rules §6: a category never goes below 0',
    categoryCeiling: 'policy-rules §6: a bonus category never above its maximum',
    totalFloor: 'policy-rules §6: the total never below 0 after the veto deductions',
  },
};
