import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'typeorm';

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

/** TypeORM logger: counts statements per request (not transaction brackets) and logs errors. */
export class SqlLogger implements Logger {
  constructor(private readonly verbose: boolean) {}

  logQuery(query: string): void {
    const tally = store.getStore();
    if (tally && !BRACKETS.test(query)) tally.statements += 1;
    if (this.verbose) console.debug(`[sql] ${query}`);
  }

  logQueryError(error: string | Error, query: string): void {
    if (this.verbose) console.error(`[sql] failed: ${String(error)} in ${query}`);
  }

  logQuerySlow(time: number, query: string): void {
    console.warn(`[sql] slow (${time} ms): ${query.slice(0, 300)}`);
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    if (this.verbose) console.info(`[migration] ${message}`);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn(`[typeorm] ${String(message)}`);
  }
}
