import { describe, expect, it } from 'vitest';
import { fundStatement, parseStatementPeriod } from './fund-statement.js';

const accounts = [
  { id: 's', name: '财政专户', kind: 'special' as const },
  { id: 'c', name: '市级支出户', kind: 'cityExpenditure' as const },
];
const before = new Map([
  ['s', '1000.00'],
  ['c', '50.00'],
]);
const agg = (accountId: string, month: string, kind: string, debit: string, credit: string) =>
  ({ accountId, month, kind, debit, credit }) as Parameters<typeof fundStatement>[3][number];

describe('fund statement (Qinhuangdao art. 56, 73)', () => {
  // January: 500 collected into the special account, 300 allocated to the city, 120 paid out by the city.
  // February: 400 collected, 10.00 of a collection reversed (credit), 200 allocated, 250 paid out.
  const rows = [
    agg('s', '2026-01', 'collection', '500.00', '0'),
    agg('s', '2026-01', 'allocation', '0', '300.00'),
    agg('c', '2026-01', 'allocation', '300.00', '0'),
    agg('c', '2026-01', 'institutionPayment', '0', '120.00'),
    agg('s', '2026-02', 'collection', '400.00', '10.00'),
    agg('s', '2026-02', 'allocation', '0', '200.00'),
    agg('c', '2026-02', 'allocation', '200.00', '0'),
    agg('c', '2026-02', 'institutionPayment', '0', '250.00'),
    agg('s', '2026-03', 'collection', '999.00', '0'), // after the period: not counted
  ];
  const get = (s: ReturnType<typeof fundStatement>, section: string, kind: string | null = null) =>
    s.lines.find((l) => l.section === section && l.kind === kind)!;

  it('Qinhuangdao art. 56: February by hand — opening, income net of its reversal, expenditure, transfers netting to zero, closing', () => {
    const s = fundStatement(parseStatementPeriod('2026-02')!, accounts, before, rows);
    // opening: special 1000 + 500 − 300 = 1200.00; city 50 + 300 − 120 = 230.00
    expect(get(s, 'opening')).toMatchObject({ amounts: ['1200.00', '230.00'], total: '1430.00', yearToDate: ['1000.00', '50.00'] });
    // income: 400 − 10 = 390.00 (February); 500 + 390 = 890.00 year to date
    expect(get(s, 'income', 'collection')).toMatchObject({ amounts: ['390.00', '0.00'], total: '390.00', yearTotal: '890.00' });
    // expenditure: 250.00 paid by the city (120 + 250 = 370.00 year to date)
    expect(get(s, 'expenditure')).toMatchObject({ amounts: ['0.00', '250.00'], total: '250.00', yearTotal: '370.00' });
    // transfers: −200 special, +200 city: zero across the fund
    expect(get(s, 'transfer', 'allocation')).toMatchObject({ amounts: ['-200.00', '200.00'], total: '0.00' });
    // surplus 390 − 250 = 140.00; closing special 1200 + 390 − 200 = 1390.00, city 230 − 250 + 200 = 180.00
    expect(get(s, 'surplus')).toMatchObject({ total: '140.00', yearTotal: '520.00' });
    expect(get(s, 'closing')).toMatchObject({ amounts: ['1390.00', '180.00'], total: '1570.00', yearToDate: ['1390.00', '180.00'] });
  });

  it('Qinhuangdao art. 73: the year to March — income 500 + 390 + 999 = 1889.00, closing = opening 1050 + 1889 − 370', () => {
    const s = fundStatement(parseStatementPeriod('2026')!, accounts, before, rows);
    expect(get(s, 'income')).toMatchObject({ total: '1889.00', yearTotal: '1889.00' });
    expect(get(s, 'closing').total).toBe('2569.00');
    expect(get(s, 'opening').amounts).toEqual(['1000.00', '50.00']);
  });

  it('Product rule: a period is YYYY-MM or YYYY, nothing else', () => {
    expect(parseStatementPeriod('2026-13')).toBeNull();
    expect(parseStatementPeriod('26')).toBeNull();
    expect(parseStatementPeriod(2026)).toBeNull();
    expect(parseStatementPeriod('2026')).toEqual({ kind: 'year', year: '2026' });
  });
});
