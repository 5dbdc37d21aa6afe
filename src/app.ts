import type { DataSource } from 'typeorm';
import { generatedSigningKey, TokenService } from './auth/token';
import { ChangeCaches } from './common/change-caches';
import type { Clock } from './common/clock';
import type { Config } from './config/config';
import { Db, Transactions } from './db/transactions';
import { DeadlineSweeper } from './deadlines/deadline-sweeper';
import { MODULES } from './modules';
import type { QuarterFigureSource } from './reports/quarter-figure-source';

export interface AppOptions {
  dataSource: DataSource;
  config: Config;
  clock: Clock;
}

/** What every module builds on: configuration, time, the database and its transactions, tokens, the sweeper. */
interface Kernel {
  config: Config;
  clock: Clock;
  dataSource: DataSource;
  /** Where repositories take their statements: the request's transaction when one is active (db/transactions.ts). */
  db: Db;
  transactions: Transactions;
  tokens: TokenService;
  sweeper: DeadlineSweeper;
  /** Caches of rarely changing data, emptied by the changes they hold (common/change-caches.ts). */
  caches: ChangeCaches;
  /** Every module's quarterly figures (chapter 5), filled once all modules are built. */
  figureSources: QuarterFigureSource[];
}

/**
 * Each module adds its services here by declaration merging (`declare module '../app'`), which
 * needs the export; knip does not count a merge as a use.
 * @public
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AppServices {}

/**
 * Each module adds its repositories (all of its SQL) here by declaration merging.
 * @public
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Repositories {}

export type App = Kernel & AppServices & { repos: Repositories };

/** The composition root: the kernel, then every module of src/modules.ts in order, built once per process. */
export function createApp({ dataSource, config, clock }: AppOptions): App {
  const kernel: Kernel = {
    config,
    clock,
    dataSource,
    db: new Db(dataSource),
    transactions: new Transactions(dataSource),
    tokens: new TokenService(config.JWT_SECRET ?? generatedSigningKey(), config.JWT_TTL),
    // Started by bootstrap: the deadline sweeps the modules register below.
    sweeper: new DeadlineSweeper(dataSource, clock, config.DEADLINE_SWEEP_INTERVAL_MS),
    caches: new ChangeCaches(),
    figureSources: [],
  };
  // A commit made here empties the caches it touches at once (others: events/live-runtime.ts).
  kernel.transactions.onCommitted((changes) => changes.forEach((c) => kernel.caches.changed(c.entity)));
  const app = { ...kernel, repos: {} } as App;
  for (const module of MODULES) {
    const { repos, ...services } = module.provide?.(app) ?? {};
    Object.assign(app.repos, repos);
    Object.assign(app, services);
  }
  for (const module of MODULES) {
    app.figureSources.push(...(module.figureSources?.(app) ?? []));
    for (const [name, task] of Object.entries(module.sweeps?.(app) ?? {})) app.sweeper.register(name, task);
  }
  return app;
}
