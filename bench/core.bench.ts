// npm run bench: a large data set (100,000 investors, 50,000 projects) on PostgreSQL, then the
// InvestorLeads and Projects contract queries under load with autocannon. Prints a table.
import autocannon from 'autocannon';
import { BENCH_MARK, checkOptions, NotABenchDatabase, prepareBenchDatabase, wantsHelp } from './bench-database';
import { fill } from './bench-fill';
import { filterLatency, GOAL_P95_MS, VIEWERS } from './filter-latency';
import { startIrmProcess } from './irm-process';
import { contract } from '../test/support/contract';
import { GraphQLClient } from '../test/support/server';

const USAGE = `usage: npm run bench [-- --refill] [-- --filters-only]

Fills a PostgreSQL database with the bench data set, starts the built IRM server on it and loads
the InvestorLeads and Projects contract queries with autocannon (10 connections). Prints a table.
Then asks every filter of InvestorFilter and ProjectFilter as the National Company, a regional
office and an embassy, one request at a time with totalCount: p50 / p95 per filter and viewer,
and the PostgreSQL plans (EXPLAIN ANALYZE) of those whose p95 is ${GOAL_P95_MS} ms or more.

  --refill        drop and refill the bench database even when it already holds this data set
  --filters-only  skip the load table
  --help          this text

Environment:
  BENCH_DATABASE_URL  database to use (default postgresql://postgres@127.0.0.1:5432/irm_bench).
                      Created if absent and marked "${BENCH_MARK}"; a database without that
                      mark is never dropped: the bench refuses and exits 1.
  BENCH_INVESTORS     investors to generate (default 100000)
  BENCH_PROJECTS      projects to generate (default 50000)
  BENCH_SECONDS       seconds per query (default 10)
  BENCH_FILTER_REQUESTS  requests per filter and viewer after the warm-up (default 40)
`;

const argv = process.argv.slice(2);
if (wantsHelp(argv)) {
  process.stdout.write(USAGE);
  process.exit(0);
}
checkOptions(argv, ['--refill', '--filters-only'], USAGE);
const FILTER_REQUESTS = Number(process.env.BENCH_FILTER_REQUESTS ?? 40);

const INVESTORS = Number(process.env.BENCH_INVESTORS ?? 100_000);
const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 50_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const URL_ = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/irm_bench';

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

async function main(): Promise<void> {
  console.info(`preparing ${URL_} with ${INVESTORS} investors and ${PROJECTS} projects...`);
  const outcome = await prepareBenchDatabase(
    URL_,
    { investors: INVESTORS, projects: PROJECTS },
    { refill: argv.includes('--refill'), fill },
  );
  console.info(`bench database ${outcome}`);
  const server = await startIrmProcess(URL_);
  try {
    const signIn = async (email: string) =>
      (await new GraphQLClient(server.url).ok(contract('Login'), { email, password: 'irm-demo-2026' })).login.token as string;
    const national = await signIn('daniyar.sadykov@irm.demo');
    const regional = await signIn('aliya.serikbayeva@irm.demo');
    if (!argv.includes('--filters-only')) {
      const rows = [];
      rows.push(await load(server.url, national, 'InvestorLeads', { first: 20 }));
      rows.push(await load(server.url, national, 'InvestorLeads', { first: 50, filter: { search: 'caspian', origin: 'FOREIGN' } }));
      rows.push(await load(server.url, national, 'Projects', { first: 20 }));
      rows.push(await load(server.url, national, 'Projects', { first: 20, filter: { supportTier: 'TASK_FORCE', poolEligible: true } }));
      rows.push(await load(server.url, regional, 'Projects', { first: 20 }));
      console.table(rows);
    }
    const embassy = await signIn(VIEWERS.embassy);
    await filterLatency(server.url, URL_, { national, regional, embassy }, FILTER_REQUESTS);
  } finally {
    await server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof NotABenchDatabase ? `bench: ${e.message}` : e);
  process.exit(1);
});
