import { describe, expect, it } from 'vitest';
import { enMessages, zhMessages } from './messages';

// Every source file of the server and of shared (not their tests), as text.
const SOURCES = import.meta.glob(['../../../server/src/**/*.ts', '../../../shared/src/**/*.ts', '!**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Upper-case literals that are not codes a user reads, each group with its reason. */
const NOT_USER_CODES = new Set([
  // SQLSTATE of a trigger that guards behind the service's own check (a removed assessor stays removed)
  'P0001',
  // the demo service-item catalogue's item codes (data the migration ships, not messages)
  'H01',
  'H02',
  'H03',
  'H04',
  'H05',
  'H06',
  'J01',
  'J02',
  // environment variables and settings
  'APP_DATABASE_URL',
  'DATABASE_URL',
  'GRAPHQL_EXPLORER',
  'GRAPHQL_INTROSPECTION',
  'JWT_SECRET',
  'LOG_LEVEL',
  'NODE_ENV',
  'PG_VERSION',
  // Apollo's own codes: format-error.ts answers them as BAD_USER_INPUT / FORBIDDEN
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNAUTHORIZED',
  // a workflow table's own validation (validate-workflow.ts), failed by a test before it ships
  'DUPLICATE_ACTION',
  'DUPLICATE_STATE',
  'LABEL_MISSING',
  'UNKNOWN_ACTION',
  'UNKNOWN_ROLE',
  'UNKNOWN_STATE',
  'UNREACHABLE_STATE',
  // SQL, HTTP, signals, system errors, file signatures, sort orders, JWT
  'ASC',
  'DESC',
  'GET',
  'HEAD',
  'DELETE',
  'UPDATE',
  'TRUNCATE',
  'MEMBER',
  'SIGTERM',
  'SIGINT',
  'SIGHUP',
  'ECONNREFUSED',
  'EADDRINUSE',
  'UTF8',
  'RIFF',
  'WEBP',
  'HS256',
]);

const CODE = /'([A-Z][A-Z0-9]{2,}(?:_[A-Z0-9]+)*)'/g;

/** Every upper-case literal of the server's and shared's sources, and where it is. */
function codesInSources(): Map<string, string> {
  const found = new Map<string, string>();
  for (const [file, text] of Object.entries(SOURCES))
    for (const m of text.matchAll(CODE)) if (!found.has(m[1])) found.set(m[1], file.replace(/^(\.\.\/)+/, ''));
  return found;
}

const at = (tree: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((n, k) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[k] : undefined), tree);

/** Where the dashboard looks a code up: an issue, a refusal's reason, an error code, a workflow's own issues. */
function hasMessage(messages: unknown, code: string): boolean {
  const places = ['app.errors.issue', 'app.errors.reason', 'app.errors.code'].map((p) => `${p}.${code}`);
  const workflows = Object.keys((at(messages, 'workflow') as object | undefined) ?? {}).map((id) => `workflow.${id}.issues.${code}`);
  // a page's own wording, passed as its prefix (e.g. app.scorecards.issues)
  const pages = Object.keys((at(messages, 'app') as object | undefined) ?? {}).map((page) => `app.${page}.issues.${code}`);
  return [...places, ...workflows, ...pages].some(
    (key) => typeof at(messages, key) === 'string' && (at(messages, key) as string).length > 0,
  );
}

describe('every code the server or shared can answer with has a Chinese and an English message', () => {
  const codes = codesInSources();

  it('the scan reads the sources (it finds the codes named in the issue)', () => {
    expect(Object.keys(SOURCES).length).toBeGreaterThan(100);
    for (const code of ['UNKNOWN_REGION', 'COUNTY_NOT_IN_REGION', 'STALE_VERSION', 'REQUIRED', 'NOT_FOUND'])
      expect(codes.has(code)).toBe(true);
  });

  it('no code lacks a message (add it to admin/src/i18n/codes.ts, or to NOT_USER_CODES with its reason)', () => {
    const missing = (messages: unknown) =>
      [...codes].filter(([code]) => !NOT_USER_CODES.has(code) && !hasMessage(messages, code)).map(([code, file]) => `${code} (${file})`);
    expect(missing(zhMessages)).toEqual([]);
    expect(missing(enMessages)).toEqual([]);
  });
});
