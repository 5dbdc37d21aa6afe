import { recordScopeOf } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import { almatyDateOf, todayInAlmaty } from '../calendar/almaty-time';
import type { Clock } from '../common/clock';
import { badInput, forbidden, notFound } from '../common/errors';
import type { Transactions } from '../db/transactions';
import { ChangeAction } from '../events/change-event.entity';
import type { FollowUp } from './follow-up.entity';
import type { FollowUpRepository } from './follow-up.repository';
import type { CompleteFollowUpArgs } from './interaction.inputs';
import { INTERACTION_POLICY } from './interaction.policy';

/** The next steps owed after interactions: done by the interaction's office or the lead's account manager; overdue after their day. */
export class FollowUpService {
  constructor(
    private readonly followUps: FollowUpRepository,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return todayInAlmaty(this.clock.now());
  }

  async complete(viewer: Viewer, { id, at }: CompleteFollowUpArgs): Promise<FollowUp> {
    const now = this.clock.now();
    const doneAt = at ?? now;
    if (doneAt > now) throw badInput('at cannot be in the future', { field: 'at' });
    return this.transactions.run(viewer.userId, async (uow) => {
      const followUp = await this.followUps.lock(recordScopeOf(viewer), id);
      if (!followUp) throw notFound('Follow-up', id);
      const facts = await this.followUps.facts(followUp);
      if (facts.officeId !== viewer.office.id && facts.accountManagerId !== viewer.userId) {
        throw forbidden("Only the interaction's office or the investor's account manager completes its follow-up");
      }
      if (followUp.doneAt) throw badInput('The follow-up is already done', { field: 'id' });
      if (almatyDateOf(doneAt) < facts.occurredOn) throw badInput('at cannot be before the interaction happened', { field: 'at' });
      Object.assign(followUp, { doneAt, doneById: viewer.userId });
      const saved = await this.followUps.save(followUp);
      uow.changed(INTERACTION_POLICY, saved.interactionId, ChangeAction.UPDATED, ['followUp.doneAt']);
      return saved;
    });
  }

  /** For the deadline sweeper: records, once per follow-up, that it went overdue (the day after its due day began in Asia/Almaty). */
  sweepOverdue(now: Date): Promise<number> {
    return this.transactions.run(null, async (uow) => {
      const marked = await this.followUps.markOverdue(todayInAlmaty(now), now);
      for (const m of marked) uow.changed(INTERACTION_POLICY, m.interactionId, ChangeAction.UPDATED, ['followUp.overdue']);
      return marked.length;
    });
  }
}
