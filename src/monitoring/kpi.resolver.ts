import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../auth/permissions';
import { loadRequired } from '../common/batch';
import { viewerOf, type Context } from '../context/context';
import { Office } from '../offices/office.entity';
import { KpiTarget, OfficePerformance } from './kpi.entity';
import { KpiTargetInput } from './monitoring.inputs';

@Resolver(() => KpiTarget)
export class KpiTargetResolver {
  @Authorized(Permission.SetKpiTargets)
  @Mutation(() => KpiTarget, {
    description:
      "Sets a front office's target for an indicator and a year or quarter (paragraph 8.3); setting it again replaces it: the authorized body.",
  })
  setKpiTarget(
    @Ctx() ctx: Context,
    @Arg('input', () => KpiTargetInput, { description: 'The target.' }) input: KpiTargetInput,
  ): Promise<KpiTarget> {
    return ctx.app.kpis.setTarget(viewerOf(ctx), input);
  }

  @FieldResolver(() => Office, { description: 'The front office.' })
  office(@Root() target: KpiTarget, @Ctx() ctx: Context): Promise<Office> {
    return loadRequired(ctx.loaders.officeById, target.officeId, 'Office');
  }
}

@Resolver(() => OfficePerformance)
export class OfficePerformanceResolver {
  @Authorized(Permission.SignedIn)
  @Query(() => OfficePerformance, {
    description:
      "A front office's indicators for a year or a quarter against its targets (paragraph 8.4): the office itself, the authorized body, and the National Company for regional and central offices.",
  })
  officePerformance(
    @Ctx() ctx: Context,
    @Arg('officeId', () => ID, { description: 'The office.' }) officeId: string,
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Arg('quarter', () => Int, { nullable: true, description: 'A quarter, 1 to 4; absent for the whole year.' }) quarter?: number | null,
  ): Promise<OfficePerformance> {
    return ctx.app.kpis.performance(viewerOf(ctx), officeId, year, quarter ?? null);
  }

  @FieldResolver(() => Office, { description: 'The office.' })
  office(@Root() performance: OfficePerformance, @Ctx() ctx: Context): Promise<Office> {
    return loadRequired(ctx.loaders.officeById, performance.officeId, 'Office');
  }
}
