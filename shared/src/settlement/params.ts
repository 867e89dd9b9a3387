import type { Money } from '../core/money.js';
/** How a smart-audit hit holds a record: `blocking` stops its payment until a reviewer decides it, `warning` is shown, `off` is not checked. */
export type AuditSeverity = 'blocking' | 'warning' | 'off';

/** The smart-audit rules (Qinhuangdao art. 57: 智能审核), each named by the code its flags carry. */
export const SMART_AUDIT_RULES = [
  'VISIT_TOO_SHORT',
  'VISITS_OVER_MONTHLY_COUNT',
  'CONSECUTIVE_DAY_VISIT',
  'CARE_DURING_HOSPITAL_STAY',
  'CARE_AFTER_DEATH',
  'CARE_BEFORE_BENEFIT_START',
  'CARE_UNDER_SUSPENSION',
  'PROVIDER_OUTSIDE_CARE_PLAN',
  'ITEM_OUTSIDE_CARE_PLAN',
  'PROVIDER_NOT_DESIGNATED',
  'EXCLUDED_COST',
  'CARER_UNREGISTERED',
  'CARER_UNQUALIFIED',
  'CARER_DOUBLE_BOOKED',
  'CARER_TRAVEL_TOO_FAST',
  'CHECK_IN_FAR_FROM_HOME',
  'CHECK_IN_MISSING',
  'VISIT_AMOUNT_OVER_CAP',
] as const;
export type SmartAuditRule = (typeof SMART_AUDIT_RULES)[number];

/**
 * A region's smart-audit settings, data in its policy pack (policy-rules §9: "thresholds are pack
 * parameters"). The visit length, the monthly visit count and the excluded costs are not repeated
 * here: the audit reads them from the benefits section, so the audit and the quote never disagree.
 */
export interface SettlementParams {
  smartAudit: {
    severity: Record<SmartAuditRule, AuditSeverity>;
    /** Product rule: a home visit checked in further than this from the claimant's address is shown for review. */
    checkInMaxMeters: number;
    /** Product rule: one carer's two visits further apart than this speed allows in the time between them. */
    carerMaxKmPerHour: number;
    citation: string;
  };
  /**
   * The previous year's per-capita disposable income the annual caps are a share of (Tumxuk §5(三):
   * 新疆维吾尔自治区上年度城乡居民人均可支配收入; Qinhuangdao art. 31(2): 上年度人均可支配收入), and the
   * year it is of. The documents name the statistic, not its value: null until the administrator
   * enters the published figure (a parameter change effective from 1 January each year).
   */
  perCapitaIncome: Money | null;
  perCapitaIncomeYear: number | null;
  perCapitaIncomeCitation: string;
  /** Where the region asks institutions to declare their services and carers monthly (Qinhuangdao art. 55). */
  citation: string;
}

const severity: Record<SmartAuditRule, AuditSeverity> = {
  VISIT_TOO_SHORT: 'blocking',
  VISITS_OVER_MONTHLY_COUNT: 'blocking',
  CONSECUTIVE_DAY_VISIT: 'blocking',
  CARE_DURING_HOSPITAL_STAY: 'blocking',
  CARE_AFTER_DEATH: 'blocking',
  CARE_BEFORE_BENEFIT_START: 'blocking',
  CARE_UNDER_SUSPENSION: 'blocking',
  PROVIDER_OUTSIDE_CARE_PLAN: 'blocking',
  ITEM_OUTSIDE_CARE_PLAN: 'blocking',
  PROVIDER_NOT_DESIGNATED: 'blocking',
  // the quote never pays an excluded line: the rest of the record may be paid, the line is shown
  EXCLUDED_COST: 'warning',
  CARER_UNREGISTERED: 'blocking',
  CARER_UNQUALIFIED: 'blocking',
  CARER_DOUBLE_BOOKED: 'blocking',
  CARER_TRAVEL_TOO_FAST: 'warning',
  CHECK_IN_FAR_FROM_HOME: 'warning',
  CHECK_IN_MISSING: 'warning',
  VISIT_AMOUNT_OVER_CAP: 'warning',
};

/** Qinhuangdao art. 57 asks for smart audit before payment; the thresholds beyond the articles are product rules. */
export const qinhuangdaoSettlementParams: SettlementParams = {
  smartAudit: { severity, checkInMaxMeters: 1000, carerMaxKmPerHour: 60, citation: 'Qinhuangdao art. 57' },
  perCapitaIncome: null,
  perCapitaIncomeYear: null,
  perCapitaIncomeCitation: 'Qinhuangdao art. 31(2)',
  citation: 'Qinhuangdao art. 55',
};

/** Tumxuk states no smart audit of its own: the same product rules, under the pack's supervision clause. */
export const tumxukSettlementParams: SettlementParams = {
  smartAudit: { severity: { ...severity }, checkInMaxMeters: 1000, carerMaxKmPerHour: 60, citation: 'Tumxuk §6(三)' },
  perCapitaIncome: null,
  perCapitaIncomeYear: null,
  perCapitaIncomeCitation: 'Tumxuk §5(三)',
  citation: 'Tumxuk §6(二)',
};

/** What each rule checks, in both languages: the dashboard's flag queue and the parameter editor show these. */
export const SMART_AUDIT_RULE_LABELS: Record<SmartAuditRule, { zh: string; en: string }> = {
  VISIT_TOO_SHORT: { zh: '上门服务时长不足', en: 'visit too short' },
  VISITS_OVER_MONTHLY_COUNT: { zh: '上门次数超过每月标准', en: 'visits over the monthly count' },
  CONSECUTIVE_DAY_VISIT: { zh: '连续两日上门', en: 'visits on consecutive days' },
  CARE_DURING_HOSPITAL_STAY: { zh: '住院期间的护理', en: 'care during a hospital stay' },
  CARE_AFTER_DEATH: { zh: '死亡后的护理', en: 'care after death' },
  CARE_BEFORE_BENEFIT_START: { zh: '待遇开始前的护理', en: 'care before the benefit start' },
  CARE_UNDER_SUSPENSION: { zh: '待遇暂停期间的护理', en: 'care under a suspension' },
  PROVIDER_OUTSIDE_CARE_PLAN: { zh: '非护理计划备案机构', en: 'provider outside the care plan' },
  ITEM_OUTSIDE_CARE_PLAN: { zh: '护理计划外的服务项目', en: 'item outside the care plan' },
  PROVIDER_NOT_DESIGNATED: { zh: '非定点期间的服务', en: 'provider not designated' },
  EXCLUDED_COST: { zh: '基金不予支付的费用', en: 'excluded cost' },
  CARER_UNREGISTERED: { zh: '护理人员未登记', en: 'carer not registered' },
  CARER_UNQUALIFIED: { zh: '护理人员无有效资质', en: 'carer without a valid qualification' },
  CARER_DOUBLE_BOOKED: { zh: '护理人员同时在两处服务', en: 'carer in two places at once' },
  CARER_TRAVEL_TOO_FAST: { zh: '两次上门间隔不足以到达', en: 'visits too far apart for the time between' },
  CHECK_IN_FAR_FROM_HOME: { zh: '签到位置远离住址', en: 'check-in far from the home' },
  CHECK_IN_MISSING: { zh: '没有签到定位', en: 'no check-in location' },
  VISIT_AMOUNT_OVER_CAP: { zh: '单次费用超过支付标准', en: 'visit billed over its payment' },
};
