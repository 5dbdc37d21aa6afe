import type { DataSource, ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';

/** The lists whose totals are cached; each has a generation row (migration ReadGeneration). */
export type CountKind = 'investor' | 'project';

interface Entry {
  generation: string;
  total: number;
}

/** Enough for every filter and scope in use; searches make keys unbounded, so the oldest go. */
const MAX_ENTRIES = 10_000;

const caches = new WeakMap<DataSource, Map<string, Entry>>();

/**
 * The exact number of rows of `countQuery` (a list query without order or limit), from a cache
 * valid until a committed write bumps the kind's generation (see the ReadGeneration migration).
 *
 * One statement either way: it reads the generation and, only when the cached entry is not of
 * that generation, counts, in the same snapshot, so a count is never stored under a generation
 * it does not belong to. The key is the count's SQL and parameters: every filter and scope is in
 * it, so none can be forgotten.
 * On a transaction's connection the cache is skipped: the transaction's own writes are not yet in any
 * generation.
 */
export async function exactCount(countQuery: SelectQueryBuilder<ObjectLiteral>, kind: CountKind): Promise<number> {
  const qb = countQuery.select('COUNT(*)', 'total').orderBy();
  // A builder made from a transaction's manager carries its query runner (protected in TypeORM's
  // typings): such a count runs as it is, on that connection.
  const runner = (qb as unknown as { queryRunner?: QueryRunner }).queryRunner;
  if (runner) return Number((await qb.getRawOne<{ total: string }>())?.total ?? 0);

  const dataSource = qb.connection;
  let cache = caches.get(dataSource);
  if (!cache) caches.set(dataSource, (cache = new Map()));
  const [sql, parameters] = qb.getQueryAndParameters();
  const key = `${kind}\u0000${sql}\u0000${JSON.stringify(parameters)}`;
  const cached = cache.get(key);
  const n = parameters.length;
  const rows: { generation: string; total: string | null }[] = await dataSource.query(
    `SELECT g.value::text AS generation,
            CASE WHEN g.value = $${n + 2}::bigint THEN NULL ELSE (${sql}) END AS total
       FROM read_generation g WHERE g.kind = $${n + 1}`,
    [...parameters, kind, cached?.generation ?? '-1'],
  );
  const [row] = rows;
  if (!row) throw new Error(`read_generation has no row for ${kind}`);
  if (row.total === null && cached) return cached.total;
  const total = Number(row.total);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(key, { generation: row.generation, total });
  return total;
}
