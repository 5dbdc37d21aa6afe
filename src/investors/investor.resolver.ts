import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../auth/permissions';
import { loadRequired, preloaded } from '../common/batch';
import { ConnectionType, PageArgs, selectsPath, type Connection } from '../common/pagination';
import { viewerOf, type Context } from '../context/context';
import { Office } from '../offices/office.entity';
import { Project } from '../projects/project.entity';
import { Sector } from '../reference/sector.entity';
import { Investor } from './investor.entity';
import { preloadInvestorReferences } from './investor.loaders';
import { CreateInvestorInput, InvestorFilter, UpdateInvestorInput } from './investor.inputs';

const InvestorConnection = ConnectionType(Investor, 'Investor');

@Resolver(() => Investor)
export class InvestorResolver {
  @Authorized(Permission.ReadRecords)
  @Query(() => InvestorConnection, { description: 'Investors the office may read, newest first.' })
  async investors(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => InvestorFilter, {
      nullable: true,
      description: 'Narrows the list; no filter lists every investor the office may read.',
    })
    filter?: InvestorFilter,
  ): Promise<Connection<Investor>> {
    const connection = await ctx.app.investors.list(viewerOf(ctx), filter, page, {
      total: selectsPath(info, ['totalCount']),
      projects: selectsPath(info, ['edges', 'node', 'projects']),
    });
    // The page's references from the process's caches, once: no promise per field (issue 12).
    await preloadInvestorReferences(
      ctx.app,
      connection.edges.map((e) => e.node),
    );
    return connection;
  }

  @Authorized(Permission.ReadRecords)
  @Query(() => Investor, { description: 'One investor.' })
  investor(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The investor.' }) id: string): Promise<Investor> {
    return ctx.app.investors.get(viewerOf(ctx), id);
  }

  @Authorized(Permission.WriteInvestors)
  @Mutation(() => Investor, { description: "Creates an investor owned by the caller's office." })
  createInvestor(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateInvestorInput, { description: 'The new investor.' }) input: CreateInvestorInput,
  ): Promise<Investor> {
    return ctx.app.investors.create(viewerOf(ctx), input);
  }

  @Authorized(Permission.WriteInvestors)
  @Mutation(() => Investor, { description: 'Updates an investor; a stale expectedVersion is a CONFLICT.' })
  updateInvestor(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The investor.' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version the change is based on.' }) expectedVersion: number,
    @Arg('input', () => UpdateInvestorInput, { description: 'The fields to change.' }) input: UpdateInvestorInput,
  ): Promise<Investor> {
    return ctx.app.investors.update(viewerOf(ctx), id, expectedVersion, input);
  }

  @FieldResolver(() => [Sector], { description: 'OKED divisions of its business.' })
  sectors(@Root() investor: Investor, @Ctx() ctx: Context): Sector[] | Promise<Sector[]> {
    return preloaded<Sector[]>(investor, 'sectors') ?? this.sectorsOf(investor, ctx);
  }

  private async sectorsOf(investor: Investor, ctx: Context): Promise<Sector[]> {
    const codes = investor.sectorCodes ?? (await ctx.loaders.sectorCodesByInvestorId.load(investor.id)).map((row) => row.code);
    const { sectorByCode } = await ctx.app.referenceCache.get();
    return codes.map((code) => {
      const sector = sectorByCode.get(code);
      if (!sector) throw new Error(`Sector ${code} is missing`);
      return sector;
    });
  }

  @FieldResolver(() => Office, { description: 'The office that owns the relationship.' })
  ownerOffice(@Root() investor: Investor, @Ctx() ctx: Context): Office | Promise<Office> {
    return preloaded<Office>(investor, 'ownerOffice') ?? loadRequired(ctx.loaders.officeById, investor.ownerOfficeId, 'Office');
  }

  @FieldResolver(() => [Project], { description: 'Projects it initiates that the office may read.' })
  projects(@Root() investor: Investor, @Ctx() ctx: Context): Promise<Project[]> | Project[] {
    return preloaded<Project[]>(investor, 'projects') ?? ctx.loaders.projectsByInitiatorId.load(investor.id);
  }
}
