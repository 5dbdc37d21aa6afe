import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../auth/permissions';
import { badInput, notFound } from '../common/errors';
import { DateScalar } from '../common/scalars';
import type { Context } from '../context/context';
import { MciRate } from './mci-rate.entity';
import { Region } from './region.entity';
import { RuleSet } from './rule-set.entity';
import { Sector } from './sector.entity';

@Resolver()
export class ReferenceResolver {
  @Authorized(Permission.SignedIn)
  @Query(() => [Region], { description: 'The 17 regions and 3 cities of republican significance.' })
  regions(@Ctx() ctx: Context): Promise<Region[]> {
    return ctx.app.reference.listRegions();
  }

  @Authorized(Permission.SignedIn)
  @Query(() => [Sector], { description: 'OKED divisions, with the resource flag used by the unified pool.' })
  sectors(@Ctx() ctx: Context): Promise<Sector[]> {
    return ctx.app.reference.listSectors();
  }

  @Authorized(Permission.SignedIn)
  @Query(() => MciRate, { description: 'The general monthly calculated indicator in force on a day.' })
  async monthlyCalculatedIndicator(
    @Ctx() ctx: Context,
    @Arg('on', () => DateScalar, { description: 'The day.' }) on: string,
  ): Promise<MciRate> {
    const rate = await ctx.app.reference.mciOn(on);
    if (!rate) throw notFound('Monthly calculated indicator on', on);
    return rate;
  }

  @Authorized(Permission.SignedIn)
  @Query(() => [MciRate], { description: 'The whole MCI table, with sources.' })
  monthlyCalculatedIndicators(@Ctx() ctx: Context): Promise<MciRate[]> {
    return ctx.app.reference.listMci();
  }

  @Authorized(Permission.SignedIn)
  @Query(() => [RuleSet], { description: 'The one-stop-shop rule sets, oldest first.' })
  ruleSets(@Ctx() ctx: Context): Promise<RuleSet[]> {
    return ctx.app.reference.listRuleSets();
  }

  @Authorized(Permission.SignedIn)
  @Query(() => RuleSet, { description: 'The rule set in force on a day.' })
  ruleSetInForce(@Ctx() ctx: Context, @Arg('on', () => DateScalar, { description: 'The day (Asia/Almaty calendar date).' }) on: string): Promise<RuleSet> {
    return ctx.app.reference.ruleSetOn(on);
  }

  @Authorized(Permission.ManageReferenceData)
  @Mutation(() => Sector, { description: 'Moves a grey-zone division in or out of the resource sectors (facts/sectors.md).' })
  async setSectorResource(
    @Ctx() ctx: Context,
    @Arg('code', { description: 'Division code.' }) code: string,
    @Arg('resource', { description: 'Whether it is a resource sector.' }) resource: boolean,
  ): Promise<Sector> {
    const [sector] = await ctx.app.reference.sectorsByCodes([code]);
    if (!sector) throw badInput(`No sector ${code}`, { field: 'code' });
    sector.resource = resource;
    return ctx.app.reference.saveSector(sector);
  }
}
