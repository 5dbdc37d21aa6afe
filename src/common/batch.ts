import DataLoader from 'dataloader';

/** A per-request loader of one row per key; keys with no row (or out of scope) give null. */
export function oneByKey<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((r) => [keyOf(r), r]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** A per-request loader of the rows of each key (one statement per batch, key order kept). */
export function manyByKey<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map<K, V[]>(keys.map((k) => [k, []]));
    for (const row of rows) byKey.get(keyOf(row))?.push(row);
    return keys.map((k) => byKey.get(k) ?? []);
  });
}

/** Loads a row that must exist (a foreign key the database guarantees). */
export async function loadRequired<K, V>(loader: DataLoader<K, V | null>, key: K, what: string): Promise<V> {
  const value = await loader.load(key);
  if (value === null) throw new Error(`${what} ${String(key)} is missing`);
  return value;
}

const PRELOADED = Symbol('preloaded relations');
type WithPreloaded = { [PRELOADED]?: Record<string, unknown> };

/**
 * Keeps on `row` a relation read in the row's own statement (pagination.ts relatedRows), in the
 * same reader's scope: its field resolver answers from it instead of a loader (issue 12: one
 * statement per list). Null is "read, and none the reader may see". A value that is not null is
 * answered for the field of that name without calling its resolver (schema.ts), so `field` is the
 * GraphQL field's name and the value exactly what its resolver would answer.
 */
export function setPreloaded(row: object, field: string, value: unknown): void {
  const r = row as WithPreloaded;
  (r[PRELOADED] ??= {})[field] = value;
}

/** The relation kept by setPreloaded, or undefined when it was not read with the row. */
export function preloaded<V>(row: object, field: string): V | null | undefined {
  return (row as WithPreloaded)[PRELOADED]?.[field] as V | null | undefined;
}
