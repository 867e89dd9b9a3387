import { describe, expect, it } from 'vitest';
import { qinhuangdaoFundParams, tumxukFundParams } from '../fund/params.js';
import { type FundWarningsInput, fundWarnings } from './fund-warnings.js';

const months = Array.from({ length: 12 }, (_, i) => ({
  month: `2026-${String(i + 1).padStart(2, '0')}`,
  income: '150000.00',
  expenditure: '100000.00',
}));
const base: FundWarningsInput = {
  launchMonth: '2026-01',
  asOfMonth: '2026-12',
  months,
  balance: '600000.00',
  raisedThisYear: '1800000.00',
  tpaFeesThisYear: '90000.00',
  countyYearEnd: [],
};
const codes = (input: FundWarningsInput, params = qinhuangdaoFundParams) => {
  const r = fundWarnings(input, params);
  return r.ok ? r.value.map((w) => `${w.code}${w.subject ? `/${w.subject}` : ''}`) : r.issues.map((i) => i.code);
};

describe('fundWarnings', () => {
  it('Qinhuangdao art. 58: balance 600,000 = 6 × 100,000 is on the line, no warning; 599,999.99 is below it', () => {
    expect(codes(base)).toEqual([]);
    expect(codes({ ...base, balance: '599999.99' })).toEqual(['BALANCE_BELOW_WARNING_LINE']);
  });

  it('Qinhuangdao art. 63: TPA fees 90,000 = 5% of 1,800,000 is at the cap; 90,000.01 is over it, with its figures', () => {
    const r = fundWarnings({ ...base, tpaFeesThisYear: '90000.01' }, qinhuangdaoFundParams);
    expect(r.ok && r.value).toEqual([
      expect.objectContaining({
        code: 'TPA_FEE_OVER_CAP',
        citation: 'Qinhuangdao art. 63',
        figures: expect.objectContaining({ annualCap: '90000.00', over: '0.01' }),
      }),
    ]);
  });

  it('Qinhuangdao art. 50 ¶3: a county balance left at the end of last year is a warning about that account; zero is none', () => {
    const countyYearEnd = [
      { accountId: 'a', year: 2025, balance: '0.00' },
      { accountId: 'b', year: 2025, balance: '5000.00' },
    ];
    expect(codes({ ...base, countyYearEnd })).toEqual(['COUNTY_BALANCE_NOT_SWEPT/b']);
  });

  it('Tumxuk §6(三): no stated line or cap or sweep — only income below expenditure year to date (product rule)', () => {
    const short = { ...base, months: months.map((m) => ({ ...m, expenditure: '160000.00' })), tpaFeesThisYear: '999999.00' };
    expect(codes({ ...short, countyYearEnd: [{ accountId: 'b', year: 2025, balance: '1.00' }] }, tumxukFundParams)).toEqual([
      'INCOME_BELOW_EXPENDITURE',
    ]);
  });

  it('Product rule: bad figures are issues, never thrown', () => {
    expect(codes({ ...base, months: [] })).toContain('REQUIRED');
    expect(codes({ ...base, raisedThisYear: '-1.00' })).toEqual(['INVALID_MONEY']);
  });
});
