import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../auth/permissions';
import { loadRequired } from '../common/batch';
import { viewerOf, type Context } from '../context/context';
import { Office } from '../offices/office.entity';
import { QuarterlyReport } from './quarterly-report.entity';

const YEAR = { description: 'Year of the quarter (2019 to next year).' };
const QUARTER = { description: 'Quarter, 1-4.' };

@Resolver(() => QuarterlyReport)
export class QuarterlyReportResolver {
  @Authorized(Permission.SubmitQuarterlyReport)
  @Mutation(() => QuarterlyReport, {
    description:
      "Submits (or re-submits) the office's report on an ended quarter: a regional office's to the National Company, an external office's to the authorized body (paragraphs 18, 19).",
  })
  submitQuarterlyReport(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, YEAR) year: number,
    @Arg('quarter', () => Int, QUARTER) quarter: number,
  ): Promise<QuarterlyReport> {
    return ctx.app.reports.submit(viewerOf(ctx), year, quarter);
  }

  @Authorized(Permission.ConsolidateQuarterlyReports)
  @Mutation(() => QuarterlyReport, {
    description: "The National Company's consolidated report of the quarter's regional reports (paragraph 18).",
  })
  consolidateQuarterlyReports(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, YEAR) year: number,
    @Arg('quarter', () => Int, QUARTER) quarter: number,
  ): Promise<QuarterlyReport> {
    return ctx.app.reports.consolidate(viewerOf(ctx), year, quarter);
  }

  @Authorized(Permission.ReadRecords)
  @Query(() => [QuarterlyReport], {
    description:
      "The quarter's reports: all for the authorized body (monitoring, paragraph 17), regional and consolidated for the National Company, else the office's own.",
  })
  quarterlyReports(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, YEAR) year: number,
    @Arg('quarter', () => Int, QUARTER) quarter: number,
  ): Promise<QuarterlyReport[]> {
    return ctx.app.reports.list(viewerOf(ctx), year, quarter);
  }

  @FieldResolver(() => Office, { description: 'The reporting office.' })
  office(@Root() report: QuarterlyReport, @Ctx() ctx: Context): Promise<Office> {
    return loadRequired(ctx.loaders.officeById, report.officeId, 'Office');
  }

  @FieldResolver(() => [QuarterlyReport], { description: 'A consolidated report: the regional reports it sums.' })
  async sourceReports(@Root() report: QuarterlyReport, @Ctx() ctx: Context): Promise<QuarterlyReport[]> {
    const found = await ctx.loaders.quarterlyReportById.loadMany(report.sourceReportIds);
    return found.filter((r): r is QuarterlyReport => r instanceof QuarterlyReport);
  }

  @FieldResolver(() => [Office], { description: 'A consolidated report: the regional organizations that had not reported.' })
  async missingOffices(@Root() report: QuarterlyReport, @Ctx() ctx: Context): Promise<Office[]> {
    const found = await ctx.loaders.officeById.loadMany(report.missingOfficeIds);
    return found.filter((o): o is Office => o instanceof Office);
  }
}
