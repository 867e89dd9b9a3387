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

/** One issue the server names by code (with its field path and parameters), e.g. `{ code: 'REQUIRED', path: 'number' }`. */
export interface IssueLike {
  code: string;
  path?: string;
  params?: Record<string, unknown>;
}

export interface MappedError {
  message: string;
  status: number;
  body?: { errors?: Record<string, unknown>; code?: string; reason?: string; issues?: IssueLike[] };
  code?: string;
  /** `extensions.reason`: what the UI tells refusals apart by (STALE_VERSION, SAME_PERSON…). */
  reason?: string;
  issues?: IssueLike[];
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
  const reason = errors.map((e) => e.extensions?.reason).find((r): r is string => typeof r === 'string');
  const issues = issuesOf(errors);
  const extra = { ...(reason ? { reason } : {}), ...(issues.length ? { issues } : {}) };
  if (Object.keys(fields).length) {
    return { message, status, code, ...extra, body: { code, ...extra, errors: { ...fields, root: { serverError: message } } } };
  }
  if (reason || issues.length) return { message, status, code, ...extra, body: { code, ...extra } };
  return { message, status, code };
}

/** Every `extensions.issues` entry that names a code. */
export function issuesOf(errors: GraphQLErrorLike[]): IssueLike[] {
  return errors.flatMap((e) =>
    Array.isArray(e.extensions?.issues)
      ? (e.extensions.issues as unknown[]).filter((i): i is IssueLike => isObject(i) && typeof i.code === 'string')
      : [],
  );
}

/** react-admin's `translate`: a key, its parameters, and `_` for the text when the key is missing. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

const MISSING = '\u0000missing';

function tryKey(translate: Translate, key: string, params: Record<string, unknown>): string | null {
  const text = translate(key, { ...params, _: MISSING });
  return text === MISSING || text === key ? null : text;
}

/** The code's message in the user's language (`prefixes` first, e.g. a workflow's issues), else null. */
export function translateIssue(issue: IssueLike, translate: Translate, prefixes: readonly string[] = []): string | null {
  const params = { field: issue.path ?? '', ...(issue.params ?? {}) };
  for (const prefix of [...prefixes, 'app.errors.issue']) {
    const text = tryKey(translate, `${prefix}.${issue.code}`, params);
    if (text) return text;
  }
  return null;
}

/**
 * The message a user reads for an error, in their language: each issue by its code with its
 * parameters, else the refusal's `reason`, else its `code`; the server's own message when the
 * dashboard knows none of them (a new code is never hidden).
 */
export function translateMapped(mapped: MappedError, translate: Translate, prefixes: readonly string[] = []): string {
  const issues = mapped.issues ?? [];
  const texts = issues.map((i) => translateIssue(i, translate, prefixes));
  if (texts.length && texts.every((t) => t !== null)) return [...new Set(texts)].join('；');
  const byReason = mapped.reason ? tryKey(translate, `app.errors.reason.${mapped.reason}`, {}) : null;
  if (byReason) return byReason;
  return mapped.message || (mapped.code ? tryKey(translate, `app.errors.code.${mapped.code}`, {}) : null) || 'ra.notification.http_error';
}

/** Field → message, each field's issues translated by code where the dashboard knows the code, else the server's text. */
export function translateFields(mapped: MappedError, translate: Translate, prefixes: readonly string[] = []): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...(mapped.body?.errors ?? {}) };
  const byPath = new Map<string, string[]>();
  for (const issue of mapped.issues ?? []) {
    if (!issue.path) continue;
    const text = translateIssue(issue, translate, prefixes);
    if (text === null) continue;
    byPath.set(issue.path, [...(byPath.get(issue.path) ?? []), text]);
  }
  for (const [path, texts] of byPath) if (path in fields) fields[path] = texts.join('；');
  return fields;
}

/** Any thrown error (HttpError from the data provider, Apollo's, a raw response) as a message for the user. */
export function translateError(error: unknown, translate: Translate, prefixes: readonly string[] = []): string {
  const mapped =
    isObject(error) && isObject(error.body) && typeof error.status === 'number' && !graphQLErrorsOf(error).length
      ? ({
          message: String(error.message ?? ''),
          status: error.status,
          ...(error.body as Pick<MappedError, 'code' | 'reason' | 'issues'>),
          body: error.body as MappedError['body'],
        } as MappedError)
      : mapGraphQLError(error);
  const text = translateMapped(mapped, translate, prefixes);
  return translate(text, { _: text });
}
