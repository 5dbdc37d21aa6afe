import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { Kind, type GraphQLResolveInfo, type SelectionNode } from 'graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { preparedRawMany } from '../db/prepared';
import { countProbe, exactCount, type CountKind } from './count-cache';
import { badInput } from './errors';
import { isUuid } from './input-guard';
import { isIsoDate } from '../calendar/almaty-time';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether this page was asked for after a cursor.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  /** Counted only when a client asks for it: a getter, read only when the field is selected. */
  readonly totalCount: number | Promise<number>;
  pageInfo: PageInfo;
  edges: Edge<T>[];
}

/** One Relay connection type per node type, built the same way for every list. */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `An edge of the ${name} connection.` })
  class EdgeClass {
    @Field({ description: 'Opaque cursor of this item.' })
    cursor!: string;

    @Field(() => node, { description: 'The item.' })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items, newest first.` })
  class ConnectionClass {
    @Field(() => Int, { description: 'How many items match the filter, over all pages.' })
    totalCount!: number;

    @Field(() => PageInfo, { description: 'Where this page is.' })
    pageInfo!: PageInfo;

    @Field(() => [EdgeClass], { description: 'The items of this page.' })
    edges!: EdgeClass[];
  }
  return ConnectionClass;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
  @Min(1)
  @Max(100)
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string;
}

/** A sort key: a column and the entity property that holds its value. */
export interface KeysetOrder {
  column: string;
  property: string;
  kind: 'timestamp' | 'date' | 'uuid';
}

const DEFAULT_PAGE = 20;

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

const invalidCursor = () => badInput('The cursor is not valid: pass an endCursor from a previous page', { argument: 'after' });

export function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length && values.every((v) => typeof v === 'string' || typeof v === 'number')) {
      return values;
    }
  } catch {
    // fall through to the error below
  }
  throw invalidCursor();
}

/** Whether a decoded cursor value fits its key's SQL type (a forged cursor must not reach SQL, issue 7 defect 7). */
function fits(value: unknown, kind: KeysetOrder['kind']): boolean {
  switch (kind) {
    case 'timestamp':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(value) && !Number.isNaN(Date.parse(value));
    case 'date':
      return typeof value === 'string' && isIsoDate(value);
    case 'uuid':
      return typeof value === 'string' && isUuid(value);
  }
}

/** The key values of a cursor for this order, each of its column's type. */
function keyOfCursor(cursor: string, order: KeysetOrder[]): unknown[] {
  const values = decodeCursor(cursor, order.length);
  if (!values.every((v, i) => fits(v, order[i]!.kind))) throw invalidCursor();
  return values;
}

function keyOf(row: ObjectLiteral, order: KeysetOrder[]): unknown[] {
  return order.map(({ property, kind }) => {
    const v: unknown = row[property];
    return kind === 'timestamp' && v instanceof Date ? v.toISOString() : v;
  });
}

/**
 * How a list's rows are read without TypeORM's entity hydration (issue 12): the exact columns as
 * SQL (`alias.column`, the result keys being the column names) and a small mapper from the raw
 * row (as `pg` parses it) to the object the resolvers read.
 */
export interface RowReader<T> {
  columns(alias: string): string;
  map(row: Record<string, unknown>): T;
}

/** Runs a builder's query as raw rows through `reader` (one statement, no hydration). */
export async function readRows<T, Q extends ObjectLiteral>(qb: SelectQueryBuilder<Q>, reader: RowReader<T>): Promise<T[]> {
  const rows = await preparedRawMany(qb.select(reader.columns(qb.alias)));
  return rows.map(reader.map);
}

/** Whether the operation selects `name` directly under the field being resolved (fragments included). */
export function selectsField(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, name: string): boolean {
  const visit = (selections: readonly SelectionNode[]): boolean =>
    selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === name;
      if (s.kind === Kind.INLINE_FRAGMENT) return visit(s.selectionSet.selections);
      const fragment = info.fragments[s.name.value];
      return fragment ? visit(fragment.selectionSet.selections) : false;
    });
  return info.fieldNodes.some((node) => node.selectionSet !== undefined && visit(node.selectionSet.selections));
}

/**
 * Keyset pagination (no OFFSET): newest first by the given keys, descending.
 * The count runs on the filtered query before the cursor is applied.
 */
export async function paginate<T extends ObjectLiteral, Q extends ObjectLiteral = T>(
  qb: SelectQueryBuilder<Q>,
  order: KeysetOrder[],
  args: PageArgs,
  /** The list's kind when its totals may be cached (see count-cache.ts); otherwise counted each time. */
  countKind?: CountKind,
  /** Reads raw rows instead of hydrated entities. */
  reader?: RowReader<T>,
  /**
   * The client selected totalCount (see selectsField): read with the page, in its statement
   * (issue 12: one statement per list). Otherwise it is counted on its own if asked for after all.
   */
  withTotal = false,
): Promise<Connection<T>> {
  const first = args.first ?? DEFAULT_PAGE;
  const alias = qb.alias;
  const countQuery = qb.clone();
  const columns = order.map((o) => `${alias}.${o.column}`);
  if (args.after) {
    const values = keyOfCursor(args.after, order);
    const params = Object.fromEntries(values.map((v, i) => [`cursor${i}`, v]));
    const casts = order.map((o, i) => `:cursor${i}${o.kind === 'timestamp' ? '::timestamptz' : o.kind === 'date' ? '::date' : ''}`);
    qb.andWhere(`(${columns.join(', ')}) < (${casts.join(', ')})`, params);
  }
  for (const column of columns) qb.addOrderBy(column, 'DESC');
  qb.limit(first + 1);
  // COUNT(*), not TypeORM's COUNT(DISTINCT id): list queries join only one-to-one.
  const countAlone = async () =>
    countKind
      ? exactCount(countQuery, countKind)
      : Number((await countQuery.select('COUNT(*)', 'total').orderBy().getRawOne<{ total: string }>())?.total ?? 0);
  const probe = withTotal && countKind && reader ? countProbe(countQuery.clone(), countKind) : null;
  let rows: T[];
  let total: number | null = null;
  if (reader) {
    qb.select(reader.columns(alias));
    for (const [expression, name] of probe?.selects ?? []) qb.addSelect(expression, name);
    if (probe) qb.setParameters({ ...qb.getParameters(), ...probe.params });
    const raw = await preparedRawMany(qb);
    // An empty page (past the end) carries no total: it is counted on its own then.
    if (probe && raw[0]) total = probe.settle(raw[0].rg_generation, raw[0].rg_total);
    rows = raw.map(reader.map);
  } else {
    rows = (await qb.getMany()) as unknown as T[];
  }
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(keyOf(node, order)) }));
  return {
    get totalCount() {
      return total ?? countAlone();
    },
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
