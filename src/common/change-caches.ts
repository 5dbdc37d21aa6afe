import type { ChangeKind } from '../events/change-kinds';

/**
 * In-process caches of data that changes rarely (offices, regions, sectors, rule sets, the MCI),
 * each emptied by the change kinds it holds (issue 12: no statement per request for them). One
 * mechanism for every instance: a commit made here empties them at once (db/transactions.ts
 * tells `changed` of the kinds it recorded), one made elsewhere when its change event is read
 * from the change log (events/live-runtime.ts).
 */
export class ChangeCaches {
  private readonly byKind = new Map<ChangeKind, (() => void)[]>();

  /** `forget` is called after every committed change of one of `kinds`. */
  register(kinds: readonly ChangeKind[], forget: () => void): void {
    for (const kind of kinds) this.byKind.set(kind, [...(this.byKind.get(kind) ?? []), forget]);
  }

  changed(kind: ChangeKind): void {
    for (const forget of this.byKind.get(kind) ?? []) forget();
  }
}

/**
 * How long a snapshot is kept at most: the bound for a write that no change event announces
 * (one made with psql or by a migration of a running database).
 */
const SNAPSHOT_TTL_MS = 60_000;

/**
 * One snapshot of a small table set, read whole on first use and shared by every request until
 * forgotten (or `ttlMs` old). Concurrent first uses share one read; a failed read is not kept; a
 * read in flight when `forget` is called is not kept either (it may predate the change). The
 * objects are frozen: callers must never change them.
 */
export class SnapshotCache<T> {
  private current: { value: Promise<T>; until: number } | null = null;

  constructor(
    private readonly read: () => Promise<T>,
    private readonly ttlMs = SNAPSHOT_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  get(): Promise<T> {
    const now = this.now();
    if (this.current && this.current.until > now) return this.current.value;
    const entry = { value: this.read().then(deepFreeze), until: now + this.ttlMs };
    this.current = entry;
    entry.value.catch(() => {
      if (this.current === entry) this.current = null;
    });
    return entry.value;
  }

  forget(): void {
    this.current = null;
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value) && !(value instanceof Date)) {
    Object.freeze(value);
    for (const v of value instanceof Map ? value.values() : Object.values(value)) deepFreeze(v);
  }
  return value;
}
