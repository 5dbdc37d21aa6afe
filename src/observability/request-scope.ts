import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import type { SqlTally } from '../db/sql-counter';
import { log } from './logger';

/** What the request's log line reports beyond method, path, status and duration. */
export interface RequestFacts {
  operation?: string;
  userId?: string;
  office?: string;
  errors?: string[];
}

/** One HTTP request as the logs see it: its logger (bound to the request id) and its facts. */
export interface RequestScope {
  readonly log: Logger;
  facts: RequestFacts;
  /**
   * The SQL statements of a GraphQL request and its deadline (db/sql-counter.ts): kept here so
   * that a request has one async context store, not one per concern (each costs on every promise).
   */
  sql?: SqlTally;
}

/**
 * The scope of an HTTP request. Its logger (a child of the process logger bound to the request
 * id) is made the first time something logs through it: most requests never do, and a pino
 * child per request was a cost of every request (issue 12).
 */
export class HttpRequestScope implements RequestScope {
  facts: RequestFacts = {};
  sql?: SqlTally = undefined;
  private child: Logger | undefined;

  constructor(readonly requestId: string) {}

  get log(): Logger {
    return (this.child ??= log.child({ requestId: this.requestId }));
  }
}

// The log line is written on the response's finish, outside the request's async context: by request.
const byRequest = new WeakMap<IncomingMessage, HttpRequestScope>();
// Apollo's plugins and formatError do not see the request: by async context.
const current = new AsyncLocalStorage<RequestScope>();

/** Runs `next` (the rest of the request's handling) inside `scope`, the scope of `req`. */
export function enterRequestScope(req: IncomingMessage, scope: HttpRequestScope, next: () => void): void {
  byRequest.set(req, scope);
  current.run(scope, next);
}

/** Runs `fn` inside a scope of its own (outside an HTTP request: tests, scripts). */
export function withRequestScope<T>(scope: RequestScope, fn: () => T): T {
  return current.run(scope, fn);
}

export const scopeOfRequest = (req: IncomingMessage): HttpRequestScope | undefined => byRequest.get(req);

export const currentRequestScope = (): RequestScope | undefined => current.getStore();

/** The logger of the request being served (its lines carry the request id), else the process logger. */
export const requestLog = (): Logger => current.getStore()?.log ?? log;
