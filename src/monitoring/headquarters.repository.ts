import type { SelectQueryBuilder } from 'typeorm';
import { paginate, type Connection, type KeysetOrder, type PageArgs } from '../common/pagination';
import { AgendaItem, HeadquartersDecision, HeadquartersDecisionStatus, HeadquartersMeeting } from './headquarters.entity';
import type { HeadquartersDecisionFilter } from './monitoring.inputs';
import type { Db } from '../db/transactions';
import type { RecordScope } from '../auth/scope';
import { HEADQUARTERS_DECISION_POLICY } from './monitoring.policy';

const NEWEST_FIRST: KeysetOrder[] = [
  { column: 'created_at', property: 'createdAt', kind: 'timestamp' },
  { column: 'id', property: 'id', kind: 'uuid' },
];

/** Which decisions an office reads: all (the authorized body, National Company, Task Force) or those it must carry out. */

/** A decision the sweep has just found overdue. */
export interface NewlyOverdueDecision {
  id: string;
  responsibleOfficeId: string;
}

/** All SQL about the Investment Headquarters: meetings, agenda items, decisions. */
export class HeadquartersRepository {
  constructor(private readonly db: Db) {}

  listMeetings(page: PageArgs): Promise<Connection<HeadquartersMeeting>> {
    return paginate(this.db.manager.getRepository(HeadquartersMeeting).createQueryBuilder('m'), NEWEST_FIRST, page);
  }

  async meetingsByIds(ids: readonly string[]): Promise<HeadquartersMeeting[]> {
    return this.db.manager.getRepository(HeadquartersMeeting).createQueryBuilder('m').where('m.id IN (:...ids)', { ids }).getMany();
  }

  findMeeting(id: string): Promise<HeadquartersMeeting | null> {
    return this.db.manager.getRepository(HeadquartersMeeting).findOneBy({ id });
  }

  findAgendaItem(id: string): Promise<AgendaItem | null> {
    return this.db.manager.getRepository(AgendaItem).findOneBy({ id });
  }

  /** The meeting locked while an item is added, with how many items its agenda has (the bound holds under concurrency). */
  async lockMeeting(id: string): Promise<{ meeting: HeadquartersMeeting; items: number } | null> {
    const meeting = await this.db.manager
      .getRepository(HeadquartersMeeting)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .where('m.id = :id', { id })
      .getOne();
    return meeting ? { meeting, items: await this.db.manager.getRepository(AgendaItem).countBy({ meetingId: id }) } : null;
  }

  /** The agenda item locked while a decision is recorded, with how many decisions it has. */
  async lockAgendaItem(id: string): Promise<{ item: AgendaItem; decisions: number } | null> {
    const item = await this.db.manager
      .getRepository(AgendaItem)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id = :id', { id })
      .getOne();
    return item ? { item, decisions: await this.db.manager.getRepository(HeadquartersDecision).countBy({ agendaItemId: id }) } : null;
  }

  async saveMeeting(meeting: Partial<HeadquartersMeeting>): Promise<HeadquartersMeeting> {
    const repo = this.db.manager.getRepository(HeadquartersMeeting);
    const { id } = await repo.save(repo.create(meeting));
    return repo.findOneByOrFail({ id });
  }

  async saveAgendaItem(item: Partial<AgendaItem>): Promise<AgendaItem> {
    const repo = this.db.manager.getRepository(AgendaItem);
    const { id } = await repo.save(repo.create(item));
    return repo.findOneByOrFail({ id });
  }

  async saveDecision(decision: Partial<HeadquartersDecision>): Promise<HeadquartersDecision> {
    const repo = this.db.manager.getRepository(HeadquartersDecision);
    const { id } = await repo.save(repo.create(decision));
    return repo.findOneByOrFail({ id });
  }

  /** Oldest first: the order they were put on the agenda. */
  agendaOf(meetingIds: readonly string[]): Promise<AgendaItem[]> {
    return this.db.manager
      .getRepository(AgendaItem)
      .createQueryBuilder('a')
      .where('a.meeting_id IN (:...meetingIds)', { meetingIds })
      .orderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }

  agendaItemsByIds(ids: readonly string[]): Promise<AgendaItem[]> {
    return this.db.manager.getRepository(AgendaItem).createQueryBuilder('a').where('a.id IN (:...ids)', { ids }).getMany();
  }

  /** The decisions `scope` reads (HEADQUARTERS_DECISION_POLICY). */
  private decisions(scope: RecordScope): SelectQueryBuilder<HeadquartersDecision> {
    const qb = this.db.manager.getRepository(HeadquartersDecision).createQueryBuilder('d');
    HEADQUARTERS_DECISION_POLICY.applyTo(qb, scope.reader);
    return qb;
  }

  /** `today` (Asia/Almaty) decides `overdue` exactly as HeadquartersDecision.isOverdueAt does. */
  private filtered(
    scope: RecordScope,
    filter: HeadquartersDecisionFilter | undefined,
    today: string,
  ): SelectQueryBuilder<HeadquartersDecision> {
    const qb = this.decisions(scope);
    const f = filter ?? {};
    if (f.responsibleOfficeId)
      qb.andWhere('d.responsible_office_id = :responsibleOfficeId', { responsibleOfficeId: f.responsibleOfficeId });
    if (typeof f.overdue === 'boolean') {
      const overdue = '(d.status = :openStatus AND d.due_on < :today)';
      qb.andWhere(f.overdue ? overdue : `NOT ${overdue}`, { openStatus: HeadquartersDecisionStatus.OPEN, today });
    }
    return qb;
  }

  listDecisions(
    scope: RecordScope,
    filter: HeadquartersDecisionFilter | undefined,
    today: string,
    page: PageArgs,
  ): Promise<Connection<HeadquartersDecision>> {
    return paginate(this.filtered(scope, filter, today), NEWEST_FIRST, page);
  }

  /** Every decision matching the filter, by due day (CSV). */
  allDecisions(scope: RecordScope, filter: HeadquartersDecisionFilter | undefined, today: string): Promise<HeadquartersDecision[]> {
    return this.filtered(scope, filter, today).orderBy('d.due_on', 'ASC').addOrderBy('d.id', 'ASC').getMany();
  }

  decisionsOf(scope: RecordScope, agendaItemIds: readonly string[]): Promise<HeadquartersDecision[]> {
    return this.decisions(scope)
      .andWhere('d.agenda_item_id IN (:...agendaItemIds)', { agendaItemIds })
      .orderBy('d.created_at', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .getMany();
  }

  lockDecision(scope: RecordScope, id: string): Promise<HeadquartersDecision | null> {
    return this.decisions(scope).setLock('pessimistic_write').andWhere('d.id = :id', { id }).getOne();
  }

  async updateDecision(decision: HeadquartersDecision): Promise<HeadquartersDecision> {
    const repo = this.db.manager.getRepository(HeadquartersDecision);
    await repo.save(decision);
    return repo.findOneByOrFail({ id: decision.id });
  }

  /**
   * Marks, once, the OPEN decisions whose due day ended before `today` (Asia/Almaty); rows
   * another transaction holds are skipped (a concurrent or the next sweep marks them).
   */
  async markOverdue(today: string, now: Date): Promise<NewlyOverdueDecision[]> {
    const rows: { id: string; responsible_office_id: string }[] = await this.db.manager.query(
      `WITH due AS (
         SELECT id FROM headquarters_decision
          WHERE status = $2 AND due_on < $1::date AND overdue_recorded_at IS NULL
          ORDER BY id FOR UPDATE SKIP LOCKED),
       marked AS (
         UPDATE headquarters_decision d SET overdue_recorded_at = $3 FROM due WHERE d.id = due.id
         RETURNING d.id, d.responsible_office_id)
       SELECT id, responsible_office_id FROM marked ORDER BY id`,
      [today, HeadquartersDecisionStatus.OPEN, now],
    );
    return rows.map((r) => ({ id: r.id, responsibleOfficeId: r.responsible_office_id }));
  }
}
