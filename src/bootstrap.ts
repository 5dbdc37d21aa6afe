import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { createApp, type App } from './app';
import { systemClock, type Clock } from './common/clock';
import type { Config } from './config/config';
import { waitForDatabase } from './db/connect';
import { createDataSource } from './db/data-source';
import { startLive } from './events/live-runtime';
import { assertChangeLogBehindCluster } from './events/change-log.repository';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './db/embedded';
import { usePreparedStatements } from './db/prepared';
import { createSchema } from './schema';
import { startHttpServer, type IrmServer } from './server/http-server';
import { ensureReferenceOffices } from '../seeds/reference-data';
import { seedDemoActivity } from '../seeds/demo-activity';
import { seedDemoMonitoring } from '../seeds/demo-monitoring';
import { isEmpty, seedDemoData } from '../seeds/seed-demo';

export interface RunningIrm {
  app: App;
  server: IrmServer;
  dataSource: DataSource;
  /** Graceful stop: no new requests, requests in flight finish, the database closes cleanly. */
  stop(): Promise<void>;
}

export interface Database {
  dataSource: DataSource;
  close(): Promise<void>;
}

/** Opens the configured database (or embedded PostgreSQL without DATABASE_URL) and migrates it. */
export async function openDatabase(config: Config): Promise<Database> {
  let embedded: EmbeddedPostgres | null = null;
  let url = config.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres(config.EMBEDDED_DB_DIR, config.DATABASE_POOL_SIZE + 2);
    url = embedded.url;
  } else {
    await waitForDatabase(url, config.DATABASE_CONNECT_TIMEOUT_MS);
  }
  const dataSource = createDataSource({
    url,
    poolSize: config.DATABASE_POOL_SIZE,
    verbose: config.LOG_LEVEL === 'debug',
    statementTimeoutMs: config.OPERATION_TIMEOUT_MS,
  });
  try {
    await migrate(url, config);
    await dataSource.initialize();
    await assertChangeLogBehindCluster(dataSource);
    await usePreparedStatements(dataSource);
  } catch (e) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw e;
  }
  return {
    dataSource,
    async close() {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

/**
 * Applies pending migrations on a connection of its own without the requests' statement timeout:
 * a backfill or an index over a large table (a million investors) takes longer than any request may.
 */
async function migrate(url: string, config: Config): Promise<void> {
  const migrator = createDataSource({ url, poolSize: 1, verbose: config.LOG_LEVEL === 'debug', statementTimeoutMs: 0 });
  await migrator.initialize();
  try {
    await migrator.runMigrations();
  } finally {
    await migrator.destroy();
  }
}

export async function startIrm(config: Config, clock: Clock = systemClock): Promise<RunningIrm> {
  const db = await openDatabase(config);
  const { dataSource } = db;
  const app = createApp({ dataSource, config, clock });
  // Demo data first: it goes only into a database without offices, and brings its own authorized body.
  if (config.DEMO_DATA && (await isEmpty(dataSource))) {
    await seedDemoData(dataSource);
    await seedDemoActivity(app);
    await seedDemoMonitoring(app);
  }
  await ensureReferenceOffices(dataSource);
  if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) await app.users.ensureAdministrator(config.ADMIN_EMAIL, config.ADMIN_PASSWORD);
  const live = await startLive(app);
  let server: IrmServer;
  try {
    server = await startHttpServer(app, await createSchema(), config.PORT, config.HOST);
  } catch (e) {
    // E.g. the port is taken: close the database (and free the embedded folder) before failing.
    await live.stop();
    await db.close();
    throw e;
  }
  app.sweeper.start();
  return {
    app,
    server,
    dataSource,
    async stop() {
      await app.sweeper.stop();
      await server.stop();
      await live.stop();
      await app.loginLimits.close();
      await db.close();
    },
  };
}
