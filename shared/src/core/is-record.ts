/**
 * Whether `value` is an object with fields (not null, not a list). A module of its own, without
 * decimal.js, so that the dashboard's first load can check a record without the money library.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
