import { Redis } from 'ioredis';
import type { App } from '../app';

/** How long each readiness check may take before it counts as failed. */
const CHECK_TIMEOUT_MS = 2_000;

export interface Readiness {
  /** Each check and whether it passed; ready when all passed. */
  check(): Promise<{ ready: boolean; checks: Record<string, boolean> }>;
  close(): Promise<void>;
}

const within = (work: Promise<boolean>): Promise<boolean> =>
  Promise.race([work.catch(() => false), new Promise<boolean>((resolve) => setTimeout(resolve, CHECK_TIMEOUT_MS, false).unref())]);

/**
 * GET /readyz: the database answers and has every migration applied, and Redis answers when
 * REDIS_URL is configured. (/healthz is liveness only: the process and its event loop.)
 */
export function readiness(app: App): Readiness {
  const redis = app.config.REDIS_URL
    ? new Redis(app.config.REDIS_URL, {
        lazyConnect: true,
        enableOfflineQueue: false,
        maxRetriesPerRequest: 0,
        connectTimeout: CHECK_TIMEOUT_MS,
      })
    : null;
  redis?.on('error', () => undefined); // a failed ping answers "not ready"; reconnects are ioredis's
  return {
    async check() {
      const checks: Record<string, boolean> = {
        database: await within(app.dataSource.query('SELECT 1').then(() => true)),
      };
      checks.migrations = checks.database && (await within(app.dataSource.showMigrations().then((pending) => !pending)));
      if (redis) {
        checks.redis = await within(
          (redis.status === 'wait' ? redis.connect() : Promise.resolve()).then(() => redis.ping()).then((r) => r === 'PONG'),
        );
      }
      return { ready: Object.values(checks).every(Boolean), checks };
    },
    async close() {
      redis?.disconnect();
    },
  };
}
