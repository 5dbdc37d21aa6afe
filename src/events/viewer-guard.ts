import { isCurrent, type Viewer, type ViewerFacts } from '../auth/viewer';
import type { Clock } from '../common/clock';
import type { UserRepository } from '../users/user.repository';

const RECHECK_MS = 5_000;

/** Facts that could not be read: the check is retried after RECHECK_MS, not taken as a revocation. */
const UNKNOWN = Symbol('unknown');

/**
 * Whether a subscriber may still receive: its token has not expired and is still current (the
 * same check as over HTTP, auth/viewer.ts isCurrent). Checked per event from a small cache of the
 * accounts' facts that a USER change event clears at once (issue "Live IRM", Scope: a
 * deactivated user stops receiving).
 */
export class ViewerGuard {
  private readonly cache = new Map<string, { facts: Promise<ViewerFacts | null | typeof UNKNOWN>; until: number }>();

  constructor(
    private readonly users: UserRepository,
    private readonly clock: Clock,
  ) {}

  async allows(viewer: Viewer): Promise<boolean> {
    const now = this.clock.now().getTime();
    if (viewer.tokenExpiresAt.getTime() <= now) return false;
    let cached = this.cache.get(viewer.userId);
    if (!cached || cached.until <= now) {
      cached = { facts: this.users.viewerFacts(viewer.userId).catch(() => UNKNOWN), until: now + RECHECK_MS };
      this.cache.set(viewer.userId, cached);
    }
    const facts = await cached.facts;
    return facts === UNKNOWN || isCurrent(facts, viewer.tokenEpoch);
  }

  /** A user changed: check again on the next event. */
  forget(userId: string): void {
    this.cache.delete(userId);
  }
}
