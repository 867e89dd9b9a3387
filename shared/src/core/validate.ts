import { type IsoDate, isIsoDate } from './dates.js';
import { isRecord } from './is-record.js';
import { isMoney, type Money } from './money.js';
import type { Issues } from './result.js';
import { shown } from './shown.js';

/**
 * Field checks every domain shares: each records REQUIRED or its own code in `issues` and
 * returns whether the value is usable, so that a caller can go on checking the rest.
 */

/** Records REQUIRED / INVALID_DATE; returns whether `value` is a usable date. */
export function requireDate(issues: Issues, path: string, value: unknown): value is IsoDate {
  if (!issues.required(path, value)) return false;
  if (!isIsoDate(value)) {
    issues.add(path, 'INVALID_DATE', `${path} must be a date YYYY-MM-DD, got ${shown(value)}`);
    return false;
  }
  return true;
}

/** Like `requireDate` for a field that may be absent. */
export function optionalDate(issues: Issues, path: string, value: unknown): value is IsoDate {
  if (value === undefined || value === null) return false;
  return requireDate(issues, path, value);
}

/** Records REQUIRED / NOT_ALLOWED unless `value` is true or false. */
export function requireBoolean(issues: Issues, path: string, value: unknown): value is boolean {
  if (!issues.required(path, value)) return false;
  if (typeof value !== 'boolean') {
    issues.add(path, 'NOT_ALLOWED', `${path} must be true or false, got ${shown(value)}`);
    return false;
  }
  return true;
}

export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** Records REQUIRED / OUT_OF_RANGE unless `value` is a whole number ≥ 0. */
export function requireCount(issues: Issues, path: string, value: unknown): value is number {
  if (!issues.required(path, value)) return false;
  if (isCount(value)) return true;
  issues.add(path, 'OUT_OF_RANGE', `${path} must be a whole number ≥ 0, got ${shown(value)}`);
  return false;
}

/** Records REQUIRED / INVALID_MONEY unless `value` is an amount ≥ 0 with at most 2 decimals. */
export function requireNonNegativeMoney(issues: Issues, path: string, value: unknown): value is Money {
  if (!issues.required(path, value)) return false;
  if (isMoney(value) && !value.startsWith('-')) return true;
  issues.add(path, 'INVALID_MONEY', `${path} must be an amount ≥ 0 with at most 2 decimals, e.g. "1800.00", got ${shown(value)}`);
  return false;
}

export { isRecord } from './is-record.js';

/**
 * Records REQUIRED / NOT_ALLOWED unless `value` is an object (not a list). Every entry point checks
 * its whole input this way (path `input`) before reading any field: JSON from a request may be anything.
 */
export function requireRecord(issues: Issues, path: string, value: unknown): value is Record<string, unknown> {
  if (!issues.required(path, value)) return false;
  if (isRecord(value)) return true;
  issues.add(path, 'NOT_ALLOWED', `${path} must be an object, got ${shown(value)}`);
  return false;
}

/**
 * Records REQUIRED unless `value` is a list, and NOT_ALLOWED for each item that is not an object;
 * returns whether the list and every item are usable. `path` '' is a list given as the whole input.
 */
export function requireRecordList(issues: Issues, path: string, value: unknown): value is Record<string, unknown>[] {
  if (!Array.isArray(value)) {
    issues.add(path, 'REQUIRED', `${path || 'input'} must be a list, got ${shown(value)}`);
    return false;
  }
  let usable = true;
  value.forEach((item, i) => {
    const at = path ? `${path}.${i}` : String(i);
    if (!isRecord(item)) {
      issues.add(at, 'NOT_ALLOWED', `${at} must be an object, got ${shown(item)}`);
      usable = false;
    }
  });
  return usable;
}

/** Records REQUIRED / NOT_ALLOWED unless `value` is a non-empty text, such as an id. */
export function requireText(issues: Issues, path: string, value: unknown): value is string {
  if (!issues.required(path, value)) return false;
  if (typeof value === 'string') return true;
  issues.add(path, 'NOT_ALLOWED', `${path} must be text, got ${shown(value)}`);
  return false;
}
