import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { openDatabase } from '../../src/bootstrap';
import { loadConfig } from '../../src/config/config';
import { StartupError } from '../../src/startup-error';

/**
 * A dump restored into a new PostgreSQL cluster brings change events whose transaction ids the new
 * cluster has not reached: the feed would wait for them and sort new events before them. The start
 * refuses it, saying what to do (docs/operations.md). On a database of its own: PostgreSQL only
 * (PGlite cannot start inside jest's module sandbox; the check is the same SQL on both).
 */
const onPostgres = process.env.TEST_DATABASE_KIND === 'postgresql' ? describe : describe.skip;
const name = `irm_ahead_${randomUUID().slice(0, 8)}`;
const adminUrl = () => {
  const url = new URL(process.env.TEST_DATABASE_URL as string);
  url.pathname = '/postgres';
  return url.toString();
};
const configOf = () => {
  const url = new URL(process.env.TEST_DATABASE_URL as string);
  url.pathname = `/${name}`;
  return loadConfig({ DATABASE_URL: url.toString(), DEMO_DATA: 'false' });
};

onPostgres('a change log ahead of the cluster', () => {
  beforeAll(async () => {
    const admin = new Client({ connectionString: adminUrl() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
  });
  afterAll(async () => {
    const admin = new Client({ connectionString: adminUrl() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('starts while the log is behind the cluster, and refuses once it holds a transaction id the cluster has not reached', async () => {
    const db = await openDatabase(configOf());
    const [{ current }] = (await db.dataSource.query(`SELECT current_tx_id()::text AS current`)) as { current: string }[];
    await db.dataSource.query(`INSERT INTO change_event (entity, entity_id, action, tx_id) VALUES ('OFFICE', $1, 'CREATED', $2)`, [
      randomUUID(),
      (BigInt(current) + 1_000_000n).toString(),
    ]);
    await db.close();
    const refused = openDatabase(configOf());
    await expect(refused).rejects.toBeInstanceOf(StartupError);
    await expect(refused).rejects.toThrow(/ahead of this PostgreSQL cluster's .*docs\/operations\.md/);
  }, 120_000);
});
