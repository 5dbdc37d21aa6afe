import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import type { SerializedRequest, SerializedResponse } from 'pino';
import { log } from './logger';
import { httpRequestDuration } from './metrics';
import { enterRequestScope, scopeOfRequest } from './request-scope';

/** Route labels: a fixed set, so a scan of random paths adds no series. */
const ROUTES = ['/graphql', '/dashboard', '/reports/quarterly', '/reports/unified-pool', '/healthz', '/readyz', '/metrics'];
/** Probes and scrapes come every few seconds: timed, not logged. */
const UNLOGGED = new Set(['/healthz', '/readyz', '/metrics']);
/** A request id set by a proxy in front is kept when it looks like one. */
const INCOMING_ID = /^[\w.:-]{8,64}$/;

const pathOf = (req: IncomingMessage): string => (req.url ?? '/').split('?')[0];
const routeOf = (path: string): string => ROUTES.find((route) => path === route || path.startsWith(`${route}/`)) ?? 'other';

function requestId(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && INCOMING_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}

/**
 * Request logging and timing, first in the middleware chain: one JSON line per request
 * (request id, method, path without the query, status, duration, and what the GraphQL layer
 * adds: operation, user, office, error codes), the request duration histogram, and the
 * request's scope for the layers that do not see the request (Apollo plugins, formatError).
 */
export function observeRequests(): RequestHandler[] {
  const logRequests = pinoHttp({
    logger: log,
    genReqId: requestId,
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    autoLogging: { ignore: (req) => UNLOGGED.has(pathOf(req)) },
    // Headers stay out: they hold bearer tokens.
    serializers: {
      req: (req: SerializedRequest) => ({ method: req.method, path: req.url.split('?')[0] }),
      res: (res: SerializedResponse) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    customSuccessMessage: () => 'request completed',
    // A 5xx answered on purpose (503 while the database is down) is not a thrown error: pino-http
    // would invent one with a stack; the cause, when there is one, is logged where it happened.
    customErrorMessage: (_req, res) => `request failed with status ${res.statusCode}`,
    customErrorObject: (_req, res, error, val: Record<string, unknown>) =>
      res.err || !error.message.startsWith('failed with status code') ? val : { ...val, err: undefined },
    customProps: (req) => scopeOfRequest(req)?.facts ?? {},
  });
  const timeAndScope: RequestHandler = (req, res, next) => {
    const end = httpRequestDuration.startTimer({ method: req.method, route: routeOf(pathOf(req)) });
    res.on('finish', () => end({ status: String(res.statusCode) }));
    enterRequestScope(req, req.log, next);
  };
  return [logRequests, timeAndScope];
}
