import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../auth/permissions';
import { loadRequired } from '../common/batch';
import { ConnectionType, PageArgs, type Connection } from '../common/pagination';
import { viewerOf, type Context } from '../context/context';
import { Region } from '../reference/region.entity';
import { IndustrialSite } from './industrial-site.entity';
import { CreateIndustrialSiteInput, IndustrialSiteFilter, UpdateIndustrialSiteInput } from './industrial-site.inputs';

const IndustrialSiteConnection = ConnectionType(IndustrialSite, 'IndustrialSite');

@Resolver(() => IndustrialSite)
export class IndustrialSiteResolver {
  @Authorized(Permission.ReadRecords)
  @Query(() => IndustrialSiteConnection, { description: 'Industrial sites the office may read, newest first.' })
  industrialSites(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => IndustrialSiteFilter, {
      nullable: true,
      description: 'Narrows the list; no filter lists every site the office may read.',
    })
    filter?: IndustrialSiteFilter,
  ): Promise<Connection<IndustrialSite>> {
    return ctx.app.sites.list(viewerOf(ctx), filter, page);
  }

  @Authorized(Permission.ReadRecords)
  @Query(() => IndustrialSite, { description: 'One industrial site.' })
  industrialSite(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The industrial site.' }) id: string): Promise<IndustrialSite> {
    return ctx.app.sites.get(viewerOf(ctx), id);
  }

  @Authorized(Permission.WriteSites)
  @Mutation(() => IndustrialSite, { description: 'Adds an industrial site of a region.' })
  createIndustrialSite(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateIndustrialSiteInput, { description: 'The new industrial site.' }) input: CreateIndustrialSiteInput,
  ): Promise<IndustrialSite> {
    return ctx.app.sites.create(viewerOf(ctx), input);
  }

  @Authorized(Permission.WriteSites)
  @Mutation(() => IndustrialSite, { description: 'Updates an industrial site; a stale expectedVersion is a CONFLICT.' })
  updateIndustrialSite(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The industrial site.' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version last read; another version is a CONFLICT.' }) expectedVersion: number,
    @Arg('input', () => UpdateIndustrialSiteInput, { description: 'The fields to change.' }) input: UpdateIndustrialSiteInput,
  ): Promise<IndustrialSite> {
    return ctx.app.sites.update(viewerOf(ctx), id, expectedVersion, input);
  }

  @FieldResolver(() => Region, { description: 'Region of the site.' })
  region(@Root() site: IndustrialSite, @Ctx() ctx: Context): Promise<Region> {
    return loadRequired(ctx.loaders.regionByCode, site.regionCode, 'Region');
  }
}
