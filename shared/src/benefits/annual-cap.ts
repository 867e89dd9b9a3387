import { D, type Money, money } from '../core/money.js';
import { fail, Issues, ok, type PolicyResult } from '../core/result.js';
import { shown } from '../core/shown.js';
import { Tracer } from '../core/trace.js';
import { requireNonNegativeMoney } from '../core/validate.js';
import { compileBenefitParams } from './compile-params.js';
import type { BenefitParams } from './params.js';

/**
 * Tumxuk §5(三): the fund's annual cap for a grade — "不超过新疆维吾尔自治区上年度城乡居民人均
 * 可支配收入的50%", stepping down "5%" a grade from severe III to II to I. The step reading
 * is the parameter `annualCapByGrade.gradeCapStep`.
 */
export function annualCap(grade: number, income: Money, params: BenefitParams): PolicyResult<Money> {
  const compiled = compileBenefitParams(params);
  if (Array.isArray(compiled)) return fail(compiled);
  const issues = new Issues();
  const rule = params.annualCapByGrade;
  // Stryker disable next-line LogicalOperator: compileBenefitParams makes gradeCapRates null exactly when annualCapByGrade is missing
  if (!rule || !compiled.gradeCapRates) {
    issues.add('params.annualCapByGrade', 'NOT_ALLOWED', `${params.source} has no annual cap by grade`);
    return fail(issues.list);
  }
  const gradeRate = compiled.gradeCapRates.get(grade);
  if (!gradeRate) {
    // Stryker disable next-line ArrayDeclaration: the grades are only named in the message
    const grades = [...compiled.gradeCapRates.keys()];
    issues.add('grade', 'OUT_OF_RANGE', `${rule.citation} caps grades ${grades.join(', ')} only, got ${shown(grade)}`);
  }
  requireNonNegativeMoney(issues, 'income', income);
  if (!gradeRate || !issues.empty) return fail(issues.list);
  const t = new Tracer();
  const cap = annualCapStep(t, grade, income, gradeRate.text, gradeRate.dec, rule.gradeCapStep, rule.citation);
  return ok(cap, t.steps);
}

/** The trace step shared with `quoteBenefit`. */
export function annualCapStep(
  t: Tracer,
  grade: number,
  income: Money,
  rateText: string,
  rate: InstanceType<typeof D>,
  gradeCapStep: string,
  citation: string,
): Money {
  // Tumxuk §5(三): cap = previous-year per-capita disposable income × the grade's rate.
  const cap = money(new D(income).times(rate));
  return t.step('benefits.annualCap', citation, { grade, income, rate: rateText }, cap, {
    interpretation: `gradeCapStep=${gradeCapStep}`,
  });
}
