import { D, type Dec, isMoney, type Money, money } from '../core/money.js';
import { Issues, type PolicyIssue } from '../core/result.js';
import type { AnnualCapByGrade, BenefitParams, ShareTableScheme, ShareWithMonthlyCap } from './params.js';

/**
 * Benefit parameters checked once and turned into decimals, cached per params object, so
 * that a quote does not re-validate or re-parse a constant pack on every call.
 */
export interface RateDec {
  text: string;
  dec: Dec;
}

export interface CompiledBenefitParams {
  params: BenefitParams;
  /** Share and cap decimals keyed `institution.medical`, `community`, … */
  monthly: Map<string, { share: RateDec; cap: Dec; rule: ShareWithMonthlyCap }>;
  home: { cap: Dec; perVisit: Dec; perVisitText: Money } | null;
  employeeShares: Map<string, RateDec> | null;
  residentShares: Map<string, RateDec> | null;
  /** Annual cap rate per severe grade (3–5), when the region caps by grade. */
  gradeCapRates: Map<number, RateDec> | null;
  tiers: Map<string, { annualCapRate: RateDec; share: RateDec }>;
  bonus: { points: Dec; ceiling: Dec } | null;
  minorFactors: { oneOfTwo: RateDec; none: RateDec } | null;
  familyShare: RateDec | null;
}

const RATE = /^\d+(\.\d+)?$/;
const cache = new WeakMap<BenefitParams, CompiledBenefitParams | PolicyIssue[]>();

function rate(issues: Issues, path: string, value: unknown): RateDec {
  if (typeof value !== 'string' || !RATE.test(value) || new D(value).greaterThan(1)) {
    issues.add(path, 'INVALID_PARAMETER', `${path} must be a decimal rate between 0 and 1, e.g. "0.70"`);
    return { text: '0', dec: new D(0) };
  }
  return { text: value, dec: new D(value) };
}

function amount(issues: Issues, path: string, value: unknown): Dec {
  if (!isMoney(value) || value.startsWith('-')) {
    issues.add(path, 'INVALID_PARAMETER', `${path} must be an amount of money, e.g. "1800.00"`);
    return new D(0);
  }
  return new D(value);
}

function positiveInt(issues: Issues, path: string, value: unknown): void {
  const n = value as number;
  if (!Number.isInteger(n) || n < 1) issues.add(path, 'INVALID_PARAMETER', `${path} must be a positive integer`);
}

function shareTable(issues: Issues, path: string, t: ShareTableScheme): Map<string, RateDec> {
  const map = new Map<string, RateDec>();
  for (const mode of ['home', 'community', 'institution'] as const) map.set(mode, rate(issues, `${path}.${mode}`, t[mode]));
  return map;
}

/**
 * Tumxuk §5(三) names the caps of three grades only — "重度失能Ⅲ级、Ⅱ级、Ⅰ级之间…逐级递减": a
 * lower grade has no stated cap, so it gets none (a cap extrapolated to grades 1–2 would be a guess).
 */
const GRADES_WITH_A_CAP = 3;

/** Rate of the annual cap of each severe grade (Tumxuk §5(三)); see `AnnualCapByGrade.gradeCapStep`. */
function gradeRates(issues: Issues, a: AnnualCapByGrade): Map<number, RateDec> {
  const top = rate(issues, 'params.annualCapByGrade.topRate', a.topRate).dec;
  const step = rate(issues, 'params.annualCapByGrade.step', a.step).dec;
  positiveInt(issues, 'params.annualCapByGrade.topGrade', a.topGrade);
  const map = new Map<number, RateDec>();
  for (let grade = Math.max(1, a.topGrade - GRADES_WITH_A_CAP + 1); grade <= a.topGrade; grade++) {
    const below = a.topGrade - grade;
    const dec = a.gradeCapStep === 'compound' ? top.times(new D(1).minus(step).pow(below)) : top.minus(step.times(below));
    map.set(grade, { text: dec.toString(), dec });
  }
  return map;
}

function compile(params: BenefitParams): CompiledBenefitParams | PolicyIssue[] {
  const issues = new Issues();
  const monthly = new Map<string, { share: RateDec; cap: Dec; rule: ShareWithMonthlyCap }>();
  let home: CompiledBenefitParams['home'] = null;
  let employeeShares: Map<string, RateDec> | null = null;
  const e = params.employees;
  if (e.kind === 'monthlyCap') {
    const rules: [string, ShareWithMonthlyCap][] = [
      ['institution.medical', e.institution.medical],
      ['institution.integrated', e.institution.integrated],
      ['institution.elderly', e.institution.elderly],
      ['community', e.community],
    ];
    for (const [key, rule] of rules) {
      const path = `params.employees.${key}`;
      monthly.set(key, {
        share: rate(issues, `${path}.share`, rule.share),
        cap: amount(issues, `${path}.monthlyCap`, rule.monthlyCap),
        rule,
      });
    }
    positiveInt(issues, 'params.employees.partMonthDivisor', e.partMonthDivisor);
    positiveInt(issues, 'params.employees.home.visitsPerMonth', e.home.visitsPerMonth);
    positiveInt(issues, 'params.employees.home.minMinutes', e.home.minMinutes);
    const cap = amount(issues, 'params.employees.home.monthlyCap', e.home.monthlyCap);
    const perVisit = cap.dividedBy(e.home.visitsPerMonth || 1).toDecimalPlaces(2);
    home = { cap, perVisit, perVisitText: money(perVisit) };
  } else {
    employeeShares = shareTable(issues, 'params.employees', e);
  }
  const r = params.residents;
  const residentShares = r.kind === 'shareTable' ? shareTable(issues, 'params.residents', r) : null;
  const tiers = new Map<string, { annualCapRate: RateDec; share: RateDec }>();
  if (r.kind === 'fundingTier') {
    r.tiers.forEach((t, i) => {
      const path = `params.residents.tiers.${i}`;
      const funding = rate(issues, `${path}.fundingRate`, t.fundingRate);
      tiers.set(funding.dec.toString(), {
        annualCapRate: rate(issues, `${path}.annualCapRate`, t.annualCapRate),
        share: rate(issues, `${path}.share`, t.share),
      });
    });
    if (r.fundingRate !== null) rate(issues, 'params.residents.fundingRate', r.fundingRate);
  }
  const usesGradeCap = e.kind === 'shareTable' || r.kind === 'shareTable';
  if (usesGradeCap && !params.annualCapByGrade) {
    issues.add('params.annualCapByGrade', 'PARAMETER_MISSING', 'a share-table scheme needs the annual cap by grade');
  }
  const gradeCapRates = params.annualCapByGrade ? gradeRates(issues, params.annualCapByGrade) : null;
  const b = params.residentBonus;
  const bonus = b
    ? {
        points: rate(issues, 'params.residentBonus.points', b.points).dec,
        ceiling: rate(issues, 'params.residentBonus.ceiling', b.ceiling).dec,
      }
    : null;
  const m = params.minors;
  const minorFactors = m
    ? {
        oneOfTwo: rate(issues, 'params.minors.oneOfTwoFactor', m.oneOfTwoFactor),
        none: rate(issues, 'params.minors.noneFactor', m.noneFactor),
      }
    : null;
  const familyShare = params.familyCare?.share != null ? rate(issues, 'params.familyCare.share', params.familyCare.share) : null;
  if (!issues.empty) return issues.list;
  return { params, monthly, home, employeeShares, residentShares, gradeCapRates, tiers, bonus, minorFactors, familyShare };
}

/** The compiled parameters, or every problem with them (computed once per params object). */
export function compileBenefitParams(params: BenefitParams): CompiledBenefitParams | PolicyIssue[] {
  let compiled = cache.get(params);
  if (!compiled) {
    compiled = compile(params);
    cache.set(params, compiled);
  }
  return compiled;
}
