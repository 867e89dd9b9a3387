import { type DataProvider, HttpError } from 'react-admin';
import { getToken } from '../auth/session';
import { i18nProvider } from '../i18n';
import { mapGraphQLError, translateFields, translateMapped } from './errors';
import { policyMethods } from './policyMethods';

export const GRAPHQL_URI = '/graphql';

/**
 * `fetch` for Apollo: adds the bearer token read at request time (it changes on login),
 * and hands a GraphQL error body sent with a non-2xx status to Apollo as a normal
 * GraphQL response, so that `extensions.code` and `extensions.fields` are never lost.
 */
export const authFetch: typeof fetch = async (input, init) => {
  const headers = new Headers(init?.headers);
  const token = getToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const response = await fetch(input, { ...init, headers });
  if (response.ok) return response;
  const text = await response.clone().text();
  try {
    const body = JSON.parse(text) as { errors?: unknown };
    if (Array.isArray(body.errors)) {
      return new Response(text, { status: 200, headers: { 'content-type': 'application/json' } });
    }
  } catch {
    // not JSON: let Apollo report the HTTP error
  }
  return response;
};

// Apollo and ra-data-graphql-simple are a chunk of their own, fetched on the first request (issue 8, defect 6).
const buildInner = async (): Promise<DataProvider> => (await import('./graphqlProvider')).buildGraphQLDataProvider();

let inner: Promise<DataProvider> | undefined;

/**
 * Forget the client and its introspection (ra-data-graphql caches the introspection
 * promise, including a failed one): called on login and logout.
 */
export function resetDataProvider(): void {
  inner = undefined;
}

function toHttpError(error: unknown): HttpError {
  const mapped = mapGraphQLError(error);
  if (mapped.status === 401) resetDataProvider();
  return localizedHttpError(mapped);
}

/** The error in the user's language: issues and reasons translated by code, the server's message when the code is new. */
export function localizedHttpError(mapped: ReturnType<typeof mapGraphQLError>): HttpError {
  const translate = i18nProvider.translate as (key: string, options?: Record<string, unknown>) => string;
  const message = translateMapped(mapped, translate);
  const body = mapped.body?.errors
    ? { ...mapped.body, errors: { ...translateFields(mapped, translate), root: { serverError: message } } }
    : mapped.body;
  return new HttpError(message, mapped.status, body);
}

const METHODS = ['getList', 'getOne', 'getMany', 'getManyReference', 'create', 'update', 'updateMany', 'delete', 'deleteMany'] as const;

function call(method: (typeof METHODS)[number]) {
  return async (...args: unknown[]) => {
    inner ??= buildInner();
    try {
      const provider = await inner;
      const fn = provider[method] as (...a: unknown[]) => Promise<unknown>;
      return await fn.apply(provider, args);
    } catch (error) {
      throw toHttpError(error);
    }
  };
}

/** The react-admin data provider: ra-data-graphql-simple with our error mapping, and the policy-data page's custom methods. */
export const dataProvider = {
  ...(Object.fromEntries(METHODS.map((m) => [m, call(m)])) as unknown as DataProvider),
  ...policyMethods,
} as DataProvider & typeof policyMethods;
