import { D, type Dec, type Money, money } from '../core/money.js';

const CANONICAL = /^(0|[1-9]\d*)\.\d\d$/;

/** Shared immutable zero (Decimals never change in place). */
export const ZERO: Dec = new D(0);

/** The money text of `dec`, reusing `text` when it is already canonical ("12.50"), to spare a toFixed on the hot path. */
export function moneyText(text: string, dec: Dec): Money {
  return CANONICAL.test(text) ? text : money(dec);
}
