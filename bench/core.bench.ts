// npm run bench: a large data set (100,000 investors, 50,000 projects) on PostgreSQL, then the
// InvestorLeads and Projects contract queries under load with autocannon. Prints a table.
// BENCH_DATABASE_URL (default: database irm_bench on the local PostgreSQL) is dropped and refilled.
import { spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { openDatabase } from '../src/bootstrap';
import { loadConfig } from '../src/config/config';
import { isEmpty, seedDemoData } from '../seeds/seed-demo';
import { contract } from '../test/support/contract';
import { GraphQLClient } from '../test/support/server';

const INVESTORS = Number(process.env.BENCH_INVESTORS ?? 100_000);
const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 50_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const URL_ = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/irm_bench';

async function recreate(url: string): Promise<void> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
}

/** Bulk rows in SQL: names, countries, owners, sectors and volumes spread like the demo data. */
async function fill(url: string): Promise<void> {
  const db = new Client({ connectionString: url });
  await db.connect();
  await db.query(`
    INSERT INTO investor (name, origin, country_code, ownership, status, owner_office_id, notes, created_at)
    SELECT 'Bench Investor ' || g || ' ' || (ARRAY['Steppe','Altai','Caspian','Silk Road','Tengri','Baikonur'])[1 + g % 6] || ' LLP',
           CASE WHEN g % 3 = 0 THEN 'DOMESTIC' ELSE 'FOREIGN' END::investor_origin,
           CASE WHEN g % 3 = 0 THEN 'KZ' ELSE (ARRAY['CN','DE','KR','TR','AE','US','GB','JP'])[1 + g % 8] END,
           CASE WHEN g % 17 = 0 THEN 'STATE' ELSE 'PRIVATE' END::ownership,
           (ARRAY['LEAD','ENGAGED','COMMITTED','ACTIVE','LOST'])[1 + g % 5]::investor_status,
           (ARRAY(SELECT id FROM office ORDER BY code))[1 + g % 30],
           'generated for the benchmark',
           now() - (g || ' seconds')::interval
      FROM generate_series(1, $1) g`, [INVESTORS]);
  await db.query(`INSERT INTO investor_sector (investor_id, sector_code)
    SELECT i.id, s.code FROM investor i JOIN LATERAL (SELECT code FROM sector ORDER BY code OFFSET (abs(hashtext(i.id::text)) % 80) LIMIT 2) s ON true
     WHERE i.notes = 'generated for the benchmark'`);
  await db.query(`
    WITH inv AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM investor WHERE notes = 'generated for the benchmark'),
         sec AS (SELECT code, row_number() OVER (ORDER BY code) - 1 AS n FROM sector),
         reg AS (SELECT code, row_number() OVER (ORDER BY code) - 1 AS n FROM region)
    INSERT INTO project (title, kind, stage, sector_code, region_code, investment_volume_kzt, assessed_on, initiator_id, created_at)
    SELECT 'Bench project ' || g,
           (ARRAY['NEW','EXPANSION','MODERNIZATION'])[1 + g % 3]::project_kind,
           (ARRAY['PROPOSED','PREPARATION','IMPLEMENTATION','IMPLEMENTED','SUSPENDED','CANCELLED'])[1 + g % 6]::project_stage,
           sec.code,
           reg.code,
           round((exp(ln(50000000) + (g % 1000) / 1000.0 * (ln(500000000000) - ln(50000000))))::numeric, 2),
           DATE '2024-01-01' + (g % 1000),
           inv.id,
           now() - (g || ' seconds')::interval
      FROM generate_series(1, $1) g
      JOIN inv ON inv.n = 1 + (g * 7) % $2
      JOIN sec ON sec.n = g % (SELECT count(*) FROM sector)
      JOIN reg ON reg.n = g % 20`, [PROJECTS, INVESTORS]);
  await db.query('ANALYZE');
  await db.end();
}

async function load(url: string, token: string, name: string, variables: Record<string, unknown>) {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    duration: DURATION,
    connections: 10,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: contract(name), variables }),
  });
  return {
    query: `${name} ${JSON.stringify(variables)}`,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** The server in its own process, as in production (the load generator must not share its event loop). */
async function startServer(): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: path.join(__dirname, '..'),
    env: { ...process.env, DATABASE_URL: URL_, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_POOL_SIZE: '20', DEMO_DATA: 'false' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const m = /serving GraphQL at (http:\/\/[^/\s]+)\/graphql/.exec(chunk.toString());
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

async function main(): Promise<void> {
  console.info(`filling ${URL_} with ${INVESTORS} investors and ${PROJECTS} projects...`);
  await recreate(URL_);
  const db = await openDatabase(loadConfig({ DATABASE_URL: URL_, LOG_LEVEL: 'warn' }));
  if (await isEmpty(db.dataSource)) await seedDemoData(db.dataSource);
  await db.close();
  await fill(URL_);
  const server = await startServer();
  const signIn = async (email: string) =>
    (await new GraphQLClient(server.url).ok(contract('Login'), { email, password: 'irm-demo-2026' })).login.token as string;
  const national = await signIn('daniyar.sadykov@irm.demo');
  const regional = await signIn('aliya.serikbayeva@irm.demo');
  const rows = [];
  rows.push(await load(server.url, national, 'InvestorLeads', { first: 20 }));
  rows.push(await load(server.url, national, 'InvestorLeads', { first: 50, filter: { search: 'caspian', origin: 'FOREIGN' } }));
  rows.push(await load(server.url, national, 'Projects', { first: 20 }));
  rows.push(await load(server.url, national, 'Projects', { first: 20, filter: { supportTier: 'TASK_FORCE', poolEligible: true } }));
  rows.push(await load(server.url, regional, 'Projects', { first: 20 }));
  console.table(rows);
  server.stop();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
