import pg from 'pg';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../data-source.js';
import type { Cell } from './copy.js';
import { copyRows } from './copy.js';
import './generators.js';
import { Prng } from './prng.js';
import { orderedGenerators, type ScaleContext } from './registry.js';
import { type ScaleSize, SIZES } from './sizes.js';

/** Bumped when a generator changes what it writes: a database of another version is generated anew. */
export const SCALE_VERSION = 1;

export interface ScaleDataset {
  size: ScaleSize['name'];
  seed: number;
  version: number;
  counts: Record<string, number>;
}

type Log = (line: string, done?: boolean) => void;

const stderrLog: Log = (line, done) => process.stderr.write(`\r\x1b[2K[seed:scale] ${line}${done ? '\n' : ''}`);

/** The dataset a database holds, or null (not a scale database, or an interrupted load). */
export async function datasetOf(client: pg.ClientBase): Promise<ScaleDataset | null> {
  const { rows } = await client.query("SELECT to_regclass('scale_dataset') IS NOT NULL AS present");
  if (!rows[0].present) return null;
  const found = await client.query('SELECT size, seed, version, counts FROM scale_dataset');
  return found.rows[0] ?? null;
}

/** Generate a dataset into a migrated, empty database (every registered generator, in order), then VACUUM ANALYZE. */
export async function generateInto(
  url: string,
  sized: ScaleSize | ScaleSize['name'],
  seed: number,
  log: Log = stderrLog,
): Promise<ScaleDataset> {
  const size = typeof sized === 'string' ? SIZES[sized] : sized;
  const sizeName = size.name;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if (await datasetOf(client)) throw new Error('this database already holds a scale dataset');
    const { rows } = await client.query('SELECT count(*)::int AS n FROM users');
    if (rows[0].n > 0) throw new Error('refusing to generate into a database that has users (is it the demo database?)');
    const root = new Prng(seed);
    const made = new Map<string, unknown>();
    const counts: Record<string, number> = {};
    const started = Date.now();
    for (const generator of orderedGenerators()) {
      const ctx: ScaleContext = {
        size,
        rng: root.fork(generator.name),
        client,
        made,
        copy: (table, columns, rowsIn, expected) => copyRows(client, table, columns, progress(rowsIn, table, expected, log)),
      };
      const t0 = Date.now();
      Object.assign(counts, await generator.run(ctx));
      log(`${generator.name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`, true);
    }
    // the visibility map too, so that counts and sorts can be answered from the indexes alone
    log('VACUUM ANALYZE…');
    await client.query('VACUUM (ANALYZE)');
    const dataset: ScaleDataset = { size: sizeName, seed, version: SCALE_VERSION, counts };
    await client.query('CREATE TABLE scale_dataset (size text NOT NULL, seed int NOT NULL, version int NOT NULL, counts jsonb NOT NULL)');
    await client.query('INSERT INTO scale_dataset VALUES ($1, $2, $3, $4)', [sizeName, seed, SCALE_VERSION, counts]);
    log(`dataset ${sizeName} (seed ${seed}) in ${((Date.now() - started) / 1000).toFixed(0)} s: ${JSON.stringify(counts)}`, true);
    return dataset;
  } finally {
    await client.end();
  }
}

function* progress(rows: Iterable<Cell[]>, table: string, expected: number, log: Log): Iterable<Cell[]> {
  let n = 0;
  let shown = 0;
  for (const row of rows) {
    yield row;
    n++;
    if (n - shown >= 25_000) {
      shown = n;
      const bar = expected ? '█'.repeat(Math.min(20, Math.round((n / expected) * 20))).padEnd(20, '░') : '';
      log(`${table} ${bar} ${n.toLocaleString('en')}${expected ? ` / ${expected.toLocaleString('en')}` : ''}`);
    }
  }
}

/**
 * The scratch database for a size: `ltci_bench_<size>` on the server of `serverUrl`, reused when it
 * holds this size, seed and version, else dropped and generated anew. Never the database that
 * `serverUrl` itself names (the demo's or the developer's).
 */
export async function scaleDatabase(
  serverUrl: string,
  sizeName: ScaleSize['name'],
  seed: number,
  log: Log = stderrLog,
): Promise<{ url: string; dataset: ScaleDataset; reused: boolean }> {
  const name = `ltci_bench_${sizeName.toLowerCase()}`;
  const server = new URL(serverUrl);
  if (server.pathname === `/${name}`) throw new Error(`${name} is the scratch database itself: give the server's maintenance database`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  try {
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount;
    if (exists) {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      const found = await datasetOf(client).finally(() => client.end());
      if (found && found.size === sizeName && found.seed === seed && found.version === SCALE_VERSION) {
        log(`reusing ${name}: ${JSON.stringify(found.counts)}`, true);
        return { url: url.toString(), dataset: found, reused: true };
      }
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    }
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const ds: DataSource = await openDatabase(url.toString());
  await ds.destroy();
  return { url: url.toString(), dataset: await generateInto(url.toString(), sizeName, seed, log), reused: false };
}
