import type { Money } from '../core/money.js';

/** An exact decimal rate as a string: 0.15% is "0.0015". */
export type Rate = string;

/**
 * Who is insured, as the documents group them (Qinhuangdao art. 10, Tumxuk §4):
 * `minor` is an unemployed person under 18 who follows a parent; `orphan` covers orphans and
 * children without de facto carers, insured with no contribution. A minor in lawful work is
 * insured as `employee` or `flexible`.
 */
export type ContributionCategory = 'employee' | 'retiree' | 'flexible' | 'flexibleRetiree' | 'resident' | 'minor' | 'orphan';

export const CONTRIBUTION_CATEGORIES: readonly ContributionCategory[] = [
  'employee',
  'retiree',
  'flexible',
  'flexibleRetiree',
  'resident',
  'minor',
  'orphan',
];

/**
 * Hardship groups whose individual part the government subsidises (Qinhuangdao art. 12, Tumxuk §4(二)):
 * 特困人员, 低保对象, 防止返贫致贫对象 / 返贫致贫人口, 低保边缘家庭中的老年人, 纳入监测范围的易返贫致贫人口.
 */
export type HardshipGroup =
  | 'extremePoverty'
  | 'minimumLivingAllowance'
  | 'antiPovertyTarget'
  | 'lowIncomeMarginElderly'
  | 'monitoredHousehold';

export const HARDSHIP_GROUPS: readonly HardshipGroup[] = [
  'extremePoverty',
  'minimumLivingAllowance',
  'antiPovertyTarget',
  'lowIncomeMarginElderly',
  'monitoredHousehold',
];

/**
 * How one hardship group's individual part is subsidised:
 * - `full`: the whole individual part;
 * - `quota`: "X%的定额资助" — read through `quotaSubsidyReading`;
 * - `fixedAmount`: a fixed amount set elsewhere (by the province); `null` = not set yet → PARAMETER_MISSING.
 * `minAge`: the group only counts from this age (Tumxuk: 低保边缘 elderly ≥ 60).
 */
export type HardshipSubsidyRule =
  | { kind: 'full'; minAge?: number }
  | { kind: 'quota'; share: Rate; minAge?: number }
  | { kind: 'fixedAmount'; amount: Money | null; minAge?: number };

/** A resident rate in force from the first day of `fromYear` until the next entry. */
export interface ResidentRate {
  fromYear: number;
  rate: Rate;
}

export interface ContributionParams {
  /** Citation prefix of the region's document, e.g. "Qinhuangdao". */
  source: string;
  employee: {
    employerRate: Rate;
    individualRate: Rate;
    /** When the employer cannot give its payroll: `medicalInsuranceBase` (Qinhuangdao art. 10(一)) or `none` (payroll required). */
    employerBaseFallback: 'medicalInsuranceBase' | 'none';
    /** `regionalAverageWage`: the individual base is at least the previous-year average wage (Qinhuangdao art. 10(一)). */
    individualBaseFloor: 'regionalAverageWage' | 'none';
    citation: string;
  };
  retiree: {
    rate: Rate;
    /** Qinhuangdao art. 10(二): a person retiring this year pays on the first month's pension. */
    retiringThisYearBase: 'firstMonthPension' | 'pension';
    citation: string;
  };
  flexible: {
    rate: Rate;
    /** Qinhuangdao: the person's medical-insurance base; Tumxuk: `baseShare` of the regional average social wage. */
    base: 'medicalInsuranceBase' | 'shareOfRegionalAverageWage';
    baseShare: Rate | null;
    citation: string;
  };
  /** `null` when the region has no flexible-retiree category (Tumxuk: a retiree pays as a retiree). */
  flexibleRetiree: { rate: Rate; citation: string } | null;
  resident: {
    /** Ascending by year; empty = residents not covered yet. */
    rates: ResidentRate[];
    /**
     * Whether the last rate stays in force in the years after it. `false` when the document
     * states no rate for those years, so a later year is PARAMETER_MISSING rather than a stale
     * rate: Qinhuangdao art. 10(四) states only the launch year ("制度启动当年费率按0.15%执行，
     * 逐步过渡至0.3%"); Tumxuk §4(二) "2030年达到0.3%" keeps 0.3% from 2030 on.
     */
    lastRateContinues: boolean;
    /** Share of the total the individual pays; the government pays the rest ("1:1"). */
    individualShare: Rate;
    /** Qinhuangdao art. 6: the resident standards are provisional until set separately. */
    provisional: boolean;
    citation: string;
  };
  /** Minors follow their parents; orphans and children without carers are insured without contributing. */
  noContributionCitation: { minor: string; orphan: string };
  hardshipSubsidies: Partial<Record<HardshipGroup, HardshipSubsidyRule>>;
  /**
   * **Interpretation** of "80%的定额资助" (Tumxuk §4(二)): `shareOfIndividualPart` (default: 80% of the
   * person's individual part) or `shareOfQuotaAmount` (80% of `quotaAmount`, a per-head amount to be set).
   */
  quotaSubsidyReading: 'shareOfIndividualPart' | 'shareOfQuotaAmount';
  /** The per-head amount for `shareOfQuotaAmount`; the documents state none. */
  quotaAmount: Money | null;
  subsidyCitation: string;
}

// Qinhuangdao art. 10–12 (resident standards provisional per art. 6)
export const qinhuangdaoContributionParams: ContributionParams = {
  source: 'Qinhuangdao',
  employee: {
    employerRate: '0.0015',
    individualRate: '0.0015',
    employerBaseFallback: 'medicalInsuranceBase',
    individualBaseFloor: 'regionalAverageWage',
    citation: 'Qinhuangdao art. 10(一)',
  },
  retiree: { rate: '0.0015', retiringThisYearBase: 'firstMonthPension', citation: 'Qinhuangdao art. 10(二)' },
  flexible: { rate: '0.003', base: 'medicalInsuranceBase', baseShare: null, citation: 'Qinhuangdao art. 10(三)' },
  flexibleRetiree: { rate: '0.0015', citation: 'Qinhuangdao art. 10(三)' },
  // art. 10(四): "制度启动当年费率按0.15%执行，逐步过渡至0.3%" — no schedule stated beyond the launch year.
  resident: {
    rates: [{ fromYear: 2027, rate: '0.0015' }],
    lastRateContinues: false,
    individualShare: '0.5',
    provisional: true,
    citation: 'Qinhuangdao art. 10(四)',
  },
  noContributionCitation: { minor: 'Qinhuangdao art. 10(四)', orphan: 'Qinhuangdao art. 10(四)' },
  // art. 12: 特困 full; 低保 and 防止返贫致贫 a fixed amount "按省政府规定" — not in the document.
  hardshipSubsidies: {
    extremePoverty: { kind: 'full' },
    minimumLivingAllowance: { kind: 'fixedAmount', amount: null },
    antiPovertyTarget: { kind: 'fixedAmount', amount: null },
  },
  quotaSubsidyReading: 'shareOfIndividualPart',
  quotaAmount: null,
  subsidyCitation: 'Qinhuangdao art. 12',
};

// Tumxuk §4(一)(二)
export const tumxukContributionParams: ContributionParams = {
  source: 'Tumxuk',
  employee: {
    employerRate: '0.0015',
    individualRate: '0.0015',
    employerBaseFallback: 'none',
    individualBaseFloor: 'none',
    citation: 'Tumxuk §4(一)',
  },
  retiree: { rate: '0.0015', retiringThisYearBase: 'pension', citation: 'Tumxuk §4(一)' },
  flexible: { rate: '0.003', base: 'shareOfRegionalAverageWage', baseShare: '0.6', citation: 'Tumxuk §4(一)' },
  flexibleRetiree: null,
  resident: {
    rates: [
      { fromYear: 2027, rate: '0.0015' },
      { fromYear: 2028, rate: '0.002' },
      { fromYear: 2029, rate: '0.0025' },
      { fromYear: 2030, rate: '0.003' },
    ],
    lastRateContinues: true,
    individualShare: '0.5',
    provisional: false,
    citation: 'Tumxuk §4(二)',
  },
  noContributionCitation: { minor: 'Tumxuk §4(二)', orphan: 'Tumxuk §4(二)' },
  hardshipSubsidies: {
    extremePoverty: { kind: 'full' },
    minimumLivingAllowance: { kind: 'quota', share: '0.8' },
    antiPovertyTarget: { kind: 'quota', share: '0.8' },
    lowIncomeMarginElderly: { kind: 'quota', share: '0.8', minAge: 60 },
    monitoredHousehold: { kind: 'quota', share: '0.8' },
  },
  quotaSubsidyReading: 'shareOfIndividualPart',
  quotaAmount: null,
  subsidyCitation: 'Tumxuk §4(二)',
};
