import type { DataSource, EntityManager } from 'typeorm';
import { QueryFailedError } from 'typeorm';
import { badInput, conflict } from '../common/errors';
import { ChangeEvent, type ChangeAction } from '../events/change-event.entity';
import type { ChangeKind } from '../events/change-kinds';

/** What a change is and who may see it; written to the change log in the change's transaction. */
export interface ChangeInput {
  entity: ChangeKind;
  entityId: string;
  action: ChangeAction;
  changedFields?: string[];
  regionCode?: string | null;
  /** A project's region before this change, when it moved: seen there too. */
  previousRegionCode?: string | null;
  officeIds?: (string | null | undefined)[];
  countryCode?: string | null;
}

export interface UnitOfWork {
  manager: EntityManager;
  /** Records a change event; it is written before commit and published only after it. */
  record(change: ChangeInput): void;
}

/**
 * Transaction per mutation. Change events go into the same transaction (a rollback leaves
 * none) and listeners hear of them only after the commit.
 */
export class Transactions {
  private readonly listeners: ((changes: readonly ChangeInput[]) => void)[] = [];

  constructor(private readonly dataSource: DataSource) {}

  /** `listener` hears of each commit that recorded changes, with them. */
  onCommitted(listener: (changes: readonly ChangeInput[]) => void): void {
    this.listeners.push(listener);
  }

  async run<T>(actorId: string | null, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
    const changes: ChangeInput[] = [];
    const result = await this.dataSource
      .transaction(async (manager) => {
        // Who acts, for the database's own records of a change (the investor status history trigger).
        if (actorId) await manager.query(`SELECT set_config('irm.actor_id', $1, true)`, [actorId]);
        const value = await work({ manager, record: (change) => changes.push(change) });
        if (changes.length > 0) await manager.insert(ChangeEvent, changes.map((c) => toEventRow(c, actorId)));
        return value;
      })
      .catch(translateConstraintError);
    if (changes.length > 0) this.listeners.forEach((listener) => listener(changes));
    return result;
  }
}

function toEventRow(c: ChangeInput, actorId: string | null): Partial<ChangeEvent> {
  return {
    entity: c.entity,
    entityId: c.entityId,
    action: c.action,
    changedFields: c.changedFields ?? [],
    actorId,
    regionCode: c.regionCode ?? null,
    previousRegionCode: c.previousRegionCode !== c.regionCode ? (c.previousRegionCode ?? null) : null,
    officeIds: [...new Set((c.officeIds ?? []).filter((id): id is string => Boolean(id)))],
    countryCode: c.countryCode ?? null,
  };
}

/** A constraint the database enforced becomes a client error, not an internal one. */
function translateConstraintError(e: unknown): never {
  if (e instanceof QueryFailedError) {
    const { code, detail, constraint } = e.driverError as { code?: string; detail?: string; constraint?: string };
    if (code === '23505') throw conflict(`Already exists: ${detail ?? constraint ?? 'a unique value is taken'}`, { constraint });
    if (code === '23503') throw badInput(`Refers to something that does not exist: ${detail ?? constraint ?? ''}`, { constraint });
  }
  throw e;
}
