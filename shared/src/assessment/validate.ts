import { type IsoDate, isIsoDate } from '../core/dates.js';
import type { Issues } from '../core/result.js';

/** Records REQUIRED / INVALID_DATE; returns whether `value` is a usable date. */
export function requireDate(issues: Issues, path: string, value: unknown): value is IsoDate {
  if (!issues.required(path, value)) return false;
  if (!isIsoDate(value)) {
    issues.add(path, 'INVALID_DATE', `${path} must be a date YYYY-MM-DD, got ${String(value)}`);
    return false;
  }
  return true;
}

/** Like `requireDate` for a field that may be absent. */
export function optionalDate(issues: Issues, path: string, value: unknown): value is IsoDate {
  if (value === undefined || value === null) return false;
  return requireDate(issues, path, value);
}

export function requireBoolean(issues: Issues, path: string, value: unknown): value is boolean {
  if (!issues.required(path, value)) return false;
  if (typeof value !== 'boolean') {
    issues.add(path, 'NOT_ALLOWED', `${path} must be true or false, got ${String(value)}`);
    return false;
  }
  return true;
}
