/**
 * npm run bench:live: fan-out of the live endpoint. Starts IRM server processes on a fresh
 * PostgreSQL database (BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/irm_bench_live),
 * connects SUBSCRIBERS graphql-ws subscribers (split over INSTANCES servers sharing Redis),
 * then measures one change fanned out to all, and a burst of BURST changes sent at RATE/s:
 * delivery latency from the change's intended send time (p50/p99/max), deliveries/s, server
 * RSS per 1,000 connections, and lost or duplicated events (must be zero).
 *
 *   SUBSCRIBERS=10000 npm run bench:live
 *   SUBSCRIBERS=10000 INSTANCES=2 npm run bench:live
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { freshBenchDatabase } from './bench-database';
import WebSocket from 'ws';
import { DEMO_PASSWORD, DEMO_USERS } from '../seeds/demo-data';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  // The usage is this file's header comment: one text to keep current.
  const header = /\/\*\*([\s\S]*?)\*\//.exec(readFileSync(__filename, 'utf8'))?.[1] ?? '';
  process.stdout.write(
    `${header.replace(/^ \* ?/gm, '').trim()}\n\nA database at BENCH_DATABASE_URL without the bench's mark is never dropped.\n`,
  );
  process.exit(0);
}

const SUBSCRIBERS = Number(process.env.SUBSCRIBERS ?? 10_000);
const INSTANCES = Number(process.env.INSTANCES ?? 1);
const BURST = Number(process.env.BURST ?? 200);
const RATE = Number(process.env.RATE ?? 100);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/irm_bench_live';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ROOT = path.join(__dirname, '..');
const SUBSCRIPTION = 'subscription { changes(filter: { entities: [PROJECT] }) { cursor entityId } }';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function freshDatabase(): Promise<void> {
  await freshBenchDatabase(DATABASE_URL);
}

interface Instance {
  child: ChildProcess;
  url: string;
}

async function startInstance(): Promise<Instance> {
  const child = spawn(
    process.execPath,
    [...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean), '-r', '@swc-node/register', 'src/main.ts'],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        DATABASE_URL,
        DATABASE_POOL_SIZE: '10',
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info', // the line saying where it serves is an info line (src/main.ts)
        LIVE_MAX_QUEUED_EVENTS: String(Math.max(5_000, BURST * 2)),
        ...(INSTANCES > 1 ? { REDIS_URL } : {}),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /serving GraphQL at (http:\/\/[\d.:]+)\/graphql/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
  return { child, url };
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function gql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function login(url: string): Promise<string> {
  const email = DEMO_USERS.find((u) => u.officeCode === 'NC-KI' && u.role === 'OFFICER')?.email;
  const data = await gql<{ login: { token: string } }>(
    url,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: DEMO_PASSWORD },
  );
  return data.login.token;
}

/** One subscriber: counts what arrives, when, and whether the log order ever goes back (a duplicate). */
class Subscriber {
  received = 0;
  outOfOrder = 0;
  private last = '';
  readonly arrivals = new Map<string, number>();
  private ws!: WebSocket;

  static async connect(url: string, token: string): Promise<Subscriber> {
    const s = new Subscriber();
    s.ws = new WebSocket(`${url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    await new Promise((resolve, reject) => {
      s.ws.once('open', resolve);
      s.ws.once('error', reject);
    });
    const acked = new Promise((resolve) => s.ws.once('message', resolve));
    s.ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
    await acked;
    s.ws.on('message', (raw) => s.onMessage(String(raw)));
    s.ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: SUBSCRIPTION } }));
    return s;
  }

  private onMessage(raw: string): void {
    const now = performance.now();
    const msg = JSON.parse(raw) as { type: string; payload?: { data?: { changes: { cursor: string; entityId: string } } } };
    if (msg.type === 'ping') this.ws.send(JSON.stringify({ type: 'pong' }));
    const change = msg.payload?.data?.changes;
    if (!change) return;
    const key = Buffer.from(change.cursor, 'base64url').toString();
    const [tx, seq] = JSON.parse(key) as [string, string];
    const ordinal = `${tx.padStart(20, '0')}:${seq.padStart(20, '0')}`;
    if (ordinal <= this.last) this.outOfOrder += 1;
    this.last = ordinal;
    this.received += 1;
    if (!this.arrivals.has(change.entityId)) this.arrivals.set(change.entityId, now);
  }

  close(): void {
    this.ws.terminate();
  }
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function createProject(url: string, token: string): Promise<string> {
  const data = await gql<{ createProject: { id: string } }>(
    url,
    'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
    { input: { title: 'Bench', kind: 'NEW', stage: 'PROPOSED', sectorCode: '10', regionCode: 'KZ-75', investmentVolumeKzt: '1000000.00' } },
    token,
  );
  return data.createProject.id;
}

async function waitFor(subscribers: Subscriber[], expected: number, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (subscribers.some((s) => s.received < expected) && Date.now() < until) await sleep(50);
  await sleep(500); // late duplicates would show now
}

function latencies(subscribers: Subscriber[], sentAt: Map<string, number>): { p50: number; p99: number; max: number; count: number } {
  const all: number[] = [];
  for (const s of subscribers) for (const [id, at] of s.arrivals) if (sentAt.has(id)) all.push(at - (sentAt.get(id) as number));
  const sorted = Float64Array.from(all).sort();
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? NaN, count: sorted.length };
}

const instances: Instance[] = [];

async function main(): Promise<void> {
  await freshDatabase();
  const first = await startInstance(); // migrates and seeds
  instances.push(first, ...(await Promise.all(Array.from({ length: INSTANCES - 1 }, () => startInstance()))));
  const token = await login(first.url);
  const idleRss = instances.map((i) => rssMb(i.child.pid as number));

  const subscribers: Subscriber[] = [];
  const started = performance.now();
  for (let i = 0; i < SUBSCRIBERS; i += 200) {
    const batch = Array.from({ length: Math.min(200, SUBSCRIBERS - i) }, (_, j) =>
      Subscriber.connect(instances[(i + j) % instances.length].url, token),
    );
    subscribers.push(...(await Promise.all(batch)));
  }
  await sleep(1000);
  const connectedRss = instances.map((i) => rssMb(i.child.pid as number));
  console.log(`${SUBSCRIBERS} subscribers on ${INSTANCES} instance(s) connected in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  // One change fanned out to everyone.
  const oneSent = new Map<string, number>();
  const t0 = performance.now();
  oneSent.set(await createProject(first.url, token), t0);
  await waitFor(subscribers, 1, 30_000);
  const one = latencies(subscribers, oneSent);

  // A burst at a constant rate; latency from each change's intended send time.
  const sent = new Map<string, number>();
  const burstStart = performance.now();
  const writes: Promise<void>[] = [];
  for (let i = 0; i < BURST; i += 1) {
    const intended = burstStart + (i * 1000) / RATE;
    const wait = intended - performance.now();
    if (wait > 0) await sleep(wait);
    writes.push(createProject(first.url, token).then((id) => void sent.set(id, intended)));
  }
  await Promise.all(writes);
  await waitFor(subscribers, 1 + BURST, 120_000);
  let lastArrival = 0;
  for (const s of subscribers) for (const at of s.arrivals.values()) lastArrival = Math.max(lastArrival, at);
  const burst = latencies(subscribers, sent);
  const deliveries = subscribers.reduce((n, s) => n + s.received, 0) - SUBSCRIBERS;
  const expected = SUBSCRIBERS * (1 + BURST);
  const received = subscribers.reduce((n, s) => n + s.received, 0);
  const duplicates = subscribers.reduce((n, s) => n + s.outOfOrder, 0);

  const perThousand = instances.map((_, k) => ((connectedRss[k] - idleRss[k]) / (SUBSCRIBERS / instances.length)) * 1000);
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(`one change -> ${one.count} deliveries: p50 ${ms(one.p50)}, p99 ${ms(one.p99)}, max ${ms(one.max)}`);
  console.log(
    `burst of ${BURST} at ${RATE}/s -> ${burst.count} deliveries: p50 ${ms(burst.p50)}, p99 ${ms(burst.p99)}, max ${ms(burst.max)}`,
  );
  console.log(`deliveries/s during the burst: ${Math.round(deliveries / ((lastArrival - burstStart) / 1000))}`);
  console.log(
    `server RSS: idle ${idleRss.map((r) => r.toFixed(0)).join(' + ')} MB, connected ${connectedRss.map((r) => r.toFixed(0)).join(' + ')} MB, ${perThousand.map((r) => r.toFixed(1)).join(' / ')} MB per 1,000 connections`,
  );
  console.log(`lost ${expected - received + duplicates}, duplicated or out of order ${duplicates}`);

  subscribers.forEach((s) => s.close());
  if (expected !== received || duplicates > 0) process.exitCode = 1;
}

async function stopInstances(): Promise<void> {
  await Promise.all(
    instances.map(
      (i) =>
        new Promise((resolve) => {
          if (i.child.exitCode !== null) return resolve(null);
          i.child.once('exit', resolve);
          i.child.kill('SIGTERM');
        }),
    ),
  );
}

main()
  .catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => void stopInstances());
