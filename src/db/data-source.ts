import path from 'node:path';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { SqlLogger } from './sql-counter';

const MIGRATIONS_GLOB = path.join(__dirname, '..', '..', 'migrations', '*.{ts,js}');

export interface DataSourceOptions {
  url: string;
  poolSize: number;
  verbose?: boolean;
  /** PostgreSQL's statement_timeout for every connection (0: none). */
  statementTimeoutMs?: number;
}

/** A database that does not answer a connection attempt within this counts as unreachable. */
const CONNECT_TIMEOUT_MS = 5_000;
/** Statements never run longer than this unless the caller asks otherwise. */
const DEFAULT_STATEMENT_TIMEOUT_MS = 15_000;

/** The one TypeORM data source of a server process; migrations are never synchronized. */
export function createDataSource({
  url,
  poolSize,
  verbose = false,
  statementTimeoutMs = DEFAULT_STATEMENT_TIMEOUT_MS,
}: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    uuidExtension: 'pgcrypto',
    // gen_random_uuid() is built into PostgreSQL 13+ (and PGlite): nothing to install.
    installExtensions: false,
    synchronize: false,
    logger: new SqlLogger(verbose),
    logging: ['query', 'error', 'warn'],
    maxQueryExecutionTime: 2000,
    // Without a connect timeout a request waits for a free connection forever when the database is gone.
    // JIT off: IRM's reads are small pages whose plans PostgreSQL costs high (a filtered walk of
    // the newest-first index, a cached total's count that is never executed), and compiling them
    // took 200-450 ms per execution at a million investors, 50 times the query (issue 12). PGlite ignores it.
    extra: {
      max: poolSize,
      application_name: 'irm',
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      statement_timeout: statementTimeoutMs,
      options: '-c jit=off',
    },
  });
}
