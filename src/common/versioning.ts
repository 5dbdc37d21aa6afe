import { conflict } from './errors';

/** Optimistic concurrency: an update names the version it read; a stale one changes nothing. */
export function assertVersion(entity: { id: string; version: number }, expectedVersion: number, what: string): void {
  if (entity.version !== expectedVersion) {
    throw conflict(
      `${what} ${entity.id} was changed by someone else: it is at version ${entity.version}, not ${expectedVersion}. Reload and retry.`,
      {
        currentVersion: entity.version,
      },
    );
  }
}

/**
 * Copies the given (non-null) fields of a patch onto an entity; returns the names of those
 * whose value really changed. Arrays and plain objects compare by value.
 */
export function applyPatch<T extends object>(entity: T, patch: Partial<T>): string[] {
  const changed: string[] = [];
  const target = entity as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || value === null) continue;
    if (JSON.stringify(target[key]) !== JSON.stringify(value)) {
      target[key] = value;
      changed.push(key);
    }
  }
  return changed;
}
