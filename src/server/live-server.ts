import type http from 'node:http';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { GraphQLSchema } from 'graphql';
import type { App } from '../app';
import type { Viewer } from '../auth/viewer';
import { badInput, DomainError } from '../common/errors';
import { contextFor, viewerOfToken } from '../context/build-context';
import type { Context } from '../context/context';
import { bindConnection, LiveCloseCode, LiveConnection } from '../events/live-connection';
import { formatError } from './format-error';
import { subscribeShared } from './shared-execution';
import { log } from '../observability/logger';
import { watchLiveConnections } from '../observability/metrics';
import { MAX_BODY_BYTES, prepareOperation } from './query-limits';

export interface LiveServer {
  stop(): Promise<void>;
}

/** The viewer of connection_init's token; a refused token is no viewer, anything else (the database down) an internal error (4500). */
async function viewerOrNull(app: App, authorization: unknown): Promise<Viewer | null> {
  try {
    return await viewerOfToken(app, authorization);
  } catch (e) {
    if (e instanceof DomainError) return null;
    throw e;
  }
}

/** An operation's errors, logged (when unexpected) with the operation's request id. */
const formatted = (errors: readonly GraphQLError[], ctx: Context): GraphQLFormattedError[] => {
  const logger = log.child({ requestId: ctx.requestId });
  return errors.map((e) => formatError(e.toJSON(), e, logger));
};

/**
 * graphql-ws validates documents itself: its errors carry no code yet (Apollo adds it over HTTP).
 * A document refused before it runs has no operation context yet: an unexpected error here is logged without a request id.
 */
const invalidDocument = (errors: readonly GraphQLError[]): GraphQLFormattedError[] =>
  errors.map((e) =>
    e.originalError || e.extensions.code
      ? formatError(e.toJSON(), e)
      : { ...e.toJSON(), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
  );

/**
 * graphql-ws (graphql-transport-ws) at /graphql on the HTTP server's port. The token comes in
 * connection_init's payload; without a valid one the socket closes with 4401 before any
 * subscription starts. The client's address is found as over HTTP (TRUST_PROXY). Limits: subscriptions per connection, a bounded backlog (4413, see
 * live-connection.ts), keep-alive pings, and a periodic re-check of idle connections' viewers.
 */
export function startLiveServer(
  app: App,
  schema: GraphQLSchema,
  httpServer: http.Server,
  clientAddress: (request: http.IncomingMessage) => string | undefined,
): LiveServer {
  const { config } = app;
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: MAX_BODY_BYTES });
  const connections = new Map<WebSocket, LiveConnection>();
  const limits = {
    maxQueuedEvents: config.LIVE_MAX_QUEUED_EVENTS,
    maxBufferedBytes: config.LIVE_MAX_BUFFERED_BYTES,
    maxSubscriptions: config.LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION,
  };
  const unwatch = watchLiveConnections(connections);
  const connectionOf = (socket: WebSocket): LiveConnection => {
    const connection = connections.get(socket);
    if (!connection) throw new Error('A live operation on a connection that was not acknowledged');
    return connection;
  };

  const server = useServer<Record<string, unknown> | undefined, { socket: WebSocket; request: http.IncomingMessage }>(
    {
      schema,
      subscribe: subscribeShared,
      async onConnect(ctx) {
        const viewer = await viewerOrNull(app, ctx.connectionParams?.authorization);
        if (!viewer) {
          ctx.extra.socket.close(LiveCloseCode.Unauthorized, 'Unauthorized: send { "authorization": "Bearer <token>" } in connection_init');
          return false;
        }
        connections.set(ctx.extra.socket, new LiveConnection(viewer, ctx.extra.socket, limits));
        return true;
      },
      context: (ctx) => {
        const connection = connectionOf(ctx.extra.socket);
        return bindConnection(contextFor(app, connection.viewer, clientAddress(ctx.extra.request)), connection);
      },
      onSubscribe(ctx, id, payload) {
        const { operations } = connectionOf(ctx.extra.socket);
        if (operations.size >= limits.maxSubscriptions) {
          return [badInput(`At most ${limits.maxSubscriptions} subscriptions per connection`, { reason: 'TOO_MANY_SUBSCRIPTIONS' })];
        }
        const prepared = prepareOperation(schema, payload);
        if (!('document' in prepared)) return prepared;
        operations.add(id);
        return prepared;
      },
      // An operation ends with a complete, or with an error alone (e.g. an invalid document).
      onComplete(ctx, id) {
        connections.get(ctx.extra.socket)?.operations.delete(id);
      },
      onError(ctx, id, _payload, errors) {
        connections.get(ctx.extra.socket)?.operations.delete(id);
        return invalidDocument(errors);
      },
      onNext: (_ctx, _id, _payload, args, result) =>
        result.errors ? { ...result, errors: formatted(result.errors, args.contextValue as Context) } : undefined,
      onClose(ctx) {
        connections.delete(ctx.extra.socket);
      },
    },
    wss,
    config.LIVE_KEEPALIVE_MS,
  );

  // A connection that receives nothing still loses a token that expired or an account deactivated.
  const recheck = setInterval(() => {
    for (const connection of connections.values()) {
      void app.live.guard.allows(connection.viewer).then((allowed) => {
        if (!allowed) connection.close(LiveCloseCode.Unauthorized, 'The token expired or the account was deactivated: sign in again');
      });
    }
  }, config.LIVE_RECHECK_MS);
  recheck.unref();

  return {
    async stop() {
      clearInterval(recheck);
      // dispose() waits for every client's close handshake; one that does not answer is dropped.
      const drop = setTimeout(() => wss.clients.forEach((socket) => socket.terminate()), 1_000);
      await server.dispose();
      clearTimeout(drop);
      unwatch();
    },
  };
}
