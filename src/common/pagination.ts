import { ArgsType, Extensions, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionNode } from 'graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { QueryRunner } from 'typeorm';
import { preparedRawMany, rawMany } from '../db/prepared';
import { countProbeOf, exactCount, type CountKind, type CountProbe } from './count-cache';
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

/**
 * The extension that marks a field whose property may hold a promise (src/schema.ts keeps its
 * resolver): compiled execution (server/compiled-execution.ts) reads a field without a resolver
 * as a plain value and awaits only what resolvers return.
 */
export const AWAITED = 'awaited';

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
    @Extensions({ [AWAITED]: true })
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
  /** Named parameters that `columns` uses (e.g. the scope of a related row read with it). */
  params?: ObjectLiteral;
}

/**
 * A timestamp as a raw row holds it (a Date, parsed by pg) or as a row read as JSON holds it
 * (ISO text with offset, see relatedRows): readers map both.
 */
export const asDate = (value: unknown): Date => (value instanceof Date ? value : new Date(value as string));

/** Adds `params` to `qb`'s; the same name with another value would be a wrong query, so it throws. */
function mergeParams<Q extends ObjectLiteral>(qb: SelectQueryBuilder<Q>, params: ObjectLiteral | undefined): void {
  if (!params) return;
  checkParams(qb.getParameters(), params);
  qb.setParameters(params);
}

function checkParams(own: ObjectLiteral, params: ObjectLiteral): void {
  for (const [name, value] of Object.entries(params)) {
    if (name in own && JSON.stringify(own[name]) !== JSON.stringify(value)) throw new Error(`Parameter :${name} is used with two values`);
  }
}

/**
 * Readers built for a scope and a selection (a list's page with its related rows): they are few,
 * so each is built once; building their SQL was a cost of every request (issue 12).
 */
export class ReaderCache<T> {
  private readonly readers = new Map<string, RowReader<T>>();

  constructor(private readonly max = 1_000) {}

  get(key: string, build: () => RowReader<T>): RowReader<T> {
    let reader = this.readers.get(key);
    if (!reader) {
      if (this.readers.size >= this.max) this.readers.clear();
      this.readers.set(key, (reader = build()));
    }
    return reader;
  }
}

/** Runs a builder's query as raw rows through `reader` (one statement, no hydration). */
export async function readRows<T, Q extends ObjectLiteral>(qb: SelectQueryBuilder<Q>, reader: RowReader<T>): Promise<T[]> {
  mergeParams(qb, reader.params);
  const rows = await preparedRawMany(qb.select(reader.columns(qb.alias)));
  return rows.map(reader.map);
}

/**
 * A select expression reading the rows of `sub` (a builder of `reader`'s table, already narrowed
 * to the outer row and to the caller's scope) as JSON in the outer statement (issue 12: one
 * statement per list, as PostGraphile does): one object or null, or (`many`) an array in
 * `many.orderBy` order. Timestamps arrive as ISO text (asDate); numerics must be read as text by
 * the reader, or JSON would make them floating-point numbers.
 */
export function relatedRows<Q extends ObjectLiteral>(
  sub: SelectQueryBuilder<Q>,
  reader: RowReader<unknown>,
  many?: { orderBy: string },
): string {
  const rows = `(${sub.select(reader.columns(sub.alias)).getQuery()}) rel_x`;
  return many
    ? `(SELECT coalesce(json_agg(rel_x ORDER BY ${many.orderBy}), '[]'::json) FROM ${rows})`
    : `(SELECT to_json(rel_x) FROM ${rows})`;
}

/** The fields selected directly on `nodes`, fragments (inline and named) included. */
function subfields(nodes: readonly FieldNode[], fragments: GraphQLResolveInfo['fragments']): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (selections: readonly SelectionNode[]): void => {
    for (const s of selections) {
      if (s.kind === Kind.FIELD) found.push(s);
      else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet.selections);
      else {
        const fragment = fragments[s.name.value];
        if (fragment) visit(fragment.selectionSet.selections);
      }
    }
  };
  for (const node of nodes) if (node.selectionSet) visit(node.selectionSet.selections);
  return found;
}

/**
 * The names of the fields the operation selects on the field at `path` below the field being
 * resolved (fragments included), or null when it does not select that field: e.g. `['id',
 * 'name']` for `edges { node { initiator { id name } } }` and ['edges', 'node', 'initiator'].
 */
export function selectedFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): string[] | null {
  const nodes = nodesAt(info, path);
  if (nodes.length === 0) return null;
  return [...new Set(subfields(nodes, info.fragments).map((f) => f.name.value))].sort();
}

/**
 * The columns a related row may be read with alone, by GraphQL field: each a column whose JSON
 * value is the property's value as it is (text, enum, boolean, integer; not a timestamp or a
 * numeric), under the field's own name.
 */
export type BriefColumns = Readonly<Record<string, string>>;

/**
 * A reader of only the columns `fields` needs, when each is one of `brief` (issue 12: a project
 * page's `initiator { id name origin }` read three columns, not the investor's contacts, notes
 * and sectors); null when a field needs more (a resolver, a timestamp, a numeric): then the full
 * reader. Its rows have only those properties: only for rows read with a page and answered by
 * their fields (setPreloaded), never handed to code that reads other properties.
 */
export function briefRows<T extends object>(make: () => T, brief: BriefColumns, fields: readonly string[]): RowReader<T> | null {
  const wanted = new Set(['id', ...fields.filter((f) => f !== '__typename')]);
  if (![...wanted].every((f) => Object.hasOwn(brief, f))) return null;
  return {
    columns: (a) => [...wanted].map((f) => `${a}.${brief[f]} AS "${f}"`).join(', '),
    map: (r) => Object.assign(make(), r),
  };
}

/**
 * Whether the operation selects the field at `path` below the field being resolved (fragments
 * included), e.g. ['edges', 'node', 'initiator']: a list reads a related row in its own statement
 * only when it is asked for.
 */
export function selectsPath(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): boolean {
  return nodesAt(info, path).length > 0;
}

/** The selections of the field at `path` below the field being resolved; none when it is not selected. */
function nodesAt(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): readonly FieldNode[] {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    nodes = subfields(nodes, info.fragments).filter((f) => f.name.value === name);
    if (nodes.length === 0) break;
  }
  return nodes;
}

/** How a list is read (see paginate); none of it for a list that is hydrated and counted each time. */
export interface PageOptions<T> {
  /** The list's kind when its totals may be cached (see count-cache.ts); otherwise counted each time. */
  countKind?: CountKind;
  /** Reads raw rows instead of hydrated entities. */
  reader?: RowReader<T>;
  /**
   * The client selected totalCount (see selectsPath): read with the page, in its statement
   * (issue 12: one statement per list). Otherwise it is counted on its own if asked for after all.
   */
  withTotal?: boolean;
  /**
   * The page's plan depends on its values (a search's words, a range, a sector): planned with them on every
   * read rather than as a prepared statement, whose generic plan PostgreSQL may settle on after a
   * few reads without knowing how many rows they select (issue 12: a search read by a generic
   * plan took 200-800 ms at a million investors, 1-20 ms planned with its words).
   */
  planEachTime?: boolean;
}

/** A list page's statement as TypeORM built it, kept per shape (see shapeOf). */
interface PageStatement {
  /** Positional SQL. */
  text: string;
  /** The named parameter at each position. */
  names: string[];
  /** The count's SQL (the key of the cached total), when the statement reads the total. */
  countSql: string | null;
}

const statements = new WeakMap<RowReader<unknown>, Map<string, PageStatement>>();
/** Shapes kept per reader: one per combination of filters a client uses. */
const MAX_SHAPES = 1_000;

/**
 * What decides the SQL text of a page read through a reader: the builder's table, alias and
 * conditions (their text: values are parameters), the order, the limit (TypeORM writes it into
 * the text), whether the page continues after a cursor and whether it reads the total. Null for
 * a builder with anything else (joins, an order or limit of its own, conditions not given as
 * text): its statement is built every time.
 */
function shapeOf<Q extends ObjectLiteral>(
  qb: SelectQueryBuilder<Q>,
  order: KeysetOrder[],
  limit: number,
  after: boolean,
  total: boolean,
): string | null {
  const m = qb.expressionMap;
  if (
    !m.mainAlias?.hasMetadata ||
    m.selects.length > 1 ||
    m.joinAttributes.length > 0 ||
    m.relationIdAttributes.length > 0 ||
    m.groupBys.length > 0 ||
    m.havings.length > 0 ||
    Object.keys(m.orderBys).length > 0 ||
    m.commonTableExpressions.length > 0 ||
    m.limit !== undefined ||
    m.offset !== undefined ||
    m.take !== undefined ||
    m.skip !== undefined ||
    m.lockMode !== undefined ||
    m.selectDistinct
  ) {
    return null;
  }
  let key = `${m.mainAlias.metadata.tablePath}\u0001${m.mainAlias.name}\u0001${order.map((o) => `${o.column} ${o.kind}`).join()}\u0001${limit}\u0001${after}\u0001${total}`;
  for (const where of m.wheres) {
    if (typeof where.condition !== 'string') return null;
    key += `\u0001${where.type}\u0001${where.condition}`;
  }
  return key;
}

/**
 * The statement of a built page (`sql` with named parameters `params`) as positional SQL and
 * the name at each position, found by building it once more with a marker for each value.
 * Null when the text depends on the values (a spread list, a value that is SQL).
 */
function positional(qb: SelectQueryBuilder<ObjectLiteral>, sql: string, params: ObjectLiteral): Omit<PageStatement, 'countSql'> | null {
  if (sql.includes(':...') || Object.values(params).some((v) => typeof v === 'function')) return null;
  const markers = new Map<object, string>();
  const marked = Object.fromEntries(
    Object.keys(params).map((name) => {
      const marker = {};
      markers.set(marker, name);
      return [name, marker];
    }),
  );
  const [text, values] = qb.connection.driver.escapeQueryWithParameters(sql, marked);
  const names = values.map((v: unknown) => markers.get(v as object));
  return names.every((n): n is string => n !== undefined) ? { text, names } : null;
}

function remember(reader: RowReader<unknown>, shape: string, statement: PageStatement): void {
  let shapes = statements.get(reader);
  if (!shapes) statements.set(reader, (shapes = new Map()));
  if (shapes.size >= MAX_SHAPES) shapes.clear();
  shapes.set(shape, statement);
}

/**
 * Keyset pagination (no OFFSET): newest first by the given keys, descending.
 * The count runs on the filtered query before the cursor is applied.
 */
export async function paginate<T extends ObjectLiteral, Q extends ObjectLiteral = T>(
  qb: SelectQueryBuilder<Q>,
  order: KeysetOrder[],
  args: PageArgs,
  { countKind, reader, withTotal = false, planEachTime = false }: PageOptions<T> = {},
): Promise<Connection<T>> {
  const first = args.first ?? DEFAULT_PAGE;
  const alias = qb.alias;
  const cursor = args.after ? keyOfCursor(args.after, order) : null;
  const cursorParams: ObjectLiteral = Object.fromEntries((cursor ?? []).map((v, i) => [`cursor${i}`, v]));
  const runner = (qb as unknown as { queryRunner?: QueryRunner }).queryRunner;
  // A transaction's own writes are in no generation yet: it counts (see count-cache.ts).
  const kind = withTotal && reader && !runner ? countKind : undefined;
  // Taken before the page's cursor, order and limit are added.
  const shape = reader ? shapeOf(qb, order, first + 1, cursor !== null, Boolean(kind)) : null;
  const known = reader && shape !== null ? statements.get(reader)?.get(shape) : undefined;
  // The builder as it came is the count's (a known statement leaves it untouched).
  const countQuery = known ? qb : qb.clone();
  // COUNT(*), not TypeORM's COUNT(DISTINCT id): list queries join only one-to-one.
  const countAlone = async () =>
    countKind
      ? exactCount(countQuery, countKind)
      : Number((await countQuery.select('COUNT(*)', 'total').orderBy().getRawOne<{ total: string }>())?.total ?? 0);
  let rows: T[];
  let total: number | null = null;
  let probe: CountProbe | null = null;
  if (reader && known) {
    // This shape's statement was built before (issue 12: TypeORM built the same text on every
    // request): only the values are gathered, by the same names.
    const own = qb.getParameters();
    if (kind && known.countSql !== null) probe = countProbeOf(qb.connection, kind, known.countSql, own);
    const params: ObjectLiteral = { ...own };
    if (reader.params) {
      checkParams(params, reader.params);
      Object.assign(params, reader.params);
    }
    Object.assign(params, cursorParams, probe?.params);
    const values = known.names.map((name) => params[name]);
    const raw = await rawMany(qb.connection, known.text, values, runner, !planEachTime);
    // An empty page (past the end) carries no total: it is counted on its own then.
    if (probe && raw[0]) total = probe.settle(raw[0].rg_generation, raw[0].rg_total);
    rows = raw.map(reader.map);
  } else {
    const columns = order.map((o) => `${alias}.${o.column}`);
    if (cursor) {
      const casts = order.map((o, i) => `:cursor${i}${o.kind === 'timestamp' ? '::timestamptz' : o.kind === 'date' ? '::date' : ''}`);
      qb.andWhere(`(${columns.join(', ')}) < (${casts.join(', ')})`, cursorParams);
    }
    for (const column of columns) qb.addOrderBy(column, 'DESC');
    qb.limit(first + 1);
    if (reader) {
      const countSql = kind ? countQuery.clone().select('COUNT(*)').orderBy().getQuery() : null;
      if (kind && countSql !== null) probe = countProbeOf(qb.connection, kind, countSql, countQuery.getParameters());
      mergeParams(qb, reader.params);
      qb.select(reader.columns(alias));
      for (const [expression, name] of probe?.selects ?? []) qb.addSelect(expression, name);
      if (probe) qb.setParameters({ ...qb.getParameters(), ...probe.params });
      const statement = shape === null ? null : positional(qb, qb.getQuery(), qb.getParameters());
      if (shape !== null && statement) remember(reader, shape, { ...statement, countSql });
      const raw = await preparedRawMany(qb, !planEachTime);
      if (probe && raw[0]) total = probe.settle(raw[0].rg_generation, raw[0].rg_total);
      rows = raw.map(reader.map);
    } else {
      rows = (await qb.getMany()) as unknown as T[];
    }
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
