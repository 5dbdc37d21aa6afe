import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../auth/permissions';
import { viewerOf, type Context } from '../context/context';
import { Office } from '../offices/office.entity';
import { StateService } from './state-service.entity';

@Resolver(() => StateService)
export class StateServiceResolver {
  @Authorized(Permission.SignedIn)
  @Query(() => [StateService], { description: 'The state services investors may apply for through a front office (chapter 6).' })
  stateServices(@Ctx() ctx: Context): Promise<StateService[]> {
    return ctx.app.stateServices.list();
  }

  @Authorized(Permission.ManageReferenceData)
  @Mutation(() => StateService, { description: 'Sets the service-provider office that new applications for a service are addressed to.' })
  setStateServiceProvider(
    @Ctx() ctx: Context,
    @Arg('code', { description: 'Code of the state service.' }) code: string,
    @Arg('providerOfficeCode', { description: 'Code of an office of kind SERVICE_PROVIDER.' }) providerOfficeCode: string,
  ): Promise<StateService> {
    return ctx.app.stateServices.setProvider(viewerOf(ctx), code, providerOfficeCode);
  }

  @FieldResolver(() => Office, {
    nullable: true,
    description: 'The service-provider office applications are addressed to; null until set.',
  })
  providerOffice(@Root() service: StateService, @Ctx() ctx: Context): Promise<Office | null> {
    return ctx.app.stateServices.providerOffice(service);
  }
}
