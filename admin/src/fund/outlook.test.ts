import { fundActuarial, fundProjection } from '@ltci/shared';
import { describe, expect, it } from 'vitest';
import type { Dashboard } from './fundApi';
import { defaultActuarial, defaultAssumptions, fundParamsOf } from './outlook';

// the twelve months before 2026-12: 1,000,000.00 in and 600,000.00 out each
const months = ['2025-12', ...Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`)];
const dashboard = {
  regionId: 'qinhuangdao',
  asOfMonth: '2026-12',
  thresholdMonths: 6,
  balance: '5000000.00',
  series: months.map((month) => ({
    month,
    income: '1000000.00',
    expenditure: '600000.00',
    balance: '0.00',
    averageMonthlyPayment: '600000.00',
    warningLine: null,
    monthsOfCapacity: null,
    belowLine: false,
  })),
} as unknown as Dashboard;

describe('the outlook’s starting assumptions (stated, editable)', () => {
  it('Product rule: today’s 600,000.00 a month split 60 : 40 → 240 in institutions at 1,500 and 266 at home at 900, 600.00 other; contributions 1,000,000.00', () => {
    const a = defaultAssumptions(dashboard);
    expect(a).toMatchObject({ monthlyContributions: '1000000.00', otherMonthlyExpenditure: '600.00' });
    expect(a.beneficiaries.map((g) => g.count)).toEqual([240, 266]);
    const p = fundProjection(
      { asOfMonth: '2026-11', balance: '5000000.00', recentExpenditure: [], horizonMonths: 24, assumptions: a },
      fundParamsOf(dashboard),
    );
    expect(p.ok).toBe(true);
  });

  it('Tumxuk §6(三): calibrated to today — 338,753 insured in three bands give 555.5614 beneficiaries, 7,200,075.74 in the first year against 7,200,000 paid', () => {
    const input = defaultActuarial(dashboard, defaultAssumptions(dashboard));
    expect(input.bands.map((b) => b.insured)).toEqual([237127, 84688, 16938]);
    expect(input.contributionPerInsured).toBe('35.42');
    const r = fundActuarial(input, fundParamsOf(dashboard));
    expect(r.ok && r.value.years[0]).toMatchObject({ year: 2027, beneficiaries: 556, expenditure: '7200075.74' });
  });
});
