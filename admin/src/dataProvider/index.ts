import { HttpLink } from '@apollo/client';
import buildGraphQLProvider from 'ra-data-graphql-simple';
import { type DataProvider, HttpError } from 'react-admin';
import { getToken } from '../auth/session';
import { mapGraphQLError } from './errors';
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

function buildInner(): DataProvider {
  return buildGraphQLProvider({
    clientOptions: { link: new HttpLink({ uri: GRAPHQL_URI, fetch: authFetch }) },
  });
}

let inner: DataProvider | undefined;

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
  return new HttpError(mapped.message, mapped.status, mapped.body);
}

const METHODS = ['getList', 'getOne', 'getMany', 'getManyReference', 'create', 'update', 'updateMany', 'delete', 'deleteMany'] as const;

function call(method: (typeof METHODS)[number]) {
  return async (...args: unknown[]) => {
    inner ??= buildInner();
    const fn = inner[method] as (...a: unknown[]) => Promise<unknown>;
    try {
      return await fn.apply(inner, args);
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
