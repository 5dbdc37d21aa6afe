import { USER_CHANGES } from '../users/user.entity';
import type { App } from '../app';
import { RedisNotices } from './redis-notices';
import { log } from '../observability/logger';

const PRUNE_EVERY_MS = 60 * 60 * 1000;

export interface LiveRuntime {
  stop(): Promise<void>;
}

/**
 * Starts the live machinery of an instance: the hub reading the change log after each commit
 * (here, or elsewhere through Redis when REDIS_URL is set, or on its poll), the viewer cache
 * cleared by USER changes, the reference caches by theirs (common/change-caches.ts), and the retention job.
 */
export async function startLive(app: App): Promise<LiveRuntime> {
  const { hub, guard } = app.live;
  await hub.start();
  hub.listen(({ event }) => {
    if (event.entity === USER_CHANGES) guard.forget(event.entityId);
    app.caches.changed(event.entity);
  });
  const notices = app.config.REDIS_URL ? new RedisNotices(app.config.REDIS_URL, () => hub.poke()) : null;
  await notices?.start();
  app.transactions.onCommitted(() => {
    hub.poke();
    notices?.publish();
  });
  const prune = () => {
    app.changeLog.prune().catch((e: unknown) => log.error({ err: e }, 'pruning the change log failed'));
  };
  prune();
  const pruning = setInterval(prune, PRUNE_EVERY_MS);
  pruning.unref();
  return {
    async stop() {
      clearInterval(pruning);
      await notices?.close();
      await hub.stop();
    },
  };
}
