import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import { QueryFailedError } from 'typeorm';
import { badInput, conflict } from '../common/errors';
import type { Policy, SqlCondition } from '../auth/audience';
import { ChangeAction } from '../events/change-event.entity';
import type { ChangeKind } from '../events/change-kinds';

/** What changed: the record, what happened to it and which fields. */
export interface Change {
  entity: ChangeKind;
  entityId: string;
  action: ChangeAction;
  changedFields: string[];
}

export interface UnitOfWork {
  /**
   * Records that this row changed. Its change event is written before commit with the row's
   * audience as the row's policy derives it then (never chosen by the caller), and published
   * only after the commit.
   */
  changed(policy: Policy, id: string, action: ChangeAction, changedFields?: string[]): void;
  /**
   * Call before a write that may change who reads the row (it moves region, owner, office,
   * or is deleted): those who read it now hear of the change too (issue 7, defect 3).
   */
  readersMayChange(policy: Policy, id: string): Promise<void>;
  /**
   * Runs `write`, then records a change of every row of `policy` matching `rows` whose derived
   * `columns` (field name: column) the write made the database re-derive (a trigger): those
   * rows changed too, in this transaction (issue 8).
   */
  rederives<T>(policy: Policy, rows: SqlCondition, columns: Record<string, string>, write: () => Promise<T>): Promise<T>;
}

interface PendingChange extends Change {
  policy: Policy;
}

/**
 * The transaction rides with the request. `Transactions.run` runs its work inside an
 * AsyncLocalStorage scope holding the transaction (its EntityManager and unit of work), and
 * `Db.manager` answers the transaction's manager inside that scope and the data source's outside
 * it. Repositories take every statement from `Db.manager`, so none takes a manager parameter and
 * none can read beside the transaction it is called in; checks and writes of one mutation happen
 * in one transaction. A `run` inside an active transaction joins it (same connection, same unit
 * of work; its changes commit or roll back with the outer one): the embedded database (PGlite) is
 * one session, so a second connection opened inside a transaction would wait on it forever.
 * A transaction is one connection: its statements go one after another (no `Promise.all` of reads
 * that may run inside one).
 */
interface ActiveTransaction {
  dataSource: DataSource;
  manager: EntityManager;
  uow: UnitOfWork;
  /** Cleared when the transaction ends: work it started and left running reads outside it then. */
  open: boolean;
}

const active = new AsyncLocalStorage<ActiveTransaction>();

const activeOn = (dataSource: DataSource): ActiveTransaction | undefined => {
  const tx = active.getStore();
  return tx?.open && tx.dataSource === dataSource ? tx : undefined;
};

/** The database as repositories see it: the active transaction's manager, else the data source's. */
export class Db {
  constructor(readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return activeOn(this.dataSource)?.manager ?? this.dataSource.manager;
  }
}

/**
 * Transaction per mutation. Change events go into the same transaction (a rollback leaves
 * none) and listeners hear of them only after the commit.
 */
export class Transactions {
  private readonly listeners: ((changes: readonly Change[]) => void)[] = [];

  constructor(private readonly dataSource: DataSource) {}

  /** `listener` hears of each commit that recorded changes, with them. */
  onCommitted(listener: (changes: readonly Change[]) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Runs `work` in a transaction, or inside the active one (joining it: its actor, its unit of
   * work, its commit) when called in one.
   */
  async run<T>(actorId: string | null, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
    const outer = activeOn(this.dataSource);
    if (outer) return work(outer.uow);
    const changes: PendingChange[] = [];
    const result = await this.dataSource
      .transaction(async (manager) => {
        // Who acts, for the database's own records of a change (the investor status history trigger).
        if (actorId) await manager.query(`SELECT set_config('irm.actor_id', $1, true)`, [actorId]);
        const earlier = new Map<string, string[]>();
        const changed = (policy: Policy, id: string, action: ChangeAction, changedFields: string[] = []) =>
          changes.push({ policy, entity: policy.kind, entityId: id, action, changedFields });
        const uow: UnitOfWork = {
          changed,
          rederives: async (policy, rows, columns, write) => {
            const before = await derivedValues(manager, policy, rows, columns);
            const result = await write();
            for (const [id, values] of await derivedValues(manager, policy, rows, columns)) {
              const was = before.get(id);
              const fields = Object.keys(columns).filter((field) => JSON.stringify(was?.[field]) !== JSON.stringify(values[field]));
              if (was && fields.length > 0) changed(policy, id, ChangeAction.UPDATED, fields);
            }
            return result;
          },
          readersMayChange: async (policy, id) => {
            const key = `${policy.kind}:${id}`;
            if (!earlier.has(key)) earlier.set(key, await audienceOf(manager, policy, id));
          },
        };
        const tx: ActiveTransaction = { dataSource: this.dataSource, manager, uow, open: true };
        try {
          const value = await active.run(tx, () => work(uow));
          for (const c of changes) await writeEvent(manager, c, actorId, earlier.get(`${c.entity}:${c.entityId}`) ?? []);
          return value;
        } finally {
          tx.open = false;
        }
      })
      .catch(translateDatabaseError);
    if (changes.length > 0) {
      const committed = changes.map(({ entity, entityId, action, changedFields }) => ({ entity, entityId, action, changedFields }));
      this.listeners.forEach((listener) => listener(committed));
    }
    return result;
  }
}

async function derivedValues(
  manager: EntityManager,
  policy: Policy,
  rows: SqlCondition,
  columns: Record<string, string>,
): Promise<Map<string, Record<string, unknown>>> {
  const select = Object.entries(columns).map(([field, column]) => `row.${column} AS "${field}"`);
  const found: (Record<string, unknown> & { id: string })[] = await manager.query(
    `SELECT row.id, ${select.join(', ')} FROM ${policy.table} row WHERE ${rows.sql}`,
    rows.params,
  );
  return new Map(found.map(({ id, ...values }) => [id, values]));
}

async function audienceOf(manager: EntityManager, policy: Policy, id: string): Promise<string[]> {
  if (!policy.table) return [];
  const rows: { audience: string[] }[] = await manager.query(
    `SELECT ${policy.audienceSql('row')} AS audience FROM ${policy.table} row WHERE row.id = $1`,
    [id],
  );
  return rows[0]?.audience ?? [];
}

/** One change event, its audience and region read from the row as the transaction leaves it (one look-up), with the readers it had before. */
async function writeEvent(manager: EntityManager, c: PendingChange, actorId: string | null, before: string[]): Promise<void> {
  const { policy } = c;
  const row = policy.table
    ? `SELECT ${policy.regionSql('row')} AS region, ${policy.audienceSql('row')} AS audience FROM ${policy.table} row WHERE row.id = $2`
    : `SELECT NULL::varchar AS region, ${policy.audienceSql('row')} AS audience`;
  await manager.query(
    `INSERT INTO change_event (entity, entity_id, action, changed_fields, actor_id, region_code, audience)
     SELECT $1, $2::uuid, $3::change_action, $4::text[], $5::uuid, r.region,
            ARRAY(SELECT DISTINCT t FROM unnest(coalesce(r.audience, '{}'::text[]) || $6::text[]) t ORDER BY t)
       FROM (SELECT 1) one LEFT JOIN LATERAL (${row}) r ON true`,
    [c.entity, c.entityId, c.action, c.changedFields, actorId, before],
  );
}

/**
 * CREATED events for rows written in bulk outside a unit of work (the demo data and reference
 * offices of a first start), with audiences derived by the policy as for any other change.
 */
export async function recordCreations(manager: EntityManager, policy: Policy, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  if (!policy.table) throw new Error(`${policy.kind} has no rows to record`);
  await manager.query(
    `INSERT INTO change_event (entity, entity_id, action, changed_fields, region_code, audience)
     SELECT $1, row.id, $3, '{}', ${policy.regionSql('row')}, ${policy.audienceSql('row')}
       FROM ${policy.table} row WHERE row.id = ANY($2::uuid[]) ORDER BY array_position($2::uuid[], row.id)`,
    [policy.kind, ids, ChangeAction.CREATED],
  );
}

/** What the database refused (a constraint) or stopped (a deadlock) becomes a client error, not an internal one. */
function translateDatabaseError(e: unknown): never {
  if (e instanceof QueryFailedError) {
    const { code, detail, constraint } = e.driverError as { code?: string; detail?: string; constraint?: string };
    if (code === '23505') throw conflict(`Already exists: ${detail ?? constraint ?? 'a unique value is taken'}`, { constraint });
    if (code === '23503') throw badInput(`Refers to something that does not exist: ${detail ?? constraint ?? ''}`, { constraint });
    // PostgreSQL stopped this transaction, not the request's content: it and another waited on
    // each other's rows (40P01), or it could not be serialized with another (40001).
    if (code === '40P01' || code === '40001')
      throw conflict('Another change to the same records was being written at the same time; nothing was written: try again', {
        retry: true,
      });
  }
  throw e;
}
