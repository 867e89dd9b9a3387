import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { openDatabase } from '../../src/db/data-source.js';
import { seedDemoData } from '../../src/db/seed/seed.js';

export interface TestDatabase {
  url: string;
  dataSource: DataSource;
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** With the demo data already loaded (as `npm start` loads it on a first start). */
  seeded?: boolean;
}

/**
 * A fresh database of its own for a test file, so test files never share rows: a copy of the
 * run's template (global-setup.ts), which migrated (and seeded) once for the whole run.
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const serverUrl = new URL(inject('serverDatabaseUrl'));
  const name = `ltci_test_${randomBytes(5).toString('hex')}`;
  await copyDatabase(serverUrl, await template(serverUrl, options.seeded ?? false), name);
  const url = databaseUrl(serverUrl, name);
  const dataSource = await openDatabase(url);
  return {
    url,
    dataSource,
    drop: async () => {
      await dataSource.destroy();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

export function databaseUrl(serverUrl: URL, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The run's template: every migration applied (and the demo data loaded, when seeded), made once
 * by whichever test file asks first while the others wait on an advisory lock, built under a
 * temporary name so that a file killed half way never leaves a half-made template.
 */
function template(serverUrl: URL, seeded: boolean): Promise<string> {
  const name = `ltci_template_${seeded ? 'seeded' : 'migrated'}_${inject('testRun')}`;
  let made = templates.get(name);
  if (!made) {
    made = makeTemplate(serverUrl, name, seeded).then(() => name);
    templates.set(name, made);
  }
  return made;
}
const templates = new Map<string, Promise<string>>();

async function makeTemplate(serverUrl: URL, name: string, seeded: boolean): Promise<void> {
  const source = seeded ? await template(serverUrl, false) : null;
  const client = new pg.Client({ connectionString: serverUrl.toString() });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return;
    const building = `${name}_${randomBytes(3).toString('hex')}`;
    if (source) await copyDatabase(serverUrl, source, building);
    else await adminQuery(serverUrl, `CREATE DATABASE ${building}`);
    const dataSource = await openDatabase(databaseUrl(serverUrl, building));
    if (seeded) await seedDemoData(dataSource, { NODE_ENV: 'test' });
    await dataSource.destroy();
    await whileConnected(() => adminQuery(serverUrl, `ALTER DATABASE ${building} RENAME TO ${name}`));
  } finally {
    await client.end();
  }
}

/** A copy of `template` named `name`. */
export function copyDatabase(serverUrl: URL, template: string, name: string): Promise<void> {
  return whileConnected(() => adminQuery(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`));
}

/**
 * Retries what PostgreSQL refuses while someone is still connected to the database (55006), as a
 * pool that has just been closed can briefly be.
 */
async function whileConnected(statement: () => Promise<void>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await statement();
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** One statement on the test server's maintenance database (CREATE DATABASE, CREATE ROLE …). */
export async function adminQuery(serverUrl: URL, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
