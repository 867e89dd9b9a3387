import { dec, type Money, minDec, money } from '../core/money.js';
import type { Tracer } from '../core/trace.js';
import type { ContributionInput } from './contribution-input.js';
import type { ContributionParams, Rate } from './params.js';

/**
 * The government's subsidy of the individual part for a hardship group (Qinhuangdao art. 12,
 * Tumxuk §4(二)). Never more than the individual part. Assumes the input passed validation.
 */
export function hardshipSubsidy(input: ContributionInput, individualPart: Money, params: ContributionParams, t: Tracer): Money {
  const group = input.hardshipGroup;
  if (group === undefined || individualPart === '0.00') return '0.00';
  const citation = params.subsidyCitation;
  const rule = params.hardshipSubsidies[group];
  if (!rule) {
    return t.step('contributions.subsidy', citation, { hardshipGroup: group }, '0.00', {
      note: `${params.source} lists no subsidy for this group`,
    });
  }
  const age = input.age as number;
  if (rule.minAge !== undefined && age < rule.minAge) {
    return t.step('contributions.subsidy', citation, { hardshipGroup: group, age: input.age, minAge: rule.minAge }, '0.00', {
      note: `the group is subsidised only from age ${rule.minAge}`,
    });
  }
  if (rule.kind === 'full') {
    return t.step('contributions.subsidy', citation, { hardshipGroup: group, kind: 'full', individualPart }, individualPart);
  }
  if (rule.kind === 'quota') {
    const byIndividual = params.quotaSubsidyReading === 'shareOfIndividualPart';
    const basis = byIndividual ? individualPart : (params.quotaAmount as Money);
    const subsidy = money(minDec(dec(basis).times(rule.share as Rate), dec(individualPart)));
    return t.step(
      'contributions.subsidy',
      citation,
      { hardshipGroup: group, kind: 'quota', share: rule.share, basis, individualPart },
      subsidy,
      { interpretation: `quotaSubsidyReading=${params.quotaSubsidyReading}` },
    );
  }
  const amount = rule.amount as Money;
  const capped = dec(amount).greaterThan(individualPart);
  return t.step(
    'contributions.subsidy',
    citation,
    { hardshipGroup: group, kind: 'fixedAmount', amount, individualPart },
    money(minDec(dec(amount), dec(individualPart))),
    capped ? { note: 'the fixed amount exceeds the individual part: the subsidy is the whole individual part' } : undefined,
  );
}
