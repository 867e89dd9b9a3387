import { describe, expect, it } from 'vitest';
import { unwrap } from '../core/result.js';
import { type BenefitParams, tumxukBenefitParams } from './params.js';
import { quoteBenefit } from './quote-benefit.js';
import type { BenefitQuoteInput } from './quote-types.js';

const t = tumxukBenefitParams;
const care = (amount: string) => [{ category: 'care' as const, amount }];

function quote(input: Partial<BenefitQuoteInput>, params: BenefitParams = t) {
  const base: BenefitQuoteInput = {
    insuredCategory: 'employee',
    careMode: 'institution',
    grade: 5,
    month: '2026-10',
    lines: care('1000.00'),
    annualCap: { perCapitaIncome: '28000.00', paidYearToDate: '0.00' },
    consecutiveContributionYears: 0,
  };
  return unwrap(quoteBenefit({ ...base, ...input }, params));
}

describe('Tumxuk §5(三) shares (no deductible, annual cap 50% × 28000 = 14000 for grade III)', () => {
  it.each([
    ['Tumxuk §5(三): employee, institution, 1000 → 70% = 700', 'employee', 'institution', '0.70', '700.00'],
    ['Tumxuk §5(三): employee, home, 1000 → 75% = 750', 'employee', 'home', '0.75', '750.00'],
    ['Tumxuk §5(三): employee, community, 1000 → 75% = 750', 'employee', 'community', '0.75', '750.00'],
    ['Tumxuk §5(三): a retiree gets the employee rates — home 75% = 750', 'retiree', 'home', '0.75', '750.00'],
    ['Tumxuk §5(三): a flexible worker insured as employee — institution 70% = 700', 'flexible', 'institution', '0.70', '700.00'],
    ['Tumxuk §5(三): resident, institution, 1000 → 50% = 500', 'resident', 'institution', '0.50', '500.00'],
    ['Tumxuk §5(三): resident, home, 1000 → 55% = 550', 'resident', 'home', '0.55', '550.00'],
    ['Tumxuk §5(三): resident, community, 1000 → 55% = 550', 'resident', 'community', '0.55', '550.00'],
    ['Tumxuk §4(二): a minor follows the resident table — institution 50% = 500', 'minor', 'institution', '0.50', '500.00'],
  ] as const)('%s', (_name, insuredCategory, careMode, share, fund) => {
    const { value } = quote({ insuredCategory, careMode });
    expect(value).toMatchObject({
      scheme: 'shareTable',
      fundShareRate: share,
      fundPays: fund,
      cap: { kind: 'annualRemaining', amount: '14000.00', applied: false },
    });
  });
});

describe('Tumxuk §5(五) resident bonus (interpretation residentBonus)', () => {
  const uncapped: BenefitParams = { ...t, residentBonus: { ...t.residentBonus!, residentBonus: 'plusPointsUncapped' } };
  it.each([
    ['Tumxuk §5(五): 4 consecutive years, institution 50% + 5 = 55% → 550', 4, 'institution', t, '0.55', '550.00'],
    ['Tumxuk §5(五): 6 consecutive years, home 55% + 5 capped at 55% → 550', 6, 'home', t, '0.55', '550.00'],
    ['Tumxuk §5(五): 4 consecutive years, community stays 55% → 550', 4, 'community', t, '0.55', '550.00'],
    [
      'Tumxuk §5(五): 3 consecutive years (a break resets the count) → no bonus, institution 50% → 500',
      3,
      'institution',
      t,
      '0.50',
      '500.00',
    ],
    ['Tumxuk §5(五) (plusPointsUncapped): 4 years, home 55% + 5 = 60% → 600', 4, 'home', uncapped, '0.60', '600.00'],
    ['Tumxuk §5(五) (plusPointsUncapped): 4 years, institution 50% + 5 = 55% → 550', 4, 'institution', uncapped, '0.55', '550.00'],
  ] as const)('%s', (_name, years, careMode, params, share, fund) => {
    const { value, trace } = quote({ insuredCategory: 'resident', careMode, consecutiveContributionYears: years }, params);
    expect(value).toMatchObject({ fundShareRate: share, fundPays: fund });
    expect(trace.find((s) => s.rule === 'benefits.residentBonus')).toMatchObject({
      citation: 'Tumxuk §5(五)',
      interpretation: `residentBonus=${params.residentBonus!.residentBonus}`,
    });
  });

  it('Tumxuk §5(五): the bonus is for residents only — an employee has no bonus step', () => {
    const { trace } = quote({ consecutiveContributionYears: 9 });
    expect(trace.some((s) => s.rule === 'benefits.residentBonus')).toBe(false);
  });
});

describe('Tumxuk §5(三) annual cap by grade, remaining this year', () => {
  it.each([
    [
      'Tumxuk §5(三): grade III cap 50% × 28000 = 14000, 13500 paid → 500 left; 70% × 2000 = 1400 capped at 500',
      5,
      '13500.00',
      '500.00',
      '500.00',
      true,
    ],
    ['Tumxuk §5(三): grade II cap 45% × 28000 = 12600, 12000 paid → 600 left; 1400 capped at 600', 4, '12000.00', '600.00', '600.00', true],
    [
      'Tumxuk §5(三): grade I cap 40% × 28000 = 11200, 10000 paid → 1200 left; 1400 capped at 1200',
      3,
      '10000.00',
      '1200.00',
      '1200.00',
      true,
    ],
    ['Tumxuk §5(三): grade I cap 11200, 9000 paid → 2200 left; 1400 under it', 3, '9000.00', '2200.00', '1400.00', false],
    ['Tumxuk §5(三): grade I cap 11200 already exceeded (12000 paid) → 0 left, fund pays 0', 3, '12000.00', '0.00', '0.00', true],
  ])('%s', (_name, grade, paidYearToDate, remaining, fund, applied) => {
    const { value } = quote({ grade, lines: care('2000.00'), annualCap: { perCapitaIncome: '28000.00', paidYearToDate } });
    expect(value).toMatchObject({ fundPays: fund, cap: { kind: 'annualRemaining', amount: remaining, applied } });
  });
});

describe('Tumxuk §5(二) exclusions', () => {
  it('Tumxuk §5(二)(四)(六), §6(二): bed, meals, medical-insurance items, hospital stay, work injury, non-designated removed; a third-party line is not listed by Tumxuk and stays', () => {
    const { value, trace } = quote({
      insuredCategory: 'resident',
      careMode: 'home',
      lines: [
        { category: 'care', amount: '1000.00' },
        { category: 'bed', amount: '300.00' },
        { category: 'meals', amount: '200.00' },
        { category: 'medicalInsurance', amount: '100.00' },
        { category: 'hospitalStay', amount: '80.00' },
        { category: 'workInjuryInsurance', amount: '70.00' },
        { category: 'nonDesignated', amount: '60.00' },
        { category: 'thirdPartyLiable', amount: '50.00' },
      ],
    });
    // excluded 300 + 200 + 100 + 80 + 70 + 60 = 810; eligible 1000 + 50 = 1050; 55% × 1050 = 577.50
    expect(value).toMatchObject({
      excludedCost: '810.00',
      eligibleCost: '1050.00',
      fundPays: '577.50',
      claimantPays: '472.50',
      claimantPaysTotal: '1282.50',
    });
    expect(trace.filter((s) => s.rule === 'benefits.excludedCharges').map((s) => [s.citation, s.output])).toEqual([
      ['Tumxuk §5(二)', '600.00'],
      ['Tumxuk §5(四)', '80.00'],
      ['Tumxuk §5(六)', '70.00'],
      ['Tumxuk §6(二)', '60.00'],
    ]);
  });
});

describe('Tumxuk §5(二) family care in border and remote areas', () => {
  it('Tumxuk §5(二): a stated family-care share (region parameter, here 50%) pays 50% × 1000 = 500', () => {
    const params: BenefitParams = { ...t, familyCare: { share: '0.50', citation: 'Tumxuk §5(二)' } };
    const { value, trace } = quote({ careMode: 'family', remoteArea: true }, params);
    expect(value.fundPays).toBe('500.00');
    expect(trace.find((s) => s.rule === 'benefits.shareRate')).toMatchObject({ citation: 'Tumxuk §5(二)', output: '0.50' });
  });

  it('Tumxuk §5(二): the shipped pack states no family-care standard → PARAMETER_MISSING; outside remote areas → NOT_ALLOWED', () => {
    const r = quoteBenefit(
      {
        insuredCategory: 'employee',
        careMode: 'family',
        grade: 5,
        month: '2026-10',
        lines: [],
        annualCap: { perCapitaIncome: '1.00', paidYearToDate: '0.00' },
      },
      t,
    );
    expect(r.ok ? [] : r.issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'remoteArea:NOT_ALLOWED',
      'params.familyCare.share:PARAMETER_MISSING',
    ]);
  });
});

describe('Tumxuk trace', () => {
  it('Tumxuk §5(一)(三)(五): every rule applied, in order, with its citation', () => {
    const { trace } = quote({
      insuredCategory: 'resident',
      consecutiveContributionYears: 5,
      lines: [...care('2000.00'), { category: 'bed', amount: '100.00' }],
    });
    expect(trace.map((s) => `${s.rule} @ ${s.citation}`)).toEqual([
      'benefits.qualifyingGrade @ Tumxuk §5(一)',
      'benefits.excludedCharges @ Tumxuk §5(二)',
      'benefits.eligibleCost @ Tumxuk §5(三)',
      'benefits.shareRate @ Tumxuk §5(三)',
      'benefits.residentBonus @ Tumxuk §5(五)',
      'benefits.annualCap @ Tumxuk §5(三)',
      'benefits.annualCapRemaining @ Tumxuk §5(三)',
      'benefits.fundPays @ Tumxuk §5(三)',
      'benefits.claimantPays @ Tumxuk §5(三)',
    ]);
    expect(trace.find((s) => s.rule === 'benefits.annualCap')).toMatchObject({
      interpretation: 'gradeCapStep=percentagePoints',
      output: '14000.00',
    });
    expect(trace.find((s) => s.rule === 'benefits.eligibleCost')).toMatchObject({ inputs: { deductible: '0.00' }, output: '2000.00' });
  });
});
