import { dec, type Money, money } from '../core/money.js';
import { ok, type PolicyResult } from '../core/result.js';
import { Tracer } from '../core/trace.js';
import { type ContributionInput, contributionInputIssues } from './contribution-input.js';
import { contributionParts } from './contribution-parts.js';
import { hardshipSubsidy } from './hardship-subsidy.js';
import type { ContributionCategory, ContributionParams } from './params.js';

export interface ContributionBreakdown {
  category: ContributionCategory;
  year: number;
  employerPart: Money;
  individualPart: Money;
  governmentPart: Money;
  /** employer + individual + government. */
  total: Money;
  /** The government's subsidy of the individual part (hardship groups). */
  subsidy: Money;
  /** individual − subsidy: what the person pays. */
  payableByPerson: Money;
}

/**
 * The contribution of one insured person for one period, split into employer, individual and
 * government parts, with the hardship subsidy and what the person pays
 * (Qinhuangdao art. 10–12, Tumxuk §4).
 */
export function computeContribution(input: ContributionInput, params: ContributionParams): PolicyResult<ContributionBreakdown> {
  const invalid = contributionInputIssues(input, params).result<ContributionBreakdown>();
  if (invalid) return invalid;
  const t = new Tracer();
  const parts = contributionParts(input, params, t);
  const subsidy = hardshipSubsidy(input, parts.individualPart, params, t);
  const total = money(dec(parts.employerPart).plus(parts.individualPart).plus(parts.governmentPart));
  const payableByPerson = t.step(
    'contributions.payableByPerson',
    params.subsidyCitation,
    { individualPart: parts.individualPart, subsidy },
    money(dec(parts.individualPart).minus(subsidy)),
  );
  return ok({ category: input.category, year: input.year, ...parts, total, subsidy, payableByPerson }, t.steps);
}
