import { createHash } from 'node:crypto';
import type { DataSource, ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';

const enabled = new WeakSet<DataSource>();

/**
 * Lets the hot reads of `dataSource` run as named prepared statements (issue 12: PostgreSQL plans
 * a statement once per connection instead of on every request). Only on a server of its own:
 * PGlite (embedded, also when reached through its socket by URL) is one session shared by every
 * pooled connection, where two connections would prepare the same name.
 */
export async function usePreparedStatements(dataSource: DataSource): Promise<void> {
  const [{ version }]: { version: string }[] = await dataSource.query('SELECT version() AS version');
  if (!/PGlite|emscripten/i.test(version)) enabled.add(dataSource);
}

/** Texts seen, as their named queries (the texts of the lists are few: one per filter and scope shape). */
const named = new Map<string, NamedQuery>();
const MAX_NAMES = 5_000;

interface NamedQuery {
  name: string;
  text: string;
  toString(): string;
}

/**
 * `sql` as pg's named query where enabled: an object carrying `name` and `text` for pg (which
 * prepares it on each connection once, and copies it before use) and the text as its string for
 * TypeORM and its logger. The name is the text's hash, so one name never stands for two texts.
 */
function prepared(dataSource: DataSource, sql: string): string {
  if (!enabled.has(dataSource)) return sql;
  let query = named.get(sql);
  if (!query) {
    query = { name: `irm_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`, text: sql, toString: () => sql };
    if (named.size >= MAX_NAMES) named.delete(named.keys().next().value as string);
    named.set(sql, query);
  }
  return query as unknown as string;
}

/**
 * A builder's rows, raw, as a prepared statement (on the builder's transaction when it has one);
 * with `prepare` false, as an unnamed statement planned with its values.
 */
export function preparedRawMany<R = Record<string, unknown>>(qb: SelectQueryBuilder<ObjectLiteral>, prepare = true): Promise<R[]> {
  const [sql, parameters] = qb.getQueryAndParameters();
  return rawMany(qb.connection, sql, parameters, (qb as unknown as { queryRunner?: QueryRunner }).queryRunner, prepare);
}

/** Positional `sql` with its `values`, raw, as in preparedRawMany (for SQL text built once and kept). */
export function rawMany<R = Record<string, unknown>>(
  dataSource: DataSource,
  sql: string,
  values: unknown[],
  runner: QueryRunner | undefined,
  prepare = true,
): Promise<R[]> {
  return dataSource.query(prepare ? prepared(dataSource, sql) : sql, values, runner);
}
