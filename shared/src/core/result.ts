import type { Trace } from './trace.js';

/** One problem with an input: where, a stable code, and a message for a person. */
export interface PolicyIssue {
  /** Dotted path of the offending field, e.g. `visits.3.minutes`. */
  path: string;
  /** Stable machine code, e.g. `REQUIRED`, `OUT_OF_RANGE`, `NOT_ALLOWED`, `CALENDAR_YEAR_MISSING`. */
  code: string;
  message: string;
}

export type PolicyResult<T> = { ok: true; value: T; trace: Trace } | { ok: false; issues: PolicyIssue[] };

export function ok<T>(value: T, trace: Trace): PolicyResult<T> {
  return { ok: true, value, trace };
}

export function fail<T = never>(issues: PolicyIssue[]): PolicyResult<T> {
  return { ok: false, issues };
}

/** Thrown by `unwrap` so that a caller that wants exceptions gets every issue at once. */
export class PolicyInputError extends Error {
  readonly issues: PolicyIssue[];
  constructor(issues: PolicyIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    this.name = 'PolicyInputError';
    this.issues = issues;
  }
}

export function unwrap<T>(result: PolicyResult<T>): { value: T; trace: Trace } {
  if (!result.ok) throw new PolicyInputError(result.issues);
  return { value: result.value, trace: result.trace };
}

/**
 * Collects every problem with an input before anything is computed, so that the caller
 * sees them all at once, never only the first.
 */
export class Issues {
  readonly list: PolicyIssue[] = [];

  add(path: string, code: string, message: string): this {
    this.list.push({ path, code, message });
    return this;
  }

  /** Record `REQUIRED` when the value is null/undefined/empty string. Returns whether present. */
  required(path: string, value: unknown): boolean {
    if (value === undefined || value === null || value === '') {
      this.add(path, 'REQUIRED', `${path} is required`);
      return false;
    }
    return true;
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  /** `fail(...)` when there are issues, otherwise undefined. */
  result<T>(): PolicyResult<T> | undefined {
    return this.empty ? undefined : fail<T>(this.list);
  }

  merge(other: PolicyIssue[], prefix = ''): this {
    for (const i of other) this.list.push({ ...i, path: prefix ? `${prefix}.${i.path}` : i.path });
    return this;
  }
}
