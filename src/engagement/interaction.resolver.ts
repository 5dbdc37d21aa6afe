import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../auth/permissions';
import { recordScopeOf } from '../auth/scope';
import { loadRequired } from '../common/batch';
import { DateScalar } from '../common/scalars';
import { ConnectionType, PageArgs, type Connection } from '../common/pagination';
import { viewerOf, type Context } from '../context/context';
import { Investor } from '../investors/investor.entity';
import { Office } from '../offices/office.entity';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import { FollowUp } from './follow-up.entity';
import { Interaction } from './interaction.entity';
import { InteractionFilter, RecordInteractionInput } from './interaction.inputs';
import { InvestmentEvent } from './investment-event.entity';

const InteractionConnection = ConnectionType(Interaction, 'Interaction');

@Resolver(() => Interaction)
export class InteractionResolver {
  @Authorized(Permission.ReadRecords)
  @Query(() => InteractionConnection, {
    description: 'Interactions with the investors the office may read, newest first (by the day they happened).',
  })
  interactions(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => InteractionFilter, { nullable: true, description: 'What to list.' }) filter?: InteractionFilter,
  ): Promise<Connection<Interaction>> {
    return ctx.app.interactions.list(viewerOf(ctx), filter, page);
  }

  @Authorized(Permission.RecordInteractions)
  @Mutation(() => Interaction, {
    description: "Records a contact with an investor the office may read, by the caller for the caller's office, with the next step owed.",
  })
  recordInteraction(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordInteractionInput, { description: 'What happened.' }) input: RecordInteractionInput,
  ): Promise<Interaction> {
    return ctx.app.interactions.record(viewerOf(ctx), input);
  }

  @FieldResolver(() => Investor, { description: 'The investor.' })
  investor(@Root() interaction: Interaction, @Ctx() ctx: Context): Promise<Investor> {
    return loadRequired(ctx.loaders.investorById, interaction.investorId, 'Investor');
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The project discussed, if any and if the office may read it.' })
  project(@Root() interaction: Interaction, @Ctx() ctx: Context): Promise<Project | null> | null {
    return interaction.projectId ? ctx.loaders.projectById.load(interaction.projectId) : null;
  }

  @FieldResolver(() => InvestmentEvent, { nullable: true, description: 'The investment event it happened at, if any.' })
  event(@Root() interaction: Interaction, @Ctx() ctx: Context): Promise<InvestmentEvent | null> | null {
    return interaction.eventId ? ctx.loaders.investmentEventById.load(interaction.eventId) : null;
  }

  @FieldResolver(() => Office, { description: 'The office that recorded it.' })
  office(@Root() interaction: Interaction, @Ctx() ctx: Context): Promise<Office> {
    return loadRequired(ctx.loaders.officeById, interaction.officeId, 'Office');
  }

  @FieldResolver(() => User, { description: 'Who recorded it.' })
  author(@Root() interaction: Interaction, @Ctx() ctx: Context): Promise<User> {
    return loadRequired(ctx.loaders.userById, interaction.authorId, 'User');
  }

  @FieldResolver(() => FollowUp, { nullable: true, description: 'The next step owed, if any.' })
  followUp(@Root() interaction: Interaction, @Ctx() ctx: Context): Promise<FollowUp | null> {
    return ctx.loaders.followUpByInteractionId.load(interaction.id);
  }
}

/** The pipeline's view of a lead's contacts (issue 9). */
@Resolver(() => Investor)
export class InvestorInteractionsResolver {
  @FieldResolver(() => InteractionConnection, { description: 'Its interactions, newest first.' })
  interactions(@Root() investor: Investor, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<Interaction>> {
    return ctx.app.interactions.ofInvestor(recordScopeOf(ctx.viewer), investor.id, page);
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'The day of its latest interaction; null when there is none.' })
  lastInteractionOn(@Root() investor: Investor, @Ctx() ctx: Context): Promise<string | null> {
    return ctx.loaders.lastInteractionOnByInvestorId.load(investor.id);
  }

  @FieldResolver(() => [FollowUp], { description: 'Its follow-ups not yet done, soonest due first.' })
  openFollowUps(@Root() investor: Investor, @Ctx() ctx: Context): Promise<FollowUp[]> {
    return ctx.loaders.openFollowUpsByInvestorId.load(investor.id);
  }
}
