import { GraphQLError } from 'graphql';

/** Stable error codes in `extensions.code`; clients branch on these, never on messages. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
  /** The database is busy or unreachable (no free connection in time, a statement or lock timeout): retry later. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** The request body is larger than the server accepts. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

/** More for the client to tell refusals apart by: a stable `reason` (STALE_VERSION, SAME_PERSON…) and the issues with their codes and parameters. */
export type ErrorDetails = { reason?: string; issues?: readonly object[] };

/** Bad input: one message per field, all of them at once. */
export class BadUserInputError extends GraphQLError {
  constructor(fields: Record<string, string>, message = '输入有误，请检查标出的字段', details: ErrorDetails = {}) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, fields, ...details } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = '请先登录') {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = '无权执行此操作', details: ErrorDetails = {}) {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN, ...details } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(entity: string, id: string) {
    super(`未找到${entity}：${id}`, { extensions: { code: ErrorCode.NOT_FOUND } });
  }
}

export class ConflictError extends GraphQLError {
  constructor(message: string, fields?: Record<string, string>, details: ErrorDetails = {}) {
    super(message, { extensions: { code: ErrorCode.CONFLICT, ...(fields ? { fields } : {}), ...details } });
  }
}

export class TooManyAttemptsError extends GraphQLError {
  constructor(retryAfterSeconds: number, what = '登录失败', reason?: string) {
    super(`${what}次数过多，请 ${retryAfterSeconds} 秒后再试`, {
      extensions: { code: ErrorCode.TOO_MANY_ATTEMPTS, retryAfterSeconds, ...(reason ? { reason } : {}) },
    });
  }
}
