import type { SelectQueryBuilder } from 'typeorm';
import type { RecordScope } from '../auth/scope';
import { paginate, type Connection, type KeysetOrder, type PageArgs } from '../common/pagination';
import { Interaction, InteractionKind } from './interaction.entity';
import type { InteractionFilter } from './interaction.inputs';
import { applyInvestorBoundScope } from './interaction.policy';
import type { Db } from '../db/transactions';

/** Newest first: by the day it happened, then by when it was recorded. */
const NEWEST_FIRST: KeysetOrder[] = [
  { column: 'occurred_on', property: 'occurredOn', kind: 'date' },
  { column: 'created_at', property: 'createdAt', kind: 'timestamp' },
  { column: 'id', property: 'id', kind: 'uuid' },
];

/** An office's contacts in a quarter, for its report (chapter 5). */
export interface InteractionCounts {
  meetings: number;
  visits: number;
}

/** All SQL about interactions, and the facts their change events are addressed by. */
export class InteractionRepository {
  constructor(private readonly db: Db) {}

  private query(scope: RecordScope): SelectQueryBuilder<Interaction> {
    const qb = this.db.manager.getRepository(Interaction).createQueryBuilder('x');
    applyInvestorBoundScope(qb, scope);
    return qb;
  }

  /** `today` (Asia/Almaty) decides `followUpOverdue` exactly as FollowUp.isOverdueOn does. */
  list(scope: RecordScope, filter: InteractionFilter | undefined, today: string, page: PageArgs): Promise<Connection<Interaction>> {
    const qb = this.query(scope);
    const f = filter ?? {};
    if (f.investorId) qb.andWhere('x.investor_id = :investorId', { investorId: f.investorId });
    if (f.projectId) qb.andWhere('x.project_id = :projectId', { projectId: f.projectId });
    if (f.officeId) qb.andWhere('x.office_id = :officeId', { officeId: f.officeId });
    if (f.eventId) qb.andWhere('x.event_id = :eventId', { eventId: f.eventId });
    if (f.kind) qb.andWhere('x.kind = :kind', { kind: f.kind });
    if (f.from) qb.andWhere('x.occurred_on >= :from', { from: f.from });
    if (f.to) qb.andWhere('x.occurred_on <= :to', { to: f.to });
    if (typeof f.followUpOverdue === 'boolean') {
      const overdue =
        'EXISTS (SELECT 1 FROM follow_up f_f WHERE f_f.interaction_id = x.id AND f_f.done_at IS NULL AND f_f.due_on < :today)';
      qb.andWhere(f.followUpOverdue ? overdue : `NOT ${overdue}`, { today });
    }
    return paginate(qb, NEWEST_FIRST, page);
  }

  async insert(interaction: Interaction): Promise<Interaction> {
    const repo = this.db.manager.getRepository(Interaction);
    const { id } = await repo.save(interaction);
    return repo.findOneByOrFail({ id });
  }

  /** The latest day each investor was in contact with an office, in one statement. */
  async lastOccurredOn(investorIds: readonly string[]): Promise<{ investorId: string; on: string }[]> {
    const rows: { investor_id: string; on: string }[] = await this.db.manager.query(
      `SELECT investor_id, max(occurred_on)::text AS "on" FROM interaction WHERE investor_id = ANY($1::uuid[]) GROUP BY investor_id`,
      [investorIds],
    );
    return rows.map((r) => ({ investorId: r.investor_id, on: r.on }));
  }

  /** Chapter 5: the office's meetings and visits that happened in [fromDay, toDay). */
  async countsForOffice(officeId: string, fromDay: string, toDay: string): Promise<InteractionCounts> {
    const [row]: InteractionCounts[] = await this.db.manager.query(
      `SELECT count(*) FILTER (WHERE kind = $4)::int AS meetings, count(*) FILTER (WHERE kind = $5)::int AS visits
         FROM interaction WHERE office_id = $1 AND occurred_on >= $2 AND occurred_on < $3`,
      [officeId, fromDay, toDay, InteractionKind.MEETING, InteractionKind.VISIT],
    );
    return row!;
  }
}
