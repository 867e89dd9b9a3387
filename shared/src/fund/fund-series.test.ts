import { describe, expect, it } from 'vitest';
import { unwrap } from '../core/result.js';
import type { FundMonth } from './fund-indicators.js';
import { fundSeries } from './fund-series.js';
import { qinhuangdaoFundParams, tumxukFundParams } from './params.js';

const row = (month: string, income: string, expenditure: string): FundMonth => ({ month, income, expenditure });
const months = [
  row('2026-01', '1000000.00', '100000.00'),
  row('2026-02', '100000.00', '300000.00'),
  row('2026-03', '100000.00', '200000.00'),
];

describe('fundSeries (Qinhuangdao art. 58)', () => {
  it('Qinhuangdao art. 58: balances 900,000 / 700,000 / 600,000; lines 6 × 100,000 = 600,000, then 6 × (400,000 ÷ 2) = 1,200,000 and 6 × (600,000 ÷ 3) = 1,200,000', () => {
    const r = unwrap(fundSeries({ launchMonth: '2026-01', asOfMonth: '2026-03', months, window: 36 }, qinhuangdaoFundParams));
    expect(r.value.points.map((p) => [p.month, p.balance, p.warningLine, p.monthsOfCapacity, p.belowLine])).toEqual([
      ['2026-01', '900000.00', '600000.00', '9.00', false],
      ['2026-02', '700000.00', '1200000.00', '3.50', true],
      ['2026-03', '600000.00', '1200000.00', '3.00', true],
    ]);
    expect(r.value).toMatchObject({ thresholdMonths: 6, citation: 'Qinhuangdao art. 58', latest: { asOfMonth: '2026-03' } });
    expect(r.trace[0]).toMatchObject({ rule: 'fund.series', output: { belowLine: ['2026-02', '2026-03'] } });
    expect(r.trace.map((s) => s.rule)).toContain('fund.warningLine');
  });

  it('Qinhuangdao art. 58: a window of 2 shows February and March, the balance still counted from launch', () => {
    const r = unwrap(fundSeries({ launchMonth: '2026-01', asOfMonth: '2026-03', months, window: 2 }, qinhuangdaoFundParams));
    expect(r.value.points.map((p) => [p.month, p.balance])).toEqual([
      ['2026-02', '700000.00'],
      ['2026-03', '600000.00'],
    ]);
  });

  it('Tumxuk §6(三): no threshold stated → no line, never below it', () => {
    const r = unwrap(fundSeries({ launchMonth: '2026-01', asOfMonth: '2026-03', months, window: 36 }, tumxukFundParams));
    expect(r.value.points.every((p) => p.warningLine === null && !p.belowLine)).toBe(true);
    expect(r.value.thresholdMonths).toBeNull();
  });

  it('Product rule: bad input is answered with issues', () => {
    const base = { launchMonth: '2026-01', asOfMonth: '2026-03', months, window: 36 };
    expect(fundSeries({ ...base, window: 0 }, qinhuangdaoFundParams).ok).toBe(false);
    expect(fundSeries({ ...base, asOfMonth: 'x' }, qinhuangdaoFundParams).ok).toBe(false);
    expect(fundSeries({ ...base, months: [] }, qinhuangdaoFundParams).ok).toBe(false);
    expect(fundSeries({ ...base, months: [months[0], months[2]] }, qinhuangdaoFundParams).ok).toBe(false);
  });
});
