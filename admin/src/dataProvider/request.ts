import { HttpError } from 'react-admin';
import { mapGraphQLError } from './errors';
import { authFetch, GRAPHQL_URI, localizedHttpError } from './index';

/**
 * One GraphQL operation outside react-admin's resource conventions (e.g. `policyPack`),
 * failing with the same HttpError (status, message, fields) as the data provider.
 */
export async function requestGraphQL<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let body: { data?: T | null; errors?: unknown };
  try {
    const response = await authFetch(GRAPHQL_URI, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    body = await response.json();
  } catch {
    throw new HttpError('ra.notification.http_error', 0);
  }
  if (Array.isArray(body.errors) && body.errors.length) {
    throw localizedHttpError(mapGraphQLError(body));
  }
  if (!body.data) throw new HttpError('ra.notification.http_error', 500);
  return body.data;
}
