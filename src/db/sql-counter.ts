import { GraphQLError } from 'graphql';
import type { Logger } from 'typeorm';
import { log } from '../observability/logger';
import { currentRequestScope, withRequestScope } from '../observability/request-scope';
import { TIMEOUT } from '../server/failures';

/** SQL statements sent while serving one request, and the time by which the request must end. */
export interface SqlTally {
  statements: number;
  /** Epoch ms after which no further statement is sent (set when the operation starts executing). */
  deadline?: number;
  timeoutMs?: number;
}

/**
 * Runs `fn` with a tally that every statement it sends (through TypeORM) is counted in. The tally
 * lives in the request's scope (observability/request-scope.ts), the one async context store of a
 * request; outside a request, `fn` gets a scope of its own.
 */
export function withSqlTally<T>(tally: SqlTally, fn: () => T): T {
  const scope = currentRequestScope();
  if (scope) {
    scope.sql = tally;
    return fn();
  }
  return withRequestScope({ log, facts: {}, sql: tally }, fn);
}

const BRACKETS = /^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)/i;

/**
 * TypeORM logger: counts statements per request (not transaction brackets). SQL text is logged
 * at debug only (it can be long and name data); a slow statement is a warning with its first 300 characters.
 */
export class SqlLogger implements Logger {
  constructor(private readonly verbose: boolean) {}

  /**
   * Called by TypeORM right before each statement is sent. Also where an operation's time limit
   * is enforced (server/deadline.ts): time is spent in SQL, so a statement that would start
   * after the deadline fails with TIMEOUT instead; checked here, it costs nothing per field.
   * Transaction brackets always go through (a ROLLBACK must never be refused).
   */
  logQuery(query: string): void {
    const tally = currentRequestScope()?.sql;
    if (tally && !BRACKETS.test(query)) {
      tally.statements += 1;
      if (tally.deadline !== undefined && Date.now() > tally.deadline) {
        throw new GraphQLError(`The operation ran longer than ${tally.timeoutMs} ms and was stopped`, { extensions: { code: TIMEOUT } });
      }
    }
    if (this.verbose) log.debug({ sql: query }, 'sql');
  }

  logQueryError(error: string | Error, query: string): void {
    if (this.verbose) log.debug({ sql: query, error: String(error) }, 'sql failed');
  }

  logQuerySlow(time: number, query: string): void {
    log.warn({ durationMs: time, sql: query.slice(0, 300) }, 'slow sql statement');
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    if (this.verbose) log.debug({ migration: message }, 'migration');
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') log.warn({ typeorm: String(message) }, 'typeorm warning');
  }
}
