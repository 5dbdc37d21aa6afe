import { randomUUID } from 'node:crypto';
import { contract } from '../support/contract';
import { personaEmail, startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import { captureLogs } from '../../src/observability/logger';
import { createInvestor, eventually } from '../live/fixtures';
import { LiveClient, subscribersReach, listeners } from '../live/live-client';

const METRICS_TOKEN = 'metrics-token-0123456789';
type LogLine = Record<string, unknown> & { level: string; msg: string };

const lines: LogLine[] = [];
let stopCapture: () => void;
let server: TestServer;
let nc: GraphQLClient;

beforeAll(async () => {
  stopCapture = captureLogs({ write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
  server = await startTestServer({ env: { LOG_LEVEL: 'info', METRICS_TOKEN } });
  nc = await server.as('NC-KI');
});
afterAll(async () => {
  await server.stop();
  stopCapture();
});

/** POST /graphql, keeping the response's request id. */
async function post(token: string | null, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, requestId: res.headers.get('x-request-id'), body: (await res.json()) as { errors?: unknown[] } };
}

async function scrape(): Promise<string> {
  const res = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(res.status).toBe(200);
  return res.text();
}

/** A sample's value, 0 when the series does not exist yet. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

async function logLineOf(requestId: string): Promise<LogLine> {
  // The line is written when the response finishes, which may come after the client has read it.
  await eventually(() => lines.some((l) => l.requestId === requestId && l.msg === 'request completed'), 5_000, 'the request log line');
  return lines.find((l) => l.requestId === requestId && l.msg === 'request completed') as LogLine;
}

describe('structured request logs', () => {
  it('writes one JSON line per request with request id, operation, duration, status, user and office', async () => {
    const [{ id: userId }] = (await server.irm.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [personaEmail('NC-KI')])) as {
      id: string;
    }[];
    const res = await post(nc.token, contract('InvestorLeads'), { first: 2 });
    expect(res.status).toBe(200);
    expect(res.requestId).toMatch(/^[0-9a-f-]{36}$/);

    const line = await logLineOf(res.requestId as string);
    expect(line).toMatchObject({
      level: 'info',
      operation: 'InvestorLeads',
      userId,
      office: 'NC-KI',
      req: { method: 'POST', path: '/graphql' },
      res: { statusCode: 200 },
    });
    expect(typeof line.durationMs).toBe('number');
    expect(line.errors).toBeUndefined();
    expect(lines.filter((l) => l.requestId === res.requestId && l.msg === 'request completed')).toHaveLength(1);
  });

  it('keeps a proxy request id and puts the error codes on the line; never the bearer token', async () => {
    const requestId = `proxy-${randomUUID()}`;
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId, authorization: 'Bearer not-a-token' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('x-request-id')).toBe(requestId);
    const line = await logLineOf(requestId);
    expect(line).toMatchObject({ errors: ['UNAUTHENTICATED'], res: { statusCode: 401 } });
    expect(JSON.stringify(lines)).not.toContain('not-a-token');
    expect(JSON.stringify(lines)).not.toContain(nc.token);
  });

  it('logs no SQL at info', async () => {
    await createInvestor(nc, 'CN');
    await nc.ok(contract('InvestorLeads'), { first: 5 });
    expect(lines.length).toBeGreaterThan(3);
    const info = lines.filter((l) => l.level === 'info' || l.level === 'debug');
    expect(info.filter((l) => 'sql' in l || /\b(SELECT|INSERT INTO|UPDATE \S+ SET)\b/.test(JSON.stringify(l)))).toEqual([]);
  });
});

describe('an unexpected error', () => {
  const MASKED = 'internal error (masked for the client)';
  const QUERY = '{ investors(first: 1) { edges { node { id } } } }';
  const maskedLines = () => lines.filter((l) => l.msg === MASKED);

  it('is masked for the client and logged at error with the request id, over HTTP and over WebSocket', async () => {
    const list = server.irm.app.investors.list;
    server.irm.app.investors.list = async () => {
      throw new Error('a defect the client must not see');
    };
    const live = new LiveClient(server, nc.token);
    try {
      const res = await post(nc.token, QUERY);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
      ]);
      await eventually(
        () => maskedLines().some((l) => l.requestId === res.requestId),
        5_000,
        'the masked error logged with the request id',
      );
      const http = maskedLines().find((l) => l.requestId === res.requestId)!;
      expect(http).toMatchObject({ level: 'error', code: 'INTERNAL_SERVER_ERROR', err: { message: 'a defect the client must not see' } });

      const before = maskedLines().length;
      const errors = await live.subscribe(QUERY).failed();
      expect(errors).toEqual([
        expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
      ]);
      await eventually(() => maskedLines().length > before, 5_000, 'the WebSocket error logged');
      const ws = maskedLines().slice(before);
      expect(ws).toEqual([
        expect.objectContaining({ level: 'error', err: expect.objectContaining({ message: 'a defect the client must not see' }) }),
      ]);
      expect(ws[0]!.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(ws[0]!.requestId).not.toBe(res.requestId);
    } finally {
      server.irm.app.investors.list = list;
      await live.dispose();
    }
  });
});

describe('GET /metrics', () => {
  it('needs the bearer token when METRICS_TOKEN is set', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${server.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
  });

  it('exposes the metric families, and the operation count moves after a request', async () => {
    const series = 'irm_graphql_operation_duration_seconds_count{operation="InvestorLeads",type="query"}';
    const httpSeries = 'irm_http_request_duration_seconds_count{method="POST",route="/graphql",status="200"}';
    const before = await scrape();
    await nc.ok(contract('InvestorLeads'), { first: 2 });
    await nc.fails(`query Missing($id: ID!) { investor(id: $id) { id } }`, { id: randomUUID() });
    const after = await scrape();
    expect(sample(after, series)).toBe(sample(before, series) + 1);
    expect(sample(after, httpSeries)).toBeGreaterThanOrEqual(sample(before, httpSeries) + 2);
    expect(sample(after, 'irm_graphql_errors_total{code="NOT_FOUND"}')).toBe(
      sample(before, 'irm_graphql_errors_total{code="NOT_FOUND"}') + 1,
    );
    expect(sample(after, 'irm_db_pool_connections')).toBeGreaterThan(0);
    for (const family of [
      'irm_db_pool_in_use',
      'irm_db_pool_waiting',
      'irm_live_connections',
      'irm_live_subscriptions',
      'irm_live_deliveries_total',
      'irm_live_delivery_lag_seconds',
      'irm_change_log_read_lag_seconds',
      'irm_sweeper_runs_total',
      'irm_sweeper_findings_total',
      'nodejs_eventloop_lag_seconds',
      'process_resident_memory_bytes',
    ]) {
      expect(after).toContain(`# TYPE ${family} `);
    }
  });

  it('counts live connections, subscriptions, deliveries and change-log reads', async () => {
    const before = await scrape();
    const live = new LiveClient(server, nc.token);
    try {
      const sub = live.subscribe(contract('Changes'));
      await subscribersReach(server, listeners(server) + 1);
      const during = await scrape();
      expect(sample(during, 'irm_live_connections')).toBe(1);
      expect(sample(during, 'irm_live_subscriptions')).toBe(1);
      await createInvestor(nc, 'DE');
      await sub.received(1);
      const after = await scrape();
      expect(sample(after, 'irm_live_deliveries_total')).toBe(sample(before, 'irm_live_deliveries_total') + 1);
      expect(sample(after, 'irm_live_delivery_lag_seconds_count')).toBe(sample(before, 'irm_live_delivery_lag_seconds_count') + 1);
      expect(sample(after, 'irm_change_log_read_lag_seconds_count')).toBeGreaterThan(
        sample(before, 'irm_change_log_read_lag_seconds_count'),
      );
    } finally {
      await live.dispose();
    }
    await eventually(() => listeners(server) === 1, 5_000, 'the subscription to end');
    expect(sample(await scrape(), 'irm_live_connections')).toBe(0);
  });

  it('counts sweeper runs', async () => {
    const runs = 'irm_sweeper_runs_total{outcome="swept"}';
    const before = sample(await scrape(), runs);
    expect(await server.irm.app.sweeper.sweepNow()).not.toBeNull();
    expect(sample(await scrape(), runs)).toBe(before + 1);
  });

  it('bounds the operation label: past 100 distinct names the rest are "other"', async () => {
    for (let i = 0; i < 105; i += 1) await server.anonymous.ok(`query Probe${i} { __typename }`);
    const text = await scrape();
    const labels = new Set([...text.matchAll(/irm_graphql_operation_duration_seconds_count\{operation="([^"]+)"/g)].map((m) => m[1]));
    expect(sample(text, 'irm_graphql_operation_duration_seconds_count{operation="other",type="query"}')).toBeGreaterThanOrEqual(5);
    expect(labels.size).toBeLessThanOrEqual(103); // 100 names, other, anonymous, invalid
  });
});
