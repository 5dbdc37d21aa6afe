import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { startTestServer, type TestServer } from '../support/server';
import { createInvestor, logHead, readLog, settled } from '../live/fixtures';

const run = promisify(execFile);
const onPostgres = process.env.TEST_DATABASE_KIND === 'postgresql';
// Names derived from the run's test database, so parallel runs do not share them.
const base = process.env.TEST_DATABASE_NAME ?? 'irm_test';
const SOURCE = `${base}_src`;
const RESTORED = `${base}_dst`;

function urlOf(database: string): string {
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates, or drops, only the two databases this file owns. */
async function admin(statements: string[]): Promise<void> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}
const dropOwn = () => admin([`DROP DATABASE IF EXISTS ${SOURCE} WITH (FORCE)`, `DROP DATABASE IF EXISTS ${RESTORED} WITH (FORCE)`]);

const INVESTOR = `query($id: ID!) { investor(id: $id) { id name countryCode } }`;

// pg_dump and pg_restore work on a PostgreSQL server; embedded PGlite has no such tools.
(onPostgres ? describe : describe.skip)(
  'backup and restore (PostgreSQL only: pg_dump/pg_restore need a server, skipped on embedded PGlite)',
  () => {
    let dir: string;
    const servers: TestServer[] = [];
    const start = async (database: string) => {
      const server = await startTestServer({ env: { DATABASE_URL: urlOf(database) } });
      servers.push(server);
      return server;
    };

    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'irm-backup-'));
      await dropOwn();
      await admin([`CREATE DATABASE ${SOURCE}`]);
    });
    afterAll(async () => {
      await Promise.all(servers.map((s) => s.stop()));
      await dropOwn();
      await rm(dir, { recursive: true, force: true });
    });

    it('a pg_dump restored into a new database serves the same records, and the change log continues after the old cursors', async () => {
      const source = await start(SOURCE);
      const nc = await source.as('NC-KI');
      const written = [await createInvestor(nc, 'CN'), await createInvestor(nc, 'DE')];
      const before = await Promise.all(written.map(({ id }) => nc.ok(INVESTOR, { id })));
      await settled(source);
      const cursor = await logHead(nc);
      expect(cursor).not.toBeNull();

      // Online backup: the source server keeps running while it is dumped.
      const dump = path.join(dir, 'irm.dump');
      await run('pg_dump', ['--format=custom', '--no-owner', `--file=${dump}`, `--dbname=${urlOf(SOURCE)}`]);
      await admin([`CREATE DATABASE ${RESTORED}`]);
      await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${urlOf(RESTORED)}`, dump]);

      const restored = await start(RESTORED);
      const ncAgain = await restored.as('NC-KI');
      expect(await Promise.all(written.map(({ id }) => ncAgain.ok(INVESTOR, { id })))).toEqual(before);

      // The old cursor is still valid, nothing follows it yet, and a new write comes after it.
      expect(await readLog(ncAgain, cursor)).toEqual([]);
      const added = await createInvestor(ncAgain, 'KR');
      await settled(restored);
      const after = await readLog(ncAgain, cursor);
      expect(after.map((e) => [e.node.entityId, e.node.action])).toEqual([[added.id, 'CREATED']]);
    });
  },
);
