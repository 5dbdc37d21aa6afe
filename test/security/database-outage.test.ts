import { Client } from 'pg';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import { LEAK, operation } from './hostile';

/** Blocking connections to a database needs a PostgreSQL server of our own; PGlite is one process. */
const onPostgres = process.env.TEST_DATABASE_KIND === 'postgresql' ? describe : describe.skip;

const PROJECTS = '{ projects(first: 1) { totalCount } }';

async function admin(): Promise<{ client: Client; database: string }> {
  const url = new URL(process.env.TEST_DATABASE_URL as string);
  const database = url.pathname.slice(1);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  return { client, database };
}

async function timed(url: string): Promise<{ status: number; ms: number; body: { checks?: Record<string, boolean> } }> {
  const started = performance.now();
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as { checks?: Record<string, boolean> }, ms: performance.now() - started };
}

onPostgres('a database outage (issue 7, defect 9)', () => {
  let server: TestServer;
  let officer: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer();
    officer = await server.as('NC-KI');
  });
  afterAll(() => server.stop());

  it('answers 503 SERVICE_UNAVAILABLE while the database is unreachable, keeps /healthz fast, and recovers', async () => {
    await officer.ok(PROJECTS);
    const { client, database } = await admin();
    try {
      await client.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS false`);
      await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [
        database,
      ]);

      for (const token of [officer.token, null]) {
        const answer = await operation(
          token ? PROJECTS : 'mutation { login(email: "x@y.kz", password: "whatever-it-is") { token } }',
          {},
          token,
          server.url,
        );
        expect(LEAK.test(answer.text)).toBe(false);
        expect(answer.status).toBe(503);
        expect(answer.json?.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      }
      const ready = await timed(`${server.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(ready.body.checks?.database).toBe(false);
      const health = await timed(`${server.url}/healthz`);
      expect(health.status).toBe(200);
      expect(health.ms).toBeLessThan(100);
    } finally {
      await client.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS true`);
      await client.end();
    }
    expect((await timed(`${server.url}/readyz`)).status).toBe(200);
    await officer.ok(PROJECTS);
  });
});

onPostgres('a time limit per operation', () => {
  let server: TestServer;
  let officer: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer({ env: { OPERATION_TIMEOUT_MS: '300' } });
    officer = await server.as('NC-KI');
  });
  afterAll(() => server.stop());

  it('stops a statement that waits past the limit with TIMEOUT (503), not a hang', async () => {
    const { client } = await admin();
    const locker = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE project IN ACCESS EXCLUSIVE MODE');
      const started = performance.now();
      const answer = await operation(PROJECTS, {}, officer.token, server.url);
      expect(performance.now() - started).toBeLessThan(3_000);
      expect(LEAK.test(answer.text)).toBe(false);
      expect(answer.status).toBe(503);
      expect(answer.json?.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
      await client.end();
    }
    await officer.ok(PROJECTS);
  });
});
