import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { log } from './logger';
import { httpRequestDuration } from './metrics';
import { enterRequestScope, HttpRequestScope } from './request-scope';

/** Route labels: a fixed set, so a scan of random paths adds no series. */
const ROUTES = ['/graphql', '/dashboard', '/reports/quarterly', '/reports/unified-pool', '/healthz', '/readyz', '/metrics'];
/** Probes and scrapes come every few seconds: timed, not logged. */
const UNLOGGED = new Set(['/healthz', '/readyz', '/metrics']);
/** A request id set by a proxy in front is kept when it looks like one. */
const INCOMING_ID = /^[\w.:-]{8,64}$/;

const pathOf = (req: IncomingMessage): string => {
  const url = req.url ?? '/';
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
};
const routeOf = (path: string): string => ROUTES.find((route) => path === route || path.startsWith(`${route}/`)) ?? 'other';

function requestId(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && INCOMING_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}

/**
 * The request's line, once, when the response is done (finished, or its connection closed or
 * failed first): request id, method, path without the query, what the GraphQL layer added
 * (operation, user, office, error codes), status and duration; at error for a failure or a 5xx.
 * Headers stay out: they hold bearer tokens.
 */
function logLine(req: IncomingMessage, res: ServerResponse, path: string, scope: HttpRequestScope, durationMs: number, err?: Error): void {
  const failed = Boolean(err) || res.statusCode >= 500;
  if (!log.isLevelEnabled(failed ? 'error' : 'info')) return;
  const line = {
    requestId: scope.requestId,
    req: { method: req.method, path },
    ...scope.facts,
    res: { statusCode: res.statusCode },
    durationMs,
  };
  // A 5xx answered on purpose (503 while the database is down) is no thrown error: no invented
  // error and stack; the cause, when there is one, is logged where it happened.
  if (err) log.error({ ...line, err }, 'request errored');
  else if (failed) log.error(line, `request failed with status ${res.statusCode}`);
  else log.info(line, 'request completed');
}

/**
 * Request logging and timing, first in the middleware chain: one JSON line per request (see
 * logLine), the request duration histogram, and the request's scope for the layers that do not
 * see the request (Apollo plugins, formatError). Written by hand rather than with pino-http,
 * which made three pino child loggers for every request even when the line was below the log
 * level (issue 12).
 */
export function observeRequests(): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    const path = pathOf(req);
    const scope = new HttpRequestScope(requestId(req, res));
    const done = (err?: Error) => {
      res.off('close', done);
      res.off('error', done);
      const seconds = (performance.now() - started) / 1000;
      if (res.writableFinished) {
        httpRequestDuration.observe({ method: req.method, route: routeOf(path), status: String(res.statusCode) }, seconds);
      }
      if (!UNLOGGED.has(path)) logLine(req, res, path, scope, Math.round(seconds * 1000), err);
    };
    res.on('close', done);
    res.on('error', done);
    enterRequestScope(req, scope, next);
  };
}
