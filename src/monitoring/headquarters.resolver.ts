import { Max, Min } from 'class-validator';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Extensions,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Permission } from '../auth/permissions';
import { loadRequired } from '../common/batch';
import { ConnectionType, PageArgs, type Connection } from '../common/pagination';
import { DateScalar } from '../common/scalars';
import { viewerOf, type Context } from '../context/context';
import { Office } from '../offices/office.entity';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import { AgendaItem, HeadquartersDecision, HeadquartersMeeting } from './headquarters.entity';
import { InvestorIssue } from './issue.entity';
import { MAX_AGENDA_ITEMS, MAX_DECISIONS_PER_ITEM, MAX_MEETINGS_PAGE } from './headquarters.service';
import { AgendaItemInput, HeadquartersDecisionFilter, HeadquartersDecisionInput } from './monitoring.inputs';

const HeadquartersMeetingConnection = ConnectionType(HeadquartersMeeting, 'HeadquartersMeeting');
const HeadquartersDecisionConnection = ConnectionType(HeadquartersDecision, 'HeadquartersDecision');

/** Meetings come with their whole agendas: pages are smaller than elsewhere. */
@ArgsType()
class MeetingPageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${MAX_MEETINGS_PAGE} (default ${MAX_MEETINGS_PAGE}).` })
  @Min(1)
  @Max(MAX_MEETINGS_PAGE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string;
}

@Resolver(() => HeadquartersMeeting)
export class HeadquartersMeetingResolver {
  @Authorized(Permission.ReadHeadquarters)
  @Extensions({ maxItems: MAX_MEETINGS_PAGE })
  @Query(() => HeadquartersMeetingConnection, {
    description: 'Meetings of the Investment Headquarters, newest first: the authorized body, the National Company and the Task Force.',
  })
  headquartersMeetings(@Ctx() ctx: Context, @Args(() => MeetingPageArgs) page: MeetingPageArgs): Promise<Connection<HeadquartersMeeting>> {
    return ctx.app.headquarters.listMeetings({ first: page.first ?? MAX_MEETINGS_PAGE, after: page.after });
  }

  @Authorized(Permission.SignedIn)
  @Query(() => HeadquartersDecisionConnection, {
    description:
      "Decisions of the Investment Headquarters, newest first: all for the authorized body, the National Company and the Task Force; an office's own (those it must carry out) for the others.",
  })
  headquartersDecisions(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => HeadquartersDecisionFilter, { nullable: true, description: 'What to list.' }) filter?: HeadquartersDecisionFilter,
  ): Promise<Connection<HeadquartersDecision>> {
    return ctx.app.headquarters.listDecisions(viewerOf(ctx), filter, page);
  }

  @Authorized(Permission.ManageHeadquarters)
  @Mutation(() => HeadquartersMeeting, {
    description: 'Schedules (or records) a meeting of the Investment Headquarters: the authorized body.',
  })
  scheduleHeadquartersMeeting(
    @Ctx() ctx: Context,
    @Arg('heldOn', () => DateScalar, { description: 'The day it is held.' }) heldOn: string,
    @Arg('title', () => String, { nullable: true, description: 'Title of the meeting.' }) title?: string | null,
  ): Promise<HeadquartersMeeting> {
    return ctx.app.headquarters.schedule(viewerOf(ctx), heldOn, title);
  }

  @Authorized(Permission.ManageHeadquarters)
  @Mutation(() => AgendaItem, {
    description: 'Puts a stalled project or an investor issue on a meeting’s agenda (the issue becomes ESCALATED): the authorized body.',
  })
  addAgendaItem(
    @Ctx() ctx: Context,
    @Arg('meetingId', () => ID, { description: 'The meeting.' }) meetingId: string,
    @Arg('input', () => AgendaItemInput, { description: 'The item.' }) input: AgendaItemInput,
  ): Promise<AgendaItem> {
    return ctx.app.headquarters.addAgendaItem(viewerOf(ctx), meetingId, input);
  }

  @Authorized(Permission.ManageHeadquarters)
  @Mutation(() => HeadquartersDecision, {
    description: 'Records a decision of the Headquarters on an agenda item, for an office to carry out by a day: the authorized body.',
  })
  recordHeadquartersDecision(
    @Ctx() ctx: Context,
    @Arg('agendaItemId', () => ID, { description: 'The agenda item.' }) agendaItemId: string,
    @Arg('input', () => HeadquartersDecisionInput, { description: 'The decision.' }) input: HeadquartersDecisionInput,
  ): Promise<HeadquartersDecision> {
    return ctx.app.headquarters.recordDecision(viewerOf(ctx), agendaItemId, input);
  }

  @Authorized(Permission.CompleteHeadquartersDecisions)
  @Mutation(() => HeadquartersDecision, { description: 'Reports a decision done: its responsible office or the authorized body.' })
  completeHeadquartersDecision(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The decision.' }) id: string,
    @Arg('report', () => String, { description: 'What was done.' }) report: string,
    @Arg('at', () => Date, { nullable: true, description: 'When it was done: now by default; never in the future nor before the meeting.' })
    at?: Date | null,
  ): Promise<HeadquartersDecision> {
    return ctx.app.headquarters.complete(viewerOf(ctx), id, report, at);
  }

  @Extensions({ maxItems: MAX_AGENDA_ITEMS })
  @FieldResolver(() => [AgendaItem], { description: `The agenda, in the order items were added (at most ${MAX_AGENDA_ITEMS}).` })
  agenda(@Root() meeting: HeadquartersMeeting, @Ctx() ctx: Context): Promise<AgendaItem[]> {
    return ctx.loaders.agendaByMeetingId.load(meeting.id);
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @FieldResolver(() => HeadquartersMeeting, { description: 'The meeting.' })
  meeting(@Root() item: AgendaItem, @Ctx() ctx: Context): Promise<HeadquartersMeeting> {
    return loadRequired(ctx.loaders.meetingById, item.meetingId, 'Headquarters meeting');
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The project, if the office may read it.' })
  project(@Root() item: AgendaItem, @Ctx() ctx: Context): Promise<Project | null> | null {
    return item.projectId ? ctx.loaders.projectById.load(item.projectId) : null;
  }

  @FieldResolver(() => InvestorIssue, { nullable: true, description: "The investor's issue, if the office may read it." })
  issue(@Root() item: AgendaItem, @Ctx() ctx: Context): Promise<InvestorIssue | null> | null {
    return item.issueId ? ctx.loaders.issueById.load(item.issueId) : null;
  }

  @Extensions({ maxItems: MAX_DECISIONS_PER_ITEM })
  @FieldResolver(() => [HeadquartersDecision], { description: `The decisions taken on it (at most ${MAX_DECISIONS_PER_ITEM}).` })
  decisions(@Root() item: AgendaItem, @Ctx() ctx: Context): Promise<HeadquartersDecision[]> {
    return ctx.loaders.decisionsByAgendaItemId.load(item.id);
  }
}

@Resolver(() => HeadquartersDecision)
export class HeadquartersDecisionResolver {
  @FieldResolver(() => Boolean, { description: 'OPEN after the end of its due day (Asia/Almaty), as of now.' })
  overdue(@Root() decision: HeadquartersDecision, @Ctx() ctx: Context): boolean {
    return decision.isOverdueAt(ctx.app.clock.now());
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Done on or before its due day; null while OPEN.' })
  onTime(@Root() decision: HeadquartersDecision): boolean | null {
    return decision.wasOnTime();
  }

  @FieldResolver(() => Office, { description: 'The office that must carry it out.' })
  responsibleOffice(@Root() decision: HeadquartersDecision, @Ctx() ctx: Context): Promise<Office> {
    return loadRequired(ctx.loaders.officeById, decision.responsibleOfficeId, 'Office');
  }

  @FieldResolver(() => AgendaItem, { description: 'The agenda item it decides.' })
  agendaItem(@Root() decision: HeadquartersDecision, @Ctx() ctx: Context): Promise<AgendaItem> {
    return loadRequired(ctx.loaders.agendaItemById, decision.agendaItemId, 'Agenda item');
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who reported it done.' })
  completedBy(@Root() decision: HeadquartersDecision, @Ctx() ctx: Context): Promise<User | null> | null {
    return decision.completedById ? ctx.loaders.userById.load(decision.completedById) : null;
  }
}
