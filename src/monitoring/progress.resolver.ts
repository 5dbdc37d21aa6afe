import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../auth/permissions';
import { loadRequired } from '../common/batch';
import { ConnectionType, PageArgs, type Connection } from '../common/pagination';
import { DateScalar } from '../common/scalars';
import { viewerOf, type Context } from '../context/context';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import { InvestorIssue } from './issue.entity';
import { RecordProjectProgressInput } from './monitoring.inputs';
import { ProjectProgress, ProjectStageChange } from './progress.entity';

const StalledProjectConnection = ConnectionType(Project, 'StalledProject');

/** The monitoring fields of a project, resolved by this module. */
@Resolver(() => Project)
export class ProjectMonitoringResolver {
  @Authorized(Permission.ReadRecords)
  @Query(() => StalledProjectConnection, {
    description:
      'Projects in PREPARATION or IMPLEMENTATION whose lastProgressOn is further back than the stall period of the rule set in force (paragraph 7.2), in the same scope as projects; longest stalled first.',
  })
  stalledProjects(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<Project>> {
    return ctx.app.progress.stalled(viewerOf(ctx), page);
  }

  @Authorized(Permission.WriteProjects)
  @Mutation(() => ProjectProgress, {
    description: 'Records a progress report on a project the caller may write; with a stage, the project moves to it.',
  })
  recordProjectProgress(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordProjectProgressInput, { description: 'The report.' }) input: RecordProjectProgressInput,
  ): Promise<ProjectProgress> {
    return ctx.app.progress.record(viewerOf(ctx), input);
  }

  @FieldResolver(() => [ProjectStageChange], {
    description: 'Every stage the project has had, oldest first, starting with its stage at registration.',
  })
  stageHistory(@Root() project: Project, @Ctx() ctx: Context): Promise<ProjectStageChange[]> {
    return ctx.loaders.stageHistoryByProjectId.load(project.id);
  }

  @FieldResolver(() => [ProjectProgress], { description: 'Its progress reports, newest first.' })
  progress(@Root() project: Project, @Ctx() ctx: Context): Promise<ProjectProgress[]> {
    return ctx.loaders.progressByProjectId.load(project.id);
  }

  @FieldResolver(() => DateScalar, {
    description: 'The asOf of its latest progress report, or the day it was registered in IRM (Asia/Almaty) when it has none.',
  })
  async lastProgressOn(@Root() project: Project, @Ctx() ctx: Context): Promise<string> {
    const day = await ctx.loaders.lastProgressOnByProjectId.load(project.id);
    if (!day) throw new Error(`Project ${project.id} is missing`);
    return day;
  }

  @FieldResolver(() => [InvestorIssue], { description: "Investors' issues about the project that the office may read, newest first." })
  issues(@Root() project: Project, @Ctx() ctx: Context): Promise<InvestorIssue[]> {
    return ctx.loaders.issuesByProjectId.load(project.id);
  }
}

@Resolver(() => ProjectProgress)
export class ProjectProgressResolver {
  @FieldResolver(() => Project, { description: 'The project.' })
  project(@Root() progress: ProjectProgress, @Ctx() ctx: Context): Promise<Project> {
    return loadRequired(ctx.loaders.projectById, progress.projectId, 'Project');
  }

  @FieldResolver(() => User, { description: 'Who entered the report.' })
  recordedBy(@Root() progress: ProjectProgress, @Ctx() ctx: Context): Promise<User> {
    return loadRequired(ctx.loaders.userById, progress.recordedById, 'User');
  }
}

@Resolver(() => ProjectStageChange)
export class ProjectStageChangeResolver {
  @FieldResolver(() => User, {
    nullable: true,
    description: 'Who moved the project to the stage; null for changes made outside IRM or by its seeding.',
  })
  actor(@Root() change: ProjectStageChange, @Ctx() ctx: Context): Promise<User | null> | null {
    return change.actorId ? ctx.loaders.userById.load(change.actorId) : null;
  }
}
