import http from 'node:http';
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startTestServer, type TestServer } from '../support/server';
import { clean, LEAK, operation, overWebSocket, type RawAnswer } from './hostile';
import { hostileCorpus, type Hostile } from './corpus';

const DOCUMENTS = 2_000;
const IN_FLIGHT = 4;
const WEBSOCKET_SAMPLE_EVERY = 40;

/**
 * /healthz is polled from this process, which also sends the corpus and runs the server: its
 * latency includes the test's own work. The bound is on p95; p99 and max are reported.
 */
const HEALTH_P95_MS = 100;
/**
 * Above this load average per core the machine, not IRM, decides how long anything in this
 * process waits (on 2 cores shared at a load of 13, a 10 ms timer runs ~30 ms late at the median):
 * the /healthz bound is then reported, not judged, and the per-document blocking measure (in CPU
 * time, which load does not stretch) is what tells whether IRM holds its event loop.
 */
const JUDGED_LOAD_PER_CORE = 1.5;
/** A document whose own work holds the event loop longer than this is a defect of the limits. */
const BLOCKING_MS = 50;
/** Documents in flight during a stall are run again alone, this many times each, at most this many documents. */
const RETRIES = 3;
const MAX_SUSPECTS = 30;

// Generated before the server starts: seconds of generation on a loaded machine must not leave its keep-alive sockets idle.
const corpus = hostileCorpus(DOCUMENTS);
let server: TestServer;
let viewer: string;
let officer: string;

beforeAll(async () => {
  server = await startTestServer();
  viewer = (await server.as('NC-KI', 'VIEWER')).token as string;
  officer = (await server.as('NC-KI')).token as string;
});
afterAll(() => server.stop());

const tokenFor = (doc: Hostile, i: number): string | null => (doc.officer ? officer : i % 2 ? viewer : null);

/** What is wrong with an answer: unclean, or not the refusal the document must get. */
function problemsOf(doc: Hostile, answer: RawAnswer): string[] {
  const problems = clean(answer);
  if (doc.refusedWith) {
    const codes = (answer.json?.errors ?? []).map((e) => String(e.extensions?.code));
    if (codes.length === 0 || codes.some((c) => !doc.refusedWith!.includes(c)))
      problems.push(`expected ${doc.refusedWith.join(' or ')}, got ${codes.join(', ') || 'data'}`);
  }
  return problems;
}

/** One GET /healthz on a connection of its own, as a load balancer's probe: no reuse of a keep-alive socket the server may be closing. */
function probeHealth(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(`${url}/healthz`, { agent: false }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve(res.statusCode) : reject(new Error(`/healthz answered ${res.statusCode}`))));
      })
      .on('error', reject);
  });
}

/**
 * Polls /healthz until stopped, keeping every latency. It runs in the test's process, with the
 * server and the clients: an answer waits for whatever holds the event loop, ours or the machine's.
 */
function pollHealth(url: string): { stop(): Promise<number[]> } {
  let running = true;
  const latencies: number[] = [];
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      await probeHealth(url);
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return latencies;
    },
  };
}

interface Stall {
  from: number;
  to: number;
}

/** Times when a 10 ms timer fired more than `BLOCKING_MS` late: the event loop was held (or the process not scheduled). */
function watchStalls(): { stop(): Stall[] } {
  const stalls: Stall[] = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    if (now - last - 10 > BLOCKING_MS) stalls.push({ from: last, to: now });
    last = now;
  }, 10);
  return {
    stop() {
      clearInterval(timer);
      return stalls;
    },
  };
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

/**
 * How long one document alone holds the event loop: the longest timer delay while it runs, but
 * no more than the CPU time the process spent on it. Wall time grows with the machine's load
 * (a process waiting for a core looks blocked); CPU time does not, so a document that needs
 * little work cannot be blamed for the machine's stalls. The least of a few runs is taken.
 */
async function blockingOf(doc: Hostile, i: number): Promise<number> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  let least = Infinity;
  for (let run = 0; run < RETRIES; run++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    delay.enable();
    const cpu = process.cpuUsage();
    await operation(doc.query, doc.variables, tokenFor(doc, i), server.url);
    const used = process.cpuUsage(cpu);
    await new Promise((resolve) => setTimeout(resolve, 10));
    delay.disable();
    least = Math.min(least, delay.max / 1e6, (used.user + used.system) / 1000);
    delay.reset();
  }
  return least;
}

describe('a generated corpus of hostile documents (issue 7)', () => {
  it(`answers ${DOCUMENTS} of them as clean client errors, without holding the event loop, with /healthz fast and memory bounded`, async () => {
    const failures: string[] = [];
    const spans: { i: number; from: number; to: number }[] = [];
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const stalls = watchStalls();
    const health = pollHealth(server.url);
    const started = performance.now();
    const cpuBefore = process.cpuUsage();

    let nextIndex = 0;
    const worker = async () => {
      for (let i = nextIndex++; i < corpus.length; i = nextIndex++) {
        const doc = corpus[i]!;
        const token = tokenFor(doc, i);
        const from = performance.now();
        const answer = await operation(doc.query, doc.variables, token, server.url);
        spans.push({ i, from, to: performance.now() });
        const problems = problemsOf(doc, answer);
        if (problems.length) failures.push(`#${i} ${doc.kind}: ${problems.join(', ')} ${answer.text.slice(0, 200)}`);
        if (i % WEBSOCKET_SAMPLE_EVERY === 0) {
          const ws = await overWebSocket(server.url, token ?? viewer, doc.query, doc.variables);
          if (ws.codes.includes('INTERNAL_SERVER_ERROR') || ws.codes.includes('undefined') || LEAK.test(ws.text) || ws.closed === 1011) {
            failures.push(`#${i} ${doc.kind} over WebSocket: ${JSON.stringify(ws).slice(0, 200)}`);
          }
        }
        rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));

    const corpusMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const latencies = await health.stop();
    const stalled = stalls.stop();
    loopDelay.disable();

    // Every document in flight during a stall is a suspect: the longest stalls first.
    const suspects = new Map<number, number>();
    for (const stall of stalled) {
      for (const span of spans) {
        if (span.from < stall.to && span.to > stall.from) suspects.set(span.i, Math.max(suspects.get(span.i) ?? 0, stall.to - stall.from));
      }
    }
    const retried = [...suspects].sort((a, b) => b[1] - a[1]).slice(0, MAX_SUSPECTS);
    const blockers: string[] = [];
    for (const [i] of retried) {
      const ms = await blockingOf(corpus[i]!, i);
      if (ms > BLOCKING_MS)
        blockers.push(`#${i} ${corpus[i]!.kind} holds the event loop ${ms.toFixed(0)} ms: ${corpus[i]!.query.slice(0, 120)}`);
    }

    const ms = (n: number) => `${n.toFixed(1)} ms`;
    const load = os.loadavg()[0]! / os.availableParallelism();
    const healthJudged = load <= JUDGED_LOAD_PER_CORE;
    console.info(
      [
        `${DOCUMENTS} documents in ${(corpusMs / 1000).toFixed(1)} s (${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU, load ${load.toFixed(1)} per core); event-loop delay p50 ${ms(loopDelay.percentile(50) / 1e6)}, p99 ${ms(loopDelay.percentile(99) / 1e6)}, max ${ms(loopDelay.max / 1e6)};`,
        `${stalled.length} stalls over ${BLOCKING_MS} ms, ${suspects.size} documents in flight then, ${retried.length} run again alone, ${blockers.length} holding the loop;`,
        `/healthz ${latencies.length} answers, p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(Math.max(...latencies))}${healthJudged ? '' : ' (not judged: machine overloaded)'};`,
        `rss +${((rssPeak - rssBefore) / 2 ** 20).toFixed(0)} MB`,
      ].join(' '),
    );
    expect(failures.slice(0, 10)).toEqual([]);
    expect(blockers).toEqual([]);
    if (healthJudged) expect(percentile(latencies, 95)).toBeLessThan(HEALTH_P95_MS);
    expect(rssPeak - rssBefore).toBeLessThan(300 * 1024 * 1024);
    // About 25 s of CPU for the corpus; on a busy shared machine the wall time stretches with the load.
  }, 150_000);
});
