// npm run bench:peer: IRM side by side with PostGraphile v5 on the same bench database, in one run.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { BENCH_MARK, checkOptions, NotABenchDatabase, prepareBenchDatabase, wantsHelp } from './bench-database';
import { fill } from './bench-fill';
import { startIrmProcess, type ServerProcess } from './irm-process';
import { SCENARIOS, type Scenario, type Side } from './peer-scenarios';
import { contract } from '../test/support/contract';
import { GraphQLClient } from '../test/support/server';

const USAGE = `usage: npm run bench:peer [-- --refill] [-- --only <text>]

IRM and PostGraphile v5 on the same bench database, measured in one run with the same load
(autocannon, BENCH_CONNECTIONS connections, BENCH_SECONDS per scenario and server, IRM and the
peer alternating). Prints req/s, p50 and p99 of both and the IRM / PostGraphile ratio.
PostGraphile lives in bench/peer (its own package.json; installed there on first use together
with Node 22 from the "node" npm package); it is not a dependency of IRM.

  --refill       drop and refill the bench database even when it holds this data set
  --only <text>  run only the scenarios whose name contains <text>
  --help         this text

Environment:
  BENCH_DATABASE_URL  (default postgresql://postgres@127.0.0.1:5432/irm_bench); created if absent
                      and marked "${BENCH_MARK}"; a database without that mark is refused.
  BENCH_INVESTORS / BENCH_PROJECTS   data set size (default 100000 / 50000)
  BENCH_SECONDS       seconds per scenario and server (default 10)
  BENCH_CONNECTIONS   concurrent connections (default 10)
  BENCH_ROUNDS        rounds over the scenario list (default 1)
  BENCH_WARMUP_SECONDS  unmeasured load per scenario and server before the rounds (default 3):
                      both servers compile and cache what a first request leaves to do
  BENCH_IRM_DIR       measure the built IRM of another checkout instead of this one
  BENCH_BASELINE_DIR  also measure the built IRM of this checkout (e.g. main) in the same run:
                      adds its req/s and its ratio, for a before/after of a change
`;

const argv = process.argv.slice(2);
if (wantsHelp(argv)) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const onlyAt = argv.indexOf('--only');
const ONLY = onlyAt >= 0 ? argv[onlyAt + 1] : undefined;
checkOptions(
  argv.filter((_, i) => i !== onlyAt + 1 || onlyAt < 0),
  ['--refill', '--only'],
  USAGE,
);

const INVESTORS = Number(process.env.BENCH_INVESTORS ?? 100_000);
const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 50_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const URL_ = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/irm_bench';
const BASELINE_DIR = process.env.BENCH_BASELINE_DIR;
// Both IRM processes accept the same tokens (a process without JWT_SECRET generates its own key).
const BENCH_SIGNING_KEY = randomBytes(48).toString('base64');
const PEER_DIR = path.join(__dirname, 'peer');
const PEER_NODE = path.join(PEER_DIR, 'node_modules', 'node', 'bin', 'node');

function ensurePeerInstalled(): void {
  if (existsSync(path.join(PEER_DIR, 'node_modules', 'postgraphile')) && existsSync(PEER_NODE)) return;
  console.info('installing PostGraphile 5 and Node 22 in bench/peer (first run only)...');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--engine-strict=false'], {
    cwd: PEER_DIR,
    stdio: 'inherit',
  });
}

async function startPeer(): Promise<ServerProcess> {
  const child = spawn(PEER_NODE, ['server.mjs'], {
    cwd: PEER_DIR,
    env: { PATH: process.env.PATH, DATABASE_URL: URL_, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const m = /serving GraphQL at (http:\/\/[^/\s]+)\/graphql/.exec(chunk.toString());
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`PostGraphile exited with ${code} before serving`)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

interface Target {
  url: string;
  headers: Record<string, string>;
  side: Side;
}

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** One request, checked: data, no errors; returns totalCount when selected (to compare both sides). */
async function probe(target: Target): Promise<number | undefined> {
  const response = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: JSON.stringify({ query: target.side.query, variables: target.side.variables }),
  });
  const body = (await response.json()) as { data?: Record<string, { totalCount?: number; edges: unknown[] }>; errors?: unknown };
  if (!response.ok || body.errors || !body.data) throw new Error(`${target.url}: ${JSON.stringify(body).slice(0, 600)}`);
  const list = Object.values(body.data)[0];
  if (list.edges.length === 0) throw new Error(`${target.url}: empty page; the scenario measures nothing`);
  return list.totalCount;
}

async function measure(target: Target, duration = DURATION): Promise<Measured> {
  const result = await autocannon({
    url: `${target.url}/graphql`,
    method: 'POST',
    duration,
    connections: CONNECTIONS,
    headers: { 'content-type': 'application/json', ...target.headers },
    body: JSON.stringify({ query: target.side.query, variables: target.side.variables }),
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function main(): Promise<void> {
  console.info(`preparing ${URL_} with ${INVESTORS} investors and ${PROJECTS} projects...`);
  const outcome = await prepareBenchDatabase(
    URL_,
    { investors: INVESTORS, projects: PROJECTS },
    { refill: argv.includes('--refill'), fill },
  );
  console.info(`bench database ${outcome}`);
  ensurePeerInstalled();
  const [irm, peer, baseline] = await Promise.all([
    startIrmProcess(URL_, { JWT_SECRET: BENCH_SIGNING_KEY }),
    startPeer(),
    BASELINE_DIR ? startIrmProcess(URL_, { JWT_SECRET: BENCH_SIGNING_KEY }, BASELINE_DIR) : Promise.resolve(null),
  ]);
  try {
    const tokens = new Map<string, string>();
    const tokenOf = async (email: string) => {
      if (!tokens.has(email)) {
        const { login } = await new GraphQLClient(irm.url).ok(contract('Login'), { email, password: 'irm-demo-2026' });
        tokens.set(email, (login as { token: string }).token);
      }
      return tokens.get(email)!;
    };
    const scenarios = SCENARIOS.filter((s) => !ONLY || s.name.includes(ONLY));
    const targets = new Map<Scenario, { irm: Target; peer: Target }>();
    for (const s of scenarios) {
      const pair = {
        irm: { url: irm.url, headers: { authorization: `Bearer ${await tokenOf(s.irmUser)}` }, side: s.irm },
        peer: { url: peer.url, headers: {}, side: s.peer },
      };
      const [irmTotal, peerTotal] = [await probe(pair.irm), await probe(pair.peer)];
      // Both must read the same rows, or the comparison means nothing.
      if (irmTotal !== peerTotal) throw new Error(`${s.name}: IRM counts ${irmTotal}, PostGraphile ${peerTotal}`);
      targets.set(s, pair);
    }
    // IRM compiles a document on its second use and V8 optimizes hot code over the first
    // seconds; PostGraphile plans and caches an operation on first use: neither is measured.
    if (WARMUP > 0) {
      for (const pair of targets.values()) {
        for (const target of [...(baseline ? [{ ...pair.irm, url: baseline.url }] : []), pair.irm, pair.peer])
          await measure(target, WARMUP);
      }
    }
    const rows: Record<string, string | number>[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      for (const s of scenarios) {
        const pair = targets.get(s)!;
        const base = baseline ? await measure({ ...pair.irm, url: baseline.url }) : null;
        const a = await measure(pair.irm);
        const b = await measure(pair.peer);
        rows.push({
          scenario: ROUNDS > 1 ? `${s.name} (round ${round})` : s.name,
          ...(base ? { 'base req/s': Math.round(base.rps), 'base ÷ PG': b.rps > 0 ? Number((base.rps / b.rps).toFixed(2)) : '—' } : {}),
          'IRM req/s': Math.round(a.rps),
          'PG req/s': Math.round(b.rps),
          'IRM ÷ PG': b.rps > 0 ? Number((a.rps / b.rps).toFixed(2)) : '—',
          'IRM p50': a.p50,
          'PG p50': b.p50,
          'IRM p99': a.p99,
          'PG p99': b.p99,
          errors: a.errors + b.errors,
        });
        console.info(`${rows[rows.length - 1].scenario}: IRM ${Math.round(a.rps)} req/s, PostGraphile ${Math.round(b.rps)} req/s`);
      }
    }
    console.table(rows);
  } finally {
    await Promise.all([irm.stop(), peer.stop(), baseline?.stop()]);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof NotABenchDatabase ? `bench: ${e.message}` : e);
  process.exit(1);
});
