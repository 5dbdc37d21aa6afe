// Data source for the TypeORM CLI (migration:generate, migration:run, --check in CI).
import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { createDataSource } from './data-source';

const config = loadConfig();
if (!config.DATABASE_URL) {
  throw new Error('The TypeORM CLI needs DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/irm_dev)');
}

export default createDataSource({ url: config.DATABASE_URL, poolSize: 2 });
