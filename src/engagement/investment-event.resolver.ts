import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../auth/permissions';
import { loadRequired } from '../common/batch';
import { ConnectionType, PageArgs, type Connection } from '../common/pagination';
import { viewerOf, type Context } from '../context/context';
import { Investor } from '../investors/investor.entity';
import { Office } from '../offices/office.entity';
import { User } from '../users/user.entity';
import { InvestmentEvent } from './investment-event.entity';
import {
  AddEventParticipantArgs,
  CancelInvestmentEventArgs,
  DecideInvestmentEventArgs,
  InvestmentEventFilter,
  ProposeInvestmentEventInput,
} from './investment-event.inputs';

const InvestmentEventConnection = ConnectionType(InvestmentEvent, 'InvestmentEvent');

@Resolver(() => InvestmentEvent)
export class InvestmentEventResolver {
  @Authorized(Permission.ReadRecords)
  @Query(() => InvestmentEventConnection, {
    description: 'Investment events, newest first: every front office reads every event (they are coordinated in the open).',
  })
  investmentEvents(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => InvestmentEventFilter, { nullable: true, description: 'What to list.' }) filter?: InvestmentEventFilter,
  ): Promise<Connection<InvestmentEvent>> {
    return ctx.app.investmentEvents.list(viewerOf(ctx), filter, page);
  }

  @Authorized(Permission.ReadRecords)
  @Query(() => InvestmentEvent, { description: 'One investment event.' })
  investmentEvent(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The event.' }) id: string): Promise<InvestmentEvent> {
    return ctx.app.investmentEvents.get(viewerOf(ctx), id);
  }

  @Authorized(Permission.OrganizeInvestmentEvents)
  @Mutation(() => InvestmentEvent, {
    description:
      "Proposes an event organized by the caller's office: PROPOSED (awaiting the authorized body, paragraph 8.9) for the National Company, the Task Force and the regional organizations, APPROVED for the others.",
  })
  proposeInvestmentEvent(
    @Ctx() ctx: Context,
    @Arg('input', () => ProposeInvestmentEventInput, { description: 'The event.' }) input: ProposeInvestmentEventInput,
  ): Promise<InvestmentEvent> {
    return ctx.app.investmentEvents.propose(viewerOf(ctx), input);
  }

  @Authorized(Permission.DecideInvestmentEvents)
  @Mutation(() => InvestmentEvent, { description: 'The authorized body approves or rejects a PROPOSED event, once (paragraph 8.9).' })
  decideInvestmentEvent(
    @Ctx() ctx: Context,
    @Args(() => DecideInvestmentEventArgs) args: DecideInvestmentEventArgs,
  ): Promise<InvestmentEvent> {
    return ctx.app.investmentEvents.decide(viewerOf(ctx), args);
  }

  @Authorized(Permission.OrganizeInvestmentEvents)
  @Mutation(() => InvestmentEvent, { description: "The organizer's office calls off a PROPOSED or APPROVED event that has not ended." })
  cancelInvestmentEvent(
    @Ctx() ctx: Context,
    @Args(() => CancelInvestmentEventArgs) args: CancelInvestmentEventArgs,
  ): Promise<InvestmentEvent> {
    return ctx.app.investmentEvents.cancel(viewerOf(ctx), args);
  }

  @Authorized(Permission.OrganizeInvestmentEvents)
  @Mutation(() => InvestmentEvent, { description: "The organizer's office adds an investor it may read to the event (again: no change)." })
  addEventParticipant(@Ctx() ctx: Context, @Args(() => AddEventParticipantArgs) args: AddEventParticipantArgs): Promise<InvestmentEvent> {
    return ctx.app.investmentEvents.addParticipant(viewerOf(ctx), args);
  }

  @FieldResolver(() => Office, { description: 'The organizing office.' })
  organizer(@Root() event: InvestmentEvent, @Ctx() ctx: Context): Promise<Office> {
    return loadRequired(ctx.loaders.officeById, event.organizerOfficeId, 'Office');
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who proposed it.' })
  proposedBy(@Root() event: InvestmentEvent, @Ctx() ctx: Context): Promise<User | null> {
    return ctx.loaders.userById.load(event.proposedById);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who at the authorized body decided on it.' })
  decidedBy(@Root() event: InvestmentEvent, @Ctx() ctx: Context): Promise<User | null> | null {
    return event.decidedById ? ctx.loaders.userById.load(event.decidedById) : null;
  }

  @FieldResolver(() => [Investor], { description: 'The investors taking part, as far as the viewer may read them, in the order added.' })
  async participants(@Root() event: InvestmentEvent, @Ctx() ctx: Context): Promise<Investor[]> {
    const rows = await ctx.loaders.participantsByEventId.load(event.id);
    const investors = await ctx.loaders.investorById.loadMany(rows.map((r) => r.investorId));
    // Loaders give rows (not entity instances): keep what loaded, drop what is out of scope (null).
    return investors.filter((i): i is Investor => i !== null && !(i instanceof Error));
  }
}

/** Investor.events: the events an investor takes part in. */
@Resolver(() => Investor)
export class InvestorEventsResolver {
  @FieldResolver(() => [InvestmentEvent], { description: 'The investment events it takes part in, latest start first.' })
  async events(@Root() investor: Investor, @Ctx() ctx: Context): Promise<InvestmentEvent[]> {
    const rows = await ctx.loaders.eventParticipationsByInvestorId.load(investor.id);
    return rows.map((r) => r.eventRef).filter((e): e is InvestmentEvent => Boolean(e));
  }
}
