import { describe, expect, it } from 'vitest';
import { compileBenefitParams } from './compile-params.js';
import { type BenefitParams, type MonthlyCapScheme, qinhuangdaoBenefitParams, tumxukBenefitParams } from './params.js';

const q = qinhuangdaoBenefitParams;
const t = tumxukBenefitParams;
const qEmployees = q.employees as MonthlyCapScheme;

function codes(params: BenefitParams): string[] {
  const c = compileBenefitParams(params);
  return Array.isArray(c) ? c.map((i) => `${i.path}:${i.code}`) : [];
}

describe('benefit parameters are checked once per pack', () => {
  it('Product rule: the shipped Qinhuangdao and Tumxuk packs are valid', () => {
    expect(codes(q)).toEqual([]);
    expect(codes(t)).toEqual([]);
  });

  it('Product rule: the same params object is compiled once and cached', () => {
    expect(compileBenefitParams(q)).toBe(compileBenefitParams(q));
  });

  it('Qinhuangdao art. 31(1): every bad share, cap, divisor and visit standard is listed', () => {
    const bad: BenefitParams = {
      ...q,
      employees: {
        ...qEmployees,
        institution: { ...qEmployees.institution, medical: { ...qEmployees.institution.medical, share: '1.2', monthlyCap: '-5.00' } },
        partMonthDivisor: 0,
        home: { ...qEmployees.home, visitsPerMonth: 0, minMinutes: 2.5 },
      },
      residents: {
        kind: 'fundingTier',
        fundingRate: 'x',
        tiers: [{ fundingRate: '0.0015', annualCapRate: '40', share: '0.3' }],
        citation: 'Qinhuangdao art. 31(2)',
      },
      minors: { oneOfTwoFactor: 'half', noneFactor: '0', citation: 'Qinhuangdao art. 31(2) ¶2' },
    };
    expect(codes(bad)).toEqual([
      'params.employees.institution.medical.share:INVALID_PARAMETER',
      'params.employees.institution.medical.monthlyCap:INVALID_PARAMETER',
      'params.employees.partMonthDivisor:INVALID_PARAMETER',
      'params.employees.home.visitsPerMonth:INVALID_PARAMETER',
      'params.employees.home.minMinutes:INVALID_PARAMETER',
      'params.residents.tiers.0.annualCapRate:INVALID_PARAMETER',
      'params.residents.fundingRate:INVALID_PARAMETER',
      'params.minors.oneOfTwoFactor:INVALID_PARAMETER',
    ]);
  });

  it('Tumxuk §5(三)(五): a share table needs the annual cap by grade; bad bonus and family-care rates are listed', () => {
    const bad: BenefitParams = {
      ...t,
      employees: { ...(t.employees as Extract<BenefitParams['employees'], { kind: 'shareTable' }>), home: '' },
      annualCapByGrade: null,
      residentBonus: { ...t.residentBonus!, points: '5%' },
      familyCare: { share: '2', citation: 'Tumxuk §5(二)' },
    };
    expect(codes(bad)).toEqual([
      'params.employees.home:INVALID_PARAMETER',
      'params.annualCapByGrade:PARAMETER_MISSING',
      'params.residentBonus.points:INVALID_PARAMETER',
      'params.familyCare.share:INVALID_PARAMETER',
    ]);
  });

  it('Tumxuk §5(三): a grade cap with a non-integer top grade is rejected', () => {
    expect(codes({ ...t, annualCapByGrade: { ...t.annualCapByGrade!, topGrade: 0 } })).toEqual([
      'params.annualCapByGrade.topGrade:INVALID_PARAMETER',
    ]);
  });
});
