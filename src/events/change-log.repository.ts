import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { StartupError } from '../startup-error';
import { ChangeEvent } from './change-event.entity';
import type { EventKey } from './change-cursor';
import type { Db } from '../db/transactions';

/**
 * Every transaction whose id is below this has finished (committed or rolled back), and
 * every transaction yet to come gets a larger id. So the events below it are final: reading
 * only them, in (tx_id, seq) order, nothing can ever appear behind a position already read,
 * however the writers' commits interleave (issue "Live IRM": numbers handed out before commit).
 */
const SETTLED = 'CAST(CAST(pg_snapshot_xmin(pg_current_snapshot()) AS text) AS bigint)';

/** All SQL of the change log. */
export class ChangeLogRepository {
  constructor(private readonly db: Db) {}

  /** Settled events after `after`, in log order; `where` narrows them (scope, filter). */
  readAfter(after: EventKey | null, limit: number, where?: (qb: SelectQueryBuilder<ChangeEvent>) => void): Promise<ChangeEvent[]> {
    const qb = this.db.manager.getRepository(ChangeEvent).createQueryBuilder('e').where(`e.tx_id < ${SETTLED}`);
    if (after) qb.andWhere('(e.tx_id, e.seq) > (:afterTx, :afterSeq)', { afterTx: after.txId.toString(), afterSeq: after.seq.toString() });
    where?.(qb);
    return qb.orderBy('e.tx_id', 'ASC').addOrderBy('e.seq', 'ASC').limit(limit).getMany();
  }

  /** Whether committed events after `after` wait for an older transaction to finish. */
  async hasUnsettledAfter(after: EventKey | null): Promise<boolean> {
    const [row]: { pending: boolean }[] = await this.db.manager.query(
      `SELECT EXISTS (SELECT 1 FROM change_event WHERE tx_id >= ${SETTLED} AND (tx_id, seq) > ($1::bigint, $2::bigint)) AS pending`,
      [after?.txId.toString() ?? '0', after?.seq.toString() ?? '0'],
    );
    return row.pending;
  }

  /** The last settled event: where a reader that wants only what comes next starts. */
  async head(): Promise<EventKey | null> {
    return this.oneKey(`WHERE tx_id < ${SETTLED} ORDER BY tx_id DESC, seq DESC`);
  }

  /** The oldest event kept: a cursor before it has lost events to retention. */
  async oldest(): Promise<EventKey | null> {
    return this.oneKey('ORDER BY tx_id, seq');
  }

  /**
   * Deletes events older than `before`, except the last settled one, so that the oldest kept
   * event always tells an expired cursor from a current one.
   */
  async prune(before: Date): Promise<number> {
    const result: [unknown, number] = await this.db.manager.query(
      `DELETE FROM change_event
        WHERE at < $1
          AND (tx_id, seq) < (SELECT tx_id, seq FROM change_event WHERE tx_id < ${SETTLED} ORDER BY tx_id DESC, seq DESC LIMIT 1)`,
      [before],
    );
    return result[1];
  }

  private async oneKey(tail: string): Promise<EventKey | null> {
    const [row]: { tx_id: string; seq: string }[] = await this.db.manager.query(`SELECT tx_id, seq FROM change_event ${tail} LIMIT 1`);
    return row ? { txId: BigInt(row.tx_id), seq: BigInt(row.seq) } : null;
  }
}

/**
 * The change log is read in transaction-id order, so its ids must stay behind the cluster's: a
 * dump restored into a new PostgreSQL cluster starts the counter over, and the restored events
 * would wait for ids that new transactions only reach later, while new events sorted before them.
 * Refused at start with what to do (docs/operations.md), rather than a feed silently stuck.
 */
export async function assertChangeLogBehindCluster(dataSource: DataSource): Promise<void> {
  const [row]: { newest: string | null; current: string }[] = await dataSource.query(
    `SELECT (SELECT max(tx_id) FROM change_event)::text AS newest, current_tx_id()::text AS current`,
  );
  if (row?.newest && BigInt(row.newest) > BigInt(row.current)) {
    throw new StartupError(
      `The change log holds transaction id ${row.newest}, ahead of this PostgreSQL cluster's ${row.current} (a dump restored into a new cluster?): advance the cluster's transaction ids as docs/operations.md says, then start again`,
    );
  }
}
