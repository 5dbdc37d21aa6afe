import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../auth/permissions';
import { notFound } from '../common/errors';
import { DateScalar } from '../common/scalars';
import { viewerOf, type Context } from '../context/context';
import { MciRate } from './mci-rate.entity';
import { Region } from './region.entity';
import { RuleSet } from './rule-set.entity';
import { Sector } from './sector.entity';

@Resolver()
export class ReferenceResolver {
  @Authorized(Permission.SignedIn)
  @Query(() => [Region], { description: 'The 17 regions and 3 cities of republican significance.' })
  async regions(@Ctx() ctx: Context): Promise<readonly Region[]> {
    return (await ctx.app.referenceCache.get()).regions;
  }

  @Authorized(Permission.SignedIn)
  @Query(() => [Sector], { description: 'OKED divisions, with the resource flag used by the unified pool.' })
  async sectors(@Ctx() ctx: Context): Promise<readonly Sector[]> {
    return (await ctx.app.referenceCache.get()).sectors;
  }

  @Authorized(Permission.SignedIn)
  @Query(() => MciRate, { description: 'The general monthly calculated indicator in force on a day.' })
  async monthlyCalculatedIndicator(
    @Ctx() ctx: Context,
    @Arg('on', () => DateScalar, { description: 'The day.' }) on: string,
  ): Promise<MciRate> {
    const rate = await ctx.app.referenceCache.mciOn(on);
    if (!rate) throw notFound('Monthly calculated indicator on', on);
    return rate;
  }

  @Authorized(Permission.SignedIn)
  @Query(() => [MciRate], { description: 'The whole MCI table, with sources.' })
  async monthlyCalculatedIndicators(@Ctx() ctx: Context): Promise<readonly MciRate[]> {
    return (await ctx.app.referenceCache.get()).mci;
  }

  @Authorized(Permission.SignedIn)
  @Query(() => [RuleSet], { description: 'The one-stop-shop rule sets, oldest first.' })
  async ruleSets(@Ctx() ctx: Context): Promise<readonly RuleSet[]> {
    return (await ctx.app.referenceCache.get()).ruleSets;
  }

  @Authorized(Permission.SignedIn)
  @Query(() => RuleSet, { description: 'The rule set in force on a day.' })
  ruleSetInForce(
    @Ctx() ctx: Context,
    @Arg('on', () => DateScalar, { description: 'The day (Asia/Almaty calendar date).' }) on: string,
  ): Promise<RuleSet> {
    return ctx.app.referenceCache.ruleSetOn(on);
  }

  @Authorized(Permission.ManageReferenceData)
  @Mutation(() => Sector, { description: 'Moves a grey-zone division in or out of the resource sectors (facts/sectors.md).' })
  async setSectorResource(
    @Ctx() ctx: Context,
    @Arg('code', { description: 'Division code.' }) code: string,
    @Arg('resource', { description: 'Whether it is a resource sector.' }) resource: boolean,
  ): Promise<Sector> {
    return ctx.app.referenceEdits.setSectorResource(viewerOf(ctx), code, resource);
  }
}
