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
  log(original);
  return { message: '服务器内部错误，请稍后再试或联系管理员', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

function withCode(formatted: GraphQLFormattedError, code: string, message: string): GraphQLFormattedError {
  return { message, locations: formatted.locations, path: formatted.path, extensions: { code } };
}

function strip(formatted: GraphQLFormattedError, production: boolean): GraphQLFormattedError {
  if (!production || !formatted.extensions?.stacktrace) return formatted;
  const { stacktrace: _, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
