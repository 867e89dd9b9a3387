import { describe, expect, it } from 'vitest';
import { unwrap } from '../core/result.js';
import { type ActuarialInput, fundActuarial } from './fund-actuarial.js';
import { fundProjection, type ProjectionInput } from './fund-projection.js';
import { qinhuangdaoFundParams, tumxukFundParams } from './params.js';

const projection = (over: Partial<ProjectionInput> = {}): ProjectionInput => ({
  asOfMonth: '2026-11',
  balance: '800000.00',
  recentExpenditure: [],
  horizonMonths: 4,
  assumptions: {
    monthlyContributions: '100000.00',
    contributionRateFactor: '1',
    monthlySubsidy: '0.00',
    beneficiaries: [{ grade: '重度失能', mode: 'institution', count: 100, averageMonthlyBenefit: '1000.00' }],
    beneficiaryGrowthPerYear: '0.12',
    otherMonthlyExpenditure: '20000.00',
  },
  ...over,
});

describe('fundProjection (Qinhuangdao art. 58, what-if)', () => {
  it('Qinhuangdao art. 58: 100 × 1,000 grown 1% a month + 20,000 — balances 779,000 / 757,000 / 734,000 / 710,000; the line 6 × 122,500 = 735,000 is crossed in 2027-03', () => {
    const r = unwrap(fundProjection(projection(), qinhuangdaoFundParams));
    expect(r.value.months.map((m) => [m.month, m.expenditure, m.balance, m.warningLine, m.belowLine])).toEqual([
      ['2026-12', '121000.00', '779000.00', '726000.00', false],
      ['2027-01', '122000.00', '757000.00', '729000.00', false],
      ['2027-02', '123000.00', '734000.00', '732000.00', false],
      ['2027-03', '124000.00', '710000.00', '735000.00', true],
    ]);
    expect(r.value).toMatchObject({ crossingMonth: '2027-03', exhaustionMonth: null, thresholdMonths: 6 });
    expect(r.trace.map((s) => s.rule)).toEqual(['fund.projection.assumptions', 'fund.projection.crossing']);
  });

  it('Qinhuangdao art. 58: doubling the contribution rate (0.15% → 0.3%) keeps the balance above the line; the line continues the actual months', () => {
    const r = unwrap(
      fundProjection(
        projection({ recentExpenditure: ['100000.00'], assumptions: { ...projection().assumptions, contributionRateFactor: '2' } }),
        qinhuangdaoFundParams,
      ),
    );
    // first month: (100,000 + 121,000) ÷ 2 × 6 = 663,000; balance 800,000 + 200,000 − 121,000 = 879,000
    expect(r.value.months[0]).toMatchObject({ income: '200000.00', balance: '879000.00', warningLine: '663000.00' });
    expect(r.value.crossingMonth).toBeNull();
  });

  it('Tumxuk §6(三): no line stated — only the month the fund would run out', () => {
    const r = unwrap(fundProjection(projection({ balance: '50000.00' }), tumxukFundParams));
    // 50,000 + 100,000 − 121,000 = 29,000; then 7,000; then −16,000 in 2027-02
    expect(r.value).toMatchObject({ crossingMonth: null, exhaustionMonth: '2027-02' });
  });

  it('Product rule: bad assumptions are answered with issues, never guessed', () => {
    const r = fundProjection(
      projection({
        horizonMonths: 0,
        assumptions: {
          ...projection().assumptions,
          contributionRateFactor: '-1',
          beneficiaries: [{ grade: 'x', mode: 'y', count: 1.5, averageMonthlyBenefit: 'abc' }],
        },
      }),
      qinhuangdaoFundParams,
    );
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual([
      'horizonMonths',
      'assumptions.contributionRateFactor',
      'assumptions.beneficiaries.0.count',
      'assumptions.beneficiaries.0.averageMonthlyBenefit',
    ]);
    expect(fundProjection({ ...projection(), assumptions: undefined as never }, qinhuangdaoFundParams).ok).toBe(false);
  });
});

const actuarial = (over: Partial<ActuarialInput> = {}): ActuarialInput => ({
  startYear: 2027,
  years: 3,
  openingBalance: '1000000.00',
  bands: [
    { band: '<60', insured: 100000, incidence: '0.002' },
    { band: '60+', insured: 20000, incidence: '0.02' },
  ],
  insuredGrowthPerYear: '0.10',
  contributionPerInsured: '100.00',
  contributionGrowthPerYear: '0',
  careModes: [
    { mode: 'institution', share: '0.4', annualBenefit: '24000.00' },
    { mode: 'home', share: '0.6', annualBenefit: '12000.00' },
  ],
  benefitGrowthPerYear: '0',
  subsidyPerYear: '0.00',
  ...over,
});

describe('fundActuarial (Tumxuk §6(三) 中长期精算分析)', () => {
  it('Tumxuk §6(三): 600 beneficiaries × 16,800 a year; the balance 2,920,000 / 5,032,000 / 7,355,200 ends below the line 6 × 10,080,000 ÷ 12 in 2027', () => {
    const r = unwrap(fundActuarial(actuarial(), qinhuangdaoFundParams));
    expect(r.value.years.map((y) => [y.year, y.insured, y.beneficiaries, y.income, y.expenditure, y.balance, y.warningLine])).toEqual([
      [2027, 120000, 600, '12000000.00', '10080000.00', '2920000.00', '5040000.00'],
      [2028, 132000, 660, '13200000.00', '11088000.00', '5032000.00', '5544000.00'],
      [2029, 145200, 726, '14520000.00', '12196800.00', '7355200.00', '6098400.00'],
    ]);
    expect(r.value).toMatchObject({ belowLineYear: 2027, exhaustionYear: null });
    expect(r.trace.map((s) => s.rule)).toEqual(['fund.actuarial.assumptions', 'fund.actuarial.years']);
  });

  it('Tumxuk §6(三): at 50 a head the fund runs out in its first year (1,000,000 + 6,000,000 − 10,080,000 < 0); no line where none is stated', () => {
    const r = unwrap(fundActuarial(actuarial({ contributionPerInsured: '50.00' }), tumxukFundParams));
    expect(r.value).toMatchObject({ exhaustionYear: 2027, belowLineYear: null });
    expect(r.value.years[0]).toMatchObject({ balance: '-3080000.00', warningLine: null });
  });

  it('Product rule: shares that do not add up to 1, or missing bands, are issues', () => {
    const bad = fundActuarial(
      actuarial({ careModes: [{ mode: 'home', share: '0.5', annualBenefit: '1.00' }], bands: [], years: 0 }),
      qinhuangdaoFundParams,
    );
    expect(bad.ok ? [] : bad.issues.map((i) => i.path)).toEqual(['years', 'bands', 'careModes']);
    expect(
      fundActuarial(actuarial({ bands: [{ band: 'x', insured: -1, incidence: '2' }], openingBalance: 'x' }), qinhuangdaoFundParams).ok,
    ).toBe(false);
  });
});
