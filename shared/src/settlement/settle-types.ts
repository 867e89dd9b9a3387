import type { CareMode, InstitutionSubtype, InsuredCategory } from '../benefits/params.js';
import type { BenefitQuote, GuardianCover } from '../benefits/quote-types.js';
import type { IsoDate, IsoMonth } from '../core/dates.js';
import type { Money } from '../core/money.js';
import type { DateSpan } from './audit-facts.js';
import type { DeclaredRecord } from './declared-record.js';

/** A reviewer's decision on a record's blocking flags (Qinhuangdao art. 57): pay it, pay a reduced amount, or refuse it. */
export type ReviewDecisionKind = 'pay' | 'reduce' | 'refuse';
export const REVIEW_DECISIONS: readonly ReviewDecisionKind[] = ['pay', 'reduce', 'refuse'];

export interface ReviewDecision {
  decision: ReviewDecisionKind;
  /** For `reduce`: the care cost the reviewer accepts for the record (excluded lines stay excluded). */
  amount?: Money | null;
  reason: string;
}

/** One declared record as the settlement reads it: the record, the reviewer's decision and the blocking flags still undecided. */
export interface SettlementRecord {
  record: DeclaredRecord;
  review: ReviewDecision | null;
  /** Blocking flags without a decision: the record is not payable (held) until a reviewer decides them. */
  undecidedBlocking: number;
}

/** What the settlement knows of the claimant in the month (eligibility, care plan, hospital stays). */
export interface ClaimantMonthFacts {
  claimantId: string;
  insuredCategory: InsuredCategory;
  /** National-standard grade of the claimant's assessment conclusion (3–5 severe). */
  grade: number;
  /** The accepted care plan's mode (Qinhuangdao art. 30). */
  careMode: CareMode;
  institutionSubtype?: InstitutionSubtype;
  /** The first day benefits are payable (Qinhuangdao art. 28: the month after the conclusion letter); null if none. */
  benefitStart: IsoDate | null;
  death: IsoDate | null;
  /** Admission to discharge, both days in hospital (Qinhuangdao art. 33(3), 34(3)). */
  hospitalStays: readonly DateSpan[];
  /** Other suspensions (arrears art. 34(1), sanctions art. 69). */
  suspensions: readonly DateSpan[];
  /** For annual caps (Tumxuk §5(三); Qinhuangdao residents art. 31(2)). */
  annualCap?: { perCapitaIncome: Money; paidYearToDate: Money };
  consecutiveContributionYears?: number;
  guardianCover?: GuardianCover;
  remoteArea?: boolean;
}

export type RecordPaymentStatus = 'paid' | 'reduced' | 'refused' | 'held' | 'noBenefitDays';

/** What one declared record comes to: the fund's part goes to the institution, the claimant pays the rest to it (art. 32). */
export interface RecordPayment {
  key: string;
  institutionId: string;
  status: RecordPaymentStatus;
  billed: Money;
  /** Lines the fund never pays (art. 33), paid by the claimant. */
  excluded: Money;
  /** The cost that entered the quote (0 for a held, refused or out-of-benefit record). */
  eligible: Money;
  fundPays: Money;
  /** eligible − fundPays + excluded. */
  claimantPays: Money;
  /** Why: the article or the reviewer's decision. */
  citation: string;
  /** The reviewer's reason, when one decided the record. */
  reason: string | null;
}

/** A claimant's line of one institution's settlement sheet. */
export interface ClaimantInstitutionLine {
  claimantId: string;
  institutionId: string;
  records: number;
  billed: Money;
  excluded: Money;
  eligible: Money;
  fundPays: Money;
  claimantPays: Money;
  /** Billed amount of records held or refused: outside this settlement. */
  unsettled: Money;
}

export interface ClaimantSettlement {
  claimantId: string;
  month: IsoMonth;
  /** Days with benefits that count for the part-month cap (Qinhuangdao art. 31(1)1–2). */
  serviceDays: number;
  quote: BenefitQuote | null;
  records: RecordPayment[];
  /** One line per institution the claimant's payable records were declared by. */
  lines: ClaimantInstitutionLine[];
  fundPays: Money;
  claimantPays: Money;
}

export interface SheetTotals {
  institutionId: string;
  claimants: number;
  records: number;
  billed: Money;
  excluded: Money;
  eligible: Money;
  fundPays: Money;
  claimantPays: Money;
  unsettled: Money;
}
