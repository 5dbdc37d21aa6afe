import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../auth/permissions';
import { loadRequired, preloaded } from '../common/batch';
import { ConnectionType, PageArgs, selectedFields, selectsPath, type Connection } from '../common/pagination';
import { viewerOf, type Context } from '../context/context';
import { Investor } from '../investors/investor.entity';
import { Office } from '../offices/office.entity';
import { Region } from '../reference/region.entity';
import { RuleSet } from '../reference/rule-set.entity';
import { Sector } from '../reference/sector.entity';
import { IndustrialSite } from '../sites/industrial-site.entity';
import { PoolEligibility } from './project-assessment';
import { preloadProjectReferences, responsibleOfficeKey } from './project.loaders';
import { Project } from './project.entity';
import { CreateProjectInput, ProjectFilter, UpdateProjectInput } from './project.inputs';

const ProjectConnection = ConnectionType(Project, 'Project');

@Resolver(() => Project)
export class ProjectResolver {
  @Authorized(Permission.ReadRecords)
  @Query(() => ProjectConnection, { description: 'Projects the office may read, newest first.' })
  async projects(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ProjectFilter, {
      nullable: true,
      description: 'Narrows the list; no filter lists every project the office may read.',
    })
    filter?: ProjectFilter,
  ): Promise<Connection<Project>> {
    const connection = await ctx.app.projects.list(viewerOf(ctx), filter, page, {
      total: selectsPath(info, ['totalCount']),
      initiator: selectedFields(info, ['edges', 'node', 'initiator']),
      site: selectedFields(info, ['edges', 'node', 'site']),
    });
    // The page's references from the process's caches, once: no promise per field (issue 12).
    await preloadProjectReferences(
      ctx.app,
      connection.edges.map((e) => e.node),
    );
    return connection;
  }

  @Authorized(Permission.ReadRecords)
  @Query(() => Project, { description: 'One project.' })
  project(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The project.' }) id: string): Promise<Project> {
    return ctx.app.projects.get(viewerOf(ctx), id);
  }

  @Authorized(Permission.WriteProjects)
  @Mutation(() => Project, { description: 'Creates a project; the caller must be able to write it (its responsible office or above).' })
  createProject(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateProjectInput, { description: 'The new project.' }) input: CreateProjectInput,
  ): Promise<Project> {
    return ctx.app.projects.create(viewerOf(ctx), input);
  }

  @Authorized(Permission.WriteProjects)
  @Mutation(() => Project, { description: 'Updates a project; a stale expectedVersion is a CONFLICT.' })
  updateProject(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The project.' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version last read; another version is a CONFLICT.' }) expectedVersion: number,
    @Arg('input', () => UpdateProjectInput, { description: 'The fields to change.' }) input: UpdateProjectInput,
  ): Promise<Project> {
    return ctx.app.projects.update(viewerOf(ctx), id, expectedVersion, input);
  }

  @FieldResolver(() => Sector, { description: 'OKED division.' })
  sector(@Root() project: Project, @Ctx() ctx: Context): Sector | Promise<Sector> {
    return preloaded<Sector>(project, 'sector') ?? loadRequired(ctx.loaders.sectorByCode, project.sectorCode, 'Sector');
  }

  @FieldResolver(() => Region, { description: 'Region where it is carried out.' })
  region(@Root() project: Project, @Ctx() ctx: Context): Region | Promise<Region> {
    return preloaded<Region>(project, 'region') ?? loadRequired(ctx.loaders.regionByCode, project.regionCode, 'Region');
  }

  @FieldResolver(() => Office, {
    nullable: true,
    description: 'The Task Force, the National Company or the regional organization of its region.',
  })
  responsibleOffice(@Root() project: Project, @Ctx() ctx: Context): Office | null | Promise<Office | null> {
    const read = preloaded<Office>(project, 'responsibleOffice');
    return read !== undefined ? read : ctx.loaders.responsibleOffice.load(responsibleOfficeKey(project.supportTier, project.regionCode));
  }

  @FieldResolver(() => PoolEligibility, { description: 'Eligibility for the unified pool (paragraph 2.8-1).' })
  poolEligibility(@Root() project: Project): PoolEligibility {
    return { eligible: project.poolEligible, reasons: project.poolReasons };
  }

  @FieldResolver(() => RuleSet, { description: 'The rule set the project was judged by.' })
  ruleSet(@Root() project: Project, @Ctx() ctx: Context): RuleSet | Promise<RuleSet> {
    return preloaded<RuleSet>(project, 'ruleSet') ?? loadRequired(ctx.loaders.ruleSetByCode, project.ruleSetCode, 'Rule set');
  }

  @FieldResolver(() => Investor, { nullable: true, description: 'The initiating investor, if the office may read it.' })
  initiator(@Root() project: Project, @Ctx() ctx: Context): Promise<Investor | null> | Investor | null {
    if (!project.initiatorId) return null;
    const read = preloaded<Investor>(project, 'initiator');
    return read !== undefined ? read : ctx.loaders.investorById.load(project.initiatorId);
  }

  @FieldResolver(() => IndustrialSite, { nullable: true, description: 'The industrial site it uses.' })
  site(@Root() project: Project, @Ctx() ctx: Context): Promise<IndustrialSite | null> | IndustrialSite | null {
    if (!project.siteId) return null;
    const read = preloaded<IndustrialSite>(project, 'site');
    return read !== undefined ? read : ctx.loaders.siteById.load(project.siteId);
  }
}
