import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './errors.js';

const KNOWN = new Set<string>(Object.values(ErrorCode));
const APOLLO_INPUT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export const SERVICE_UNAVAILABLE_MESSAGE = '系统繁忙，请稍后再试';
export const INTERNAL_ERROR_MESSAGE = '服务器内部错误，请稍后再试或联系管理员';

/** PostgreSQL codes of a busy or going-away database: statement or lock timeout, shutdown, too many connections. */
const UNAVAILABLE_SQLSTATES = new Set(['57014', '55P03', '57P01', '57P02', '57P03', '53300']);
/** pg-pool's and node's words for "no connection in time" and "nobody answers". */
const UNAVAILABLE_MESSAGES = /timeout exceeded when trying to connect|connection timeout|Connection terminated|ECONNREFUSED/;

/** True for a failure that says the database is busy or unreachable, not that the request is wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error as { originalError?: unknown; code?: unknown; message?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === 'string' && (UNAVAILABLE_SQLSTATES.has(e.code) || e.code === 'ECONNREFUSED')) return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
    e = e.originalError as typeof e;
  }
  return false;
}

/**
 * Every error leaves with a stable code. type-graphql's authorization errors become
 * UNAUTHENTICATED / FORBIDDEN; anything unexpected becomes a generic internal error with
 * no details (they go to the log), so that nothing internal reaches a client.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  original: unknown,
  log: (err: unknown) => void,
  production: boolean,
): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  if (code === 'UNAUTHORIZED') return withCode(formatted, ErrorCode.FORBIDDEN, '无权执行此操作');
  if (KNOWN.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) return strip(formatted, production);
  if (APOLLO_INPUT_CODES.has(code)) return withCode(strip(formatted, production), ErrorCode.BAD_USER_INPUT, formatted.message);
  if (isDatabaseUnavailable(original)) {
    log(original);
    return { message: SERVICE_UNAVAILABLE_MESSAGE, path: formatted.path, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } };
  }
  log(original);
  return { message: INTERNAL_ERROR_MESSAGE, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

function withCode(formatted: GraphQLFormattedError, code: string, message: string): GraphQLFormattedError {
  return { message, locations: formatted.locations, path: formatted.path, extensions: { code } };
}

function strip(formatted: GraphQLFormattedError, production: boolean): GraphQLFormattedError {
  if (!production || !formatted.extensions?.stacktrace) return formatted;
  const { stacktrace: _, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
