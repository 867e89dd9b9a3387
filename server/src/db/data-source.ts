import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { readConfig, type ServerConfig } from '../config.js';
import { installJobQueue } from '../modules/jobs/job.queue.js';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';

export type PoolSettings = Pick<
  ServerConfig,
  'dbPoolSize' | 'dbConnectionTimeoutMs' | 'dbStatementTimeoutMs' | 'dbLockTimeoutMs' | 'dbIdleInTransactionTimeoutMs'
>;

/**
 * The application's data source. Schema changes go through the checked-in migrations only.
 * Every wait is bounded: for a pooled connection (then SERVICE_UNAVAILABLE, never a hang), for a
 * statement, for a lock, and for a transaction left idle; a migration that needs longer sets
 * `SET LOCAL statement_timeout` itself.
 */
export function createDataSource(url: string, pool: PoolSettings = readConfig()): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: {
      max: pool.dbPoolSize,
      connectionTimeoutMillis: pool.dbConnectionTimeoutMs,
      options: [
        `-c statement_timeout=${pool.dbStatementTimeoutMs}`,
        `-c lock_timeout=${pool.dbLockTimeoutMs}`,
        `-c idle_in_transaction_session_timeout=${pool.dbIdleInTransactionTimeoutMs}`,
      ].join(' '),
    },
  });
}

/** Connect and bring the schema up to date. */
export async function openDatabase(url: string, pool?: PoolSettings): Promise<DataSource> {
  const dataSource = createDataSource(url, pool);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await installJobQueue(dataSource, url);
  return dataSource;
}
