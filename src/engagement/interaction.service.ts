import type { RecordScope } from '../auth/scope';
import { recordScopeOf } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import { almatyDateOf, todayInAlmaty } from '../calendar/almaty-time';
import type { Clock } from '../common/clock';
import { badInput } from '../common/errors';
import type { Connection, PageArgs } from '../common/pagination';
import type { Transactions } from '../db/transactions';
import { ChangeAction } from '../events/change-event.entity';
import type { InvestorRepository } from '../investors/investor.repository';
import type { ProjectRepository } from '../projects/project.repository';
import type { QuarterFigure, QuarterFigureSource } from '../reports/quarter-figure-source';
import { FollowUp } from './follow-up.entity';
import type { FollowUpRepository } from './follow-up.repository';
import { Interaction } from './interaction.entity';
import type { InteractionFilter, RecordInteractionInput } from './interaction.inputs';
import { INTERACTION_POLICY } from './interaction.policy';
import type { InteractionRepository } from './interaction.repository';
import type { InvestmentEvent } from './investment-event.entity';
import type { InvestmentEventRepository } from './investment-event.repository';

/**
 * The front offices' contacts with investors and the next steps they owe (paragraph 6:
 * external 2, 5, 6, 7; central 2; regional 2). Read by exactly those who may read the investor.
 */
export class InteractionService implements QuarterFigureSource {
  constructor(
    private readonly interactions: InteractionRepository,
    private readonly followUps: FollowUpRepository,
    private readonly investors: InvestorRepository,
    private readonly projects: ProjectRepository,
    private readonly events: InvestmentEventRepository,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  list(viewer: Viewer, filter: InteractionFilter | undefined, page: PageArgs): Promise<Connection<Interaction>> {
    return this.interactions.list(recordScopeOf(viewer), filter, todayInAlmaty(this.clock.now()), page);
  }

  /** Investor.interactions: the investor is already readable, so is every interaction of it. */
  ofInvestor(scope: RecordScope, investorId: string, page: PageArgs): Promise<Connection<Interaction>> {
    return this.interactions.list(scope, { investorId }, todayInAlmaty(this.clock.now()), page);
  }

  /** An OFFICER or ADMIN of an office that may read the investor records what happened; office and author are the caller's. */
  async record(viewer: Viewer, input: RecordInteractionInput): Promise<Interaction> {
    const today = todayInAlmaty(this.clock.now());
    const summary = input.summary.trim();
    if (!summary) throw badInput('summary must not be empty', { field: 'summary' });
    // An interaction records what happened: a planned meeting is a follow-up.
    if (input.occurredOn > today) throw badInput(`occurredOn cannot be after today (${today} in Asia/Almaty)`, { field: 'occurredOn' });
    const participants = input.participants.map((p) => p.trim());
    if (participants.some((p) => !p)) throw badInput('A participant must not be empty', { field: 'participants' });
    const followUp = input.followUp ? { action: input.followUp.action.trim(), dueOn: input.followUp.dueOn } : null;
    if (followUp && !followUp.action) throw badInput('followUp.action must not be empty', { field: 'followUp.action' });
    if (followUp && followUp.dueOn < input.occurredOn)
      throw badInput('followUp.dueOn cannot be before occurredOn', { field: 'followUp.dueOn' });
    return this.transactions.run(viewer.userId, async (uow) => {
      const scope = recordScopeOf(viewer);
      await this.investors.readable(scope, input.investorId);
      if (input.projectId) await this.projects.readable(scope, input.projectId);
      if (input.eventId) assertHeldOn(await this.events.readable(scope, input.eventId), input.occurredOn);
      const saved = await this.interactions.insert(
        Object.assign(new Interaction(), {
          kind: input.kind,
          investorId: input.investorId,
          projectId: input.projectId ?? null,
          eventId: input.eventId ?? null,
          occurredOn: input.occurredOn,
          summary,
          outcome: input.outcome?.trim() || null,
          participants,
          officeId: viewer.office.id,
          authorId: viewer.userId,
        }),
      );
      if (followUp) {
        await this.followUps.insert(
          Object.assign(new FollowUp(), { ...followUp, interactionId: saved.id, investorId: saved.investorId, doneAt: null }),
        );
      }
      uow.changed(INTERACTION_POLICY, saved.id, ChangeAction.CREATED);
      return saved;
    });
  }

  /** Chapter 5: the office's meetings and visits in the quarter, and its follow-ups overdue when the quarter ended. */
  async quarterFigures(officeId: string, from: Date, to: Date): Promise<QuarterFigure[]> {
    const [fromDay, endDay] = [almatyDateOf(from), almatyDateOf(to)];
    // One after another: in a report's transaction both go through its one connection.
    const counts = await this.interactions.countsForOffice(officeId, fromDay, endDay);
    const overdue = await this.followUps.overdueAtEnd(officeId, endDay, to);
    return [
      { name: 'interactions.meetingsHeld', value: String(counts.meetings) },
      { name: 'interactions.visits', value: String(counts.visits) },
      { name: 'followUps.overdueAtQuarterEnd', value: String(overdue) },
    ];
  }
}

/**
 * A contact at an event (paragraph 6: external 9, 10) happened on one of its days. (An event that
 * was cancelled is cancelled before it starts, and a contact is never recorded ahead of its day.)
 */
function assertHeldOn(event: InvestmentEvent, occurredOn: string): void {
  if (occurredOn < event.startsOn || occurredOn > event.endsOn) {
    throw badInput(`occurredOn must be a day of the event (${event.startsOn} to ${event.endsOn})`, { field: 'occurredOn' });
  }
}
