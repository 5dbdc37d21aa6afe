import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../auth/permissions';
import { loadRequired } from '../common/batch';
import { ConnectionType, PageArgs, type Connection } from '../common/pagination';
import { viewerOf, type Context } from '../context/context';
import { Investor } from '../investors/investor.entity';
import { Office } from '../offices/office.entity';
import { User } from '../users/user.entity';
import {
  ServiceApplication,
  ServiceApplicationStatus,
  ServiceApplicationStep,
  ServiceOutcome,
  ServiceReceipt,
} from './service-application.entity';
import { AcceptServiceApplicationInput, ServiceDocumentInput } from './service-application.inputs';
import { ServiceViolation } from './service-violation.entity';
import { StateService } from './state-service.entity';

const ServiceApplicationConnection = ConnectionType(ServiceApplication, 'ServiceApplication');
const ID_ARG = { description: 'The application.' };
const AT = { nullable: true, description: 'When it really happened (default now; never in the future, never before the previous step).' };

@Resolver(() => ServiceApplication)
export class ServiceApplicationResolver {
  @Authorized(Permission.ReadServiceApplications)
  @Query(() => ServiceApplication, { description: 'One state-service application your office sees.' })
  serviceApplication(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string): Promise<ServiceApplication> {
    return ctx.app.serviceApplications.get(viewerOf(ctx), id);
  }

  @Authorized(Permission.ReadServiceApplications)
  @Query(() => ServiceApplicationConnection, {
    description: 'Applications your office sees (accepted by it, addressed to it as provider, or all), newest first.',
  })
  serviceApplications(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => ServiceApplicationStatus, { nullable: true, description: 'Only applications in this status.' })
    status?: ServiceApplicationStatus,
  ): Promise<Connection<ServiceApplication>> {
    return ctx.app.serviceApplications.list(viewerOf(ctx), status, page);
  }

  @Authorized(Permission.HandleServiceApplications)
  @Mutation(() => ServiceApplication, { description: 'Paragraphs 23-25: a front office accepts an application and issues the receipt.' })
  acceptServiceApplication(
    @Ctx() ctx: Context,
    @Arg('input', () => AcceptServiceApplicationInput, { description: 'The Appendix form.' }) input: AcceptServiceApplicationInput,
  ): Promise<ServiceApplication> {
    return ctx.app.serviceApplications.accept(viewerOf(ctx), input);
  }

  @Authorized(Permission.HandleServiceApplications)
  @Mutation(() => ServiceApplication, { description: 'Paragraph 24: the accepting front office forwards the documents to the provider.' })
  forwardServiceApplication(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('at', () => Date, AT) at?: Date,
  ): Promise<ServiceApplication> {
    return ctx.app.serviceTransitions.forward(viewerOf(ctx), id, at);
  }

  @Authorized(Permission.ProvideStateServices)
  @Mutation(() => ServiceApplication, { description: 'Paragraph 24: the provider returns documents that do not meet the standard.' })
  returnServiceApplication(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('reason', { description: 'What does not meet the standard.' }) reason: string,
    @Arg('at', () => Date, AT) at?: Date,
  ): Promise<ServiceApplication> {
    return ctx.app.serviceTransitions.return(viewerOf(ctx), id, reason, at);
  }

  @Authorized(Permission.HandleServiceApplications)
  @Mutation(() => ServiceApplication, {
    description: 'Paragraph 24: the front office notifies the investor that the documents were returned.',
  })
  notifyInvestorOfReturn(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('at', () => Date, AT) at?: Date,
  ): Promise<ServiceApplication> {
    return ctx.app.serviceTransitions.notifyInvestor(viewerOf(ctx), id, at);
  }

  @Authorized(Permission.HandleServiceApplications)
  @Mutation(() => ServiceApplication, { description: 'Paragraph 24: the front office re-sends the corrected documents to the provider.' })
  resubmitServiceApplication(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('documents', () => [ServiceDocumentInput], { description: 'The corrected set of documents.' }) documents: ServiceDocumentInput[],
    @Arg('at', () => Date, {
      nullable: true,
      description: 'When they were re-sent (default now; never in the future, never before the previous step).',
    })
    at?: Date,
    @Arg('receivedAt', () => Date, {
      nullable: true,
      description: 'When the investor brought them; the one working day runs from here (default: at).',
    })
    receivedAt?: Date,
  ): Promise<ServiceApplication> {
    return ctx.app.serviceTransitions.resubmit(viewerOf(ctx), id, documents, at, receivedAt);
  }

  @Authorized(Permission.ProvideStateServices)
  @Mutation(() => ServiceApplication, { description: 'The provider records the result: issued, or a motivated refusal.' })
  recordServiceResult(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('outcome', () => ServiceOutcome, { description: 'Issued or refused.' }) outcome: ServiceOutcome,
    @Arg('note', () => String, { nullable: true, description: 'Note; required for a refusal (its motivation).' }) note?: string,
    @Arg('at', () => Date, AT) at?: Date,
  ): Promise<ServiceApplication> {
    return ctx.app.serviceTransitions.recordResult(viewerOf(ctx), id, outcome, note, at);
  }

  @Authorized(Permission.HandleServiceApplications)
  @Mutation(() => ServiceApplication, {
    description: 'Paragraph 27: the accepting front office records that the executed documents came back from the provider.',
  })
  receiveServiceResult(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('at', () => Date, AT) at?: Date,
  ): Promise<ServiceApplication> {
    return ctx.app.serviceTransitions.receiveResult(viewerOf(ctx), id, at);
  }

  @Authorized(Permission.HandleServiceApplications)
  @Mutation(() => ServiceApplication, {
    description:
      'Paragraph 26: the accepting front office hands the result to the investor on the receipt, on an identity document or a power of attorney; once.',
  })
  handOverServiceResult(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('receiptNumber', { description: "The number of the application's receipt, as presented." }) receiptNumber: string,
    @Arg('identityDocument', { description: 'The identity document or power of attorney presented: kind, number, date.' })
    identityDocument: string,
    @Arg('at', () => Date, AT) at?: Date,
  ): Promise<ServiceApplication> {
    return ctx.app.serviceTransitions.handOverResult(viewerOf(ctx), id, receiptNumber, identityDocument, at);
  }

  @FieldResolver(() => ServiceReceipt, { description: 'Paragraph 25: the receipt given to the investor.' })
  receipt(@Root() a: ServiceApplication): ServiceReceipt {
    return { number: a.receiptNumber, issuedAt: a.acceptedAt, expectedResultOn: a.expectedResultOn };
  }

  @FieldResolver(() => StateService, { description: 'The state service applied for.' })
  service(@Root() a: ServiceApplication, @Ctx() ctx: Context): Promise<StateService> {
    return loadRequired(ctx.loaders.stateServiceByCode, a.serviceCode, 'StateService');
  }

  @FieldResolver(() => Investor, {
    nullable: true,
    description: 'The investor; null when your office may not read it (a service provider).',
  })
  investor(@Root() a: ServiceApplication, @Ctx() ctx: Context): Promise<Investor | null> {
    return ctx.loaders.investorById.load(a.investorId);
  }

  @FieldResolver(() => Office, { description: 'The front office that accepted it.' })
  acceptedByOffice(@Root() a: ServiceApplication, @Ctx() ctx: Context): Promise<Office> {
    return loadRequired(ctx.loaders.officeById, a.acceptedByOfficeId, 'Office');
  }

  @FieldResolver(() => Office, { description: 'The service provider it is addressed to.' })
  providerOffice(@Root() a: ServiceApplication, @Ctx() ctx: Context): Promise<Office> {
    return loadRequired(ctx.loaders.officeById, a.providerOfficeId, 'Office');
  }

  @FieldResolver(() => [ServiceApplicationStep], { description: 'Every status change, oldest first, with who and when.' })
  history(@Root() a: ServiceApplication, @Ctx() ctx: Context): Promise<ServiceApplicationStep[]> {
    return ctx.loaders.serviceStepsByApplicationId.load(a.id);
  }

  @FieldResolver(() => [ServiceViolation], { description: 'Deadlines of this application that were missed (paragraphs 24, 28).' })
  violations(@Root() a: ServiceApplication, @Ctx() ctx: Context): Promise<ServiceViolation[]> {
    return ctx.loaders.serviceViolationsByApplicationId.load(a.id);
  }
}

@Resolver(() => ServiceApplicationStep)
export class ServiceApplicationStepResolver {
  @FieldResolver(() => User, { description: 'Who recorded it.' })
  actor(@Root() step: ServiceApplicationStep, @Ctx() ctx: Context): Promise<User> {
    return loadRequired(ctx.loaders.serviceActorById, step.actorId, 'User');
  }
}
