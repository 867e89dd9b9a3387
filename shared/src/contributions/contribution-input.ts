import { isMoney, type Money } from '../core/money.js';
import { Issues } from '../core/result.js';
import { shown } from '../core/shown.js';
import { requireRecord } from '../core/validate.js';
import {
  CONTRIBUTION_CATEGORIES,
  type ContributionCategory,
  type ContributionParams,
  HARDSHIP_GROUPS,
  type HardshipGroup,
} from './params.js';

/**
 * One insured person's contribution for one period. Every base comes from the input, in the
 * period the caller wants (a monthly base gives a monthly contribution): the engine never
 * invents a base.
 */
export interface ContributionInput {
  category: ContributionCategory;
  /** The contribution year; for residents it selects the rate. */
  year: number;
  /** Employee: the employer's (previous-year) total payroll (Qinhuangdao art. 10(一), Tumxuk §4(一)). */
  employerPayroll?: Money;
  /** Employee: the employer's medical-insurance base (fallback); flexible worker or flexible retiree: their own base. */
  medicalInsuranceBase?: Money;
  /** Employee: the person's (previous-year) wage. */
  wage?: Money;
  /** Qinhuangdao employee: the city's previous-year average wage; Tumxuk flexible: Xinjiang's previous-year average social wage. */
  regionalAverageWage?: Money;
  /** Retiree: the (previous-year) basic pension. */
  pension?: Money;
  retiringThisYear?: boolean;
  /** Retiree retiring this year: the pension of the first month of retirement (Qinhuangdao art. 10(二)). */
  firstMonthPension?: Money;
  /** Resident: the previous-year per-capita disposable income of the region. */
  disposableIncome?: Money;
  hardshipGroup?: HardshipGroup;
  /** Age in whole years; required for a hardship group with a minimum age. */
  age?: number;
}

type MoneyField =
  | 'employerPayroll'
  | 'medicalInsuranceBase'
  | 'wage'
  | 'regionalAverageWage'
  | 'pension'
  | 'firstMonthPension'
  | 'disposableIncome';

/** The money fields each category needs under `params`. */
function requiredMoneyFields(input: ContributionInput, params: ContributionParams): MoneyField[] {
  switch (input.category) {
    case 'employee': {
      const fields: MoneyField[] = ['wage'];
      if (params.employee.employerBaseFallback === 'none' || input.medicalInsuranceBase === undefined) fields.push('employerPayroll');
      if (params.employee.individualBaseFloor === 'regionalAverageWage') fields.push('regionalAverageWage');
      return fields;
    }
    case 'retiree':
      return input.retiringThisYear && params.retiree.retiringThisYearBase === 'firstMonthPension' ? ['firstMonthPension'] : ['pension'];
    case 'flexible':
      return params.flexible.base === 'medicalInsuranceBase' ? ['medicalInsuranceBase'] : ['regionalAverageWage'];
    case 'flexibleRetiree':
      return ['medicalInsuranceBase'];
    case 'resident':
      return ['disposableIncome'];
    default:
      return [];
  }
}

const MONEY_FIELDS: MoneyField[] = [
  'employerPayroll',
  'medicalInsuranceBase',
  'wage',
  'regionalAverageWage',
  'pension',
  'firstMonthPension',
  'disposableIncome',
];

/** Every problem with the input and the parameters it needs, all at once. */
export function contributionInputIssues(input: ContributionInput, params: ContributionParams): Issues {
  const issues = new Issues();
  if (!requireRecord(issues, 'input', input)) return issues;
  if (!CONTRIBUTION_CATEGORIES.includes(input.category)) {
    issues.add('category', 'NOT_ALLOWED', `category must be one of ${CONTRIBUTION_CATEGORIES.join(', ')}, got ${shown(input.category)}`);
  }
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2200) {
    issues.add('year', 'OUT_OF_RANGE', `year must be a whole year, got ${shown(input.year)}`);
  }
  for (const field of MONEY_FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    if (!isMoney(value)) issues.add(field, 'INVALID_MONEY', `${field} must be money like "1234.50", got ${shown(value)}`);
    else if (value.startsWith('-')) issues.add(field, 'OUT_OF_RANGE', `${field} must not be negative, got ${value}`);
  }
  for (const field of requiredMoneyFields(input, params)) issues.required(field, input[field]);
  if (input.category === 'flexibleRetiree' && !params.flexibleRetiree) {
    issues.add('category', 'NOT_ALLOWED', `${params.source} has no flexible-retiree category: insure the person as a retiree`);
  }
  if (input.category === 'flexible' && params.flexible.base === 'shareOfRegionalAverageWage' && params.flexible.baseShare === null) {
    issues.add('params.flexible.baseShare', 'PARAMETER_MISSING', 'the share of the average wage for flexible workers is not set');
  }
  if (input.category === 'resident' && Number.isInteger(input.year)) {
    const { rates, lastRateContinues, citation } = params.resident;
    const last = rates.at(-1);
    if (!rates.some((r) => r.fromYear <= input.year)) {
      issues.add('year', 'NOT_ALLOWED', `${params.source} does not cover residents in ${input.year} (${citation})`);
    } else if (last && input.year > last.fromYear && !lastRateContinues) {
      issues.add(
        'params.resident.rates',
        'PARAMETER_MISSING',
        `the resident rate for ${input.year} is not stated (${citation}); add it to the schedule, or let the ${last.fromYear} rate continue`,
      );
    }
  }
  if (input.age !== undefined && (!Number.isInteger(input.age) || input.age < 0 || input.age > 150)) {
    issues.add('age', 'OUT_OF_RANGE', `age must be a whole number of years, got ${shown(input.age)}`);
  }
  if (input.hardshipGroup !== undefined) hardshipIssues(input, params, issues);
  return issues;
}

function hardshipIssues(input: ContributionInput, params: ContributionParams, issues: Issues): void {
  const group = input.hardshipGroup as HardshipGroup;
  if (!HARDSHIP_GROUPS.includes(group)) {
    issues.add('hardshipGroup', 'NOT_ALLOWED', `hardshipGroup must be one of ${HARDSHIP_GROUPS.join(', ')}, got ${shown(group)}`);
    return;
  }
  const rule = params.hardshipSubsidies[group];
  if (!rule) return;
  if (rule.minAge !== undefined) issues.required('age', input.age);
  if (rule.kind === 'fixedAmount' && rule.amount === null) {
    issues.add(
      `params.hardshipSubsidies.${group}.amount`,
      'PARAMETER_MISSING',
      `the fixed subsidy for ${group} is set by the province and not entered yet (${params.subsidyCitation})`,
    );
  }
  if (rule.kind === 'quota' && params.quotaSubsidyReading === 'shareOfQuotaAmount' && params.quotaAmount === null) {
    issues.add(
      'params.quotaAmount',
      'PARAMETER_MISSING',
      `quotaSubsidyReading=shareOfQuotaAmount needs quotaAmount (${params.subsidyCitation})`,
    );
  }
}
