import { fileURLToPath } from 'node:url';

/** Everything the server reads from its environment, read once. */
export interface ServerConfig {
  port: number;
  databaseUrl?: string;
  production: boolean;
  jwtSecret?: string;
  tokenTtlSeconds: number;
  /** Folder of the built dashboard served at `/`. */
  adminDist: string;
  /** Folder for the embedded database when DATABASE_URL is unset. */
  dataDir: string;
  /** Whether the server runs jobs itself (JOBS_IN_SERVER=false leaves them to `npm run worker`). */
  jobsInServer: boolean;
  /** A running job silent this long is resumed from its checkpoint by another runner. */
  jobStaleSeconds: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  return {
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    production: env.NODE_ENV === 'production',
    jwtSecret: env.JWT_SECRET || undefined,
    tokenTtlSeconds: Number(env.TOKEN_TTL_SECONDS ?? 8 * 3600),
    adminDist: env.ADMIN_DIST ?? fileURLToPath(new URL('../../admin/dist', import.meta.url)),
    dataDir: env.LTCI_DATA_DIR ?? fileURLToPath(new URL('../../.data/postgres', import.meta.url)),
    jobsInServer: env.JOBS_IN_SERVER !== 'false',
    jobStaleSeconds: Number(env.JOB_STALE_SECONDS ?? 30),
  };
}
