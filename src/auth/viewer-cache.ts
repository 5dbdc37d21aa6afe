import type { ViewerFacts } from './viewer';

/**
 * How long the facts of an account (auth/viewer.ts) are reused without asking the database. A
 * change made through this instance clears them at its commit, and one made through another
 * instance as soon as its USER change event arrives (events/live-runtime.ts); this is the bound
 * when that event is late: a revoked token may still be accepted for at most this long on an
 * instance that did not make the revocation.
 */
const VIEWER_CACHE_MS = 2_000;

/** Accounts kept at most; beyond, expired entries are dropped first, then the oldest. */
const MAX_ENTRIES = 10_000;

/**
 * The one cache of account facts, for HTTP requests (context/build-context.ts: no SQL per request
 * for the viewer) and live subscribers (events/viewer-guard.ts). Concurrent look-ups of one
 * account share one statement; a failed look-up is not kept.
 */
export class ViewerCache {
  private readonly entries = new Map<string, { facts: Promise<ViewerFacts | null>; until: number }>();

  constructor(
    private readonly read: (userId: string) => Promise<ViewerFacts | null>,
    private readonly ttlMs = VIEWER_CACHE_MS,
    private readonly now: () => number = Date.now,
  ) {}

  facts(userId: string): Promise<ViewerFacts | null> {
    const now = this.now();
    const hit = this.entries.get(userId);
    if (hit && hit.until > now) return hit.facts;
    if (this.entries.size >= MAX_ENTRIES) this.evict(now);
    const entry = { facts: this.read(userId), until: now + this.ttlMs };
    this.entries.set(userId, entry);
    entry.facts.catch(() => {
      if (this.entries.get(userId) === entry) this.entries.delete(userId);
    });
    return entry.facts;
  }

  /**
   * The account changed (call after the change committed): the next look-up reads it again. An
   * entry is made when its statement is started, so any look-up that could have read the old
   * row is dropped here.
   */
  forget(userId: string): void {
    this.entries.delete(userId);
  }

  private evict(now: number): void {
    for (const [id, entry] of this.entries) if (entry.until <= now) this.entries.delete(id);
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
  }
}
