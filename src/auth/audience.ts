import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ChangeKind } from '../events/change-kinds';
import { OfficeKind, OfficeLevel } from '../offices/office.entity';
import { permissionsOf, type Permission } from './permissions';
import type { Viewer } from './viewer';

/**
 * Who reads a row, said once per domain (`<domain>.policy.ts`) as grants. The same grants give
 * the SQL filter of every list and look-up (`applyTo`) and the audience stored with each change
 * event (`audienceSql`, read from the row as it is in the writing transaction), so what an office
 * reads and what changes it hears of cannot drift apart (issue 8).
 *
 * A reader is described by tokens: its office, its office kind, its level of the front-office
 * system (paragraph 3; a service provider is not a front office and has none), its region
 * (regional level) and its host country (external level). A row's audience is the set of
 * tokens of those who may read it; a viewer reads a row when the two overlap.
 */
type Grant =
  /** Offices of these kinds (optionally only where `when`, a condition on the row, holds). */
  | { kinds: readonly OfficeKind[]; when?: string }
  /** Front offices of these levels. */
  | { levels: readonly OfficeLevel[]; when?: string }
  /** The office, region or country whose id or code is this value of the row (with `many`: any element of this text[] of the row, matched with `@>` so that a GIN index serves it). */
  | { office: string; many?: boolean; when?: string }
  | { region: string; many?: boolean; when?: string }
  | { country: string; many?: boolean; when?: string }
  /** Whoever reads the row of `policy` whose id is `key` (an investor's interactions: its investor's readers). */
  | { readersOf: () => Policy; key: string };

/** The authorized body, the National Company and the Task Force read every record (paragraphs 2.1, 2.2, 2.2-1). */
export const SEES_EVERYTHING: readonly OfficeKind[] = [OfficeKind.AUTHORIZED_BODY, OfficeKind.NATIONAL_COMPANY, OfficeKind.TASK_FORCE];

/** Every kind of office: what anyone signed in reads (offices, reference data). */
export const EVERY_OFFICE: readonly OfficeKind[] = Object.values(OfficeKind);

/** A viewer's tokens, by kind of grant. */
export interface Reader {
  office: string;
  kind: string;
  level: string | null;
  region: string | null;
  country: string | null;
  permissions: ReadonlySet<Permission>;
}

/** Readers and their keys by viewer object: a request or a live connection asks for them many times (every scope, every event delivered). */
const readers = new WeakMap<Viewer, { reader: Reader; key: string }>();

function readingOf(viewer: Viewer): { reader: Reader; key: string } {
  let known = readers.get(viewer);
  if (!known) {
    const { office } = viewer;
    const front = office.kind !== OfficeKind.SERVICE_PROVIDER;
    const reader: Reader = {
      office: office.id,
      kind: office.kind,
      level: front ? office.level : null,
      region: front && office.level === OfficeLevel.REGIONAL ? office.regionCode : null,
      country: front && office.level === OfficeLevel.EXTERNAL ? office.countryCode : null,
      permissions: permissionsOf(viewer),
    };
    known = { reader, key: JSON.stringify([tokensOf(reader), [...reader.permissions].sort()]) };
    readers.set(viewer, known);
  }
  return known;
}

export function readerOf(viewer: Viewer): Reader {
  return readingOf(viewer).reader;
}

/** The tokens of a reader: what a change event's audience is matched against. */
export function tokensOf(reader: Reader): string[] {
  const tokens = [`office:${reader.office}`, `kind:${reader.kind}`];
  if (reader.level) tokens.push(`level:${reader.level}`);
  if (reader.region) tokens.push(`region:${reader.region}`);
  if (reader.country) tokens.push(`country:${reader.country}`);
  return tokens;
}

/** What decides everything a viewer may read: the key of per-viewer caches (loaders shared by a change's subscribers). */
export function readerKeyOf(viewer: Viewer | null): string {
  return viewer ? readingOf(viewer).key : 'anonymous';
}

export interface PolicyDefinition {
  /** The change kind whose events this policy addresses. */
  kind: ChangeKind;
  /** The table of the rows; grants' SQL refers to the row as `row`. None: one record, read by the grants' kinds and levels. */
  table?: string;
  /** A permission every reader must also hold (people: administrators). */
  permission?: Permission;
  grants: readonly Grant[];
  /** The row's own region, shown with its change events and matched by their region filters. */
  region?: string;
}

/** A SQL condition with its positional parameters, for raw queries. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

export class Policy {
  constructor(readonly definition: PolicyDefinition) {}

  get kind(): ChangeKind {
    return this.definition.kind;
  }

  get table(): string | undefined {
    return this.definition.table;
  }

  permits(reader: Reader | null): reader is Reader {
    return reader !== null && (!this.definition.permission || reader.permissions.has(this.definition.permission));
  }

  /** The rows `reader` may read, as a condition on `alias`; parameters numbered from `$first`. */
  condition(reader: Reader | null, alias: string, first = 1): SqlCondition {
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${first + params.length - 1}`;
    };
    const sql = this.permits(reader) ? this.grantsSql(reader, alias, param) : 'false';
    return { sql, params };
  }

  /** Keeps the rows of the query builder's `alias` that `reader` may read. */
  applyTo<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, reader: Reader | null, alias = qb.alias): void {
    const named: Record<string, unknown> = {};
    const sql = this.permits(reader)
      ? this.grantsSql(reader, alias, (value) => {
          const name = `aud_${this.kind}_${Object.keys(named).length}`;
          named[name] = value;
          return `:${name}`;
        })
      : 'false';
    if (sql !== 'true') qb.andWhere(`(${sql})`, named);
  }

  /** Whether `reader` reads anything of this kind whatever the row (no filter needed). */
  readsAll(reader: Reader | null): boolean {
    if (!this.permits(reader)) return false;
    return this.definition.grants.some(
      (g) =>
        ('kinds' in g && !g.when && g.kinds.includes(reader.kind as OfficeKind)) ||
        ('levels' in g && !g.when && reader.level !== null && g.levels.includes(reader.level as OfficeLevel)),
    );
  }

  private grantsSql(reader: Reader, alias: string, param: (value: unknown) => string): string {
    if (this.readsAll(reader)) return 'true';
    const on = (sql: string) => sql.replace(/\brow\./g, `${alias}.`);
    const when = (g: { when?: string }, sql: string) => (g.when ? `(${on(g.when)} AND ${sql})` : sql);
    const any: string[] = [];
    for (const g of this.definition.grants) {
      if ('kinds' in g) {
        if (g.kinds.includes(reader.kind as OfficeKind)) any.push(when(g, 'true'));
      } else if ('levels' in g) {
        if (reader.level && g.levels.includes(reader.level as OfficeLevel)) any.push(when(g, 'true'));
      } else if ('readersOf' in g) {
        const parent = g.readersOf();
        const inner = parent.grantsSql(reader, `${alias}_${parent.table}`, param);
        if (inner !== 'false')
          any.push(
            `EXISTS (SELECT 1 FROM ${parent.table} ${alias}_${parent.table} WHERE ${alias}_${parent.table}.id = ${on(g.key)} AND ${inner})`,
          );
      } else {
        const [dimension, expr] = 'office' in g ? ['office', g.office] : 'region' in g ? ['region', g.region] : ['country', g.country];
        const value = reader[dimension as 'office' | 'region' | 'country'];
        if (value === null) continue;
        const p = param(value);
        any.push(when(g, g.many ? `${on(expr)} @> ARRAY[${p}]::text[]` : `${on(expr)} = ${p}`));
      }
    }
    if (any.length === 0) return 'false';
    return any.length === 1 ? any[0]! : `(${any.join(' OR ')})`;
  }

  /** The tokens of everyone who may read the row `alias`, as a SQL text[] expression. */
  audienceSql(alias: string): string {
    const on = (sql: string) => sql.replace(/\brow\./g, `${alias}.`);
    const parts = this.definition.grants.map((g) => {
      let tokens: string;
      if ('kinds' in g) tokens = `ARRAY[${g.kinds.map((k) => `'kind:${k}'`).join(', ')}]::text[]`;
      else if ('levels' in g) tokens = `ARRAY[${g.levels.map((l) => `'level:${l}'`).join(', ')}]::text[]`;
      else if ('readersOf' in g) {
        const parent = g.readersOf();
        const p = `${alias}_${parent.table}`;
        return `coalesce((SELECT ${parent.audienceSql(p)} FROM ${parent.table} ${p} WHERE ${p}.id = ${on(g.key)}), '{}'::text[])`;
      } else {
        const [dimension, expr] = 'office' in g ? ['office', g.office] : 'region' in g ? ['region', g.region] : ['country', g.country];
        tokens = g.many
          ? `ARRAY(SELECT '${dimension}:' || s.v FROM unnest(${on(expr)}) s(v) WHERE s.v IS NOT NULL)`
          : `array_remove(ARRAY['${dimension}:' || ${on(expr)}], NULL)`;
      }
      return g.when ? `(CASE WHEN ${on(g.when)} THEN ${tokens} ELSE '{}'::text[] END)` : tokens;
    });
    return parts.length === 0 ? `'{}'::text[]` : `(${parts.join(' || ')})`;
  }

  /** The row's own region (or NULL), as SQL. */
  regionSql(alias: string): string {
    return this.definition.region ? this.definition.region.replace(/\brow\./g, `${alias}.`) : 'NULL::varchar';
  }

  /** Whether a change event with this audience reaches `reader`. */
  reaches(reader: Reader | null, audience: readonly string[]): boolean {
    if (!this.permits(reader)) return false;
    const tokens = tokensOf(reader);
    return audience.some((t) => tokens.includes(t));
  }
}

const POLICIES = new Map<ChangeKind, Policy>();

/** Declares who reads the rows of a change kind; one per kind. */
export function definePolicy(definition: PolicyDefinition): Policy {
  if (POLICIES.has(definition.kind)) throw new Error(`The change kind ${definition.kind} has two policies`);
  const policy = new Policy(definition);
  POLICIES.set(definition.kind, policy);
  return policy;
}

/** Every declared policy (the audience property test walks them). */
export function policies(): readonly Policy[] {
  return [...POLICIES.values()];
}

/** The change kinds whose events `reader` may receive at all (its permissions). */
export function permittedKinds(reader: Reader | null): ChangeKind[] {
  return policies()
    .filter((p) => p.permits(reader))
    .map((p) => p.kind);
}
