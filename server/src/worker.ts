import 'reflect-metadata';
import { readConfig } from './config.js';
import { openDatabase } from './db/data-source.js';
import { logger } from './logger.js';
import { createJobQueue } from './modules/jobs/job-handlers.js';

/**
 * `npm run worker -w server`: a process that only runs jobs, for deployments that want more than
 * the server's own runner (start it with JOBS_IN_SERVER=false on the server to move all work here).
 */
async function main(): Promise<void> {
  const config = readConfig();
  if (!config.databaseUrl) throw new Error('DATABASE_URL must be set for a separate worker (the embedded database is the server’s own)');
  const dataSource = await openDatabase(config.databaseUrl);
  const queue = createJobQueue(dataSource, { work: true, staleSeconds: config.jobStaleSeconds, pollSeconds: 1 });
  await queue.start();
  logger.info('job worker started');
  const stop = async () => {
    await queue.stop().catch(() => undefined);
    await dataSource.destroy().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

await main();
