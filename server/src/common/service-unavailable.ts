import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from './errors.js';
import { isDatabaseUnavailable, SERVICE_UNAVAILABLE_MESSAGE } from './format-error.js';

/** Seconds a client (or a load balancer) should wait before retrying a busy server. */
const RETRY_AFTER_SECONDS = '5';

/**
 * A busy or unreachable database answers HTTP 503 with Retry-After, not 500 nor 200: in a resolver
 * the error is recognised when it is formatted (format-error.ts) and this plugin sets the status;
 * in the context function (before any plugin runs) `unavailableIn` turns it into this error.
 */
export const serviceUnavailableStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (!errors?.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', RETRY_AFTER_SECONDS);
      },
    };
  },
};

/** `fn`, with a busy database reported as SERVICE_UNAVAILABLE (HTTP 503) instead of a failed context (500). */
export function unavailableIn<A, R>(fn: (arg: A) => Promise<R>): (arg: A) => Promise<R> {
  return async (arg) => {
    try {
      return await fn(arg);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      throw new GraphQLError(SERVICE_UNAVAILABLE_MESSAGE, {
        originalError: error as Error,
        extensions: {
          code: ErrorCode.SERVICE_UNAVAILABLE,
          http: { status: 503, headers: new HeaderMap([['retry-after', RETRY_AFTER_SECONDS]]) },
        },
      });
    }
  };
}
