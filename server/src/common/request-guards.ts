import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from './context.js';
import { BadUserInputError, ErrorCode } from './errors.js';
import { INPUT_PROBLEM_MESSAGES, inputProblems } from './input-text.js';
import { operationShape } from './operation-shape.js';

/** Tokens of one document: the standard introspection query has about 700; a dashboard query, under 300. */
export const MAX_TOKENS = 3_000;
export const MAX_DEPTH = 15;
export const MAX_ALIASES = 30;
/**
 * Fields one request may resolve. The dashboard's export of 1,000 institutions with their staff
 * costs about 70,000 and introspection about 45,000; 1,000 aliases of such a list cost billions.
 */
export const MAX_COST = 100_000;

export const PARSE_OPTIONS = { maxTokens: MAX_TOKENS };

/** Refused before any resolver runs, with HTTP 400 and a stable `extensions.reason`. */
export class QueryLimitError extends GraphQLError {
  constructor(reason: 'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'QUERY_TOO_COSTLY', message: string, limit: number, actual: number) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, reason, limit, actual, http: { status: 400 } } });
  }
}

/**
 * One walk of each operation before it executes: its shape against the limits above, and every
 * argument's text against what PostgreSQL can store (input-text.ts). Nothing per field at run time.
 */
export function requestGuardPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const shape = operationShape(schema, document, operation, request.variables);
          if (shape.depth > MAX_DEPTH)
            throw new QueryLimitError('QUERY_TOO_DEEP', `查询嵌套过深（${shape.depth} 层，最多 ${MAX_DEPTH} 层）`, MAX_DEPTH, shape.depth);
          if (shape.aliases > MAX_ALIASES)
            throw new QueryLimitError(
              'TOO_MANY_ALIASES',
              `查询别名过多（${shape.aliases} 个，最多 ${MAX_ALIASES} 个）`,
              MAX_ALIASES,
              shape.aliases,
            );
          if (shape.cost > MAX_COST)
            throw new QueryLimitError(
              'QUERY_TOO_COSTLY',
              `查询过大（约 ${shape.cost} 个字段值，最多 ${MAX_COST} 个），请减少每页条数或字段`,
              MAX_COST,
              shape.cost,
            );
          const problems = inputProblems(shape.arguments ?? []);
          if (problems.size) {
            const fields = Object.fromEntries(
              [...problems].map(([path, problem]) => [path, INPUT_PROBLEM_MESSAGES.get(problem) ?? problem]),
            );
            // each problem also by its code, so that the dashboard words it in the user's language
            const issues = [...problems].map(([path, code]) => ({ path, code }));
            throw withHttpStatus(new BadUserInputError(fields, undefined, { issues }), 400);
          }
        },
      };
    },
  };
}

function withHttpStatus(error: GraphQLError, status: number): GraphQLError {
  (error.extensions as Record<string, unknown>).http = { status };
  return error;
}
