import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { getIntrospectionQuery, print } from 'graphql';
import pg from 'pg';
import { listFields } from '../../../admin/src/dataProvider/listFields.js';
import { datasetOf, generateInto, scaleDatabase } from '../../../server/src/db/scale/load.js';
import { SCALE_PASSWORD } from '../../../server/src/modules/users/user.scale.js';
import { type BenchCase, CASES } from './cases.js';
import { firstDifference, normalise } from './compare.js';

/**
 * `npm run bench [-- --quick] [--gates-only] [--size S|M|L]`: the dashboard's lists and details
 * through /graphql, beside their SQL ceiling and PostGraphile 4, on a scale dataset (issue 9).
 * Writes bench/results.md; exits 1 when a correctness gate fails.
 */
const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'gates-only': { type: 'boolean', default: false },
    /** Main's server (BENCH_SERVER_SRC) as main's dashboard asked it: every field of a list; its body is not gated. */
    before: { type: 'boolean', default: false },
    size: { type: 'string', default: 'M' },
    seed: { type: 'string', default: '1' },
    /** A database of its own (a test's): generated into when empty, else its dataset is used as it is. */
    'database-url': { type: 'string' },
    out: { type: 'string', default: new URL('../results.md', import.meta.url).pathname },
  },
});
const size = String(opts.size).toUpperCase() as 'S' | 'M' | 'L';
const POOL = 10;
const CONNECTIONS = [10, 50];
const timing = opts.quick ? { warmup: 2, duration: 5, repeats: 1 } : { warmup: 5, duration: 20, repeats: 3 };
const REGION = 'bench-01';
type Target = 'graphql' | 'ceiling' | 'postgraphile';
const TARGETS: Target[] = ['graphql', 'ceiling', 'postgraphile'];
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

const graphileDir = new URL('../postgraphile/', import.meta.url).pathname;
if (!existsSync(`${graphileDir}node_modules/postgraphile`)) {
  log('installing PostGraphile 4 (bench/postgraphile, its own graphql 15)…');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', graphileDir], { stdio: 'inherit' });
}

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const { url: databaseUrl, dataset } = opts['database-url']
  ? await givenDatabase(opts['database-url'])
  : await scaleDatabase(serverUrl, size, Number(opts.seed));

async function givenDatabase(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const found = await datasetOf(client).finally(() => client.end());
  return { url, dataset: found ?? (await generateInto(url, size, Number(opts.seed))) };
}

const host = spawn(
  process.execPath,
  ['--conditions=source', '--import', '@oxc-node/core/register', new URL('./targets.ts', import.meta.url).pathname],
  {
    env: { ...process.env, BENCH_DATABASE_URL: databaseUrl, BENCH_POOL_SIZE: String(POOL), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const ports = await new Promise<Record<Target | 'control', number>>((resolve, reject) => {
  host.once('exit', (code) => reject(new Error(`the targets' process exited (${code})`)));
  let text = '';
  host.stdout?.on('data', (chunk: Buffer) => {
    text += chunk.toString();
    const line = text.split('\n').find((l) => l.startsWith('{"graphql":'));
    if (line) resolve(JSON.parse(line));
  });
});
let failed = false;
try {
  await main(host, ports);
} catch (error) {
  failed = true;
  log(`failed: ${(error as Error).stack}`);
} finally {
  host.kill('SIGTERM');
}
process.exit(failed ? 1 : 0);

interface Request {
  url: string;
  body: string;
  headers: Record<string, string>;
}

async function post(req: Request): Promise<{ status: number; body: { data?: unknown; errors?: unknown[] } }> {
  const res = await fetch(req.url, { method: 'POST', headers: req.headers, body: req.body });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: unknown[] } };
}

async function main(_host: ChildProcess, ports: Record<Target | 'control', number>) {
  const gql = `http://127.0.0.1:${ports.graphql}/graphql`;
  const json = { 'content-type': 'application/json' };
  const login = await post({
    url: gql,
    headers: json,
    body: JSON.stringify({
      query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: { u: 'bench_admin', p: SCALE_PASSWORD },
    }),
  });
  const token = (login.body.data as { login: { token: string } } | null)?.login.token;
  if (!token) throw new Error(`bench_admin could not sign in: ${JSON.stringify(login.body)}`);
  const authed = { ...json, authorization: `Bearer ${token}` };

  // the queries exactly as the dashboard's data provider builds them from the schema
  const introspection = await post({ url: gql, headers: authed, body: JSON.stringify({ query: getIntrospectionQuery() }) });
  const require = createRequire(import.meta.url);
  const raGraphql = require('ra-data-graphql');
  const raSimple = require('ra-data-graphql-simple');
  const schema = (introspection.body.data as { __schema: unknown }).__schema;
  const results = await raGraphql.introspectSchema(null, { ...raGraphql.defaultOptions.introspection, schema });
  const buildQuery = raSimple.buildQuery(results);
  const stats = async () => (await (await fetch(`http://127.0.0.1:${ports.control}/stats`)).json()) as Record<Target, number>;

  const firstIds = new Map<string, string>();
  const rows: Row[] = [];
  try {
    await cases(rows, firstIds, results, buildQuery, stats, gql, authed, json, ports);
  } catch (error) {
    // what was measured is kept, with what stopped the run
    if (rows.length && !opts['gates-only'])
      writeFileSync(String(opts.out), `${await report(rows)}\n**Stopped**: ${(error as Error).message.slice(0, 400)}\n`);
    throw error;
  }
  if (!opts['gates-only']) writeFileSync(String(opts.out), await report(rows));
  log(opts['gates-only'] ? 'gates passed' : `wrote ${opts.out}`);
}

// biome-ignore lint/suspicious/noExplicitAny: ra-data-graphql's introspection and query builder are untyped CommonJS
type Untyped = any;

async function cases(
  rows: Row[],
  firstIds: Map<string, string>,
  results: Untyped,
  buildQuery: Untyped,
  stats: () => Promise<Record<Target, number>>,
  gql: string,
  authed: Record<string, string>,
  json: Record<string, string>,
  ports: Record<Target | 'control', number>,
) {
  for (const c of CASES) {
    const detailId = c.of ? firstIds.get(c.of) : undefined;
    if (c.of && !detailId) throw new Error(`${c.name}: its list ${c.of} gave no row`);
    const params = c.ra.fetch === 'GET_ONE' ? { ...c.ra.params, id: detailId } : { ...c.ra.params };
    const sparseFields = c.ra.fetch === 'GET_LIST' && !opts.before ? listFields(results, c.ra.resource) : undefined;
    const built = buildQuery(c.ra.fetch, c.ra.resource, sparseFields ? { ...params, meta: { sparseFields } } : params);
    const sqlParams = detailId ? [REGION, detailId] : [REGION];
    const requests: Record<Target, Request | null> = {
      graphql: { url: gql, headers: authed, body: JSON.stringify({ query: print(built.query), variables: built.variables }) },
      ceiling: { url: `http://127.0.0.1:${ports.ceiling}/`, headers: json, body: JSON.stringify({ name: c.name, params: sqlParams }) },
      postgraphile: c.postgraphile
        ? {
            url: `http://127.0.0.1:${ports.postgraphile}/graphql`,
            headers: json,
            body: JSON.stringify({ query: c.postgraphile.query, variables: { region: REGION, id: detailId } }),
          }
        : null,
    };
    // the gate: one request each, its body against the ceiling's, and the statements it sent
    const answers = new Map<Target, { data: unknown; statements: number }>();
    for (const target of TARGETS) {
      const req = requests[target];
      if (!req) continue;
      const before = await stats();
      const res = await post(req);
      const statements = (await stats())[target] - before[target];
      if (res.status < 200 || res.status > 299 || res.body.errors?.length)
        throw new Error(`gate ${c.name} / ${target}: HTTP ${res.status} ${JSON.stringify(res.body.errors ?? res.body).slice(0, 500)}`);
      const data = target === 'postgraphile' ? c.postgraphile?.map(res.body.data as Record<string, unknown>) : res.body.data;
      answers.set(target, { data: normalise(data), statements });
    }
    const ceiling = answers.get('ceiling')?.data;
    for (const [target, a] of answers) {
      if (opts.before && target === 'graphql') continue;
      const diff = firstDifference(a.data, ceiling);
      if (diff) throw new Error(`gate ${c.name}: ${target}'s body differs from the ceiling's at ${diff}`);
    }
    const items = (ceiling as { items?: { id: string }[] }).items;
    if (items?.[0]) firstIds.set(c.name, items[0].id);
    log(`gate ${c.name}: same bodies; statements ${[...answers].map(([t, a]) => `${t} ${a.statements}`).join(', ')}`);
    if (opts['gates-only']) continue;
    for (const connections of CONNECTIONS) {
      const runs = new Map<Target, Measure[]>();
      for (let r = 0; r < timing.repeats; r++) {
        for (const target of TARGETS) {
          const req = requests[target];
          if (!req) continue;
          const m = await load(req, connections);
          if (m.non2xx || m.errors) throw new Error(`${c.name} / ${target} at ${connections}: ${m.non2xx} non-2xx, ${m.errors} errors`);
          runs.set(target, [...(runs.get(target) ?? []), m]);
        }
      }
      for (const [target, ms] of runs)
        rows.push({ case: c.name, connections, target, ...median(ms), statements: answers.get(target)?.statements ?? 0 });
      log(
        `${c.name} @${connections}: ${rows
          .slice(-runs.size)
          .map((x) => `${x.target} ${x.rps.toFixed(0)} req/s p99 ${x.p99} ms`)
          .join(' · ')}`,
      );
    }
  }
}

interface Measure {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}
interface Row extends Omit<Measure, 'non2xx' | 'errors'> {
  case: string;
  connections: number;
  target: Target;
  statements: number;
}

async function load(req: Request, connections: number): Promise<Measure> {
  const run = (duration: number) =>
    autocannon({ url: req.url, method: 'POST', headers: req.headers, body: req.body, connections, duration });
  await run(timing.warmup);
  const r = await run(timing.duration);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts };
}

function median(ms: Measure[]): Omit<Measure, 'non2xx' | 'errors'> {
  const mid = <T>(xs: T[], key: (x: T) => number) => [...xs].sort((a, b) => key(a) - key(b))[Math.floor(xs.length / 2)];
  const byRps = mid(ms, (m) => m.rps);
  return { rps: byRps.rps, p50: mid(ms, (m) => m.p50).p50, p99: mid(ms, (m) => m.p99).p99 };
}

async function report(rows: Row[]): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const pgVersion = (await client.query('SHOW server_version')).rows[0].server_version;
  await client.end();
  const root = new URL('../../../', import.meta.url).pathname;
  const version = (name: string, dir = root) =>
    JSON.parse(readFileSync(`${dir}node_modules/${name}/package.json`, 'utf8')).version as string;
  const lines = [
    '# Bench: the dashboard through /graphql, its SQL ceiling and PostGraphile',
    '',
    `Generated by \`npm run bench${opts.quick ? ' -- --quick' : ''}${opts.before ? ' --before (main’s server, lists with every field, graphql bodies not gated)' : ''}\` on ${new Date().toISOString()}.`,
    '',
    `- machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, load average at the end ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (shared: compare ratios within this run, not figures across runs)`,
    `- versions: Node ${process.version}, PostgreSQL ${pgVersion}, @apollo/server ${version('@apollo/server')}, type-graphql ${version('type-graphql')}, typeorm ${version('typeorm')}, graphql ${version('graphql')}, PostGraphile ${version('postgraphile', graphileDir)} (graphql ${version('graphql', graphileDir)}), autocannon ${version('autocannon')}`,
    `- dataset ${dataset.size} (seed ${dataset.seed}): ${Object.entries(dataset.counts)
      .map(([k, v]) => `${k} ${v.toLocaleString('en')}`)
      .join(', ')}`,
    `- caller: bench_admin, an administrator of ${REGION}; pool ${POOL} connections for every target; ${timing.warmup} s warm-up, ${timing.duration} s measured, ${timing.repeats} repeat(s), median; targets alternate`,
    '- gate before each row: bodies deep-equal to the ceiling’s after normalisation, no `errors`, no non-2xx; statements = SQL statements one request sent (ours include the sign-in check of the caller)',
    '',
    '| case | conns | target | req/s | × ceiling | p50 ms | p99 ms | statements |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    const ceiling = rows.find((x) => x.case === r.case && x.connections === r.connections && x.target === 'ceiling');
    // no request answered within autocannon's 10 s: the ratio has no meaning
    const ratio = ceiling?.rps && r.rps ? (r.rps / ceiling.rps).toFixed(2) : ceiling && !ceiling.rps && r.rps ? '> ceiling' : '—';
    lines.push(
      `| ${r.case} | ${r.connections} | ${r.target} | ${r.rps ? r.rps.toFixed(0) : '0 (all > 10 s)'} | ${ratio} | ${r.p50} | ${r.p99} | ${r.statements} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export type { BenchCase };
