import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { startApp } from './app.js';
import { ConfigError, readConfig, type ServerConfig } from './config.js';
import { createDataSource, openDatabase } from './db/data-source.js';
import { type EmbeddedDatabase, EmbeddedDatabaseError, startEmbeddedPostgres } from './db/embedded.js';
import { productionRefusals } from './db/production-checks.js';
import { bootstrapAdministrator } from './db/seed/bootstrap.js';
import { demoLoginsText, seedDemoData } from './db/seed/seed.js';
import { logger } from './logger.js';

/** `npm start`: the database (DATABASE_URL, or an embedded one), migrations, demo data, the server. */
async function main(): Promise<void> {
  let config: ServerConfig;
  try {
    config = readConfig();
  } catch (error) {
    console.error(`启动失败 (start failed): ${(error as Error).message}`);
    process.exit(1);
  }
  let embedded: EmbeddedDatabase | undefined;
  let dataSource: DataSource | undefined;
  const stop = async (code: number) => {
    // The drain waits up to 10 s for requests in flight; whatever still hangs after 15 s is abandoned.
    setTimeout(() => process.exit(code || 1), 15_000).unref();
    await app?.close().catch(() => undefined);
    await dataSource?.destroy().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(code);
  };
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  process.once('SIGHUP', () => void stop(0));
  try {
    if (!config.databaseUrl) {
      logger.info(`starting embedded PostgreSQL in ${config.dataDir}`);
      embedded = await startEmbeddedPostgres(config.dataDir, 'ltci');
    }
    dataSource = await openDatabase(config.databaseUrl ?? (embedded as EmbeddedDatabase).url, config);
    if (config.appDatabaseUrl) {
      // Migrations ran as the owner; serve as the application role, which cannot rewrite the audit trail.
      await dataSource.destroy();
      dataSource = await createDataSource(config.appDatabaseUrl, config).initialize();
    }
    const refusals = config.production ? await productionRefusals(dataSource) : [];
    if (refusals.length) throw new ConfigError(refusals.join('; '));
    await bootstrapAdministrator(dataSource, process.env);
    const seeded = config.production ? false : await seedDemoData(dataSource);
    app = await startApp(dataSource, config);
    logger.info({ seeded }, `listening on ${app.url}`);
    if (!config.production)
      console.log(`\n${demoLoginsText(app.url)}\n按 Ctrl-C 停止 (Ctrl-C stops the server and the embedded database)\n`);
  } catch (error) {
    console.error(`启动失败 (start failed): ${oneLine(error, config.port)}`);
    await stop(1);
  }
}

function oneLine(error: unknown, port: number): string {
  if (error instanceof EmbeddedDatabaseError) return error.message;
  const text = String((error as Error)?.message ?? error);
  if (text.includes('EADDRINUSE')) return `端口 ${port} 已被占用，请用 PORT=4001 npm start 换一个端口`;
  if (/ECONNREFUSED|password authentication|does not exist/.test(text)) return `无法连接 DATABASE_URL 指向的数据库：${text}`;
  return text;
}

await main();
