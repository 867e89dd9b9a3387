import { describe, expect, it } from 'vitest';
import { D, decimalText, money, sumMoney } from './money.js';

describe('money (policy-rules.md "Money": 2 decimals, half-up, decimal arithmetic only)', () => {
  it.each([
    ['2.675', '2.68'], // a binary float prints 2.67: (2.675).toFixed(2) === '2.67'
    ['1.005', '1.01'], // and 1.00 here
    ['0.125', '0.13'],
    ['-0.005', '-0.01'], // half-up rounds away from zero
    ['1800', '1800.00'],
  ])('%s → %s', (value, expected) => {
    expect(money(value)).toBe(expected);
    expect(money(new D(value))).toBe(expected);
  });

  it('0.1 + 0.2 is exactly 0.30, and sums of money stay exact', () => {
    expect(money(new D('0.1').plus('0.2'))).toBe('0.30');
    expect(sumMoney(['0.10', '0.20', '1799.70'])).toBe('1800.00');
  });

  it('prints rates and scores with the places asked for', () => {
    expect(decimalText('0.66665', 4)).toBe('0.6667');
    expect(decimalText(new D(2).dividedBy(3), 2)).toBe('0.67');
  });
});
