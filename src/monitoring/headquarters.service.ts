import { recordScopeOf } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import { startOfAlmatyDay, todayInAlmaty } from '../calendar/almaty-time';
import type { Clock } from '../common/clock';
import { badInput, forbidden, notFound } from '../common/errors';
import type { Connection, PageArgs } from '../common/pagination';
import type { Transactions } from '../db/transactions';
import { ChangeAction } from '../events/change-event.entity';
import { OfficeKind } from '../offices/office.entity';
import type { OfficeRepository } from '../offices/office.repository';
import type { ProjectRepository } from '../projects/project.repository';
import { HeadquartersDecisionStatus, type AgendaItem, type HeadquartersDecision, type HeadquartersMeeting } from './headquarters.entity';
import type { HeadquartersRepository } from './headquarters.repository';
import type { IssueService } from './issue.service';
import type { AgendaItemInput, HeadquartersDecisionFilter, HeadquartersDecisionInput } from './monitoring.inputs';
import { HEADQUARTERS_DECISION_POLICY, HEADQUARTERS_MEETING_POLICY } from './monitoring.policy';

const FIRST_DAY = '2019-01-01';

/**
 * A meeting's agenda and an item's decisions are bounded, so that a page of meetings with their
 * agendas and decisions has a known cost (src/server/query-cost.ts reads these bounds).
 */
export const MAX_AGENDA_ITEMS = 30;
export const MAX_DECISIONS_PER_ITEM = 5;
export const MAX_MEETINGS_PAGE = 10;

/**
 * The Investment Headquarters (paragraph 7.2): the authorized body brings stalled projects and
 * investors' problems before it and follows its decisions until the responsible offices report
 * them done.
 */
export class HeadquartersService {
  constructor(
    private readonly headquarters: HeadquartersRepository,
    private readonly issues: IssueService,
    private readonly offices: OfficeRepository,
    private readonly projects: ProjectRepository,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  listMeetings(page: PageArgs): Promise<Connection<HeadquartersMeeting>> {
    return this.headquarters.listMeetings(page);
  }

  listDecisions(viewer: Viewer, filter: HeadquartersDecisionFilter | undefined, page: PageArgs): Promise<Connection<HeadquartersDecision>> {
    return this.headquarters.listDecisions(recordScopeOf(viewer), filter, todayInAlmaty(this.clock.now()), page);
  }

  allDecisions(viewer: Viewer, filter: HeadquartersDecisionFilter | undefined): Promise<HeadquartersDecision[]> {
    return this.headquarters.allDecisions(recordScopeOf(viewer), filter, todayInAlmaty(this.clock.now()));
  }

  schedule(viewer: Viewer, heldOn: string, title: string | null | undefined): Promise<HeadquartersMeeting> {
    if (heldOn < FIRST_DAY) throw badInput(`heldOn must be from ${FIRST_DAY}`, { field: 'heldOn' });
    if (title !== undefined && title !== null && (title.trim() === '' || title.length > 500))
      throw badInput('title must be 1 to 500 characters', { field: 'title' });
    return this.transactions.run(viewer.userId, async (uow) => {
      const meeting = await this.headquarters.saveMeeting({ heldOn, title: title ?? null });
      uow.changed(HEADQUARTERS_MEETING_POLICY, meeting.id, ChangeAction.CREATED);
      return meeting;
    });
  }

  /** An issue put on the agenda becomes ESCALATED (in its history). */
  addAgendaItem(viewer: Viewer, meetingId: string, input: AgendaItemInput): Promise<AgendaItem> {
    const scope = recordScopeOf(viewer);
    return this.transactions.run(viewer.userId, async (uow) => {
      const locked = await this.headquarters.lockMeeting(meetingId);
      if (!locked) throw notFound('Headquarters meeting', meetingId);
      if (locked.items >= MAX_AGENDA_ITEMS)
        throw badInput(`A meeting's agenda holds at most ${MAX_AGENDA_ITEMS} items`, { field: 'meetingId' });
      if (input.projectId) await this.projects.readable(scope, input.projectId);
      const issue = input.issueId ? await this.issues.lock(viewer, input.issueId) : null;
      if (input.issueId && !issue) throw notFound('Investor issue', input.issueId);
      if (issue?.projectId && input.projectId && issue.projectId !== input.projectId) {
        throw badInput('The issue concerns another project', { field: 'projectId' });
      }
      const item = await this.headquarters.saveAgendaItem({
        meetingId,
        summary: input.summary,
        projectId: input.projectId ?? issue?.projectId ?? null,
        issueId: issue?.id ?? null,
      });
      if (issue) await this.issues.escalate(uow, viewer, issue);
      uow.changed(HEADQUARTERS_MEETING_POLICY, meetingId, ChangeAction.UPDATED, ['agenda']);
      return item;
    });
  }

  recordDecision(viewer: Viewer, agendaItemId: string, input: HeadquartersDecisionInput): Promise<HeadquartersDecision> {
    return this.transactions.run(viewer.userId, async (uow) => {
      const locked = await this.headquarters.lockAgendaItem(agendaItemId);
      if (!locked) throw notFound('Agenda item', agendaItemId);
      const { item } = locked;
      if (locked.decisions >= MAX_DECISIONS_PER_ITEM) {
        throw badInput(`An agenda item has at most ${MAX_DECISIONS_PER_ITEM} decisions`, { field: 'agendaItemId' });
      }
      const office = await this.offices.findById(input.responsibleOfficeId);
      if (!office) throw notFound('Office', input.responsibleOfficeId);
      const meeting = await this.headquarters.findMeeting(item.meetingId);
      if (meeting && input.dueOn < meeting.heldOn) throw badInput('dueOn cannot be before the meeting', { field: 'dueOn' });
      const decision = await this.headquarters.saveDecision({
        agendaItemId,
        decision: input.decision,
        responsibleOfficeId: office.id,
        dueOn: input.dueOn,
        status: HeadquartersDecisionStatus.OPEN,
      });
      uow.changed(HEADQUARTERS_DECISION_POLICY, decision.id, ChangeAction.CREATED);
      return decision;
    });
  }

  /** By the responsible office or the authorized body; `at` (done on paper earlier) never in the future nor before the meeting. */
  complete(viewer: Viewer, id: string, report: string, at: Date | null | undefined): Promise<HeadquartersDecision> {
    const now = this.clock.now();
    const completedAt = at ?? now;
    if (completedAt > now) throw badInput('at cannot be in the future', { field: 'at' });
    if (report.trim() === '' || report.length > 20000) throw badInput('report must be 1 to 20000 characters', { field: 'report' });
    return this.transactions.run(viewer.userId, async (uow) => {
      const decision = await this.headquarters.lockDecision(recordScopeOf(viewer), id);
      if (!decision) throw notFound('Headquarters decision', id);
      if (viewer.office.kind !== OfficeKind.AUTHORIZED_BODY && viewer.office.id !== decision.responsibleOfficeId) {
        throw forbidden('Only the responsible office or the authorized body may report a decision done');
      }
      if (decision.status === HeadquartersDecisionStatus.DONE) throw badInput('The decision has already been reported done');
      const item = await this.headquarters.findAgendaItem(decision.agendaItemId);
      const meeting = item ? await this.headquarters.findMeeting(item.meetingId) : null;
      if (meeting && completedAt < startOfAlmatyDay(meeting.heldOn)) throw badInput('at cannot be before the meeting', { field: 'at' });
      Object.assign(decision, { status: HeadquartersDecisionStatus.DONE, report, completedAt, completedById: viewer.userId });
      const saved = await this.headquarters.updateDecision(decision);
      uow.changed(HEADQUARTERS_DECISION_POLICY, saved.id, ChangeAction.UPDATED, ['status', 'report', 'completedAt']);
      return saved;
    });
  }

  /** For the deadline sweeper: records, once per decision, that an OPEN decision went past its due day by `now`. */
  sweepOverdue(now: Date): Promise<number> {
    return this.transactions.run(null, async (uow) => {
      const marked = await this.headquarters.markOverdue(todayInAlmaty(now), now);
      for (const m of marked) {
        uow.changed(HEADQUARTERS_DECISION_POLICY, m.id, ChangeAction.UPDATED, ['overdue']);
      }
      return marked.length;
    });
  }
}
