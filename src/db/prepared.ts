import { createHash } from 'node:crypto';
import type { DataSource, ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';

const enabled = new WeakSet<DataSource>();

/**
 * Lets the hot reads of `dataSource` run as named prepared statements (issue 12: PostgreSQL plans
 * a statement once per connection instead of on every request). Only on a server of its own:
 * embedded PostgreSQL is one session shared by every pooled connection, where two connections
 * would prepare the same name.
 */
export function usePreparedStatements(dataSource: DataSource): void {
  enabled.add(dataSource);
}

/** Texts seen: their statement names (the texts of the lists are few: one per filter and scope shape). */
const names = new Map<string, string>();
const MAX_NAMES = 5_000;

/**
 * `sql` as pg's named query where enabled: a String (what TypeORM and its logger take), carrying
 * `name` and `text` for pg, which prepares it on each connection once. The name is the text's hash,
 * so one name never stands for two texts.
 */
export function prepared(dataSource: DataSource, sql: string): string {
  if (!enabled.has(dataSource)) return sql;
  let name = names.get(sql);
  if (!name) {
    name = `irm_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    if (names.size >= MAX_NAMES) names.delete(names.keys().next().value as string);
    names.set(sql, name);
  }
  return Object.assign(new String(sql), { name, text: sql }) as unknown as string;
}

/** A builder's rows, raw, as a prepared statement (on the builder's transaction when it has one). */
export function preparedRawMany<R = Record<string, unknown>>(qb: SelectQueryBuilder<ObjectLiteral>): Promise<R[]> {
  const [sql, parameters] = qb.getQueryAndParameters();
  const runner = (qb as unknown as { queryRunner?: QueryRunner }).queryRunner;
  return qb.connection.query(prepared(qb.connection, sql), parameters, runner);
}
