import { preparedRawMany } from '../db/prepared';
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
 * A cached total asked for: what to add to a statement so that it reads the kind's generation
 * and, only when the cached entry is not of that generation, counts, in the same snapshot (so a
 * count is never stored under a generation it does not belong to). The key is the count's SQL
 * and parameters: every filter and scope is in it, so none can be forgotten.
 */
export interface CountProbe {
  /** Select expressions (named parameters of the count query and `params`), aliased rg_generation and rg_total. */
  selects: [expression: string, alias: string][];
  params: ObjectLiteral;
  /** The total from the values the statement read for rg_generation and rg_total. */
  settle(generation: unknown, total: unknown): number;
}

/**
 * The probe of `countQuery` (a list query without order or limit), from a cache valid until a
 * committed write bumps the kind's generation (see the ReadGeneration migration). Null on a
 * transaction's connection: its own writes are not yet in any generation, so it counts.
 */
function countProbe(countQuery: SelectQueryBuilder<ObjectLiteral>, kind: CountKind): CountProbe | null {
  // A builder made from a transaction's manager carries its query runner (protected in TypeORM's typings).
  if ((countQuery as unknown as { queryRunner?: QueryRunner }).queryRunner) return null;
  return countProbeOf(countQuery.connection, kind, countQuery.select('COUNT(*)').orderBy().getQuery(), countQuery.getParameters());
}

/**
 * The probe of a count whose SQL (`countSql`, named parameters `params`) is known already (a
 * list's statement built once per shape, see pagination.ts), outside a transaction.
 */
export function countProbeOf(dataSource: DataSource, kind: CountKind, countSql: string, params: ObjectLiteral): CountProbe {
  let cache = caches.get(dataSource);
  if (!cache) caches.set(dataSource, (cache = new Map()));
  const key = `${kind}\u0000${countSql}\u0000${JSON.stringify(params)}`;
  const cached = cache.get(key);
  const generation = `(SELECT g.value FROM read_generation g WHERE g.kind = :rgKind)`;
  const entries = cache;
  return {
    selects: [
      [`${generation}::text`, 'rg_generation'],
      [`CASE WHEN ${generation} = :rgCached::bigint THEN NULL ELSE (${countSql}) END`, 'rg_total'],
    ],
    params: { rgKind: kind, rgCached: cached?.generation ?? '-1' },
    settle(generationRead, totalRead) {
      if (generationRead === null || generationRead === undefined) throw new Error(`read_generation has no row for ${kind}`);
      if (totalRead === null && cached) return cached.total;
      const total = Number(totalRead);
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
      entries.set(key, { generation: String(generationRead), total });
      return total;
    },
  };
}

/** The exact number of rows of `countQuery` in a statement of its own (cached as in countProbe). */
export async function exactCount(countQuery: SelectQueryBuilder<ObjectLiteral>, kind: CountKind): Promise<number> {
  const probe = countProbe(countQuery.clone(), kind);
  if (!probe) return Number((await countQuery.select('COUNT(*)', 'total').orderBy().getRawOne<{ total: string }>())?.total ?? 0);
  const qb = countQuery.connection
    .createQueryBuilder()
    .from('read_generation', 'rg')
    .where('rg.kind = :rgKind')
    .setParameters({ ...countQuery.getParameters(), ...probe.params });
  qb.select(probe.selects[0][0], probe.selects[0][1]);
  qb.addSelect(probe.selects[1][0], probe.selects[1][1]);
  const [row] = await preparedRawMany<{ rg_generation: string; rg_total: string | null }>(qb);
  return probe.settle(row?.rg_generation, row?.rg_total);
}
