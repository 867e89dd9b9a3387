import { D, type Dec, type Money } from '../core/money.js';

const CANONICAL = /^(0|[1-9]\d*)\.\d\d$/;

/** Shared immutable zero (Decimals never change in place). */
export const ZERO: Dec = new D(0);

/** The money text of `dec`, reusing `text` when it is already canonical ("12.50"), to spare a toFixed on the hot path. */
export function moneyText(text: string, dec: Dec): Money {
  return CANONICAL.test(text) ? text : dec.toFixed(2);
}

const THIRTY = new Set([4, 6, 9, 11]);

/** Days in a valid `YYYY-MM` month, without building a Date (hot path of a quote). */
export function monthDays(month: string): number {
  const m = +month.slice(5, 7);
  if (m === 2) {
    const y = +month.slice(0, 4);
    return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  }
  return THIRTY.has(m) ? 30 : 31;
}
