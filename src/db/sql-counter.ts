import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'typeorm';
import { log } from '../observability/logger';

/** SQL statements sent while serving one request. */
export interface SqlTally {
  statements: number;
}

const store = new AsyncLocalStorage<SqlTally>();

/** Runs `fn` with a fresh tally that every statement it sends (through TypeORM) is counted in. */
export function withSqlTally<T>(tally: SqlTally, fn: () => T): T {
  return store.run(tally, fn);
}

const BRACKETS = /^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)/i;

/**
 * TypeORM logger: counts statements per request (not transaction brackets). SQL text is logged
 * at debug only (it can be long and name data); a slow statement is a warning with its first 300 characters.
 */
export class SqlLogger implements Logger {
  constructor(private readonly verbose: boolean) {}

  logQuery(query: string): void {
    const tally = store.getStore();
    if (tally && !BRACKETS.test(query)) tally.statements += 1;
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
