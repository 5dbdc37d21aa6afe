import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../auth/permissions';
import { loadRequired } from '../common/batch';
import { ConnectionType, PageArgs, type Connection } from '../common/pagination';
import { viewerOf, type Context } from '../context/context';
import { Investor } from '../investors/investor.entity';
import { Office } from '../offices/office.entity';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import { InvestorIssue, IssueStatusChange } from './issue.entity';
import { InvestorIssueFilter, RaiseInvestorIssueInput, UpdateInvestorIssueInput } from './monitoring.inputs';

const InvestorIssueConnection = ConnectionType(InvestorIssue, 'InvestorIssue');

@Resolver(() => InvestorIssue)
export class InvestorIssueResolver {
  @Authorized(Permission.ReadRecords)
  @Query(() => InvestorIssueConnection, {
    description:
      'Issues of the investors the office may read, newest first. Systemic ones are the authorized body’s input for recommendations (paragraph 20).',
  })
  investorIssues(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => InvestorIssueFilter, { nullable: true, description: 'What to list.' }) filter?: InvestorIssueFilter,
  ): Promise<Connection<InvestorIssue>> {
    return ctx.app.issues.list(viewerOf(ctx), filter, page);
  }

  @Authorized(Permission.WorkInvestorIssues)
  @Mutation(() => InvestorIssue, {
    description: "Records a problem raised by an investor the office may read; OPEN, raised by the caller's office.",
  })
  raiseInvestorIssue(
    @Ctx() ctx: Context,
    @Arg('input', () => RaiseInvestorIssueInput, { description: 'The issue.' }) input: RaiseInvestorIssueInput,
  ): Promise<InvestorIssue> {
    return ctx.app.issues.raise(viewerOf(ctx), input);
  }

  @Authorized(Permission.WorkInvestorIssues)
  @Mutation(() => InvestorIssue, {
    description:
      "Updates an issue (the raising office, its project's responsible office, the National Company, the Task Force, the authorized body); a stale expectedVersion is a CONFLICT.",
  })
  updateInvestorIssue(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The issue.' }) id: string,
    @Arg('input', () => UpdateInvestorIssueInput, { description: 'The changes.' }) input: UpdateInvestorIssueInput,
  ): Promise<InvestorIssue> {
    return ctx.app.issues.update(viewerOf(ctx), id, input);
  }

  @FieldResolver(() => Investor, { description: 'The investor.' })
  investor(@Root() issue: InvestorIssue, @Ctx() ctx: Context): Promise<Investor> {
    return loadRequired(ctx.loaders.investorById, issue.investorId, 'Investor');
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The project it concerns, if the office may read it.' })
  project(@Root() issue: InvestorIssue, @Ctx() ctx: Context): Promise<Project | null> | null {
    return issue.projectId ? ctx.loaders.projectById.load(issue.projectId) : null;
  }

  @FieldResolver(() => Office, { description: 'The office that raised it.' })
  raisedBy(@Root() issue: InvestorIssue, @Ctx() ctx: Context): Promise<Office> {
    return loadRequired(ctx.loaders.officeById, issue.raisedByOfficeId, 'Office');
  }

  @FieldResolver(() => [IssueStatusChange], { description: 'Every status it has had, oldest first, starting with OPEN.' })
  history(@Root() issue: InvestorIssue, @Ctx() ctx: Context): Promise<IssueStatusChange[]> {
    return ctx.loaders.issueHistoryByIssueId.load(issue.id);
  }
}

@Resolver(() => IssueStatusChange)
export class IssueStatusChangeResolver {
  @FieldResolver(() => User, { description: 'Who changed the status.' })
  actor(@Root() change: IssueStatusChange, @Ctx() ctx: Context): Promise<User> {
    return loadRequired(ctx.loaders.userById, change.actorId, 'User');
  }
}
