import type { ScorecardCategory, ScorecardEventType, ScorecardTemplate } from '../template-types.js';

// Tianjin art. 15: the agency's plan sets the indicators and weights. The seed states none,
// so these maxima are provisional; a region replaces them with its plan's own template.
const PROVISIONAL = 'maximum: Product rule: provisional until the agency’s plan sets it (Tianjin art. 15)';

const assessed = (id: string, title: string, citation: string): ScorecardEventType => ({
  id,
  title,
  citation,
  points: { per: 'assessed' },
});

const area = (id: string, title: string, article: string, max: string, eventTypes: ScorecardEventType[]): ScorecardCategory => ({
  id,
  title,
  citation: `${article}; ${PROVISIONAL}`,
  kind: 'deduction',
  max,
  eventTypes,
  computed: [],
});

/**
 * 天津市长期护理保险委托经办机构考核清算办法 (津医保规字〔2024〕4号): the art. 5 areas as
 * categories, 100 points (art. 14). Each problem found is recorded with the points the
 * assessment team deducts under the plan (art. 13, 15).
 */
export const tianjinTpa2024: ScorecardTemplate = {
  id: 'tianjin-tpa-2024',
  title: '天津市长期护理保险委托经办机构考核清算（2024）',
  source: 'Tianjin',
  year: 2024,
  total: '100',
  basicLines: [],
  categories: [
    area('internalSystems', '内部制度建设及执行情况', 'Tianjin art. 5, 6', '15', [
      assessed('internalSystemsDeficiency', '制度不健全或未贯彻落实', 'Tianjin art. 6'),
    ]),
    area('serviceCapacity', '经办管理和服务能力情况', 'Tianjin art. 5, 7', '30', [
      assessed('institutionsAndStaff', '机构及人员', 'Tianjin art. 7'),
      assessed('disabilityAssessment', '失能评估', 'Tianjin art. 7'),
      assessed('careServices', '护理服务', 'Tianjin art. 7'),
      assessed('inspections', '巡查检查', 'Tianjin art. 7'),
      assessed('qualityAndComplaints', '质控投诉', 'Tianjin art. 7'),
      assessed('organisation', '组织管理', 'Tianjin art. 7'),
      assessed('overallIndicators', '综合指标', 'Tianjin art. 7'),
    ]),
    area('informationManagement', '信息管理情况', 'Tianjin art. 5, 8', '10', [
      assessed('informationDeficiency', '系统培训、权限、数据维护或数据安全不到位', 'Tianjin art. 8'),
    ]),
    area('fundManagement', '基金管理情况', 'Tianjin art. 5, 9', '15', [
      assessed('fundDeficiency', '未单独建账、独立核算或账套不符', 'Tianjin art. 9'),
    ]),
    area('riskControl', '风险防控情况', 'Tianjin art. 5, 10', '10', [
      assessed('riskDeficiency', '风险管控、投诉办结、异常数据筛查、保密安全不到位', 'Tianjin art. 10'),
      // art. 19: a major violation "应在考核指标中予以体现".
      assessed('majorViolation', '重大违规违法事件', 'Tianjin art. 19'),
    ]),
    {
      id: 'commitments',
      title: '投标承诺兑现情况',
      citation: `Tianjin art. 5, 11; ${PROVISIONAL}`,
      kind: 'deduction',
      max: '10',
      eventTypes: [],
      computed: [
        {
          kind: 'proportional',
          id: 'commitmentShortfall',
          title: '未兑现承诺的比例',
          citation: 'Tianjin art. 11; Product rule: points lost in proportion to the commitments not fulfilled',
          fact: 'commitmentFulfilment',
          of: 'shortfall',
          points: '10',
        },
      ],
    },
    {
      id: 'satisfaction',
      title: '服务对象满意度',
      citation: `Tianjin art. 5; ${PROVISIONAL}`,
      kind: 'deduction',
      max: '10',
      eventTypes: [],
      computed: [
        {
          kind: 'proportional',
          id: 'satisfactionShortfall',
          title: '不满意的比例',
          citation: 'Tianjin art. 5, 10; Product rule: points lost in proportion to the share not satisfied',
          fact: 'satisfactionRate',
          of: 'shortfall',
          points: '10',
        },
      ],
    },
  ],
  vetoes: [],
  interpretations: { categoryFloor: 'zero', categoryCeiling: 'max', totalFloor: 'zero' },
  interpretationNotes: { categoryFloor: 'Product rule: an area never goes below 0' },
};
