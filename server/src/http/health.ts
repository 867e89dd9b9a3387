import type { Express } from 'express';
import type { DataSource } from 'typeorm';

const READY_TIMEOUT_MS = 2000;

/**
 * `/livez`: the process answers (restart it when not). `/readyz`: the database answers too (send no
 * traffic when not: 503). `/healthz` stays, meaning readiness, for existing probes.
 */
export function useHealthChecks(app: Express, dataSource: DataSource): void {
  app.get('/livez', (_req, res) => {
    res.json({ ok: true });
  });
  app.get(['/readyz', '/healthz'], async (_req, res) => {
    const database = await databaseAnswers(dataSource);
    res.status(database ? 200 : 503).json({ ok: database, database: database ? 'up' : 'down' });
  });
}

async function databaseAnswers(dataSource: DataSource): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS);
  });
  const query = dataSource.query('SELECT 1').then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
