import { describe, expect, it } from 'vitest';
import { unwrap } from '../core/result.js';
import { type FundIndicatorsInput, type FundMonth, fundIndicators } from './fund-indicators.js';
import { type FundParams, qinhuangdaoFundParams, tumxukFundParams } from './params.js';

const q = qinhuangdaoFundParams;
const withWarnings = (w: Partial<FundParams['warnings']>): FundParams => ({ ...q, warnings: { ...q.warnings, ...w } });
const row = (month: string, income: string, expenditure: string): FundMonth => ({ month, income, expenditure });

// Qinhuangdao launches 2026-07 (art. 75); resident premiums would arrive yearly.
const launchYear: FundMonth[] = [
  row('2026-07', '5000000.00', '100000.00'),
  row('2026-08', '800000.00', '300000.00'),
  row('2026-09', '800000.00', '400000.00'),
  row('2026-10', '800000.00', '500000.00'),
  row('2026-11', '800000.00', '600000.00'),
  row('2026-12', '300000.00', '700000.00'),
];
const december = (balance: string): FundIndicatorsInput => ({ launchMonth: '2026-07', asOfMonth: '2026-12', months: launchYear, balance });

// 14 months: 2026 income 150k / spending 100k a month; 2027 income 50k / spending 130k a month.
const twoYears: FundMonth[] = [
  ...Array.from({ length: 12 }, (_, i) => row(`2026-${String(i + 1).padStart(2, '0')}`, '150000.00', '100000.00')),
  row('2027-01', '50000.00', '130000.00'),
  row('2027-02', '50000.00', '130000.00'),
];
const february = (balance: string): FundIndicatorsInput => ({ launchMonth: '2026-01', asOfMonth: '2027-02', months: twoYears, balance });

describe('fundIndicators (Qinhuangdao art. 58)', () => {
  it('Qinhuangdao art. 58: year to date 8,500,000 in vs 2,600,000 out → no shortfall; average since launch 2,600,000 ÷ 6 = 433,333.33 (shown); 5,900,000 ÷ (2,600,000 ÷ 6) = 13.615… → 13.62 months', () => {
    const r = unwrap(fundIndicators(december('5900000.00'), q));
    expect(r.value).toMatchObject({
      yearToDate: { from: '2026-07', to: '2026-12', income: '8500000.00', expenditure: '2600000.00', net: '5900000.00' },
      averageMonthlyPayment: { from: '2026-07', to: '2026-12', months: 6, amount: '433333.33' },
      monthsOfCapacity: '13.62',
      warningLine: '2600000.00', // 6 × (2,600,000 ÷ 6), rounded once — not 6 × 433,333.33 = 2,599,999.98
      warnings: [],
      missingParameters: [],
    });
  });

  it('Qinhuangdao art. 58 (incomeVsExpenditure=yearToDate): December alone takes in 300,000 and pays 700,000 → shown as a notice, not a warning', () => {
    const r = unwrap(fundIndicators(december('5900000.00'), q));
    expect(r.value.notices).toEqual([
      expect.objectContaining({
        code: 'MONTH_SHORTFALL',
        citation: 'Qinhuangdao art. 58',
        figures: { month: '2026-12', income: '300000.00', expenditure: '700000.00', net: '-400000.00' },
      }),
    ]);
    expect(r.trace.find((s) => s.rule === 'fund.incomeVsExpenditure')).toMatchObject({
      output: false,
      interpretation: 'incomeVsExpenditure=yearToDate',
    });
  });

  it('Qinhuangdao art. 58 (incomeVsExpenditure=month): the same December is a warning with its figures', () => {
    const r = unwrap(fundIndicators(december('5900000.00'), withWarnings({ incomeVsExpenditure: 'month' })));
    expect(r.value.warnings).toEqual([
      expect.objectContaining({
        code: 'INCOME_BELOW_EXPENDITURE',
        citation: 'Qinhuangdao art. 58',
        figures: { from: '2026-12', to: '2026-12', income: '300000.00', expenditure: '700000.00', net: '-400000.00' },
      }),
    ]);
    expect(r.value.notices).toEqual([]);
  });

  it('Qinhuangdao art. 58: balance 2,000,000 below 6 × (2,600,000 ÷ 6) = 2,600,000 → warning; 2,000,000 × 6 ÷ 2,600,000 = 4.615… → 4.62 months', () => {
    const r = unwrap(fundIndicators(december('2000000.00'), q));
    expect(r.value.monthsOfCapacity).toBe('4.62');
    expect(r.value.warnings).toEqual([
      {
        code: 'BALANCE_BELOW_WARNING_LINE',
        citation: 'Qinhuangdao art. 58',
        message: expect.any(String),
        figures: {
          balance: '2000000.00',
          averageMonthlyPayment: '433333.33',
          thresholdMonths: 6,
          warningLine: '2600000.00',
          monthsOfCapacity: '4.62',
        },
      },
    ]);
  });

  it('Qinhuangdao art. 58: balance 2,599,999.99 is below 6 × (2,600,000 ÷ 6) = 2,600,000 → warning (the rounded average would give a line of 2,599,999.98 and miss it)', () => {
    const r = unwrap(fundIndicators(december('2599999.99'), q));
    expect(r.value.warningLine).toBe('2600000.00');
    expect(r.value.warnings.map((w) => w.code)).toEqual(['BALANCE_BELOW_WARNING_LINE']);
  });

  it('Qinhuangdao art. 58: 2027 year to date takes in 100,000 and pays 260,000 → income-below-expenditure warning', () => {
    const r = unwrap(fundIndicators(february('700000.00'), q));
    expect(r.value.yearToDate).toEqual({
      from: '2027-01',
      to: '2027-02',
      income: '100000.00',
      expenditure: '260000.00',
      net: '-160000.00',
    });
    expect(r.value.warnings.map((w) => w.code)).toEqual(['INCOME_BELOW_EXPENDITURE']);
  });

  it('Qinhuangdao art. 58 (averageMonthlyPayment=trailing12): 2026-03…2027-02 = (10 × 100,000 + 2 × 130,000) ÷ 12 = 105,000; 700,000 ÷ 105,000 = 6.67 → above 6', () => {
    const r = unwrap(fundIndicators(february('700000.00'), q));
    expect(r.value.averageMonthlyPayment).toEqual({ from: '2026-03', to: '2027-02', months: 12, amount: '105000.00' });
    expect(r.value.monthsOfCapacity).toBe('6.67');
    expect(r.value.warningLine).toBe('630000.00');
    expect(r.trace.find((s) => s.rule === 'fund.averageMonthlyPayment')?.interpretation).toBe('averageMonthlyPayment=trailing12');
  });

  it('Qinhuangdao art. 58 (averageMonthlyPayment=yearToDate): 2027 average 130,000; 700,000 ÷ 130,000 = 5.38 → below 6 (line 780,000)', () => {
    const r = unwrap(fundIndicators(february('700000.00'), withWarnings({ averageMonthlyPayment: 'yearToDate' })));
    expect(r.value).toMatchObject({
      averageMonthlyPayment: { from: '2027-01', months: 2, amount: '130000.00' },
      monthsOfCapacity: '5.38',
      warningLine: '780000.00',
    });
    expect(r.value.warnings.map((w) => w.code)).toEqual(['INCOME_BELOW_EXPENDITURE', 'BALANCE_BELOW_WARNING_LINE']);
  });

  it('Qinhuangdao art. 58: months of capacity round half-up — 401.00 ÷ 200.00 = 2.005 → 2.01', () => {
    const r = unwrap(
      fundIndicators({ launchMonth: '2026-07', asOfMonth: '2026-07', months: [row('2026-07', '601.00', '200.00')], balance: '401.00' }, q),
    );
    expect(r.value.monthsOfCapacity).toBe('2.01');
  });

  it('Qinhuangdao art. 58: nothing paid yet → months of capacity not computable (null), no warning', () => {
    const r = unwrap(
      fundIndicators({ launchMonth: '2026-07', asOfMonth: '2026-07', months: [row('2026-07', '1000.00', '0.00')], balance: '1000.00' }, q),
    );
    expect(r.value).toMatchObject({ monthsOfCapacity: null, warningLine: '0.00', warnings: [] });
  });

  it('Tumxuk §6(三): no warning line is stated → PARAMETER_MISSING listed, the rest still computed; income shortfall is a product rule', () => {
    const r = unwrap(fundIndicators(february('100.00'), tumxukFundParams));
    expect(r.value.warningLine).toBeNull();
    expect(r.value.missingParameters.map((i) => `${i.path}:${i.code}`)).toEqual([
      'params.warnings.capacityMonthsThreshold:PARAMETER_MISSING',
    ]);
    expect(r.value.warnings.map((w) => w.citation)).toEqual([expect.stringMatching(/^Product rule: .*Tumxuk §6\(三\)/)]);
  });

  it('Tumxuk §6(三): a region with no income check computes and shows, but raises no warning', () => {
    const params: FundParams = { ...tumxukFundParams, warnings: { ...tumxukFundParams.warnings, incomeShortfallCitation: null } };
    const r = unwrap(fundIndicators(february('100.00'), params));
    expect(r.value.warnings).toEqual([]);
    expect(r.trace.find((s) => s.rule === 'fund.incomeVsExpenditure')).toMatchObject({ citation: 'Tumxuk §6(三)', output: true });
  });
});

describe('fundIndicators input errors', () => {
  it.each([
    ['Product rule: no input', null, ['input:REQUIRED']],
    [
      'Product rule: bad months and balance, no series',
      { launchMonth: '2026-7', asOfMonth: 'x', balance: '1.234' },
      ['launchMonth:INVALID_DATE', 'asOfMonth:INVALID_DATE', 'balance:INVALID_MONEY', 'months:REQUIRED'],
    ],
    [
      'Product rule: as-of before launch',
      { launchMonth: '2026-07', asOfMonth: '2026-06', months: [], balance: '0.00' },
      ['asOfMonth:OUT_OF_RANGE'],
    ],
    [
      'Qinhuangdao art. 58: bad rows are each listed',
      {
        launchMonth: '2026-07',
        asOfMonth: '2026-08',
        balance: '0.00',
        months: [
          row('2026-07', '-1.00', '1.00'),
          row('2026-07', '1.00', 'x'),
          row('2026-06', '1.00', '1.00'),
          row('2026-09', '1.00', '1.00'),
          row('bad', '1.00', '1.00'),
        ],
      },
      [
        'months.0.income:INVALID_MONEY',
        'months.1.month:NOT_ALLOWED',
        'months.1.expenditure:INVALID_MONEY',
        'months.2.month:OUT_OF_RANGE',
        'months.3.month:OUT_OF_RANGE',
        'months.4.month:INVALID_DATE',
      ],
    ],
    [
      'Qinhuangdao art. 58: every month the windows need must be there (trailing 12 reaches into 2026)',
      {
        launchMonth: '2026-01',
        asOfMonth: '2027-02',
        balance: '0.00',
        months: twoYears.filter((m) => m.month !== '2026-05' && m.month !== '2027-01'),
      },
      ['months:REQUIRED', 'months:REQUIRED'],
    ],
  ])('%s', (_name, input, expected) => {
    const r = fundIndicators(input as FundIndicatorsInput, q);
    expect(r.ok ? [] : r.issues.map((i) => `${i.path}:${i.code}`)).toEqual(expected);
  });
});

describe('fundIndicators: the as-of month itself must be reported (Qinhuangdao art. 58)', () => {
  it.each<[string, FundParams]>([
    ['Qinhuangdao art. 58: the figures of the as-of month 2026-12 missing → REQUIRED, not a crash (sinceLaunch)', q],
    [
      'Qinhuangdao art. 58: the figures of the as-of month 2026-12 missing → REQUIRED, not a crash (trailing12)',
      withWarnings({ averageMonthlyPayment: 'trailing12' }),
    ],
  ])('%s', (_name, params) => {
    const input: FundIndicatorsInput = { ...december('5900000.00'), months: launchYear.slice(0, 5) };
    const r = fundIndicators(input, params);
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code, i.message.includes('2026-12')])).toEqual([['months', 'REQUIRED', true]]);
  });

  it('Qinhuangdao art. 58: the launch month 2026-07 missing → REQUIRED', () => {
    const r = fundIndicators({ ...december('5900000.00'), months: launchYear.slice(1) }, q);
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code, i.message.includes('2026-07')])).toEqual([['months', 'REQUIRED', true]]);
  });
});
