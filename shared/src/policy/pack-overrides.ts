import { isIsoDate } from '../core/dates.js';
import { fail, ok, type PolicyIssue, type PolicyResult } from '../core/result.js';
import type { TraceStep } from '../core/trace.js';
import type { PolicyPackVersion } from './pack-types.js';

/** A JSON patch the server stores per region: any subset of a version's keys, deep. */
export type PackOverrides = { [key: string]: unknown };

const CITATION = 'Product rule: region overrides of the policy pack, stored by the administrator';
const DECIMAL = /^-?\d+(\.\d+)?$/;
/** Keys that identify a version: the version is chosen before overrides apply. */
const FIXED_KEYS = ['region', 'validFrom'];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'string' && DECIMAL.test(value)) return 'decimal string';
  if (typeof value === 'string' && isIsoDate(value)) return 'date';
  return typeof value;
}

interface Change {
  path: string;
  from: unknown;
  to: unknown;
}

/**
 * Merges `patch` into `base` (a copy), recording each replaced leaf in `changes` and every
 * problem in `issues`. A `null` in the base is a parameter not set yet: any value may fill it.
 * Arrays are replaced whole.
 */
function merge(
  base: Record<string, unknown>,
  patch: Record<string, unknown>,
  path: string,
  issues: PolicyIssue[],
  changes: Change[],
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const at = path ? `${path}.${key}` : key;
    if (!Object.hasOwn(base, key)) {
      issues.push({ path: at, code: 'UNKNOWN_KEY', message: `${at} is not a parameter of this policy pack` });
      continue;
    }
    const current = base[key];
    if (isPlainObject(current) && isPlainObject(value)) {
      out[key] = merge(current, value, at, issues, changes);
      continue;
    }
    const expected = kindOf(current);
    const given = kindOf(value);
    // a leaf may go back to null (not stated); an object may not become null
    if (current !== null && expected !== given && (value !== null || isPlainObject(current))) {
      issues.push({ path: at, code: 'TYPE_MISMATCH', message: `${at} must stay a ${expected}, got a ${given}` });
      continue;
    }
    out[key] = value;
    changes.push({ path: at, from: current, to: value });
  }
  return out;
}

/**
 * A version with a region's overrides deep-merged in. Unknown keys, changes of type (a rate
 * that is no longer a decimal string, an object replaced by a number, …) and attempts to change
 * `region` or `validFrom` are rejected, every one listed.
 */
export function applyPackOverrides(version: PolicyPackVersion, overrides: PackOverrides): PolicyResult<PolicyPackVersion> {
  if (!isPlainObject(overrides)) return fail([{ path: '', code: 'TYPE_MISMATCH', message: 'overrides must be an object' }]);
  const issues: PolicyIssue[] = [];
  for (const key of FIXED_KEYS) {
    if (key in overrides)
      issues.push({ path: key, code: 'NOT_ALLOWED', message: `${key} identifies the version and cannot be overridden` });
  }
  const rest = Object.fromEntries(Object.entries(overrides).filter(([k]) => !FIXED_KEYS.includes(k)));
  const changes: Change[] = [];
  const merged = merge(version as unknown as Record<string, unknown>, rest, '', issues, changes);
  if (issues.length) return fail(issues);
  const step: TraceStep = {
    rule: 'policy.overrides',
    citation: CITATION,
    inputs: { region: version.region, validFrom: version.validFrom, overrides },
    output: changes,
    note: changes.length ? `${changes.length} parameter(s) overridden` : 'no parameter overridden',
  };
  return ok(JSON.parse(JSON.stringify(merged)) as PolicyPackVersion, [step]);
}
