import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../auth/permissions';
import { loadRequired } from '../common/batch';
import { viewerOf, type Context } from '../context/context';
import { Office } from '../offices/office.entity';
import { Project } from '../projects/project.entity';
import { Region } from '../reference/region.entity';
import { Sector } from '../reference/sector.entity';
import { PoolContribution } from './pool-contribution.entity';
import { PoolEntry, PoolProject } from './pool-entry';
import { PoolRegionTotal, PoolSectorTotal, UnifiedPool } from './unified-pool.entity';

const YEAR = { description: 'Year of the quarter (2019 to next year).' };
const QUARTER = { description: 'Quarter, 1-4.' };

@Resolver(() => PoolContribution)
export class PoolContributionResolver {
  @Authorized(Permission.SubmitPoolContribution)
  @Mutation(() => PoolContribution, {
    description:
      "Lists the office's eligible projects for the quarter's unified pool (a regional office: its region's; the National Company: its and the Task Force's tier); replaces an earlier submission.",
  })
  submitPoolContribution(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, YEAR) year: number,
    @Arg('quarter', () => Int, QUARTER) quarter: number,
  ): Promise<PoolContribution> {
    return ctx.app.pools.submitContribution(viewerOf(ctx), year, quarter);
  }

  @FieldResolver(() => Office, { description: 'The contributing office.' })
  office(@Root() contribution: PoolContribution, @Ctx() ctx: Context): Promise<Office> {
    return loadRequired(ctx.loaders.officeById, contribution.officeId, 'Office');
  }

  @FieldResolver(() => [PoolEntry], { description: 'The projects listed, as they stood when submitted.' })
  entries(@Root() contribution: PoolContribution, @Ctx() ctx: Context): Promise<PoolEntry[]> {
    return ctx.loaders.entriesByContributionId.load(contribution.id);
  }
}

@Resolver(() => UnifiedPool)
export class UnifiedPoolResolver {
  @Authorized(Permission.FormUnifiedPool)
  @Mutation(() => UnifiedPool, { description: "Forms (or re-forms) the quarter's unified pool from the contributions, each project once." })
  formUnifiedPool(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, YEAR) year: number,
    @Arg('quarter', () => Int, QUARTER) quarter: number,
  ): Promise<UnifiedPool> {
    return ctx.app.pools.formPool(viewerOf(ctx), year, quarter);
  }

  @Authorized(Permission.ReadUnifiedPool)
  @Query(() => UnifiedPool, { description: "The quarter's formed unified pool; NOT_FOUND until formed." })
  unifiedPool(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, YEAR) year: number,
    @Arg('quarter', () => Int, QUARTER) quarter: number,
  ): Promise<UnifiedPool> {
    return ctx.app.pools.getPool(year, quarter);
  }

  @FieldResolver(() => [Office], { description: 'Regional organizations that had not contributed when the pool was formed.' })
  async missingContributions(@Root() pool: UnifiedPool, @Ctx() ctx: Context): Promise<Office[]> {
    const offices = await ctx.loaders.officeById.loadMany(pool.missingOfficeIds);
    return offices.filter((o): o is Office => o instanceof Office);
  }

  @FieldResolver(() => [PoolEntry], { description: 'The projects of the pool, as they stood when listed.' })
  entries(@Root() pool: UnifiedPool, @Ctx() ctx: Context): Promise<PoolEntry[]> {
    return ctx.loaders.entriesByPoolId.load(pool.id);
  }

  @FieldResolver(() => [PoolRegionTotal], { description: 'Projects and volume per region.' })
  async byRegion(@Root() pool: UnifiedPool, @Ctx() ctx: Context): Promise<PoolRegionTotal[]> {
    return (await ctx.app.pools.totals(pool, 'region')).map(({ code, ...t }) => ({ regionCode: code, ...t }));
  }

  @FieldResolver(() => [PoolSectorTotal], { description: 'Projects and volume per sector.' })
  async bySector(@Root() pool: UnifiedPool, @Ctx() ctx: Context): Promise<PoolSectorTotal[]> {
    return (await ctx.app.pools.totals(pool, 'sector')).map(({ code, ...t }) => ({ sectorCode: code, ...t }));
  }
}

@Resolver(() => PoolEntry)
export class PoolEntryResolver {
  @FieldResolver(() => PoolProject, { description: 'The project, with its title as listed.' })
  project(@Root() entry: PoolEntry): PoolProject {
    return { id: entry.projectId, title: entry.title };
  }

  @FieldResolver(() => Region, { description: 'Region when listed.' })
  region(@Root() entry: PoolEntry, @Ctx() ctx: Context): Promise<Region> {
    return loadRequired(ctx.loaders.regionByCode, entry.regionCode, 'Region');
  }

  @FieldResolver(() => Sector, { description: 'Sector when listed.' })
  sector(@Root() entry: PoolEntry, @Ctx() ctx: Context): Promise<Sector> {
    return loadRequired(ctx.loaders.sectorByCode, entry.sectorCode, 'Sector');
  }
}

@Resolver(() => PoolProject)
export class PoolProjectResolver {
  @FieldResolver(() => Project, { nullable: true, description: 'The project as it stands now, if the office may read it.' })
  current(@Root() project: PoolProject, @Ctx() ctx: Context): Promise<Project | null> {
    return ctx.loaders.projectById.load(project.id);
  }
}

@Resolver(() => PoolRegionTotal)
export class PoolRegionTotalResolver {
  @FieldResolver(() => Region, { description: 'The region.' })
  region(@Root() total: PoolRegionTotal, @Ctx() ctx: Context): Promise<Region> {
    return loadRequired(ctx.loaders.regionByCode, total.regionCode, 'Region');
  }
}

@Resolver(() => PoolSectorTotal)
export class PoolSectorTotalResolver {
  @FieldResolver(() => Sector, { description: 'The sector.' })
  sector(@Root() total: PoolSectorTotal, @Ctx() ctx: Context): Promise<Sector> {
    return loadRequired(ctx.loaders.sectorByCode, total.sectorCode, 'Sector');
  }
}
