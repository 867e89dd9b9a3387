/**
 * Turns what the GraphQL layer throws into what react-admin understands:
 * a status (401 drives `authProvider.checkError`), a human message, and for bad input
 * the server-side validation shape `{ body: { errors: { field: message } } }` so that a
 * form shows each message under its field. Pure, so it is unit-tested without a DOM.
 */

export interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: string; fields?: Record<string, unknown> | null; [key: string]: unknown };
}

export interface MappedError {
  message: string;
  status: number;
  body?: { errors: Record<string, unknown>; code?: string };
  code?: string;
}

const STATUS_BY_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function asErrorList(value: unknown): GraphQLErrorLike[] {
  if (!Array.isArray(value)) return [];
  return value.filter((e): e is GraphQLErrorLike => isObject(e) && typeof e.message === 'string');
}

/** The GraphQL errors carried by an Apollo error, a react-admin HttpError wrapping one, or a raw response. */
export function graphQLErrorsOf(error: unknown): GraphQLErrorLike[] {
  if (!isObject(error)) return [];
  const candidates: unknown[] = [
    error.graphQLErrors,
    error.errors,
    isObject(error.body) ? error.body.graphQLErrors : undefined,
    isObject(error.body) ? error.body.errors : undefined,
    isObject(error.networkError) && isObject(error.networkError.result) ? error.networkError.result.errors : undefined,
    isObject(error.body) && isObject(error.body.networkError) && isObject(error.body.networkError.result)
      ? error.body.networkError.result.errors
      : undefined,
  ];
  for (const candidate of candidates) {
    const list = asErrorList(candidate);
    if (list.length) return list;
  }
  return [];
}

/** Field → message, from every error that names fields (`extensions.fields`). */
export function fieldErrorsOf(errors: GraphQLErrorLike[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const named = error.extensions?.fields;
    if (!isObject(named)) continue;
    for (const [field, message] of Object.entries(named)) {
      const text = Array.isArray(message) ? message.join('；') : String(message);
      fields[field] = fields[field] ? `${fields[field]}；${text}` : text;
    }
  }
  return fields;
}

/** The react-admin view of an error thrown by the data provider. */
export function mapGraphQLError(error: unknown): MappedError {
  const errors = graphQLErrorsOf(error);
  const fallbackMessage = isObject(error) && typeof error.message === 'string' ? error.message : String(error);
  const fallbackStatus = isObject(error) && typeof error.status === 'number' ? error.status : 500;
  if (!errors.length) return { message: fallbackMessage, status: fallbackStatus };

  const first = errors[0];
  const code = errors.map((e) => e.extensions?.code).find((c): c is string => typeof c === 'string');
  const status = (code ? STATUS_BY_CODE[code] : undefined) ?? fallbackStatus;
  const message = first.message;
  const fields = fieldErrorsOf(errors);
  if (Object.keys(fields).length) {
    return { message, status, code, body: { code, errors: { ...fields, root: { serverError: message } } } };
  }
  return { message, status, code };
}
