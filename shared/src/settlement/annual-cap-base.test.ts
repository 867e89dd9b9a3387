import { describe, expect, it } from 'vitest';
import { annualCapIncome, consecutiveYears } from './annual-cap-base.js';
import { qinhuangdaoSettlementParams, tumxukSettlementParams } from './params.js';

describe('the annual caps’ base', () => {
  it('Tumxuk §5(三): a month of 2026 rests on the 2025 per-capita income; the figure is traced with its article', () => {
    const r = annualCapIncome('2026-10', { ...tumxukSettlementParams, perCapitaIncome: '32000.00', perCapitaIncomeYear: 2025 });
    expect(r.ok && r.value).toBe('32000.00');
    expect(r.ok && r.trace[0]).toMatchObject({ rule: 'settlement.perCapitaIncome', citation: 'Tumxuk §5(三)', inputs: { year: 2025 } });
  });

  it('Qinhuangdao art. 31(2): no figure, or the figure of another year, is PARAMETER_MISSING — never carried over', () => {
    const none = annualCapIncome('2026-10', qinhuangdaoSettlementParams);
    expect(!none.ok && none.issues[0]).toMatchObject({ code: 'PARAMETER_MISSING', path: 'params.settlement.perCapitaIncome' });
    const stale = annualCapIncome('2027-01', { ...qinhuangdaoSettlementParams, perCapitaIncome: '40000.00', perCapitaIncomeYear: 2025 });
    expect(!stale.ok && stale.issues[0].message).toContain('2026');
  });

  it('Tumxuk §5(五): consecutive years count back from the month’s year; a break resets the count', () => {
    expect(consecutiveYears([2023, 2024, 2025, 2026], 2026)).toBe(4);
    expect(consecutiveYears([2021, 2022, 2024, 2025, 2026], 2026)).toBe(3);
    expect(consecutiveYears([2024, 2025], 2026)).toBe(0);
  });
});
