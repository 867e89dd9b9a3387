import { daysInMonth, isIsoMonth } from '../core/dates.js';
import { D } from '../core/money.js';
import { Issues } from '../core/result.js';
import { shown } from '../core/shown.js';
import { requireNonNegativeMoney, requireRecord } from '../core/validate.js';
import type { CompiledBenefitParams } from './compile-params.js';
import { collectVisitIssues } from './home-visits.js';
import { CARE_MODES, CHARGE_CATEGORIES, INSTITUTION_SUBTYPES, INSURED_CATEGORIES, type InsuredCategory } from './params.js';
import { type BenefitQuoteInput, GUARDIAN_COVERS } from './quote-types.js';

const EMPLOYEE_LIKE = new Set<InsuredCategory>(['employee', 'retiree', 'flexible']);

/** Employees, retirees and flexible workers insured as employees (Qinhuangdao art. 31(1); Tumxuk §5(三) 退休人员享受单位职工参保待遇). */
export function isEmployeeLike(category: InsuredCategory): boolean {
  return EMPLOYEE_LIKE.has(category);
}

function oneOf(issues: Issues, path: string, value: unknown, allowed: readonly string[]): boolean {
  if (!issues.required(path, value)) return false;
  if (!allowed.includes(value as string)) {
    issues.add(path, 'NOT_ALLOWED', `${path} must be one of ${allowed.join(', ')}, got ${shown(value)}`);
    return false;
  }
  return true;
}

/** The resident tier of the pack's funding rate (Qinhuangdao art. 31(2)), or undefined. */
export function activeTier(c: CompiledBenefitParams) {
  const r = c.params.residents;
  if (r.kind !== 'fundingTier' || r.fundingRate === null) return undefined;
  return c.tiers.get(new D(r.fundingRate).toString());
}

/** Every problem with a quote input, none left out. */
export function collectQuoteIssues(input: BenefitQuoteInput, c: CompiledBenefitParams): Issues {
  const issues = new Issues();
  const p = c.params;
  if (!requireRecord(issues, 'input', input)) return issues;
  const categoryOk = oneOf(issues, 'insuredCategory', input.insuredCategory, INSURED_CATEGORIES);
  const modeOk = oneOf(issues, 'careMode', input.careMode, CARE_MODES);
  if (!Number.isInteger(input.grade) || input.grade < 0 || input.grade > 5) {
    issues.add('grade', 'OUT_OF_RANGE', `grade must be an integer 0–5, got ${shown(input.grade)}`);
  } else if (!p.qualifyingGrades.includes(input.grade)) {
    issues.add(
      'grade',
      'NOT_ALLOWED',
      `grade ${input.grade} does not qualify for benefits (${p.qualifyingGradesCitation}: ${p.qualifyingGrades.join(', ')})`,
    );
  }
  const monthOk = isIsoMonth(input.month);
  if (!monthOk) issues.add('month', 'INVALID_DATE', 'month must be YYYY-MM');
  if (input.serviceDays !== undefined) {
    const max = monthOk ? daysInMonth(input.month) : 31;
    if (!Number.isInteger(input.serviceDays) || input.serviceDays < 1 || input.serviceDays > max) {
      issues.add('serviceDays', 'OUT_OF_RANGE', `serviceDays must be a whole number 1–${max}`);
    }
  }
  if (!Array.isArray(input.lines)) issues.add('lines', 'REQUIRED', 'lines is required (may be empty for home visits)');
  else {
    for (let i = 0; i < input.lines.length; i++) {
      const line = input.lines[i];
      oneOf(issues, `lines.${i}.category`, line?.category, CHARGE_CATEGORIES);
      requireNonNegativeMoney(issues, `lines.${i}.amount`, line?.amount);
    }
  }
  if (!categoryOk || !modeOk) return issues;
  const employee = isEmployeeLike(input.insuredCategory);
  const scheme = employee ? p.employees : p.residents;
  const perVisit = scheme.kind === 'monthlyCap' && input.careMode === 'home';
  if (perVisit) {
    if (monthOk) collectVisitIssues(issues, 'visits', input.visits, input.month);
    input.lines?.forEach?.((line, i) => {
      if (line?.category === 'care') issues.add(`lines.${i}.category`, 'NOT_ALLOWED', 'home care is billed per visit: put care in visits');
    });
  } else if (input.visits?.length) {
    issues.add('visits', 'NOT_ALLOWED', 'visits apply only to per-visit home care (Qinhuangdao art. 31(1)3); bill care as lines');
  }
  if (scheme.kind === 'monthlyCap' && input.careMode === 'institution') {
    oneOf(issues, 'institutionSubtype', input.institutionSubtype, INSTITUTION_SUBTYPES);
  }
  if (input.careMode === 'family') {
    if (!p.familyCare) issues.add('careMode', 'NOT_ALLOWED', `${p.source} has no family care: institution, community or home`);
    else {
      if (input.remoteArea !== true)
        issues.add('remoteArea', 'NOT_ALLOWED', `family care only in border and remote areas (${p.familyCare.citation})`);
      if (!c.familyShare)
        issues.add(
          'params.familyCare.share',
          'PARAMETER_MISSING',
          `the fund share of family care is not stated (${p.familyCare.citation} 按规定支付待遇)`,
        );
    }
  }
  if (scheme.kind === 'shareTable' && c.gradeCapRates && p.qualifyingGrades.includes(input.grade) && !c.gradeCapRates.has(input.grade)) {
    issues.add(
      'params.annualCapByGrade',
      'PARAMETER_MISSING',
      `no annual cap is stated for grade ${input.grade} (${p.annualCapByGrade!.citation} caps grades ${[...c.gradeCapRates.keys()].join(', ')})`,
    );
  }
  if (scheme.kind !== 'monthlyCap') {
    const a = input.annualCap;
    if (!a || typeof a !== 'object')
      issues.add('annualCap', 'REQUIRED', 'annualCap (perCapitaIncome, paidYearToDate) is required for an annual cap');
    else {
      requireNonNegativeMoney(issues, 'annualCap.perCapitaIncome', a.perCapitaIncome);
      requireNonNegativeMoney(issues, 'annualCap.paidYearToDate', a.paidYearToDate);
    }
  }
  if (scheme.kind === 'fundingTier') {
    if (scheme.fundingRate === null)
      issues.add('params.residents.fundingRate', 'PARAMETER_MISSING', 'the resident funding rate of this pack is not set');
    else if (!activeTier(c))
      issues.add('params.residents.tiers', 'PARAMETER_MISSING', `no resident benefit tier for funding rate ${scheme.fundingRate}`);
  }
  if (!employee && p.residentBonus) {
    const years = input.consecutiveContributionYears;
    if (years === undefined)
      issues.add('consecutiveContributionYears', 'REQUIRED', `consecutiveContributionYears is required (${p.residentBonus.citation})`);
    else if (!Number.isInteger(years) || years < 0)
      issues.add('consecutiveContributionYears', 'OUT_OF_RANGE', 'consecutiveContributionYears must be a whole number ≥ 0');
  }
  if (input.insuredCategory === 'minor' && p.minors) oneOf(issues, 'guardianCover', input.guardianCover, GUARDIAN_COVERS);
  return issues;
}
