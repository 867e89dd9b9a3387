import type { DataSource } from 'typeorm';
import { startApp } from '../../src/app.js';
import { readConfig, type ServerConfig } from '../../src/config.js';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.js';
import { createTestDatabase } from './database.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions: { code: string; reason?: string; fields?: Record<string, string> } }[];
}

/** Responses are checked field by field by the tests' assertions. */
// biome-ignore lint/suspicious/noExplicitAny: see above
type AnyData = Record<string, any>;

export interface TestServer {
  url: string;
  /** The test database's URL, for a worker process. */
  databaseUrl: string;
  dataSource: DataSource;
  /** POST a GraphQL request over real HTTP. */
  graphql(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<AnyData>>;
  /** Log in as a demo user and return the token. */
  login(username: string): Promise<string>;
  stop(): Promise<void>;
}

/** A real server on a free port, on its own migrated and demo-seeded database. */
export async function startTestServer(overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
  const db = await createTestDatabase({ seeded: true });
  const app = await startApp(db.dataSource, { ...readConfig({ NODE_ENV: 'test' }), port: 0, jwtSecret: 'test-secret', ...overrides });
  const graphql = async <T = AnyData>(query: string, variables?: Record<string, unknown>, token?: string) => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GraphQLResponse<T>;
  };
  return {
    url: app.url,
    databaseUrl: db.url,
    dataSource: db.dataSource,
    graphql,
    login: async (username) => {
      const res = await graphql('mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
        u: username,
        p: DEMO_PASSWORD,
      });
      if (!res.data) throw new Error(`login ${username} failed: ${JSON.stringify(res.errors)}`);
      return (res.data as { login: { token: string } }).login.token;
    },
    stop: async () => {
      await app.close();
      await db.drop();
    },
  };
}
