import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { App } from '../app';
import type { Context } from '../context/context';
import { httpContext } from '../context/build-context';
import { withSqlTally, type SqlTally } from '../db/sql-counter';
import { MODULES } from '../modules';
import { compiledExecution } from './compiled-execution';
import { formatError } from './format-error';
import { MAX_BODY_BYTES, MAX_TOKENS, queryLimitsPlugin } from './query-limits';
import { failureCode, failureStatusPlugin, SERVICE_UNAVAILABLE, unavailable } from './failures';
import { deadlinePlugin } from './deadline';
import { jsonErrors, notFoundJson, requireJson } from './request-errors';
import { readiness } from './readiness';
import { startLiveServer } from './live-server';
import { dashboard } from './dashboard';
import { registerExplorer } from './explorer';
import { configureLogging } from '../observability/logger';
import { observeRequests } from '../observability/http-observability';
import { scopeOfRequest } from '../observability/request-scope';
import { observabilityPlugin } from '../observability/graphql-plugin';
import { metricsEndpoint } from '../observability/metrics-endpoint';
import { watchPool } from '../observability/metrics';

export interface IrmServer {
  url: string;
  port: number;
  httpServer: http.Server;
  /** Stops accepting, finishes requests in flight, then resolves. */
  stop(): Promise<void>;
}

const tallies = new WeakMap<express.Request, SqlTally>();

type TrustProxy = (address: string, hop: number) => boolean;

/**
 * The client's address of a request express does not see (the WebSocket upgrade), found as
 * express finds req.ip: from the socket back through X-Forwarded-For, the first hop not trusted.
 */
function clientAddress(request: http.IncomingMessage, trust: TrustProxy): string | undefined {
  const socketAddress = request.socket.remoteAddress;
  if (!socketAddress) return undefined;
  const forwarded = String(request.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean)
    .reverse();
  const chain = [socketAddress, ...forwarded];
  const hop = chain.findIndex((address, i) => i === chain.length - 1 || !trust(address, i));
  return chain[hop];
}

/**
 * Reports the statements a request sent in `extensions.sqlStatements` (SQL_STATEMENT_COUNT=true),
 * and in `sqlStatementsInExecution` those its resolvers sent (not the viewer's look-up).
 */
function sqlStatementPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let before: number | undefined;
      return {
        async executionDidStart({ contextValue }) {
          before = contextValue.sqlTally?.statements;
        },
        async willSendResponse({ contextValue, response }) {
          const tally = contextValue.sqlTally;
          if (tally && response.body.kind === 'single') {
            const inExecution = before === undefined ? undefined : tally.statements - before;
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              sqlStatements: tally.statements,
              sqlStatementsInExecution: inExecution,
            };
          }
        },
      };
    },
  };
}

export async function startHttpServer(app: App, schema: GraphQLSchema, port: number, host: string): Promise<IrmServer> {
  const web = express();
  const httpServer = http.createServer(web);
  let ready = false;
  const countSql = app.config.SQL_STATEMENT_COUNT;
  configureLogging(app.config);
  const unwatchPool = watchPool(app.dataSource);

  const apollo = new ApolloServer<Context>({
    // The schema, executed by compiled queries (issue 12).
    gateway: compiledExecution(schema),
    formatError,
    // Stack traces only when NODE_ENV=development is set explicitly.
    includeStacktraceInErrorResponses: app.config.NODE_ENV === 'development',
    parseOptions: { maxTokens: MAX_TOKENS },
    // No client of the contract uses automatic persisted queries: one way to send a document.
    persistedQueries: false,
    introspection: true,
    // main.ts owns SIGTERM: stop accepting, finish requests in flight, then close the database.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      observabilityPlugin(),
      // No HTTP cache hints or Apollo Studio here: these built-ins would otherwise wrap every
      // resolved field (cache control's willResolveField) and cost on every read (issue 12).
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      queryLimitsPlugin(),
      failureStatusPlugin(),
      deadlinePlugin(app.config.OPERATION_TIMEOUT_MS),
      ...(countSql ? [sqlStatementPlugin()] : []),
    ],
  });
  await apollo.start();

  web.disable('x-powered-by');
  // No ETag on res.send bodies: express hashed every GraphQL response (POST, never revalidated) to make one (issue 12).
  web.set('etag', false);
  // Behind a load balancer every client would share its address, and so its sign-in limit (TRUST_PROXY).
  web.set('trust proxy', app.config.TRUST_PROXY);
  const trustProxy = web.get('trust proxy fn') as TrustProxy;
  web.use(observeRequests());
  web.get('/metrics', metricsEndpoint(app.config.METRICS_TOKEN));
  const ready$ = readiness(app);
  web.get('/healthz', (_req, res) => {
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'starting' });
  });
  web.get('/readyz', async (_req, res) => {
    const { ready: dependencies, checks } = await ready$.check();
    res.status(ready && dependencies ? 200 : 503).json({ status: ready && dependencies ? 'ready' : 'unavailable', checks });
  });
  for (const module of MODULES) module.routes?.(web, app);
  registerExplorer(web);
  web.use('/dashboard', dashboard());
  web.use(
    '/graphql',
    (req, _res, next) => {
      const tally = { statements: 0 };
      tallies.set(req, tally);
      withSqlTally(tally, next);
    },
    requireJson,
    express.json({ limit: MAX_BODY_BYTES }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const ctx = await httpContext(app, req.headers.authorization, req.ip).catch((e: unknown) => {
          throw failureCode(e) === SERVICE_UNAVAILABLE ? unavailable() : e;
        });
        return { ...ctx, requestId: scopeOfRequest(req)?.requestId ?? ctx.requestId, sqlTally: tallies.get(req) };
      },
    }),
  );
  web.use(notFoundJson);
  web.use(jsonErrors);

  const live = startLiveServer(app, schema, httpServer, (request) => clientAddress(request, trustProxy));

  // A taken port must fail the start (main exits), not leave a process that never serves.
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const actualPort = (httpServer.address() as AddressInfo).port;
  ready = true;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    httpServer,
    async stop() {
      ready = false;
      await live.stop();
      await apollo.stop();
      unwatchPool();
      await ready$.close();
    },
  };
}
