import type { SelectQueryBuilder } from 'typeorm';
import type { RecordScope } from '../auth/scope';
import { notFound } from '../common/errors';
import { paginate, type Connection, type KeysetOrder, type PageArgs } from '../common/pagination';
import { whereInvestorReadable } from '../investors/investor.repository';
import { InvestmentEvent, InvestmentEventParticipant, InvestmentEventStatus } from './investment-event.entity';
import type { InvestmentEventFilter } from './investment-event.inputs';
import { INVESTMENT_EVENT_POLICY } from './investment-event.policy';
import type { Db } from '../db/transactions';

const NEWEST_FIRST: KeysetOrder[] = [
  { column: 'created_at', property: 'createdAt', kind: 'timestamp' },
  { column: 'id', property: 'id', kind: 'uuid' },
];

/** All SQL about investment events and their participants; who reads them: INVESTMENT_EVENT_POLICY. */
export class InvestmentEventRepository {
  constructor(private readonly db: Db) {}

  private query(scope: RecordScope): SelectQueryBuilder<InvestmentEvent> {
    const qb = this.db.manager.getRepository(InvestmentEvent).createQueryBuilder('e');
    INVESTMENT_EVENT_POLICY.applyTo(qb, scope.reader);
    return qb;
  }

  list(scope: RecordScope, filter: InvestmentEventFilter | undefined, page: PageArgs): Promise<Connection<InvestmentEvent>> {
    const qb = this.query(scope);
    const f = filter ?? {};
    if (f.status) qb.andWhere('e.status = :status', { status: f.status });
    if (f.kind) qb.andWhere('e.kind = :kind', { kind: f.kind });
    if (f.countryCode) qb.andWhere('e.country_code = :countryCode', { countryCode: f.countryCode.toUpperCase() });
    if (f.organizerOfficeId) qb.andWhere('e.organizer_office_id = :organizerOfficeId', { organizerOfficeId: f.organizerOfficeId });
    if (f.from) qb.andWhere('e.ends_on >= :from', { from: f.from });
    if (f.to) qb.andWhere('e.starts_on <= :to', { to: f.to });
    return paginate(qb, NEWEST_FIRST, page);
  }

  findByIds(scope: RecordScope, ids: readonly string[]): Promise<InvestmentEvent[]> {
    return this.query(scope).andWhere('e.id IN (:...ids)', { ids }).getMany();
  }

  /** An event the viewer reads, in the caller's transaction; else NOT_FOUND, exactly as for a missing one. */
  async readable(scope: RecordScope, id: string): Promise<InvestmentEvent> {
    const event = await this.query(scope).andWhere('e.id = :id', { id }).getOne();
    if (!event) throw notFound('Investment event', id);
    return event;
  }

  lock(scope: RecordScope, id: string): Promise<InvestmentEvent | null> {
    return this.query(scope).setLock('pessimistic_write').andWhere('e.id = :id', { id }).getOne();
  }

  /** Saves and reads the row back (canonical dates and version). */
  async save(event: InvestmentEvent): Promise<InvestmentEvent> {
    const repo = this.db.manager.getRepository(InvestmentEvent);
    const { id } = await repo.save(event);
    return repo.findOneByOrFail({ id });
  }

  /** A new version of an event whose participants changed. */
  async touch(id: string): Promise<InvestmentEvent> {
    await this.db.manager.query(`UPDATE investment_event SET version = version + 1, updated_at = now() WHERE id = $1`, [id]);
    return this.db.manager.getRepository(InvestmentEvent).findOneByOrFail({ id });
  }

  /** Adds the investor; false when it already takes part. */
  async addParticipant(eventId: string, investorId: string, addedById: string): Promise<boolean> {
    const rows: unknown[] = await this.db.manager.query(
      `INSERT INTO investment_event_participant (event_id, investor_id, added_by_id) VALUES ($1, $2, $3)
       ON CONFLICT (event_id, investor_id) DO NOTHING RETURNING event_id`,
      [eventId, investorId, addedById],
    );
    return rows.length > 0;
  }

  /** The participants of some events whose investor the viewer may read. */
  participantsOf(scope: RecordScope, eventIds: readonly string[]): Promise<InvestmentEventParticipant[]> {
    const qb = this.db.manager
      .getRepository(InvestmentEventParticipant)
      .createQueryBuilder('ep')
      .where('ep.event_id IN (:...eventIds)', { eventIds })
      .orderBy('ep.added_at', 'ASC')
      .addOrderBy('ep.investor_id', 'ASC');
    whereInvestorReadable(qb, scope, 'ep.investor_id');
    return qb.getMany();
  }

  /** The events some investors take part in, each with its event, latest first. */
  eventsOfInvestors(scope: RecordScope, investorIds: readonly string[]): Promise<InvestmentEventParticipant[]> {
    const qb = this.db.manager
      .getRepository(InvestmentEventParticipant)
      .createQueryBuilder('ep')
      .innerJoinAndSelect('ep.eventRef', 'e')
      .where('ep.investor_id IN (:...investorIds)', { investorIds })
      .orderBy('e.starts_on', 'DESC')
      .addOrderBy('e.id', 'DESC');
    INVESTMENT_EVENT_POLICY.applyTo(qb, scope.reader, 'e');
    return qb.getMany();
  }

  /** Chapter 5: the office's events held (approved) that ended between two days, inclusive. */
  async countHeld(officeId: string, firstDay: string, lastDay: string): Promise<number> {
    const [row]: { n: number }[] = await this.db.manager.query(
      `SELECT count(*)::int AS n FROM investment_event
        WHERE organizer_office_id = $1 AND status = $2 AND ends_on BETWEEN $3 AND $4`,
      [officeId, InvestmentEventStatus.APPROVED, firstDay, lastDay],
    );
    return row?.n ?? 0;
  }
}
