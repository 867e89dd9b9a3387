import { describe, expect, it } from 'vitest';
import { unwrap } from '../core/result.js';
import { annualCap } from './annual-cap.js';
import { type BenefitParams, qinhuangdaoBenefitParams, tumxukBenefitParams } from './params.js';

const t = tumxukBenefitParams;
const compound: BenefitParams = { ...t, annualCapByGrade: { ...t.annualCapByGrade!, gradeCapStep: 'compound' } };

describe('annualCap (Tumxuk §5(三))', () => {
  it.each([
    ['Tumxuk §5(三): grade III (5) → 50% × 28000 = 14000', 5, '28000.00', t, '14000.00'],
    ['Tumxuk §5(三): grade II (4) → 45% × 28000 = 12600', 4, '28000.00', t, '12600.00'],
    ['Tumxuk §5(三): grade I (3) → 40% × 28000 = 11200', 3, '28000.00', t, '11200.00'],
    ['Tumxuk §5(三): grade I → 40% × 27654.33 = 11061.732 → 11061.73', 3, '27654.33', t, '11061.73'],
    ['Tumxuk §5(三) (compound): grade II → 50% × 95% = 47.5% × 28000 = 13300', 4, '28000.00', compound, '13300.00'],
    ['Tumxuk §5(三) (compound): grade I → 47.5% × 95% = 45.125% × 28000 = 12635', 3, '28000.00', compound, '12635.00'],
    ['Tumxuk §5(三) (compound): grade III unchanged → 14000', 5, '28000.00', compound, '14000.00'],
  ])('%s', (_name, grade, income, params, expected) => {
    const r = unwrap(annualCap(grade, income, params));
    expect(r.value).toBe(expected);
    expect(r.trace).toEqual([
      expect.objectContaining({
        rule: 'benefits.annualCap',
        citation: 'Tumxuk §5(三)',
        interpretation: `gradeCapStep=${params.annualCapByGrade!.gradeCapStep}`,
      }),
    ]);
  });

  it('Qinhuangdao art. 31: no annual cap by grade in Qinhuangdao → NOT_ALLOWED', () => {
    const r = annualCap(5, '30000.00', qinhuangdaoBenefitParams);
    expect(r.ok ? [] : r.issues.map((i) => `${i.path}:${i.code}`)).toEqual(['params.annualCapByGrade:NOT_ALLOWED']);
  });

  it.each([
    ['Tumxuk §5(三): grade 0 and a bad income are both reported', 0, '1.234', ['grade:OUT_OF_RANGE', 'income:INVALID_MONEY']],
    ['Tumxuk §5(三): grade 2.5 is not a grade', 2.5, '100.00', ['grade:OUT_OF_RANGE']],
    // "重度失能Ⅲ级、Ⅱ级、Ⅰ级…逐级递减5%" names no cap below severe I: no 35% / 30% extrapolated.
    ['Tumxuk §5(三): moderate (2) has no stated cap', 2, '28000.00', ['grade:OUT_OF_RANGE']],
    ['Tumxuk §5(三): mild (1) has no stated cap', 1, '28000.00', ['grade:OUT_OF_RANGE']],
    ['Tumxuk §5(三): a negative income is rejected', 5, '-1.00', ['income:INVALID_MONEY']],
  ])('%s', (_name, grade, income, codes) => {
    const r = annualCap(grade, income, t);
    expect(r.ok ? [] : r.issues.map((i) => `${i.path}:${i.code}`)).toEqual(codes);
  });

  it('Product rule: bad params (a cap rate of "50%") are reported', () => {
    const bad: BenefitParams = { ...t, annualCapByGrade: { ...t.annualCapByGrade!, topRate: '50%' } };
    const r = annualCap(5, '100.00', bad);
    expect(r.ok ? [] : r.issues.map((i) => `${i.path}:${i.code}`)).toEqual(['params.annualCapByGrade.topRate:INVALID_PARAMETER']);
  });

  it('Tumxuk §5(三): a region that lets moderate (2) qualify gets PARAMETER_MISSING for its cap, not an extrapolated 35%', async () => {
    const { quoteBenefit } = await import('./quote-benefit.js');
    const r = quoteBenefit(
      {
        insuredCategory: 'employee',
        careMode: 'home',
        grade: 2,
        month: '2027-03',
        lines: [{ category: 'care', amount: '1000.00' }],
        annualCap: { perCapitaIncome: '28000.00', paidYearToDate: '0.00' },
      },
      { ...t, qualifyingGrades: [2, 3, 4, 5] },
    );
    expect(r.ok ? [] : r.issues.map((i) => `${i.path}:${i.code}`)).toEqual(['params.annualCapByGrade:PARAMETER_MISSING']);
  });
});
