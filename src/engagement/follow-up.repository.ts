import type { RecordScope } from '../auth/scope';
import { FollowUp } from './follow-up.entity';
import { applyInvestorBoundScope } from './interaction.policy';
import type { Db } from '../db/transactions';

/** What decides who may complete a follow-up and when. */
export interface FollowUpFacts {
  officeId: string;
  occurredOn: string;
  accountManagerId: string | null;
}

/** A follow-up the deadline sweep has just found overdue. */
export interface NewlyOverdueFollowUp {
  id: string;
  interactionId: string;
  investorId: string;
  officeId: string;
}

/** All SQL about follow-ups. */
export class FollowUpRepository {
  constructor(private readonly db: Db) {}

  async insert(followUp: FollowUp): Promise<void> {
    await this.db.manager.getRepository(FollowUp).save(followUp);
  }

  ofInteractions(interactionIds: readonly string[]): Promise<FollowUp[]> {
    return this.db.manager
      .getRepository(FollowUp)
      .createQueryBuilder('f')
      .where('f.interaction_id IN (:...interactionIds)', { interactionIds })
      .getMany();
  }

  /** Not done, soonest due first. */
  openOfInvestors(investorIds: readonly string[]): Promise<FollowUp[]> {
    return this.db.manager
      .getRepository(FollowUp)
      .createQueryBuilder('f')
      .where('f.investor_id IN (:...investorIds)', { investorIds })
      .andWhere('f.done_at IS NULL')
      .orderBy('f.due_on', 'ASC')
      .addOrderBy('f.created_at', 'ASC')
      .getMany();
  }

  /** The row locked for update if the caller may read its investor: out of scope is absent. */
  lock(scope: RecordScope, id: string): Promise<FollowUp | null> {
    const qb = this.db.manager.getRepository(FollowUp).createQueryBuilder('f').setLock('pessimistic_write').where('f.id = :id', { id });
    applyInvestorBoundScope(qb, scope);
    return qb.getOne();
  }

  async facts(followUp: FollowUp): Promise<FollowUpFacts> {
    const [row]: { office_id: string; occurred_on: string; account_manager_id: string | null }[] = await this.db.manager.query(
      `SELECT x.office_id, x.occurred_on::text AS occurred_on, i.account_manager_id
         FROM interaction x JOIN investor i ON i.id = x.investor_id WHERE x.id = $1`,
      [followUp.interactionId],
    );
    if (!row) throw new Error(`Interaction ${followUp.interactionId} of a follow-up is missing`);
    return { officeId: row.office_id, occurredOn: row.occurred_on, accountManagerId: row.account_manager_id };
  }

  async save(followUp: FollowUp): Promise<FollowUp> {
    const repo = this.db.manager.getRepository(FollowUp);
    await repo.save(followUp);
    return repo.findOneByOrFail({ id: followUp.id });
  }

  /**
   * Marks, once, the open follow-ups due before `today`; rows another transaction holds are
   * skipped (the next sweep marks them), so sweeps never wait on each other nor deadlock.
   */
  async markOverdue(today: string, now: Date): Promise<NewlyOverdueFollowUp[]> {
    const rows: { id: string; interaction_id: string; investor_id: string; office_id: string }[] = await this.db.manager.query(
      `WITH due AS (
         SELECT id FROM follow_up
          WHERE done_at IS NULL AND due_on < $1 AND overdue_recorded_at IS NULL
          ORDER BY id FOR UPDATE SKIP LOCKED),
       marked AS (
         UPDATE follow_up f SET overdue_recorded_at = $2 FROM due WHERE f.id = due.id
         RETURNING f.id, f.interaction_id, f.investor_id)
       SELECT m.id, m.interaction_id, m.investor_id, x.office_id
         FROM marked m JOIN interaction x ON x.id = m.interaction_id ORDER BY m.id`,
      [today, now],
    );
    return rows.map((r) => ({ id: r.id, interactionId: r.interaction_id, investorId: r.investor_id, officeId: r.office_id }));
  }

  /**
   * Chapter 5: the follow-ups of the office's interactions that were overdue when the quarter
   * ended (`endDay` is the first day after it, `end` its first instant): due before that day and
   * not done before that instant.
   */
  async overdueAtEnd(officeId: string, endDay: string, end: Date): Promise<number> {
    const [row]: { n: number }[] = await this.db.manager.query(
      `SELECT count(*)::int AS n FROM follow_up f JOIN interaction x ON x.id = f.interaction_id
        WHERE x.office_id = $1 AND x.occurred_on < $2 AND f.due_on < $2 AND (f.done_at IS NULL OR f.done_at >= $3)`,
      [officeId, endDay, end],
    );
    return row!.n;
  }
}
