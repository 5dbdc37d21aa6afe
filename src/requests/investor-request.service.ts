import { recordScopeOf } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import { almatyDateOf } from '../calendar/almaty-time';
import type { CalendarService } from '../calendar/calendar.service';
import type { Clock } from '../common/clock';
import { badInput, forbidden, notFound } from '../common/errors';
import type { Connection, PageArgs } from '../common/pagination';
import type { Transactions } from '../db/transactions';
import { ChangeAction } from '../events/change-event.entity';
import type { InvestorRepository } from '../investors/investor.repository';
import { OfficeKind } from '../offices/office.entity';
import type { OfficeRepository } from '../offices/office.repository';
import type { ReferenceRepository } from '../reference/reference.repository';
import type { QuarterFigure } from '../reports/quarter-figure-source';
import { InvestorRequest, RequestStatus } from './investor-request.entity';
import type {
  AnswerInvestorRequestArgs,
  ForwardInvestorRequestArgs,
  InvestorRequestFilter,
  SubmitInvestorRequestInput,
} from './investor-request.inputs';
import { INVESTOR_REQUEST_POLICY } from './investor-request.policy';
import type { InvestorRequestRepository } from './investor-request.repository';

/**
 * Investor information requests: answered within the rule set's working days (paragraphs 12.7,
 * 15-1.6), passed between offices (paragraphs 13.2, 14.1) without moving the due date.
 */
export class InvestorRequestService {
  constructor(
    private readonly requests: InvestorRequestRepository,
    private readonly investors: InvestorRepository,
    private readonly offices: OfficeRepository,
    private readonly reference: ReferenceRepository,
    private readonly calendar: CalendarService,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  list(viewer: Viewer, filter: InvestorRequestFilter | undefined, page: PageArgs): Promise<Connection<InvestorRequest>> {
    return this.requests.list(recordScopeOf(viewer), filter, this.clock.now(), page);
  }

  async get(viewer: Viewer, id: string): Promise<InvestorRequest> {
    const [request] = await this.requests.findByIds(recordScopeOf(viewer), [id]);
    if (!request) throw notFound('Investor request', id);
    return request;
  }

  async submit(viewer: Viewer, input: SubmitInvestorRequestInput): Promise<InvestorRequest> {
    const now = this.clock.now();
    const receivedAt = input.receivedAt ?? now;
    if (receivedAt > now) throw badInput('receivedAt cannot be in the future', { field: 'receivedAt' });
    return this.transactions.run(viewer.userId, async (uow) => {
      const request = Object.assign(new InvestorRequest(), {
        investorId: input.investorId,
        kind: input.kind,
        subject: input.subject,
        body: input.body ?? null,
        receivedAt,
        dueAt: await this.dueAt(receivedAt),
        status: RequestStatus.OPEN,
        assignedOfficeId: input.assignedOfficeId ?? viewer.office.id,
      });
      await this.investors.readable(recordScopeOf(viewer), input.investorId);
      await this.assertMayAnswer(request.assignedOfficeId, 'assignedOfficeId');
      const saved = await this.requests.save(request);
      uow.changed(INVESTOR_REQUEST_POLICY, saved.id, ChangeAction.CREATED);
      return saved;
    });
  }

  async answer(viewer: Viewer, { id, answer, at }: AnswerInvestorRequestArgs): Promise<InvestorRequest> {
    const now = this.clock.now();
    const answeredAt = at ?? now;
    if (answeredAt > now) throw badInput('at cannot be in the future', { field: 'at' });
    return this.transactions.run(viewer.userId, async (uow) => {
      const request = await this.lockOpenAssigned(viewer, id);
      if (answeredAt < request.receivedAt) throw badInput('at cannot be before the request was received', { field: 'at' });
      const lastHandoffAt = await this.requests.lastHandoffAt(id);
      if (lastHandoffAt && answeredAt < lastHandoffAt) throw badInput('at cannot be before the last hand-off', { field: 'at' });
      Object.assign(request, { status: RequestStatus.ANSWERED, answer, answeredAt, answeredById: viewer.userId });
      const saved = await this.requests.save(request);
      uow.changed(INVESTOR_REQUEST_POLICY, saved.id, ChangeAction.UPDATED, ['status', 'answer', 'answeredAt']);
      return saved;
    });
  }

  /** Paragraph 13.2: an office passes a request on; the investor's due date does not move. */
  async forward(viewer: Viewer, { id, toOfficeId, note }: ForwardInvestorRequestArgs): Promise<InvestorRequest> {
    const at = this.clock.now();
    return this.transactions.run(viewer.userId, async (uow) => {
      const request = await this.lockOpenAssigned(viewer, id);
      const fromOfficeId = request.assignedOfficeId;
      if (toOfficeId === fromOfficeId) throw badInput('The request is already assigned to that office', { field: 'toOfficeId' });
      await this.assertMayAnswer(toOfficeId, 'toOfficeId');
      await this.requests.insertHandoff({ requestId: id, fromOfficeId, toOfficeId, at, actorId: viewer.userId, note: note ?? null });
      // The office that passes it on hears of the hand-off too.
      await uow.readersMayChange(INVESTOR_REQUEST_POLICY, id);
      request.assignedOfficeId = toOfficeId;
      const saved = await this.requests.save(request);
      uow.changed(INVESTOR_REQUEST_POLICY, saved.id, ChangeAction.UPDATED, ['assignedOffice', 'handoffs']);
      return saved;
    });
  }

  /**
   * For the deadline sweeper: records, once per request, that an open request went past its
   * due time by `now`. Safe to run from several instances: each row is marked by one UPDATE.
   */
  sweepOverdue(now: Date): Promise<number> {
    return this.transactions.run(null, async (uow) => {
      const marked = await this.requests.markOverdue(now);
      for (const m of marked) {
        uow.changed(INVESTOR_REQUEST_POLICY, m.id, ChangeAction.UPDATED, ['overdue']);
      }
      return marked.length;
    });
  }

  /**
   * Chapter 5 reports and the KPIs: what happened in [from, to) to the requests assigned to an
   * office. requestsAnsweredOnTime is the REQUESTS_ANSWERED_ON_TIME indicator: requests it
   * answered in the period on or before their due time, whenever received (paragraphs 12.7, 15-1.6).
   */
  async quarterFigures(officeId: string, from: Date, to: Date): Promise<QuarterFigure[]> {
    const counts = await this.requests.countsForOffice(officeId, from, to);
    return [
      // Received in the period.
      { name: 'requestsReceived', value: String(counts.received) },
      // Answered in the period, on time or late.
      { name: 'requestsAnswered', value: String(counts.answered) },
      // Answered in the period on or before the due time.
      { name: 'requestsAnsweredOnTime', value: String(counts.answeredOnTime) },
      // Due in the period and not answered by the due time (still open, or answered late).
      { name: 'requestsOverdue', value: String(counts.overdue) },
    ];
  }

  /** "Within N working days" of receipt, N from the rule set in force on the day it was received. */
  private async dueAt(receivedAt: Date): Promise<Date> {
    const receivedOn = almatyDateOf(receivedAt);
    const ruleSet = await this.reference.ruleSetOn(receivedOn);
    if (receivedOn < ruleSet.effectiveFrom) {
      throw badInput(`No answer term applies before the rules took effect on ${ruleSet.effectiveFrom}`, { field: 'receivedAt' });
    }
    return (await this.calendar.current()).workingDayDeadline(receivedAt, ruleSet.requestAnswerWorkingDays);
  }

  /** Only the OFFICERs and ADMINs of the assigned office answer or pass on an open request. */
  private async lockOpenAssigned(viewer: Viewer, id: string): Promise<InvestorRequest> {
    const request = await this.requests.lock(recordScopeOf(viewer), id);
    if (!request) throw notFound('Investor request', id);
    if (request.assignedOfficeId !== viewer.office.id) throw forbidden('Only the office the request is assigned to may act on it');
    if (request.status !== RequestStatus.OPEN) throw badInput('The request has already been answered');
    return request;
  }

  /** A request goes to a front office; service providers only handle state-service applications. */
  private async assertMayAnswer(officeId: string, field: string): Promise<void> {
    const office = await this.offices.findById(officeId);
    if (!office) throw notFound('Office', officeId);
    if (office.kind === OfficeKind.SERVICE_PROVIDER) throw badInput('A service provider does not answer investor requests', { field });
  }
}
