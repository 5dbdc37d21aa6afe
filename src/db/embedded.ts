import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { lockDataDir, type DataDirLock } from './data-dir-lock';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/** Messages of an extended-protocol exchange before its Sync: Parse, Bind, Describe, Execute, Close, Flush. */
const EXTENDED_QUERY_MESSAGES = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)));

/**
 * pglite-socket queues each protocol message on its own and keeps one connection's messages
 * together only inside a transaction; outside one, two connections' extended-protocol queries
 * (Parse, Bind, Execute … Sync) interleave and fail ("unnamed prepared statement does not
 * exist"). Reporting an open exchange as a transaction until its Sync makes the queue wait for it.
 */
function keepExtendedQueriesTogether(db: {
  isInTransaction(): boolean;
  execProtocolRawStream(message: Uint8Array, options?: object): Promise<void>;
}): void {
  const inTransaction = db.isInTransaction.bind(db);
  const exec = db.execProtocolRawStream.bind(db);
  let exchangeOpen = false;
  db.isInTransaction = () => exchangeOpen || inTransaction();
  db.execProtocolRawStream = async (message, options) => {
    try {
      await exec(message, options);
    } finally {
      exchangeOpen = EXTENDED_QUERY_MESSAGES.has(message[0] ?? 0);
    }
  };
}

/**
 * Embedded PostgreSQL for a machine with none: PGlite served over loopback so that
 * `pg` and TypeORM run unchanged. `dir` is a data directory or `memory://`.
 * A data directory is locked to this process (see data-dir-lock.ts).
 */
export async function startEmbeddedPostgres(dir: string, maxConnections: number, port = 0): Promise<EmbeddedPostgres> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const dataDir = dir === 'memory://' ? dir : path.resolve(dir);
  let lock: DataDirLock | null = null;
  if (dataDir !== 'memory://') {
    mkdirSync(dataDir, { recursive: true });
    lock = lockDataDir(dataDir);
  }
  try {
    const db = await PGlite.create(dataDir);
    keepExtendedQueriesTogether(db);
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections });
    await server.start();
    const address = server.getServerConn();
    return {
      url: `postgresql://postgres@${address}/postgres`,
      async stop() {
        await server.stop();
        await db.close();
        lock?.release();
      },
    };
  } catch (e) {
    lock?.release();
    throw e;
  }
}
