import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../auth/permissions';
import { loadRequired } from '../common/batch';
import { DateScalar } from '../common/scalars';
import { viewerOf, type Context } from '../context/context';
import { User } from '../users/user.entity';
import { ServiceApplication } from './service-application.entity';
import { ApplicationStep, CurrentApplicationStep, DeliveryMethod, ServiceStepPerformance } from './service-step.entity';
import { currentStepView, stepsView } from './service-step.service';

@Resolver(() => ServiceApplication)
export class ServiceApplicationStepsResolver {
  @Authorized(Permission.ProvideStateServices)
  @Mutation(() => ServiceApplication, {
    description: "Order 489, paragraph 8: the provider completes the application's current step; the next step's clock starts then.",
  })
  completeServiceStep(
    @Ctx() ctx: Context,
    @Arg('applicationId', () => ID, { description: 'The application.' }) applicationId: string,
    @Arg('order', () => Int, { description: 'The step completed: only the current one.' }) order: number,
    @Arg('at', () => Date, {
      nullable: true,
      description: 'When it was done (default now; never in the future, never before the previous step was completed).',
    })
    at?: Date,
    @Arg('assigneeId', () => ID, {
      nullable: true,
      description: 'The person of the provider office the step hands the work to (the responsible executive at step 4).',
    })
    assigneeId?: string,
    @Arg('deliveryMethod', () => DeliveryMethod, {
      nullable: true,
      description: 'How the result was sent: required on the last step, only there.',
    })
    deliveryMethod?: DeliveryMethod,
  ): Promise<ServiceApplication> {
    return ctx.app.serviceSteps.complete(viewerOf(ctx), { applicationId, order, at, assigneeId, deliveryMethod });
  }

  @Authorized(Permission.ReadStepPerformance)
  @Query(() => [ServiceStepPerformance], {
    description:
      'Where the time goes: per step of a service, completed, late and median working minutes over the days from..to (the authorized body, the National Company, the provider itself).',
  })
  serviceStepPerformance(
    @Ctx() ctx: Context,
    @Arg('serviceCode', { description: 'Code of the state service.' }) serviceCode: string,
    @Arg('from', () => DateScalar, { description: 'First day (Almaty), included.' }) from: string,
    @Arg('to', () => DateScalar, { description: 'Last day (Almaty), included.' }) to: string,
  ): Promise<ServiceStepPerformance[]> {
    return ctx.app.serviceStepPerformance.figures(viewerOf(ctx), serviceCode, from, to);
  }

  @FieldResolver(() => [ApplicationStep], {
    description: "The service's regulated steps with the times of the current forwarding round (empty for a service without steps).",
  })
  async steps(@Root() a: ServiceApplication, @Ctx() ctx: Context): Promise<ApplicationStep[]> {
    const [service, rows] = await Promise.all([
      loadRequired(ctx.loaders.stateServiceByCode, a.serviceCode, 'StateService'),
      ctx.loaders.serviceStepRecordsByApplicationId.load(a.id),
    ]);
    return stepsView(a, service, rows);
  }

  @FieldResolver(() => CurrentApplicationStep, {
    nullable: true,
    description: 'The step the provider is on; null before the forwarding, after a return and once all are done.',
  })
  async currentStep(@Root() a: ServiceApplication, @Ctx() ctx: Context): Promise<CurrentApplicationStep | null> {
    return currentStepView(a, await ctx.loaders.serviceStepRecordsByApplicationId.load(a.id), ctx.app.clock.now());
  }
}

@Resolver(() => ApplicationStep)
export class ApplicationStepResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who completed it.' })
  completedBy(@Root() step: ApplicationStep, @Ctx() ctx: Context): Promise<User | null> | null {
    return step.completedById ? ctx.loaders.serviceActorById.load(step.completedById) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The person the step handed the work to.' })
  assignee(@Root() step: ApplicationStep, @Ctx() ctx: Context): Promise<User | null> | null {
    return step.assigneeId ? ctx.loaders.serviceActorById.load(step.assigneeId) : null;
  }
}
