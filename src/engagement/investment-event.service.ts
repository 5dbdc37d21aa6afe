import { recordScopeOf } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import { almatyDateOf } from '../calendar/almaty-time';
import type { Clock } from '../common/clock';
import { isCountryCode } from '../common/country';
import { badInput, forbidden, notFound } from '../common/errors';
import type { Connection, PageArgs } from '../common/pagination';
import type { Transactions } from '../db/transactions';
import { ChangeAction } from '../events/change-event.entity';
import type { InvestorRepository } from '../investors/investor.repository';
import { OfficeKind } from '../offices/office.entity';
import type { QuarterFigure, QuarterFigureSource } from '../reports/quarter-figure-source';
import { InvestmentEvent, InvestmentEventStatus } from './investment-event.entity';
import type {
  AddEventParticipantArgs,
  CancelInvestmentEventArgs,
  DecideInvestmentEventArgs,
  InvestmentEventFilter,
  ProposeInvestmentEventInput,
} from './investment-event.inputs';
import { INVESTMENT_EVENT_POLICY, initialStatusOf } from './investment-event.policy';
import type { InvestmentEventRepository } from './investment-event.repository';

/** Figure name in the quarterly reports (chapter 5). */
const EVENTS_HELD = 'events.held';

/**
 * Investment events (paragraph 6: external 9, 10; regional 6): proposed by a front office,
 * coordinated by the authorized body when the National Company, its Task Force or a regional
 * organization organizes them (paragraph 8.9), cancelled by their organizer.
 */
export class InvestmentEventService implements QuarterFigureSource {
  constructor(
    private readonly events: InvestmentEventRepository,
    private readonly investors: InvestorRepository,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  list(viewer: Viewer, filter: InvestmentEventFilter | undefined, page: PageArgs): Promise<Connection<InvestmentEvent>> {
    return this.events.list(recordScopeOf(viewer), filter, page);
  }

  async get(viewer: Viewer, id: string): Promise<InvestmentEvent> {
    const [event] = await this.events.findByIds(recordScopeOf(viewer), [id]);
    if (!event) throw notFound('Investment event', id);
    return event;
  }

  propose(viewer: Viewer, input: ProposeInvestmentEventInput): Promise<InvestmentEvent> {
    const countryCode = input.countryCode.toUpperCase();
    if (!isCountryCode(countryCode))
      throw badInput(`${input.countryCode} is not an ISO 3166-1 alpha-2 country code`, { field: 'countryCode' });
    if (input.endsOn < input.startsOn) throw badInput('endsOn cannot be before startsOn', { field: 'endsOn' });
    if (!input.title.trim()) throw badInput('title cannot be empty', { field: 'title' });
    const event = Object.assign(new InvestmentEvent(), {
      kind: input.kind,
      title: input.title.trim(),
      countryCode,
      city: input.city?.trim() || null,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      description: input.description ?? null,
      status: initialStatusOf(viewer.office.kind),
      organizerOfficeId: viewer.office.id,
      proposedById: viewer.userId,
      decidedById: null,
      decidedAt: null,
      decisionNote: null,
      cancelledAt: null,
      cancellationNote: null,
    });
    return this.transactions.run(viewer.userId, async (uow) => {
      const saved = await this.events.save(event);
      uow.changed(INVESTMENT_EVENT_POLICY, saved.id, ChangeAction.CREATED);
      return saved;
    });
  }

  /** Paragraph 8.9: the authorized body approves or rejects a proposed event, once. */
  decide(viewer: Viewer, { id, approve, note }: DecideInvestmentEventArgs): Promise<InvestmentEvent> {
    if (viewer.office.kind !== OfficeKind.AUTHORIZED_BODY)
      throw forbidden('Only the authorized body decides on investment events (paragraph 8.9)');
    return this.transactions.run(viewer.userId, async (uow) => {
      const event = await this.lock(viewer, id);
      if (event.status !== InvestmentEventStatus.PROPOSED) {
        throw badInput(
          event.decidedAt ? `The event was already decided: it is ${event.status}` : `The event awaits no decision: it is ${event.status}`,
          { field: 'id', status: event.status },
        );
      }
      Object.assign(event, {
        status: approve ? InvestmentEventStatus.APPROVED : InvestmentEventStatus.REJECTED,
        decidedById: viewer.userId,
        decidedAt: this.clock.now(),
        decisionNote: note ?? null,
      });
      const saved = await this.events.save(event);
      uow.changed(INVESTMENT_EVENT_POLICY, saved.id, ChangeAction.UPDATED, ['status', 'decidedBy', 'decidedAt', 'decisionNote']);
      return saved;
    });
  }

  /** The organizer calls off an event that has not ended. */
  cancel(viewer: Viewer, { id, note }: CancelInvestmentEventArgs): Promise<InvestmentEvent> {
    return this.transactions.run(viewer.userId, async (uow) => {
      const event = await this.lockOrganized(viewer, id);
      if (event.status === InvestmentEventStatus.CANCELLED || event.status === InvestmentEventStatus.REJECTED) {
        throw badInput(`The event is already ${event.status}`, { field: 'id', status: event.status });
      }
      const now = this.clock.now();
      if (event.endsOn < almatyDateOf(now)) throw badInput('The event has already taken place', { field: 'id' });
      Object.assign(event, { status: InvestmentEventStatus.CANCELLED, cancelledAt: now, cancellationNote: note ?? null });
      const saved = await this.events.save(event);
      uow.changed(INVESTMENT_EVENT_POLICY, saved.id, ChangeAction.UPDATED, ['status', 'cancelledAt', 'cancellationNote']);
      return saved;
    });
  }

  /** The organizer's office adds an investor it may read; adding one already there changes nothing. */
  addParticipant(viewer: Viewer, { eventId, investorId }: AddEventParticipantArgs): Promise<InvestmentEvent> {
    return this.transactions.run(viewer.userId, async (uow) => {
      const event = await this.lockOrganized(viewer, eventId);
      if (event.status === InvestmentEventStatus.CANCELLED || event.status === InvestmentEventStatus.REJECTED) {
        throw badInput(`The event is ${event.status}: it takes no participants`, { field: 'eventId', status: event.status });
      }
      await this.investors.readable(recordScopeOf(viewer), investorId);
      if (await this.events.addParticipant(event.id, investorId, viewer.userId)) {
        // The version moves so that a client holding the event sees that its participants changed.
        const saved = await this.events.touch(event.id);
        uow.changed(INVESTMENT_EVENT_POLICY, saved.id, ChangeAction.UPDATED, ['participants']);
        return saved;
      }
      return event;
    });
  }

  /** Chapter 5: the office's events held in the quarter: approved, their last day within it. */
  async quarterFigures(officeId: string, from: Date, to: Date): Promise<QuarterFigure[]> {
    const held = await this.events.countHeld(officeId, almatyDateOf(from), almatyDateOf(new Date(to.getTime() - 1)));
    return [{ name: EVENTS_HELD, value: String(held) }];
  }

  private async lock(viewer: Viewer, id: string): Promise<InvestmentEvent> {
    const event = await this.events.lock(recordScopeOf(viewer), id);
    if (!event) throw notFound('Investment event', id);
    return event;
  }

  private async lockOrganized(viewer: Viewer, id: string): Promise<InvestmentEvent> {
    const event = await this.lock(viewer, id);
    if (event.organizerOfficeId !== viewer.office.id) throw forbidden("Only the organizer's office may do this");
    return event;
  }
}
