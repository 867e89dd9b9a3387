import { can, type RightId } from '@ltci/shared';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Caller } from '../common/context.js';
import { ErrorCode, ForbiddenError, UnauthenticatedError } from '../common/errors.js';
import { logger } from '../logger.js';

/** The signed-in caller of a request (Bearer token), or null. */
export type CallerOf = (req: Request) => Promise<Caller | null>;

const STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
};

/** The caller holding `right`, or UNAUTHENTICATED / FORBIDDEN as GraphQL would answer. */
export async function authorize(callerOf: CallerOf, req: Request, right: RightId): Promise<Caller> {
  const caller = await callerOf(req);
  if (!caller) throw new UnauthenticatedError();
  if (!can(caller.roles, right)) throw new ForbiddenError();
  return caller;
}

/** Answer an error as GraphQL's shape (`errors[0].extensions.code`), never a 500 for bad input. */
export function sendError(res: Response, error: unknown): void {
  if (res.headersSent) {
    logger.error({ err: error }, 'HTTP route failed after its answer began');
    res.destroy(error as Error);
    return;
  }
  if (error instanceof GraphQLError) {
    const code = String(error.extensions.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
    res.status(STATUS[code] ?? 500).json({ errors: [{ message: error.message, extensions: error.extensions }] });
    return;
  }
  logger.error({ err: error }, 'unexpected HTTP route error');
  res.status(500).json({ errors: [{ message: '服务器内部错误', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
}

/** `attachment; filename*=UTF-8''…`, so a Chinese file name survives every browser. */
export function attachment(fileName: string): string {
  return `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
