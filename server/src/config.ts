import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { secretWeakness } from './config-secret.js';

/** Everything the server reads from its environment, read once and checked as a whole at start. */
export interface ServerConfig {
  nodeEnv: 'development' | 'test' | 'production';
  production: boolean;
  port: number;
  /** The database owner's connection: migrations run over it (and the app too when `appDatabaseUrl` is unset). */
  databaseUrl?: string;
  /** The application role's connection (`ltci_app`, which cannot rewrite the audit trail); required in production. */
  appDatabaseUrl?: string;
  jwtSecret?: string;
  tokenTtlSeconds: number;
  graphqlIntrospection: boolean;
  /** The offline GraphiQL page at GET /graphql: on in development, off in production unless GRAPHQL_EXPLORER=true. */
  graphqlExplorer: boolean;
  /** Express's `trust proxy`: which proxies' X-Forwarded-For to believe for the client's address (false: none). */
  trustProxy: false | number | string;
  dbPoolSize: number;
  /** How long a request waits for a free pooled connection before it is answered SERVICE_UNAVAILABLE. */
  dbConnectionTimeoutMs: number;
  dbStatementTimeoutMs: number;
  dbLockTimeoutMs: number;
  dbIdleInTransactionTimeoutMs: number;
  /** Folder of the built dashboard served at `/`. */
  adminDist: string;
  /** Folder for the embedded database when DATABASE_URL is unset. */
  dataDir: string;
  /** Folder of the attachments' files (outside the table rows; the rows keep each file's key and SHA-256). */
  attachmentsDir: string;
  /** Whether the server runs jobs itself (JOBS_IN_SERVER=false leaves them to `npm run worker`). */
  jobsInServer: boolean;
  /** A running job silent this long is resumed from its checkpoint by another runner. */
  jobStaleSeconds: number;
}

/** A configuration the server refuses to start with; its message is one line naming every bad variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const int = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `must be from ${min} to ${max}`).max(max, `must be from ${min} to ${max}`));
const millis = int(1, 3_600_000);
const postgresUrl = z.string().regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// URL');

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production'], 'must be exactly development, test or production').default('development'),
    PORT: int(0, 65535).default(4000),
    DATABASE_URL: postgresUrl.optional(),
    APP_DATABASE_URL: postgresUrl.optional(),
    JWT_SECRET: z.string().optional(),
    TOKEN_TTL_SECONDS: int(60, 7 * 24 * 3600).default(8 * 3600),
    GRAPHQL_INTROSPECTION: z.enum(['true', 'false'], 'must be true or false').optional(),
    GRAPHQL_EXPLORER: z.enum(['true', 'false'], 'must be true or false').optional(),
    TRUST_PROXY: z
      .string()
      .regex(/^[\w.:/]+(\s*,\s*[\w.:/]+)*$/, 'must be false, a hop count or proxy addresses (loopback, 10.0.0.0/8 …)')
      .refine((value) => value !== 'true', 'must not be true: any client could then choose its own address')
      .optional(),
    DB_POOL_SIZE: int(1, 200).default(10),
    DB_CONNECTION_TIMEOUT_MS: millis.default(5000),
    DB_STATEMENT_TIMEOUT_MS: millis.default(15000),
    DB_LOCK_TIMEOUT_MS: millis.default(5000),
    DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: millis.default(10000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'must be a pino level').optional(),
    ADMIN_USERNAME: z.string().optional(),
    ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
    ADMIN_DIST: z.string().optional(),
    LTCI_DATA_DIR: z.string().optional(),
    ATTACHMENTS_DIR: z.string().optional(),
    JOBS_IN_SERVER: z.enum(['true', 'false'], 'must be true or false').optional(),
    JOB_STALE_SECONDS: int(1, 3600).default(30),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    const weakness = env.JWT_SECRET ? secretWeakness(env.JWT_SECRET) : 'must be set';
    if (weakness) ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: `${weakness} in production (openssl rand -hex 32)` });
    if (!env.DATABASE_URL) ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'must be set in production' });
    if (!env.APP_DATABASE_URL)
      ctx.addIssue({ code: 'custom', path: ['APP_DATABASE_URL'], message: 'must be set in production (the ltci_app role, see README)' });
  });

/** Read and check the environment; throws one ConfigError listing every problem. Empty variables count as unset. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const given = Object.fromEntries(Object.keys(schema.shape).flatMap((key) => (env[key] ? [[key, env[key]]] : [])));
  const parsed = schema.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const value =
        name === 'NODE_ENV' || name === 'GRAPHQL_INTROSPECTION' || name === 'GRAPHQL_EXPLORER' || name === 'LOG_LEVEL'
          ? ` (got "${given[name]}")`
          : '';
      return `${name} ${issue.message}${value}`;
    });
    throw new ConfigError(`配置无效 (invalid configuration): ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const explorer = e.GRAPHQL_EXPLORER ? e.GRAPHQL_EXPLORER === 'true' : !production;
  return {
    nodeEnv: e.NODE_ENV,
    production,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    appDatabaseUrl: e.APP_DATABASE_URL,
    jwtSecret: e.JWT_SECRET,
    tokenTtlSeconds: e.TOKEN_TTL_SECONDS,
    // the explorer needs the schema: enabling it enables introspection unless that is set on its own
    graphqlIntrospection: e.GRAPHQL_INTROSPECTION ? e.GRAPHQL_INTROSPECTION === 'true' : explorer,
    graphqlExplorer: explorer,
    trustProxy: trustProxy(e.TRUST_PROXY),
    dbPoolSize: e.DB_POOL_SIZE,
    dbConnectionTimeoutMs: e.DB_CONNECTION_TIMEOUT_MS,
    dbStatementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
    dbLockTimeoutMs: e.DB_LOCK_TIMEOUT_MS,
    dbIdleInTransactionTimeoutMs: e.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    adminDist: e.ADMIN_DIST ?? fileURLToPath(new URL('../../admin/dist', import.meta.url)),
    dataDir: e.LTCI_DATA_DIR ?? fileURLToPath(new URL('../../.data/postgres', import.meta.url)),
    attachmentsDir: e.ATTACHMENTS_DIR ?? fileURLToPath(new URL('../../.data/attachments', import.meta.url)),
    jobsInServer: e.JOBS_IN_SERVER !== 'false',
    jobStaleSeconds: e.JOB_STALE_SECONDS,
  };
}

function trustProxy(value: string | undefined): false | number | string {
  if (value === undefined || value === 'false') return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}
