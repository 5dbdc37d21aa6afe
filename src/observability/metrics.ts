import type { DataSource } from 'typeorm';
import type { Pool } from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Every IRM metric; the names and their meaning are listed in docs/operations.md. */
export const registry = new Registry();
const registers = [registry];

const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const LAG_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

export const httpRequestDuration = new Histogram({
  name: 'irm_http_request_duration_seconds',
  help: 'HTTP requests by method, route (a fixed set) and status code',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: DURATION_BUCKETS,
  registers,
});

export const graphqlOperationDuration = new Histogram({
  name: 'irm_graphql_operation_duration_seconds',
  help: 'GraphQL operations over HTTP by operation name (bounded, see docs/operations.md) and type',
  labelNames: ['operation', 'type'] as const,
  buckets: DURATION_BUCKETS,
  registers,
});

export const graphqlErrors = new Counter({
  name: 'irm_graphql_errors_total',
  help: 'Errors returned to GraphQL clients over HTTP by extensions.code',
  labelNames: ['code'] as const,
  registers,
});

/** GraphQL operations over HTTP by the executor that ran them (server/compiled-execution.ts). */
export const graphqlExecutions = new Counter({
  name: 'irm_graphql_executions_total',
  help: "GraphQL operations over HTTP by executor: compiled (a document's compiled query) or graphql-js",
  labelNames: ['executor'] as const,
  registers,
});

const liveDeliveries = new Counter({
  name: 'irm_live_deliveries_total',
  help: 'Change events handed to subscriptions (live, not replayed)',
  registers,
});

const liveDeliveryLag = new Histogram({
  name: 'irm_live_delivery_lag_seconds',
  help: 'From a change being written to its hand-over to a subscription',
  buckets: LAG_BUCKETS,
  registers,
});

const changeLogReadLag = new Histogram({
  name: 'irm_change_log_read_lag_seconds',
  help: "From a change being written to this instance's reader of the change log reading it",
  buckets: LAG_BUCKETS,
  registers,
});

const sweeperRuns = new Counter({
  name: 'irm_sweeper_runs_total',
  help: 'Deadline sweeps by outcome: swept, skipped (another instance held the lock) or failed',
  labelNames: ['outcome'] as const,
  registers,
});

const sweeperFindings = new Counter({
  name: 'irm_sweeper_findings_total',
  help: 'Records the deadline sweeper made (violations, overdue marks) by task',
  labelNames: ['task'] as const,
  registers,
});

const sweeperDuration = new Histogram({
  name: 'irm_sweeper_duration_seconds',
  help: 'How long a deadline sweep that ran took',
  buckets: DURATION_BUCKETS,
  registers,
});

/** The parts whose state the gauges report, while they run (registered at start, removed at stop). */
const pools = new Set<DataSource>();
const liveConnections = new Set<ReadonlyMap<unknown, { operations: ReadonlySet<string> }>>();

function watched<T>(set: Set<T>, item: T): () => void {
  set.add(item);
  return () => void set.delete(item);
}

const poolOf = (dataSource: DataSource): Pool | null =>
  dataSource.isInitialized ? ((dataSource.driver as unknown as { master: Pool }).master ?? null) : null;

function poolGauge(name: string, help: string, read: (pool: Pool) => number): void {
  new Gauge({
    name,
    help,
    registers,
    collect() {
      let sum = 0;
      for (const dataSource of pools) {
        const pool = poolOf(dataSource);
        if (pool) sum += read(pool);
      }
      this.set(sum);
    },
  });
}

poolGauge('irm_db_pool_connections', 'Database connections open in the pool', (pool) => pool.totalCount);
poolGauge('irm_db_pool_in_use', 'Database connections checked out of the pool', (pool) => pool.totalCount - pool.idleCount);
poolGauge('irm_db_pool_waiting', 'Queries waiting for a pooled database connection', (pool) => pool.waitingCount);

new Gauge({
  name: 'irm_live_connections',
  help: 'Open graphql-ws connections that were acknowledged',
  registers,
  collect() {
    this.set([...liveConnections].reduce((sum, connections) => sum + connections.size, 0));
  },
});

new Gauge({
  name: 'irm_live_subscriptions',
  help: 'Operations running on graphql-ws connections (subscriptions, in practice)',
  registers,
  collect() {
    let sum = 0;
    for (const connections of liveConnections) for (const connection of connections.values()) sum += connection.operations.size;
    this.set(sum);
  },
});

/** Reports this data source's pool until the returned function is called. */
export const watchPool = (dataSource: DataSource): (() => void) => watched(pools, dataSource);

/** Reports these live connections and their operations until the returned function is called. */
export const watchLiveConnections = (connections: ReadonlyMap<unknown, { operations: ReadonlySet<string> }>): (() => void) =>
  watched(liveConnections, connections);

let defaultsCollected = false;

/** Process metrics (CPU, memory, heap, event-loop lag): once per process, on first use of /metrics. */
export function collectProcessMetrics(): void {
  if (defaultsCollected) return;
  defaultsCollected = true;
  collectDefaultMetrics({ register: registry });
}

const secondsSince = (at: Date): number => Math.max(0, (Date.now() - at.getTime()) / 1000);

/** A change event read from the log by this instance's hub. */
export function changeRead(at: Date): void {
  changeLogReadLag.observe(secondsSince(at));
}

/** A change event handed to one subscription. */
export function changeDelivered(at: Date): void {
  liveDeliveries.inc();
  liveDeliveryLag.observe(secondsSince(at));
}

/** Records a sweep's outcome and findings; passes its result through. */
export async function observeSweep(sweep: Promise<Record<string, number> | null>): Promise<Record<string, number> | null> {
  const end = sweeperDuration.startTimer();
  try {
    const made = await sweep;
    if (!made) {
      sweeperRuns.inc({ outcome: 'skipped' });
      return made;
    }
    end();
    sweeperRuns.inc({ outcome: 'swept' });
    for (const [task, count] of Object.entries(made)) sweeperFindings.inc({ task }, count);
    return made;
  } catch (e) {
    sweeperRuns.inc({ outcome: 'failed' });
    throw e;
  }
}
