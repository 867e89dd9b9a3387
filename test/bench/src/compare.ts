import { isDeepStrictEqual } from 'node:util';

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * What a workflow record answers for its caller (the actions open to them, decided by the shared
 * kernel, and the steps taken): no SQL statement holds it, so the gate leaves it out and the
 * server's figures include the work the ceiling does not do.
 */
const CALLER_FIELDS = new Set(['allowedActions', 'history']);

/**
 * A body as the gate compares it: keys in order, null and absent alike, a timestamp as its instant
 * (PostgreSQL writes `+00:00` where GraphQL writes `Z`), everything else exactly as sent.
 */
export function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => v !== null && v !== undefined && !CALLER_FIELDS.has(k))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, normalise(v)]));
  }
  if (typeof value === 'string' && ISO_DATETIME.test(value)) return `@${Date.parse(value)}`;
  return value;
}

/** The first path where two normalised bodies differ, or null when they are the same. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
}
