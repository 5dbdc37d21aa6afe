import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../auth/permissions';
import { loadRequired } from '../common/batch';
import { ConnectionType, PageArgs, type Connection } from '../common/pagination';
import { viewerOf, type Context } from '../context/context';
import { Investor } from '../investors/investor.entity';
import { Office } from '../offices/office.entity';
import { User } from '../users/user.entity';
import { InvestorRequest, InvestorRequestHandoff } from './investor-request.entity';
import {
  AnswerInvestorRequestArgs,
  ForwardInvestorRequestArgs,
  InvestorRequestFilter,
  SubmitInvestorRequestInput,
} from './investor-request.inputs';

const InvestorRequestConnection = ConnectionType(InvestorRequest, 'InvestorRequest');

@Resolver(() => InvestorRequest)
export class InvestorRequestResolver {
  @Authorized(Permission.ReadRecords)
  @Query(() => InvestorRequestConnection, {
    description: 'Requests of the investors the office may read and those assigned to it, newest received first.',
  })
  investorRequests(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => InvestorRequestFilter, { nullable: true, description: 'What to list.' }) filter?: InvestorRequestFilter,
  ): Promise<Connection<InvestorRequest>> {
    return ctx.app.investorRequests.list(viewerOf(ctx), filter, page);
  }

  @Authorized(Permission.ReadRecords)
  @Query(() => InvestorRequest, { description: 'One investor request.' })
  investorRequest(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The request.' }) id: string): Promise<InvestorRequest> {
    return ctx.app.investorRequests.get(viewerOf(ctx), id);
  }

  @Authorized(Permission.WorkInvestorRequests)
  @Mutation(() => InvestorRequest, {
    description: 'Records a request received from an investor the office may read; due in 5 working days.',
  })
  submitInvestorRequest(
    @Ctx() ctx: Context,
    @Arg('input', () => SubmitInvestorRequestInput, { description: 'The request.' }) input: SubmitInvestorRequestInput,
  ): Promise<InvestorRequest> {
    return ctx.app.investorRequests.submit(viewerOf(ctx), input);
  }

  @Authorized(Permission.WorkInvestorRequests)
  @Mutation(() => InvestorRequest, { description: 'Records the answer to an open request (the office it is assigned to).' })
  answerInvestorRequest(
    @Ctx() ctx: Context,
    @Args(() => AnswerInvestorRequestArgs) args: AnswerInvestorRequestArgs,
  ): Promise<InvestorRequest> {
    return ctx.app.investorRequests.answer(viewerOf(ctx), args);
  }

  @Authorized(Permission.WorkInvestorRequests)
  @Mutation(() => InvestorRequest, { description: 'Passes an open request to another office (paragraph 13.2); the due date stays.' })
  forwardInvestorRequest(
    @Ctx() ctx: Context,
    @Args(() => ForwardInvestorRequestArgs) args: ForwardInvestorRequestArgs,
  ): Promise<InvestorRequest> {
    return ctx.app.investorRequests.forward(viewerOf(ctx), args);
  }

  @FieldResolver(() => Boolean, { description: 'Open past its due time, as of now.' })
  overdue(@Root() request: InvestorRequest, @Ctx() ctx: Context): boolean {
    return request.isOverdueAt(ctx.app.clock.now());
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Answered by its due time; null while open.' })
  answeredOnTime(@Root() request: InvestorRequest): boolean | null {
    return request.wasAnsweredOnTime();
  }

  @FieldResolver(() => Investor, { nullable: true, description: 'The investor, if the office may read it.' })
  investor(@Root() request: InvestorRequest, @Ctx() ctx: Context): Promise<Investor | null> {
    return ctx.loaders.investorById.load(request.investorId);
  }

  @FieldResolver(() => Office, { description: 'The office that must answer.' })
  assignedOffice(@Root() request: InvestorRequest, @Ctx() ctx: Context): Promise<Office> {
    return loadRequired(ctx.loaders.officeById, request.assignedOfficeId, 'Office');
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who recorded the answer.' })
  answeredBy(@Root() request: InvestorRequest, @Ctx() ctx: Context): Promise<User | null> | null {
    return request.answeredById ? ctx.loaders.userById.load(request.answeredById) : null;
  }

  @FieldResolver(() => [InvestorRequestHandoff], { description: 'Hand-offs between offices, oldest first.' })
  handoffs(@Root() request: InvestorRequest, @Ctx() ctx: Context): Promise<InvestorRequestHandoff[]> {
    return ctx.loaders.handoffsByRequestId.load(request.id);
  }
}

@Resolver(() => InvestorRequestHandoff)
export class InvestorRequestHandoffResolver {
  @FieldResolver(() => Office, { description: 'The office that passed it on.' })
  fromOffice(@Root() handoff: InvestorRequestHandoff, @Ctx() ctx: Context): Promise<Office> {
    return loadRequired(ctx.loaders.officeById, handoff.fromOfficeId, 'Office');
  }

  @FieldResolver(() => Office, { description: 'The office it was passed to.' })
  toOffice(@Root() handoff: InvestorRequestHandoff, @Ctx() ctx: Context): Promise<Office> {
    return loadRequired(ctx.loaders.officeById, handoff.toOfficeId, 'Office');
  }

  @FieldResolver(() => User, { description: 'Who passed it on.' })
  actor(@Root() handoff: InvestorRequestHandoff, @Ctx() ctx: Context): Promise<User> {
    return loadRequired(ctx.loaders.userById, handoff.actorId, 'User');
  }
}
