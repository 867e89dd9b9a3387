import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { DataSource } from 'typeorm';
import type { Context } from './common/context.js';
import { formatError } from './common/format-error.js';
import { createLoaders } from './common/loaders.js';
import { PARSE_OPTIONS, requestGuardPlugin } from './common/request-guards.js';
import { serviceUnavailableStatus, unavailableIn } from './common/service-unavailable.js';
import type { ServerConfig } from './config.js';
import { bodyErrors, refuseDeclaredOversize, unknownPath } from './http/body-errors.js';
import { serveDashboard } from './http/dashboard.js';
import { graphqlExplorer } from './http/explorer.js';
import { useHealthChecks } from './http/health.js';
import { httpRoutes } from './http/routes.js';
import { useSecurityHeaders } from './http/security-headers.js';
import { logger } from './logger.js';
import { loadCaller } from './modules/auth/auth.service.js';
import { TokenSigner } from './modules/auth/token.js';
import { createSchema } from './schema.js';

/** A GraphQL request of the dashboard is a few kB; 4 MB leaves room for a batch of 5,000 declared records (about 1.2 MB) in one call. */
const GRAPHQL_BODY_LIMIT_BYTES = 4 * 2 ** 20;

export interface RunningApp {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The HTTP server: GraphQL at /graphql and the built dashboard at /, on one port. */
export async function startApp(dataSource: DataSource, config: ServerConfig): Promise<RunningApp> {
  const signer = new TokenSigner(tokenSecret(config), config.tokenTtlSeconds);
  const app = express();
  const httpServer = createServer(app);
  const callerOf = async (req: express.Request) => {
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    const userId = token ? await signer.verify(token) : null;
    return userId ? await loadCaller(dataSource, userId) : null;
  };
  // exports, imports and the job queue (the settlement mutation submits to it too): a caller who must change their password first is no caller there yet
  const routes = await httpRoutes(dataSource, config, async (req) => {
    const caller = await callerOf(req);
    return caller?.mustChangePassword ? null : caller;
  });
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(dataSource, signer, routes.queue),
    introspection: config.graphqlIntrospection,
    // Without introspection, "Did you mean …" suggestions would still reveal the schema.
    hideSchemaDetailsFromClientErrors: !config.graphqlIntrospection,
    includeStacktraceInErrorResponses: !config.production,
    parseOptions: PARSE_OPTIONS,
    // main.ts owns the signals: it drains HTTP, then closes the pool and the embedded database.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) =>
      formatError(formatted, error, (e) => logger.error({ err: e }, 'unexpected error'), config.production),
    plugins: [
      requestGuardPlugin(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      serviceUnavailableStatus,
      // no Apollo landing page (its Sandbox loads from a CDN): our offline GraphiQL, where enabled
      ApolloServerPluginLandingPageDisabled(),
      // installed by default, it wraps every resolved field (willResolveField) for cache hints we never send
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  app.set('trust proxy', config.trustProxy);
  useSecurityHeaders(app, config.production, config.graphqlExplorer);
  useHealthChecks(app, dataSource);
  if (config.graphqlExplorer) app.get('/graphql', graphqlExplorer());
  app.use(
    '/graphql',
    refuseDeclaredOversize(GRAPHQL_BODY_LIMIT_BYTES),
    express.json({ limit: GRAPHQL_BODY_LIMIT_BYTES }),
    expressMiddleware(apollo, {
      context: unavailableIn(async ({ req }) => ({
        caller: await callerOf(req),
        loaders: createLoaders(dataSource),
        clientAddress: req.ip ?? req.socket.remoteAddress ?? '',
      })),
    }),
  );
  app.use(routes.router);
  serveDashboard(app, config.adminDist);
  app.use(unknownPath);
  app.use(bodyErrors);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, resolve);
  });
  const port = (httpServer.address() as { port: number }).port;
  return { url: `http://localhost:${port}`, port, close: () => closeAll(apollo, httpServer).finally(routes.close) };
}

function tokenSecret(config: ServerConfig): string {
  if (config.jwtSecret) return config.jwtSecret;
  if (config.production) throw new Error('JWT_SECRET must be set when NODE_ENV=production');
  // Development: a fresh secret per start; signed-in users simply log in again after a restart.
  return randomBytes(32).toString('hex');
}

async function closeAll(apollo: ApolloServer<Context>, httpServer: Server): Promise<void> {
  await apollo.stop();
  if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
}
