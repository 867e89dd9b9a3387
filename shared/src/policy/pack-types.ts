import type { AssessmentParams } from '../assessment/params.js';
import type { BenefitParams } from '../benefits/params.js';
import type { ContributionParams } from '../contributions/params.js';
import type { IsoDate } from '../core/dates.js';
import type { EligibilityParams } from '../eligibility/params.js';
import type { FundParams } from '../fund/params.js';
import type { InstitutionParams } from '../institutions/params.js';
import type { SettlementParams } from '../settlement/params.js';

/** Region codes of the packs that ship; a region added by an administrator may use any code. */
export type RegionCode = 'qinhuangdao' | 'tumxuk' | (string & {});

/**
 * One effective-dated version of a region's policy: every parameter the rules read.
 * Plain JSON data (no functions, no Decimal), so the server can store overrides and the
 * dashboard can show them. Money and rates are decimal strings ("0.0015", "200.00").
 */
export interface PolicyPackVersion {
  region: RegionCode;
  /** First day this version applies. */
  validFrom: IsoDate;
  /** Human label, e.g. "秦皇岛市长期护理保险实施细则（2026）". */
  title: string;
  /** The document(s) this version implements, e.g. "Qinhuangdao". Used as the citation prefix. */
  source: string;
  /** The article that puts this version in force, e.g. "Qinhuangdao art. 75". */
  citation?: string;
  contributions: ContributionParams;
  eligibility: EligibilityParams;
  assessment: AssessmentParams;
  benefits: BenefitParams;
  fund: FundParams;
  institutions: InstitutionParams;
  settlement: SettlementParams;
}

export interface PolicyPack {
  region: RegionCode;
  title: string;
  /** Sorted by validFrom ascending. */
  versions: PolicyPackVersion[];
}
