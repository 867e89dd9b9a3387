import { fundIndicators, qinhuangdaoFundParams, reconcileAccounts, tpaFeeCap, tumxukFundParams } from '@ltci/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';

function printed(): string[] {
  return (console.log as unknown as { mock: { calls: unknown[][] } }).mock.calls.map((args) => args.map(String).join(' '));
}

describe('fund README examples', () => {
  afterEach(() => vi.restoreAllMocks());

  it('Qinhuangdao art. 58: README fundIndicators example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = fundIndicators(
      {
        launchMonth: '2026-07',
        asOfMonth: '2026-09',
        months: [
          { month: '2026-07', income: '3000000.00', expenditure: '200000.00' },
          { month: '2026-08', income: '500000.00', expenditure: '400000.00' },
          { month: '2026-09', income: '300000.00', expenditure: '600000.00' },
        ],
        balance: '2600000.00',
      },
      qinhuangdaoFundParams,
    );
    if (r.ok) {
      const v = r.value;
      console.log(v.averageMonthlyPayment.amount, v.monthsOfCapacity, v.warningLine);
      console.log('warnings:', v.warnings.map((w) => w.code).join(', ') || 'none');
      console.log('notices:', v.notices.map((n) => `${n.code} ${n.figures.month}`).join(', '));
    }
    expect(printed()).toEqual(['400000.00 6.50 2400000.00', 'warnings: none', 'notices: MONTH_SHORTFALL 2026-09']);
  });

  it('Qinhuangdao art. 63, Tumxuk §6(五): README tpaFeeCap example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = tpaFeeCap(
      { year: 2027, quarter: 4, raisedFund: '10000000.00', feesPaidThisYear: '420000.00', quarterFee: '130000.00' },
      qinhuangdaoFundParams,
    );
    if (r.ok) console.log(r.value.annualCap, r.value.remaining, r.value.payable, r.value.capApplied);
    const t = tpaFeeCap(
      { year: 2027, quarter: 1, raisedFund: '8000000.00', feesPaidThisYear: '0.00', quarterFee: '90000.00' },
      tumxukFundParams,
    );
    if (t.ok) console.log(t.value.annualCap, t.value.payable);
    expect(printed()).toEqual(['500000.00 80000.00 80000.00 true', 'null 90000.00']);
  });

  it('Qinhuangdao art. 50–52 (Tianjin art. 12): README reconcileAccounts example', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const r = reconcileAccounts(
      {
        asOf: '2026-09-30',
        accounts: [
          { id: 'special', level: 'special', openingBalance: '0.00', reportedBalance: '400.00' },
          { id: 'city', level: 'cityExpenditure', openingBalance: '0.00', reportedBalance: '150.00' },
          { id: 'tax', level: 'external' },
          { id: 'nursing-home', level: 'external' },
        ],
        transfers: [
          {
            id: 't1',
            date: '2026-07-10',
            kind: 'collection',
            legs: [
              { account: 'tax', amount: '-1000.00' },
              { account: 'special', amount: '1000.00' },
            ],
          },
          {
            id: 't2',
            date: '2026-07-20',
            kind: 'allocation',
            legs: [
              { account: 'special', amount: '-600.00' },
              { account: 'city', amount: '600.00' },
            ],
          },
          {
            id: 't3',
            date: '2026-08-05',
            kind: 'payment',
            legs: [
              { account: 'city', amount: '-500.00' },
              { account: 'nursing-home', amount: '500.00' },
            ],
          },
        ],
      },
      qinhuangdaoFundParams,
    );
    if (r.ok) {
      console.log('reconciled:', r.value.reconciled);
      for (const m of r.value.mismatches) console.log(m.code, m.accountId, JSON.stringify(m.figures), m.citation);
    }
    expect(printed()).toEqual([
      'reconciled: false',
      'BALANCE_MISMATCH city {"computed":"100.00","reported":"150.00"} Product rule: double-entry fund ledger, 账账相符、账实相符 (after Tianjin art. 12)',
    ]);
  });
});
