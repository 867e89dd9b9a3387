import type { IsoMonth } from '../core/dates.js';
import type { Money } from '../core/money.js';
import type { BenefitFlag, HomeVisit, VisitPayment } from './home-visits.js';
import type { CareMode, ChargeCategory, InstitutionSubtype, InsuredCategory } from './params.js';

export interface BilledLine {
  category: ChargeCategory;
  amount: Money;
  description?: string;
}

/**
 * Qinhuangdao art. 31(2) ¶2, for a minor: `full` (both parents insured, the only parent who could
 * be insured is, or an orphan), `oneOfTwo` (both could be insured, one is), `none` (neither is).
 */
export type GuardianCover = 'full' | 'oneOfTwo' | 'none';
export const GUARDIAN_COVERS: readonly GuardianCover[] = ['full', 'oneOfTwo', 'none'];

export interface BenefitQuoteInput {
  insuredCategory: InsuredCategory;
  careMode: CareMode;
  /** Required for institution care under Qinhuangdao's employee scheme. */
  institutionSubtype?: InstitutionSubtype;
  /** National-standard grade, 0–5 (3 severe I, 4 severe II, 5 severe III). */
  grade: number;
  month: IsoMonth;
  /** Days with benefits in the month; omitted = the whole month. */
  serviceDays?: number;
  lines: BilledLine[];
  /** Home visits, for Qinhuangdao employees' home care. */
  visits?: HomeVisit[];
  /** For annual caps (Tumxuk; Qinhuangdao residents): previous-year per-capita disposable income and this year's payments so far. */
  annualCap?: { perCapitaIncome: Money; paidYearToDate: Money };
  /** Tumxuk §5(五): consecutive years of resident contributions (a break resets it). */
  consecutiveContributionYears?: number;
  /** Qinhuangdao art. 31(2) ¶2, minors only. */
  guardianCover?: GuardianCover;
  /** Tumxuk §5(二): family care only in border and remote areas. */
  remoteArea?: boolean;
}

export interface ExcludedLine {
  index: number;
  category: ChargeCategory;
  amount: Money;
  citation: string;
}

export interface BenefitCap {
  kind: 'monthly' | 'homeVisits' | 'annualRemaining';
  amount: Money;
  /** Whether the cap, not the share, set the fund's payment. */
  applied: boolean;
}

export interface BenefitQuote {
  region: string;
  scheme: 'monthlyCap' | 'shareTable' | 'fundingTier';
  billedTotal: Money;
  excludedCost: Money;
  excludedLines: ExcludedLine[];
  eligibleCost: Money;
  /** Null for per-visit home care, which has no share. */
  fundShareRate: string | null;
  fundPays: Money;
  /** Eligible cost the claimant pays the institution: eligibleCost − fundPays. */
  claimantPays: Money;
  /** What the claimant pays in all: claimantPays + excludedCost. */
  claimantPaysTotal: Money;
  cap: BenefitCap;
  visits: VisitPayment[];
  flags: BenefitFlag[];
  needsReview: boolean;
}
