import { HttpLink } from '@apollo/client';
import buildGraphQLProvider from 'ra-data-graphql-simple';
import type { DataProvider } from 'react-admin';
import { authFetch, GRAPHQL_URI } from './index';

/** ra-data-graphql-simple over Apollo: loaded on the first data request, so the login and home pages do without it. */
export function buildGraphQLDataProvider(): DataProvider {
  return buildGraphQLProvider({
    clientOptions: { link: new HttpLink({ uri: GRAPHQL_URI, fetch: authFetch }) },
  });
}
