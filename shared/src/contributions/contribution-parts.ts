import { type Dec, dec, type Money, maxDec, money } from '../core/money.js';
import type { Tracer } from '../core/trace.js';
import type { ContributionInput } from './contribution-input.js';
import type { ContributionParams, Rate } from './params.js';

/** The parts before any subsidy: employer, individual, government. */
export interface ContributionParts {
  employerPart: Money;
  individualPart: Money;
  governmentPart: Money;
}

const ZERO: ContributionParts = { employerPart: '0.00', individualPart: '0.00', governmentPart: '0.00' };

function rateOf(base: Money | Dec, rate: Rate): Money {
  return money(dec(base).times(rate));
}

// Qinhuangdao art. 10(一) / Tumxuk §4(一): employer 0.15% of payroll, individual 0.15% of own wage.
function employeeParts(input: ContributionInput, params: ContributionParams, t: Tracer): ContributionParts {
  const p = params.employee;
  const usePayroll = input.employerPayroll !== undefined;
  const employerBase = t.step(
    'contributions.employerBase',
    p.citation,
    { employerPayroll: input.employerPayroll ?? null, medicalInsuranceBase: input.medicalInsuranceBase ?? null },
    (usePayroll ? input.employerPayroll : input.medicalInsuranceBase) as Money,
    usePayroll ? undefined : { note: 'payroll not provided: the medical-insurance base is used' },
  );
  const employerPart = t.step(
    'contributions.employerPart',
    p.citation,
    { base: employerBase, rate: p.employerRate },
    rateOf(employerBase, p.employerRate),
  );
  let individualBase = dec(input.wage as Money);
  if (p.individualBaseFloor === 'regionalAverageWage') {
    individualBase = maxDec(individualBase, dec(input.regionalAverageWage as Money));
    t.step(
      'contributions.individualBaseFloor',
      p.citation,
      { wage: input.wage, regionalAverageWage: input.regionalAverageWage },
      money(individualBase),
      { note: 'a wage below the previous-year average wage of urban employees is raised to it' },
    );
  }
  const individualPart = t.step(
    'contributions.individualPart',
    p.citation,
    { base: money(individualBase), rate: p.individualRate },
    rateOf(individualBase, p.individualRate),
  );
  return { employerPart, individualPart, governmentPart: '0.00' };
}

// Qinhuangdao art. 10(二) / Tumxuk §4(一): retirees 0.15% of basic pension, individual only.
function retireeParts(input: ContributionInput, params: ContributionParams, t: Tracer): ContributionParts {
  const p = params.retiree;
  const firstMonth = !!input.retiringThisYear && p.retiringThisYearBase === 'firstMonthPension';
  const base = (firstMonth ? input.firstMonthPension : input.pension) as Money;
  const individualPart = t.step(
    'contributions.retireePart',
    p.citation,
    { base, rate: p.rate, retiringThisYear: !!input.retiringThisYear },
    rateOf(base, p.rate),
    firstMonth ? { note: 'retiring this year: the first month’s pension is the base' } : undefined,
  );
  return { ...ZERO, individualPart };
}

// Qinhuangdao art. 10(三): 0.3% of the medical-insurance base; Tumxuk §4(一): 0.3% of 60% of the average social wage.
function flexibleParts(input: ContributionInput, params: ContributionParams, t: Tracer): ContributionParts {
  const p = params.flexible;
  let base: Money;
  if (p.base === 'medicalInsuranceBase') base = input.medicalInsuranceBase as Money;
  else {
    base = t.step(
      'contributions.flexibleBase',
      p.citation,
      { regionalAverageWage: input.regionalAverageWage, share: p.baseShare },
      money(dec(input.regionalAverageWage as Money).times(p.baseShare as Rate)),
    );
  }
  const individualPart = t.step('contributions.flexiblePart', p.citation, { base, rate: p.rate }, rateOf(base, p.rate));
  return { ...ZERO, individualPart };
}

// Qinhuangdao art. 10(三): flexible retirees 0.15% of their medical-insurance base.
function flexibleRetireeParts(input: ContributionInput, params: ContributionParams, t: Tracer): ContributionParts {
  const p = params.flexibleRetiree as { rate: Rate; citation: string };
  const base = input.medicalInsuranceBase as Money;
  const individualPart = t.step('contributions.flexibleRetireePart', p.citation, { base, rate: p.rate }, rateOf(base, p.rate));
  return { ...ZERO, individualPart };
}

// Qinhuangdao art. 10(四) / Tumxuk §4(二): yearly, individual : government 1:1, rate by year.
function residentParts(input: ContributionInput, params: ContributionParams, t: Tracer): ContributionParts {
  const p = params.resident;
  const entry = [...p.rates].reverse().find((r) => r.fromYear <= input.year) as { fromYear: number; rate: Rate };
  t.step(
    'contributions.residentRate',
    p.citation,
    { year: input.year, schedule: p.rates },
    entry.rate,
    p.provisional
      ? { note: 'provisional: the resident standards are to be set separately once residents are covered (Qinhuangdao art. 6)' }
      : undefined,
  );
  const base = input.disposableIncome as Money;
  const total = t.step('contributions.residentTotal', p.citation, { base, rate: entry.rate }, rateOf(base, entry.rate));
  const individualPart = money(dec(total).times(p.individualShare));
  const governmentPart = money(dec(total).minus(individualPart));
  t.step('contributions.residentSplit', p.citation, { total, individualShare: p.individualShare }, { individualPart, governmentPart });
  return { employerPart: '0.00', individualPart, governmentPart };
}

/** The parts for the person's category; minors and orphans contribute nothing. */
export function contributionParts(input: ContributionInput, params: ContributionParams, t: Tracer): ContributionParts {
  switch (input.category) {
    case 'employee':
      return employeeParts(input, params, t);
    case 'retiree':
      return retireeParts(input, params, t);
    case 'flexible':
      return flexibleParts(input, params, t);
    case 'flexibleRetiree':
      return flexibleRetireeParts(input, params, t);
    case 'resident':
      return residentParts(input, params, t);
    case 'minor':
      // Qinhuangdao art. 10(四) / Tumxuk §4(二): follows the parents, no separate contribution.
      return t.step('contributions.minorFollowsParents', params.noContributionCitation.minor, { category: 'minor' }, ZERO, {
        note: 'insured with a parent or legal guardian; no separate contribution',
      });
    default:
      // Qinhuangdao art. 10(四), 31(2) / Tumxuk §4(二): orphans and children without carers, insured, no contribution.
      return t.step('contributions.orphanNoContribution', params.noContributionCitation.orphan, { category: input.category }, ZERO, {
        note: 'treated as insured where registered, with no contribution',
      });
  }
}
