import { describe, expect, it } from 'vitest';
import { unwrap } from '../core/result.js';
import { type BenefitParams, qinhuangdaoBenefitParams } from './params.js';
import { quoteBenefit } from './quote-benefit.js';
import type { BenefitQuoteInput } from './quote-types.js';

const q = qinhuangdaoBenefitParams;
const care = (amount: string) => [{ category: 'care' as const, amount }];

function quote(input: Partial<BenefitQuoteInput>, params: BenefitParams = q) {
  const base: BenefitQuoteInput = { insuredCategory: 'employee', careMode: 'institution', grade: 5, month: '2026-09', lines: [] };
  return unwrap(quoteBenefit({ ...base, ...input }, params)).value;
}

describe('Qinhuangdao employees, institution and community care', () => {
  it.each([
    // [case, subtype or community, billed, fund, claimant, cap, cap applied]
    [
      'Qinhuangdao art. 31(1)1: medical institution, 2000 billed → 70% = 1400 (under cap 1800)',
      'medical',
      '2000.00',
      '1400.00',
      '600.00',
      '1800.00',
      false,
    ],
    [
      'Qinhuangdao art. 31(1)1: medical institution, 3000 billed → 70% = 2100, capped at 1800',
      'medical',
      '3000.00',
      '1800.00',
      '1200.00',
      '1800.00',
      true,
    ],
    [
      'Qinhuangdao art. 31(1)1: integrated institution, 2500 billed → 70% = 1750, capped at 1600',
      'integrated',
      '2500.00',
      '1600.00',
      '900.00',
      '1600.00',
      true,
    ],
    [
      'Qinhuangdao art. 31(1)1: elderly-care institution, 1800 billed → 70% = 1260 (under cap 1400)',
      'elderly',
      '1800.00',
      '1260.00',
      '540.00',
      '1400.00',
      false,
    ],
    [
      'Qinhuangdao art. 31(1)1: elderly-care institution, 2100 billed → 70% = 1470, capped at 1400',
      'elderly',
      '2100.00',
      '1400.00',
      '700.00',
      '1400.00',
      true,
    ],
    [
      'Qinhuangdao art. 31(1)2: community, 1500 billed → 75% = 1125 (under cap 1200)',
      'community',
      '1500.00',
      '1125.00',
      '375.00',
      '1200.00',
      false,
    ],
    [
      'Qinhuangdao art. 31(1)2: community, 2000 billed → 75% = 1500, capped at 1200',
      'community',
      '2000.00',
      '1200.00',
      '800.00',
      '1200.00',
      true,
    ],
    ['Qinhuangdao art. 31: no deductible — 10.00 billed → 70% = 7.00', 'medical', '10.00', '7.00', '3.00', '1800.00', false],
    ['Qinhuangdao art. 31(1)1: 0.70 × 333.33 = 233.331 → 233.33 half-up', 'medical', '333.33', '233.33', '100.00', '1800.00', false],
    ['Qinhuangdao art. 31(1)2: 0.75 × 100.02 = 75.015 → 75.02 half-up', 'community', '100.02', '75.02', '25.00', '1200.00', false],
  ] as const)('%s', (_name, mode, billed, fund, claimant, capAmount, applied) => {
    const v = quote(
      mode === 'community' ? { careMode: 'community', lines: care(billed) } : { institutionSubtype: mode, lines: care(billed) },
    );
    expect(v).toMatchObject({
      eligibleCost: billed,
      fundPays: fund,
      claimantPays: claimant,
      cap: { kind: 'monthly', amount: capAmount, applied },
    });
    expect(v.fundShareRate).toBe(mode === 'community' ? '0.75' : '0.70');
  });

  it.each(['employee', 'retiree', 'flexible'] as const)(
    'Qinhuangdao art. 31(1): a %s is paid as an insured employee (70%% of 1000 = 700)',
    (insuredCategory) => {
      expect(quote({ insuredCategory, institutionSubtype: 'medical', lines: care('1000.00') }).fundPays).toBe('700.00');
    },
  );
});

describe('Qinhuangdao part months (art. 31(1)1–2, interpretation partMonthCap)', () => {
  it.each([
    // [case, subtype/community, month, days, billed, expected cap, expected fund]
    [
      'Qinhuangdao art. 31(1)1: 17 days in an integrated institution, 1300 billed → min(910, 1600 ÷ 30 × 17 = 906.67)',
      'integrated',
      '2026-09',
      17,
      '1300.00',
      '906.67',
      '906.67',
    ],
    [
      'Qinhuangdao art. 31(1)1: 15 days in a medical institution, 1000 billed → min(700, 1800 ÷ 30 × 15 = 900) = 700',
      'medical',
      '2026-09',
      15,
      '1000.00',
      '900.00',
      '700.00',
    ],
    [
      'Qinhuangdao art. 31(1)2: 10 days of community care, 800 billed → min(600, 1200 ÷ 30 × 10 = 400) = 400',
      'community',
      '2026-09',
      10,
      '800.00',
      '400.00',
      '400.00',
    ],
    [
      'Qinhuangdao art. 31(1)1: 7 days in an elderly-care institution → 1400 ÷ 30 × 7 = 326.666… → 326.67',
      'elderly',
      '2026-09',
      7,
      '1000.00',
      '326.67',
      '326.67',
    ],
    [
      'Qinhuangdao art. 31(1)1: a whole 31-day October gets the full cap 1800, not 1800 ÷ 30 × 31 = 1860',
      'medical',
      '2026-10',
      31,
      '3000.00',
      '1800.00',
      '1800.00',
    ],
    [
      'Qinhuangdao art. 31(1)1: a whole 28-day February gets the full cap 1800, not 1800 ÷ 30 × 28 = 1680',
      'medical',
      '2027-02',
      28,
      '3000.00',
      '1800.00',
      '1800.00',
    ],
    [
      'Qinhuangdao art. 31(1)1: 28 of 29 days of February 2028 is a part month → 1800 ÷ 30 × 28 = 1680',
      'medical',
      '2028-02',
      28,
      '3000.00',
      '1680.00',
      '1680.00',
    ],
  ] as const)('%s', (_name, mode, month, serviceDays, billed, capAmount, fund) => {
    const v = quote(
      mode === 'community'
        ? { careMode: 'community', month, serviceDays, lines: care(billed) }
        : { institutionSubtype: mode, month, serviceDays, lines: care(billed) },
    );
    expect(v.cap.amount).toBe(capAmount);
    expect(v.fundPays).toBe(fund);
  });

  const everyMonth: BenefitParams = {
    ...q,
    employees: { ...(q.employees as Extract<BenefitParams['employees'], { kind: 'monthlyCap' }>), partMonthCap: 'prorateEveryMonth' },
  };
  it.each([
    ['Qinhuangdao art. 31(1)1 (prorateEveryMonth): whole February 2027 → 1800 ÷ 30 × 28 = 1680', '2027-02', '1680.00'],
    [
      'Qinhuangdao art. 31(1)1 (prorateEveryMonth): whole October → 1800 ÷ 30 × 31 = 1860, never above the monthly 1800',
      '2026-10',
      '1800.00',
    ],
  ])('%s', (_name, month, fund) => {
    const r = unwrap(
      quoteBenefit(
        { insuredCategory: 'employee', careMode: 'institution', institutionSubtype: 'medical', grade: 5, month, lines: care('3000.00') },
        everyMonth,
      ),
    );
    expect(r.value.fundPays).toBe(fund);
    expect(r.trace.find((s) => s.rule === 'benefits.monthCap')?.interpretation).toBe('partMonthCap=prorateEveryMonth');
  });
});

describe('Qinhuangdao art. 33 exclusions', () => {
  it('Qinhuangdao art. 33: care 2000 + bed 600 + meals 300 + medical-insurance 100 + hospital stay 200 + non-designated 50 + third party 80 → eligible 2000, fund 1400', () => {
    const v = quote({
      institutionSubtype: 'medical',
      lines: [
        { category: 'care', amount: '2000.00' },
        { category: 'bed', amount: '600.00' },
        { category: 'meals', amount: '300' },
        { category: 'medicalInsurance', amount: '100.00' },
        { category: 'hospitalStay', amount: '200.00' },
        { category: 'nonDesignated', amount: '50.00' },
        { category: 'thirdPartyLiable', amount: '80.00' },
      ],
    });
    // excluded = 600 + 300 + 100 + 200 + 50 + 80 = 1330; billed = 3330
    expect(v).toMatchObject({
      billedTotal: '3330.00',
      excludedCost: '1330.00',
      eligibleCost: '2000.00',
      fundPays: '1400.00',
      claimantPays: '600.00',
    });
    expect(v.claimantPaysTotal).toBe('1930.00'); // 600 + 1330
    expect(v.excludedLines.map((l) => [l.category, l.amount, l.citation])).toEqual([
      ['bed', '600.00', 'Qinhuangdao art. 33(二)'],
      ['meals', '300.00', 'Qinhuangdao art. 33(二)'],
      ['medicalInsurance', '100.00', 'Qinhuangdao art. 33(一)'],
      ['hospitalStay', '200.00', 'Qinhuangdao art. 33(三)'],
      ['nonDesignated', '50.00', 'Qinhuangdao art. 33(四)'],
      ['thirdPartyLiable', '80.00', 'Qinhuangdao art. 33(一)'],
    ]);
  });

  it.each([
    ['workInjuryInsurance', 'Qinhuangdao art. 33(一)'],
    ['maternityInsurance', 'Qinhuangdao art. 33(一)'],
    ['otherNonCare', 'Qinhuangdao art. 33(二)'],
    ['otherExcluded', 'Qinhuangdao art. 33(五)'],
  ] as const)('Qinhuangdao art. 33: a %s line is never paid (%s)', (category, citation) => {
    const r = unwrap(
      quoteBenefit(
        { insuredCategory: 'employee', careMode: 'community', grade: 3, month: '2026-09', lines: [{ category, amount: '99.00' }] },
        q,
      ),
    );
    expect(r.value).toMatchObject({ eligibleCost: '0.00', fundPays: '0.00', excludedCost: '99.00', claimantPaysTotal: '99.00' });
    expect(r.trace.find((s) => s.rule === 'benefits.excludedCharges')).toMatchObject({ citation, output: '99.00' });
  });
});

describe('Qinhuangdao residents and minors (art. 31(2), provisional)', () => {
  const resident = (extra: Partial<BenefitQuoteInput>, params: BenefitParams = q) =>
    quote(
      {
        insuredCategory: 'resident',
        month: '2027-03',
        lines: care('3000.00'),
        annualCap: { perCapitaIncome: '30000.00', paidYearToDate: '2500.00' },
        ...extra,
      },
      params,
    );

  it.each([
    [
      'Qinhuangdao art. 31(2)1: 0.15% funding — annual cap 40% × 30000 = 12000, 2500 paid → 9500 left; 30% × 3000 = 900',
      '2500.00',
      '900.00',
      '9500.00',
      false,
    ],
    ['Qinhuangdao art. 31(2)1: 11500 paid this year → 500 of the 12000 cap left; 900 capped at 500', '11500.00', '500.00', '500.00', true],
    ['Qinhuangdao art. 31(2)1: 13000 already paid (over the cap) → nothing left, fund pays 0', '13000.00', '0.00', '0.00', true],
  ])('%s', (_name, paidYearToDate, fund, remaining, applied) => {
    const v = resident({ annualCap: { perCapitaIncome: '30000.00', paidYearToDate } });
    expect(v).toMatchObject({
      scheme: 'fundingTier',
      fundShareRate: '0.30',
      fundPays: fund,
      cap: { kind: 'annualRemaining', amount: remaining, applied },
    });
    expect(v.flags).toEqual([
      expect.objectContaining({
        code: 'PROVISIONAL_STANDARD',
        path: 'insuredCategory',
        needsReview: false,
        citation: 'Qinhuangdao art. 31(2)',
      }),
    ]);
    expect(v.needsReview).toBe(false);
  });

  it('Qinhuangdao art. 31(2)2: 0.3% funding — cap 50% × 30000 = 15000, share 50% × 3000 = 1500', () => {
    const params: BenefitParams = {
      ...q,
      residents: { ...(q.residents as Extract<BenefitParams['residents'], { kind: 'fundingTier' }>), fundingRate: '0.0030' },
    };
    expect(resident({ annualCap: { perCapitaIncome: '30000.00', paidYearToDate: '0.00' } }, params)).toMatchObject({
      fundShareRate: '0.50',
      fundPays: '1500.00',
      cap: { amount: '15000.00' },
    });
  });

  it.each([
    [
      'Qinhuangdao art. 31(2) ¶2: a minor whose parents are both insured gets the resident standard: 30% × 3000 = 900',
      'full',
      '0.30',
      '900.00',
      '2100.00',
      '9500.00',
    ],
    [
      'Qinhuangdao art. 31(2) ¶2: only one of two insurable parents insured → halved: 15% × 3000 = 450, cap 12000 ÷ 2 − 2500 = 3500',
      'oneOfTwo',
      '0.15',
      '450.00',
      '2550.00',
      '3500.00',
    ],
    ['Qinhuangdao art. 31(2) ¶2: neither parent insured → no benefit', 'none', '0', '0.00', '3000.00', '0.00'],
  ] as const)('%s', (_name, guardianCover, share, fund, claimant, remaining) => {
    const v = resident({ insuredCategory: 'minor', guardianCover });
    expect(v).toMatchObject({ fundShareRate: share, fundPays: fund, claimantPays: claimant, cap: { amount: remaining } });
  });

  it('Qinhuangdao art. 31(2): a resident in home care is paid by share from care lines, not per visit', () => {
    expect(resident({ careMode: 'home', lines: care('1000.00') }).fundPays).toBe('300.00');
  });
});
