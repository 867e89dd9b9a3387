import { HttpLink } from '@apollo/client';
import type { IntrospectionResult } from 'ra-data-graphql';
import buildGraphQLProvider, { buildQuery as defaultBuildQuery } from 'ra-data-graphql-simple';
import type { DataProvider } from 'react-admin';
import { authFetch, GRAPHQL_URI } from './index';
import { listFields } from './listFields';

/** ra-data-graphql-simple over Apollo: loaded on the first data request, so the login and home pages do without it. */
export function buildGraphQLDataProvider(): DataProvider {
  return buildGraphQLProvider({
    clientOptions: { link: new HttpLink({ uri: GRAPHQL_URI, fetch: authFetch }) },
    buildQuery: buildListAwareQuery,
  });
}

/** ra-data-graphql-simple's queries, with lists asking only `listFields` (unless a page asks its own sparse fields). */
export function buildListAwareQuery(introspection: IntrospectionResult): ReturnType<typeof defaultBuildQuery> {
  const inner = defaultBuildQuery(introspection);
  return (fetchType, resourceName, params) => {
    if ((fetchType === 'GET_LIST' || fetchType === 'GET_MANY_REFERENCE') && !params?.meta?.sparseFields) {
      const sparseFields = listFields(introspection, resourceName);
      if (sparseFields?.length) return inner(fetchType, resourceName, { ...params, meta: { ...params?.meta, sparseFields } });
    }
    return inner(fetchType, resourceName, params);
  };
}
