import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../src/config.js';

const strongSecret = randomBytes(32).toString('hex');
const production = {
  NODE_ENV: 'production',
  JWT_SECRET: strongSecret,
  DATABASE_URL: 'postgres://owner@db/ltci',
  APP_DATABASE_URL: 'postgres://ltci_app@db/ltci',
};

function refusal(env: NodeJS.ProcessEnv): string {
  try {
    readConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
}

describe('configuration is checked as a whole at start', () => {
  it('defaults to development with an 8-hour token, introspection on and bounded database waits', () => {
    expect(readConfig({})).toMatchObject({
      nodeEnv: 'development',
      production: false,
      port: 4000,
      tokenTtlSeconds: 8 * 3600,
      graphqlIntrospection: true,
      dbPoolSize: 10,
      dbConnectionTimeoutMs: 5000,
      dbStatementTimeoutMs: 15000,
      dbLockTimeoutMs: 5000,
      dbIdleInTransactionTimeoutMs: 10000,
    });
  });

  it.each(['Production', 'prod', 'PRODUCTION', ' production'])('refuses NODE_ENV=%j instead of treating it as development', (mode) => {
    expect(refusal({ NODE_ENV: mode })).toMatch(/NODE_ENV must be exactly development, test or production/);
  });

  it.each(['abc', '0', '-5', '1.5', '3600s'])('refuses TOKEN_TTL_SECONDS=%j', (ttl) => {
    expect(refusal({ TOKEN_TTL_SECONDS: ttl })).toMatch(/^配置无效 \(invalid configuration\): TOKEN_TTL_SECONDS must be/);
  });

  it('names every bad variable on one line', () => {
    const message = refusal({
      PORT: '70000',
      DB_POOL_SIZE: 'ten',
      DB_LOCK_TIMEOUT_MS: '0',
      GRAPHQL_INTROSPECTION: 'yes',
      LOG_LEVEL: 'loud',
    });
    expect(message).not.toContain('\n');
    for (const name of ['PORT', 'DB_POOL_SIZE', 'DB_LOCK_TIMEOUT_MS', 'GRAPHQL_INTROSPECTION', 'LOG_LEVEL'])
      expect(message).toContain(name);
  });

  it.each([
    ['a', 'a'],
    ['64 times the same hex digit', 'a'.repeat(64)],
    ['a repeated hex pattern', '0123456789abcdef'.repeat(4)],
    ['31 random bytes', randomBytes(31).toString('hex')],
    ['a passphrase in base64url', Buffer.from('correct horse battery staple, ltci!').toString('base64url')],
    ['a sentence', 'this is the production secret of the ltci server, do not share'],
  ])('refuses a production JWT_SECRET that is %s', (_, secret) => {
    expect(refusal({ ...production, JWT_SECRET: secret })).toMatch(/JWT_SECRET .* in production/);
  });

  it('accepts 32 random bytes as hex or base64url in production, with introspection off unless enabled', () => {
    expect(readConfig(production)).toMatchObject({ production: true, jwtSecret: strongSecret, graphqlIntrospection: false });
    expect(readConfig({ ...production, JWT_SECRET: randomBytes(32).toString('base64url') }).production).toBe(true);
    expect(readConfig({ ...production, GRAPHQL_INTROSPECTION: 'true' }).graphqlIntrospection).toBe(true);
  });

  it('serves the GraphQL explorer in development only, unless GRAPHQL_EXPLORER=true, which brings introspection along', () => {
    expect(readConfig({}).graphqlExplorer).toBe(true);
    expect(readConfig(production)).toMatchObject({ graphqlExplorer: false, graphqlIntrospection: false });
    expect(readConfig({ ...production, GRAPHQL_EXPLORER: 'true' })).toMatchObject({ graphqlExplorer: true, graphqlIntrospection: true });
    expect(readConfig({ ...production, GRAPHQL_EXPLORER: 'true', GRAPHQL_INTROSPECTION: 'false' }).graphqlIntrospection).toBe(false);
    expect(refusal({ GRAPHQL_EXPLORER: 'yes' })).toMatch(/GRAPHQL_EXPLORER must be true or false \(got "yes"\)/);
  });

  it('requires the secret and both database connections in production', () => {
    const message = refusal({ NODE_ENV: 'production' });
    for (const name of ['JWT_SECRET', 'DATABASE_URL', 'APP_DATABASE_URL']) expect(message).toContain(name);
  });
});
