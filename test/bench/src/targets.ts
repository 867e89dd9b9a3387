import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { startApp as StartApp } from '../../../server/src/app.js';
import type { readConfig as ReadConfig } from '../../../server/src/config.js';
import type { openDatabase as OpenDatabase } from '../../../server/src/db/data-source.js';
import { CASES } from './cases.js';

/**
 * The three targets of the bench in one process, one port each, loaded one at a time: our server
 * (/graphql), the SQL ceiling (a bare node:http handler, a pg pool of the same size, one statement
 * per case) and PostGraphile 4 on the same database. `/stats` on the control port counts the SQL
 * statements each has sent, so the bench reads the statements of one request.
 */
const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error('BENCH_DATABASE_URL is required');
const poolSize = Number(process.env.BENCH_POOL_SIZE ?? 10);
const statements = { graphql: 0, ceiling: 0, postgraphile: 0 };
// BENCH_SERVER_SRC: another checkout's server (main's, for a before/after in one harness)
const src = process.env.BENCH_SERVER_SRC ?? new URL('../../../server/src/', import.meta.url).pathname;
const { startApp } = (await import(`${src}app.js`)) as { startApp: typeof StartApp };
const { readConfig } = (await import(`${src}config.js`)) as { readConfig: typeof ReadConfig };
const { openDatabase } = (await import(`${src}db/data-source.js`)) as { openDatabase: typeof OpenDatabase };

const listen = (server: Server) =>
  new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));

// ours: the real app, its statements counted where TypeORM sends each one
const dataSource = await openDatabase(url, { ...readConfig({ NODE_ENV: 'test' }), dbPoolSize: poolSize });
const logger = dataSource.logger as { logQuery: (...args: unknown[]) => void };
const logQuery = logger.logQuery.bind(logger);
logger.logQuery = (...args) => {
  statements.graphql++;
  logQuery(...args);
};
const app = await startApp(dataSource, {
  ...readConfig({ NODE_ENV: 'test' }),
  port: 0,
  jwtSecret: 'bench-secret',
  graphqlIntrospection: true,
  dbPoolSize: poolSize,
});

// the ceiling: one hand-written statement per case, its JSON sent as it comes
const RAW = { getTypeParser: () => (value: string) => value } as unknown as pg.CustomTypesConfig;
const ceilingPool = new pg.Pool({ connectionString: url, max: poolSize });
const ceiling = createServer(async (req: IncomingMessage, res: ServerResponse) => {
  const body = await read(req);
  const { name, params } = JSON.parse(body) as { name: string; params: unknown[] };
  const found = CASES.find((c) => c.name === name);
  if (!found) {
    res.writeHead(404).end();
    return;
  }
  statements.ceiling++;
  // the statement's JSON text as PostgreSQL wrote it, never parsed and serialised again
  const { rows } = await ceilingPool.query({ text: found.ceiling, values: params, rowMode: 'array', types: RAW });
  const text = `{"data":${rows[0][0]}}`;
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
});
const ceilingPort = await listen(ceiling);

// PostGraphile 4 with its own graphql 15 and pg (bench/postgraphile, installed on first use)
const requireGraphile = createRequire(fileURLToPath(new URL('../postgraphile/package.json', import.meta.url)));
const { postgraphile } = requireGraphile('postgraphile');
const graphilePg = requireGraphile('pg') as typeof pg;
// its inflector names both ends of the ledger's self-reference alike: a smart comment names them (scratch database only)
await ceilingPool.query(
  `COMMENT ON CONSTRAINT fund_postings_reversal_of_fkey ON fund_postings IS E'@fieldName reversedPosting\\n@foreignSingleFieldName reversingPosting\\n@foreignFieldName reversingPostings'`,
);
const graphilePool = new graphilePg.Pool({ connectionString: url, max: poolSize });
const clientQuery = graphilePg.Client.prototype.query;
graphilePg.Client.prototype.query = function (this: pg.Client, ...args: never[]) {
  statements.postgraphile++;
  return (clientQuery as (...a: never[]) => unknown).apply(this, args);
} as typeof clientQuery;
const graphile = createServer(
  postgraphile(graphilePool, 'public', {
    disableDefaultMutations: true,
    ignoreRBAC: false,
    setofFunctionsContainNulls: false,
    disableQueryLog: true,
    dynamicJson: true,
    enableQueryBatching: false,
    retryOnInitFail: false,
  }),
);
const graphilePort = await listen(graphile);

const control = createServer((req, res) => {
  if (req.url === '/stats') res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(statements));
  else res.writeHead(404).end();
});
const controlPort = await listen(control);

process.stdout.write(`${JSON.stringify({ graphql: app.port, ceiling: ceilingPort, postgraphile: graphilePort, control: controlPort })}\n`);

const stop = async () => {
  await app.close();
  for (const s of [ceiling, graphile, control]) s.close();
  await Promise.allSettled([ceilingPool.end(), graphilePool.end(), dataSource.destroy()]);
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

function read(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (c) => {
      text += c;
    });
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}
