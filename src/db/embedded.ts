import { mkdirSync } from 'node:fs';
import path from 'node:path';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Embedded PostgreSQL for a machine with none: PGlite served over loopback so that
 * `pg` and TypeORM run unchanged. `dir` is a data directory or `memory://`.
 * Never open one data directory from two processes.
 */
export async function startEmbeddedPostgres(dir: string, maxConnections: number, port = 0): Promise<EmbeddedPostgres> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const dataDir = dir === 'memory://' ? dir : path.resolve(dir);
  if (dataDir !== 'memory://') mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections });
  keepExtendedQueriesTogether(server as unknown as { queryQueue: { db: QueueDb } }, db);
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgresql://postgres@${address}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

/** What pglite-socket's query queue calls on the database. */
interface QueueDb {
  isInTransaction(): boolean;
  runExclusive<T>(work: () => Promise<T>): Promise<T>;
  exec(query: string): Promise<unknown>;
  execProtocolRawStream(message: Uint8Array, options: { onRawData: (data: Uint8Array) => void }): Promise<void>;
}

/** Messages of the extended query protocol that a Sync must close before another client may speak. */
const EXTENDED = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)));

/**
 * pglite-socket keeps a client's messages together only inside a transaction; between them it
 * interleaves clients message by message, so two pooled connections' Parse/Bind/Execute mix
 * ("bind message supplies 2 parameters...") under concurrent load. Its queue already keeps
 * the same client while "in a transaction": also say so from a client's Parse to its Sync.
 */
function keepExtendedQueriesTogether(server: { queryQueue: { db: QueueDb } }, db: QueueDb): void {
  let midQuery = false;
  server.queryQueue.db = {
    isInTransaction: () => midQuery || db.isInTransaction(),
    runExclusive: (work) => db.runExclusive(work),
    exec: (query) => db.exec(query),
    execProtocolRawStream: (message, options) => {
      midQuery = EXTENDED.has(message[0] ?? 0);
      return db.execProtocolRawStream(message, options);
    },
  };
}
