import path from 'node:path';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { SqlLogger } from './sql-counter';

export const MIGRATIONS_GLOB = path.join(__dirname, '..', '..', 'migrations', '*.{ts,js}');

export interface DataSourceOptions {
  url: string;
  poolSize: number;
  verbose?: boolean;
}

/** The one TypeORM data source of a server process; migrations are never synchronized. */
export function createDataSource({ url, poolSize, verbose = false }: DataSourceOptions): DataSource {
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
    extra: { max: poolSize, application_name: 'irm' },
  });
}
