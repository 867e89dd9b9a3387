import { Decimal } from 'decimal.js';

/**
 * Money crosses every boundary as a string with exactly 2 decimals ("1234.50").
 * Inside a rule we compute with Decimal and round half-up to the cent once, at the end
 * of the rule (policy-rules.md, "Money").
 */
export type Money = string;

/** A private Decimal constructor so that no other package's settings leak in. */
export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof D>;

export const MONEY_PATTERN = /^-?\d{1,12}(\.\d{1,2})?$/;

export function isMoney(value: unknown): value is Money {
  return typeof value === 'string' && MONEY_PATTERN.test(value);
}

/** Round half-up to the cent and print with exactly 2 decimals: the one way money is printed. */
export function money(value: Decimal.Value | Dec): Money {
  return decimalText(value, 2);
}

/** A decimal (a rate, a score, months) rounded half-up and printed with exactly `places` decimals. */
export function decimalText(value: Decimal.Value | Dec, places: number): string {
  // Decimal#toFixed rounds the exact decimal; it never goes through a binary float.
  return (value instanceof D ? value : new D(value)).toFixed(places, Decimal.ROUND_HALF_UP);
}

export function dec(value: Decimal.Value | Dec): Dec {
  return new D(value);
}

/** Smaller of two decimals. */
export function minDec(a: Dec, b: Dec): Dec {
  return a.lessThan(b) ? a : b;
}

export function maxDec(a: Dec, b: Dec): Dec {
  return a.greaterThan(b) ? a : b;
}

/** Sum of money strings, exact. */
export function sumMoney(values: readonly Money[]): Money {
  return money(values.reduce((acc, v) => acc.plus(v), new D(0)));
}
