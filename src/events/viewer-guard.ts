import { isCurrent, type Viewer, type ViewerFacts } from '../auth/viewer';
import type { ViewerCache } from '../auth/viewer-cache';
import type { Clock } from '../common/clock';

/** Facts that could not be read: the check is retried on the next event, not taken as a revocation. */
const UNKNOWN = Symbol('unknown');

/**
 * Whether a subscriber may still receive: its token has not expired and is still current (the
 * same check as over HTTP, auth/viewer.ts isCurrent). Checked per event from the accounts' facts
 * cache shared with HTTP (auth/viewer-cache.ts), which a USER change event clears at once (issue
 * "Live IRM", Scope: a deactivated user stops receiving).
 */
export class ViewerGuard {
  constructor(
    private readonly viewers: ViewerCache,
    private readonly clock: Clock,
  ) {}

  async allows(viewer: Viewer): Promise<boolean> {
    if (viewer.tokenExpiresAt.getTime() <= this.clock.now().getTime()) return false;
    const facts: ViewerFacts | null | typeof UNKNOWN = await this.viewers.facts(viewer.userId).catch(() => UNKNOWN);
    return facts === UNKNOWN || isCurrent(facts, viewer.tokenEpoch);
  }

  /** A user changed: check again on the next event. */
  forget(userId: string): void {
    this.viewers.forget(userId);
  }
}
