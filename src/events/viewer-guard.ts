import type { Viewer } from '../auth/viewer';
import type { Clock } from '../common/clock';
import type { UserRepository } from '../users/user.repository';

const RECHECK_MS = 5_000;

/**
 * Whether a subscriber may still receive: its token has not expired and its account is still
 * active, in the same office and role. Checked per event from a small cache that a USER change
 * event clears at once (issue "Live IRM", Scope: a deactivated user stops receiving).
 */
export class ViewerGuard {
  private readonly cache = new Map<string, { allowed: Promise<boolean>; until: number }>();

  constructor(
    private readonly users: UserRepository,
    private readonly clock: Clock,
  ) {}

  allows(viewer: Viewer): Promise<boolean> {
    const now = this.clock.now().getTime();
    if (viewer.tokenExpiresAt.getTime() <= now) return Promise.resolve(false);
    const cached = this.cache.get(viewer.userId);
    if (cached && cached.until > now) return cached.allowed;
    const allowed = this.users.viewerFacts(viewer.userId).then(
      (facts) => facts !== null && facts.office.id === viewer.office.id && facts.role === viewer.role,
      () => true, // a failed check is retried after RECHECK_MS, not taken as a revocation
    );
    this.cache.set(viewer.userId, { allowed, until: now + RECHECK_MS });
    return allowed;
  }

  /** A user changed: check again on the next event. */
  forget(userId: string): void {
    this.cache.delete(userId);
  }
}
