import type { Money } from '../core/money.js';

/** Care modes: Qinhuangdao art. 29; Tumxuk §5(二). `family` is Tumxuk's 亲情照护 in border and remote areas. */
export type CareMode = 'institution' | 'community' | 'home' | 'family';
export const CARE_MODES: readonly CareMode[] = ['institution', 'community', 'home', 'family'];

/** Institution subtypes with their own share and cap in Qinhuangdao art. 31(1)1. */
export type InstitutionSubtype = 'medical' | 'integrated' | 'elderly';
export const INSTITUTION_SUBTYPES: readonly InstitutionSubtype[] = ['medical', 'integrated', 'elderly'];

export type InsuredCategory = 'employee' | 'retiree' | 'flexible' | 'resident' | 'minor';
export const INSURED_CATEGORIES: readonly InsuredCategory[] = ['employee', 'retiree', 'flexible', 'resident', 'minor'];

/** What a billed line is for. Every category but `care` may be excluded by a region's rules. */
export type ChargeCategory =
  | 'care'
  | 'bed'
  | 'meals'
  | 'otherNonCare'
  | 'medicalInsurance'
  | 'workInjuryInsurance'
  | 'maternityInsurance'
  | 'thirdPartyLiable'
  | 'hospitalStay'
  | 'nonDesignated'
  | 'otherExcluded';
export const CHARGE_CATEGORIES: readonly ChargeCategory[] = [
  'care',
  'bed',
  'meals',
  'otherNonCare',
  'medicalInsurance',
  'workInjuryInsurance',
  'maternityInsurance',
  'thirdPartyLiable',
  'hospitalStay',
  'nonDesignated',
  'otherExcluded',
];

/** A fund share (decimal string, "0.70") with its monthly cap. */
export interface ShareWithMonthlyCap {
  share: string;
  monthlyCap: Money;
  citation: string;
}

export interface HomeVisitRule {
  monthlyCap: Money;
  visitsPerMonth: number;
  minMinutes: number;
  citation: string;
  /**
   * **Interpretation** of "护理不足整月的，按实际上门护理服务次数核算": `perVisit` (default) pays
   * every month per completed visit, cap ÷ visits (110) each, a visit paid min(110, billed);
   * `billedUpToCap` pays a whole month its billed visits up to the cap, a part month per visit.
   */
  homeCarePayment: 'perVisit' | 'billedUpToCap';
  /** Product rule: "原则上不能连续两日进行护理" — the later visit is unpaid until approved with a reason. */
  consecutiveDaysCitation: string;
}

/** Qinhuangdao employees: a share and a monthly cap per mode (art. 31(1)). */
export interface MonthlyCapScheme {
  kind: 'monthlyCap';
  institution: Record<InstitutionSubtype, ShareWithMonthlyCap>;
  community: ShareWithMonthlyCap;
  home: HomeVisitRule;
  /** "月支付限额÷30天×实际享受待遇天数". */
  partMonthDivisor: number;
  /**
   * **Interpretation**: `prorateCap` (default) prorates the cap in a part month only, a whole
   * calendar month gets the full cap whatever its length; `prorateEveryMonth` prorates every
   * month by its days (never above the monthly cap).
   */
  partMonthCap: 'prorateCap' | 'prorateEveryMonth';
}

/** Tumxuk: a share per mode, capped by the grade's annual cap (§5(三)). */
export interface ShareTableScheme {
  kind: 'shareTable';
  home: string;
  community: string;
  institution: string;
  citation: string;
}

/** Qinhuangdao residents, provisional (art. 31(2)): share and annual cap follow the funding rate. */
export interface FundingTier {
  fundingRate: string;
  /** Annual cap as a fraction of the city's previous-year per-capita disposable income. */
  annualCapRate: string;
  share: string;
}

export interface FundingTierScheme {
  kind: 'fundingTier';
  /** The resident funding rate this pack version collects at; null when not yet set. */
  fundingRate: string | null;
  tiers: FundingTier[];
  citation: string;
}

/** Annual cap by grade as a fraction of the previous-year per-capita disposable income (Tumxuk §5(三)). */
export interface AnnualCapByGrade {
  /** The grade with the highest cap (5 = severe III) and that cap's rate. */
  topGrade: number;
  topRate: string;
  step: string;
  /**
   * **Interpretation** of "逐级递减5%": `percentagePoints` (default) — III 50%, II 45%, I 40%;
   * `compound` — each grade (1 − step) of the one above (III 50%, II 47.5%, I 45.125%).
   */
  gradeCapStep: 'percentagePoints' | 'compound';
  citation: string;
}

/** Tumxuk §5(五): residents with ≥ 4 consecutive contribution years get a higher share. */
export interface ResidentBonus {
  minConsecutiveYears: number;
  points: string;
  ceiling: string;
  /**
   * **Interpretation** of "提高5%，基金支付比例达到55%": `plusPointsCapped` (default) — +5 points,
   * never above 55% (institution 50 → 55, home and community stay 55); `plusPointsUncapped` — 60/60/55.
   */
  residentBonus: 'plusPointsCapped' | 'plusPointsUncapped';
  citation: string;
}

/** Qinhuangdao art. 31(2): a minor's benefit when the parents who could be insured are not all insured. */
export interface MinorRule {
  /** Both parents could be insured and only one is: the standard is halved. */
  oneOfTwoFactor: string;
  /** Neither is insured: no benefit. */
  noneFactor: string;
  citation: string;
}

/** Tumxuk §5(二): 亲情照护 in border and remote areas "按规定支付" — the standard is not stated. */
export interface FamilyCareRule {
  share: string | null;
  citation: string;
}

export interface BenefitParams {
  /** Citation prefix of the region's document, e.g. "Qinhuangdao". */
  source: string;
  /** National-standard grades (3 severe I, 4 severe II, 5 severe III) that receive benefits. */
  qualifyingGrades: number[];
  qualifyingGradesCitation: string;
  noDeductibleCitation: string;
  /** Where the claimant's part (eligible cost − fund share) is said to be paid by the claimant. */
  claimantPartCitation: string;
  /** Employees, retirees and flexible workers insured as employees. */
  employees: MonthlyCapScheme | ShareTableScheme;
  /** Residents and minors. */
  residents: ShareTableScheme | FundingTierScheme;
  annualCapByGrade: AnnualCapByGrade | null;
  residentBonus: ResidentBonus | null;
  minors: MinorRule | null;
  /** Excluded charge categories with the article that excludes each. */
  exclusions: Partial<Record<ChargeCategory, string>>;
  familyCare: FamilyCareRule | null;
}

const Q33_1 = 'Qinhuangdao art. 33(一)';
const Q33_2 = 'Qinhuangdao art. 33(二)';

export const qinhuangdaoBenefitParams: BenefitParams = {
  source: 'Qinhuangdao',
  qualifyingGrades: [3, 4, 5],
  qualifyingGradesCitation: 'Qinhuangdao art. 28',
  noDeductibleCitation: 'Qinhuangdao art. 31',
  claimantPartCitation: 'Qinhuangdao art. 32',
  employees: {
    kind: 'monthlyCap',
    institution: {
      medical: { share: '0.70', monthlyCap: '1800.00', citation: 'Qinhuangdao art. 31(1)1' },
      integrated: { share: '0.70', monthlyCap: '1600.00', citation: 'Qinhuangdao art. 31(1)1' },
      elderly: { share: '0.70', monthlyCap: '1400.00', citation: 'Qinhuangdao art. 31(1)1' },
    },
    community: { share: '0.75', monthlyCap: '1200.00', citation: 'Qinhuangdao art. 31(1)2' },
    home: {
      monthlyCap: '1100.00',
      visitsPerMonth: 10,
      minMinutes: 120,
      citation: 'Qinhuangdao art. 31(1)3',
      homeCarePayment: 'perVisit',
      consecutiveDaysCitation: 'Product rule: consecutive-day home visits need approval (Qinhuangdao art. 31(1)3 原则上不能连续两日)',
    },
    partMonthDivisor: 30,
    partMonthCap: 'prorateCap',
  },
  residents: {
    kind: 'fundingTier',
    fundingRate: '0.0015',
    tiers: [
      { fundingRate: '0.0015', annualCapRate: '0.40', share: '0.30' },
      { fundingRate: '0.003', annualCapRate: '0.50', share: '0.50' },
    ],
    citation: 'Qinhuangdao art. 31(2)',
  },
  annualCapByGrade: null,
  residentBonus: null,
  minors: { oneOfTwoFactor: '0.5', noneFactor: '0', citation: 'Qinhuangdao art. 31(2) ¶2' },
  exclusions: {
    medicalInsurance: Q33_1,
    workInjuryInsurance: Q33_1,
    maternityInsurance: Q33_1,
    thirdPartyLiable: Q33_1,
    bed: Q33_2,
    meals: Q33_2,
    otherNonCare: Q33_2,
    hospitalStay: 'Qinhuangdao art. 33(三)',
    nonDesignated: 'Qinhuangdao art. 33(四)',
    otherExcluded: 'Qinhuangdao art. 33(五)',
  },
  familyCare: null,
};

const T52 = 'Tumxuk §5(二)';

export const tumxukBenefitParams: BenefitParams = {
  source: 'Tumxuk',
  qualifyingGrades: [3, 4, 5],
  qualifyingGradesCitation: 'Tumxuk §5(一)',
  noDeductibleCitation: 'Tumxuk §5(三)',
  claimantPartCitation: 'Tumxuk §5(三)',
  employees: { kind: 'shareTable', home: '0.75', community: '0.75', institution: '0.70', citation: 'Tumxuk §5(三)' },
  residents: { kind: 'shareTable', home: '0.55', community: '0.55', institution: '0.50', citation: 'Tumxuk §5(三)' },
  annualCapByGrade: { topGrade: 5, topRate: '0.50', step: '0.05', gradeCapStep: 'percentagePoints', citation: 'Tumxuk §5(三)' },
  residentBonus: {
    minConsecutiveYears: 4,
    points: '0.05',
    ceiling: '0.55',
    residentBonus: 'plusPointsCapped',
    citation: 'Tumxuk §5(五)',
  },
  minors: null,
  exclusions: {
    bed: T52,
    meals: T52,
    otherNonCare: T52,
    medicalInsurance: T52,
    otherExcluded: T52,
    workInjuryInsurance: 'Tumxuk §5(六)',
    hospitalStay: 'Tumxuk §5(四)',
    nonDesignated: 'Tumxuk §6(二)',
  },
  familyCare: { share: null, citation: 'Tumxuk §5(二)' },
};
