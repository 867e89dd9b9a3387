import { D, type Dec, decimalText } from '../core/money.js';
import type { Issues } from '../core/result.js';
import { shown } from '../core/shown.js';
import type { ScorecardScore } from './template-types.js';

const DECIMAL = /^\d{1,6}(\.\d{1,8})?$/;

/** Round half-up to 2 decimals and print with exactly 2 ("97.50"). */
export function scoreText(value: Dec | string | number): ScorecardScore {
  return decimalText(value, 2);
}

export function isPoints(value: unknown): value is string {
  return typeof value === 'string' && DECIMAL.test(value);
}

export function isRate(value: unknown): value is string {
  return isPoints(value) && new D(value).lessThanOrEqualTo(1);
}

/** Records an issue unless `value` is a rate "0.875" in [0, 1]. */
export function checkRate(issues: Issues, path: string, value: unknown): value is string {
  if (!issues.required(path, value)) return false;
  if (isRate(value)) return true;
  issues.add(path, 'OUT_OF_RANGE', `${path} must be a decimal string in [0, 1] such as "0.875", got ${shown(value)}`);
  return false;
}

/** An exact fraction, so that "1 per full percentage point" never misses a point to rounding. */
export interface Fraction {
  n: bigint;
  d: bigint;
}

export function fraction(n: number | bigint, d: number | bigint): Fraction {
  return { n: BigInt(n), d: BigInt(d) };
}

export function addFractions(a: Fraction, b: Fraction): Fraction {
  return { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

export function subtractFractions(a: Fraction, b: Fraction): Fraction {
  return { n: a.n * b.d - b.n * a.d, d: a.d * b.d };
}

/** Largest whole number ≤ the fraction (denominator positive). */
export function floorFraction(a: Fraction): bigint {
  const q = a.n / a.d;
  return a.n < 0n && q * a.d !== a.n ? q - 1n : q;
}

/** Fraction as a decimal string with `places` decimals, half-up. */
export function fractionText(a: Fraction, places: number): string {
  return decimalText(new D(a.n.toString()).dividedBy(a.d.toString()), places);
}
