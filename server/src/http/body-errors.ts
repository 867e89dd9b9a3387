import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ErrorCode } from '../common/errors.js';
import { INTERNAL_ERROR_MESSAGE } from '../common/format-error.js';
import { logger } from '../logger.js';

/**
 * Failures before GraphQL runs (a body over the limit, malformed JSON, an unknown charset) answer
 * in GraphQL's error shape with a stable code, never Express's HTML page or a stack trace.
 */
export const bodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  const [code, message] =
    status === 413
      ? [ErrorCode.PAYLOAD_TOO_LARGE, TOO_LARGE_MESSAGE]
      : status < 500
        ? [ErrorCode.BAD_USER_INPUT, '请求格式有误，应为 JSON']
        : [ErrorCode.INTERNAL_SERVER_ERROR, INTERNAL_ERROR_MESSAGE];
  if (status >= 500) logger.error({ err: error }, 'unexpected error before GraphQL');
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};

const TOO_LARGE_MESSAGE = '请求内容过大';

/**
 * A body whose declared length is over the limit is refused before a byte of it is read: the JSON
 * parser would otherwise drain all of it first (10 MB took ~70 ms), and the connection closes so the
 * sender stops. A body without a declared length is still cut off by the parser's own limit.
 */
export const refuseDeclaredOversize =
  (limitBytes: number): RequestHandler =>
  (req, res, next) => {
    const declared = Number(req.headers['content-length']);
    if (!(declared > limitBytes)) return next();
    res.set('connection', 'close');
    res.status(413).json({ errors: [{ message: TOO_LARGE_MESSAGE, extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE } }] });
  };

/** Any path nothing else answered (an unknown POST, say) gets a JSON 404, not Express's HTML page. */
export const unknownPath: RequestHandler = (req, res) => {
  res.status(404).json({ errors: [{ message: `没有这个地址：${req.method} ${req.path}`, extensions: { code: ErrorCode.NOT_FOUND } }] });
};
