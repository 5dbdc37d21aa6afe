import { Decimal } from 'decimal.js';
import { recordScopeOf } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import { addCalendarDays, todayInAlmaty } from '../calendar/almaty-time';
import type { Clock } from '../common/clock';
import { badInput, notFound } from '../common/errors';
import type { Connection, PageArgs } from '../common/pagination';
import type { Transactions } from '../db/transactions';
import { ChangeAction } from '../events/change-event.entity';
import type { Project } from '../projects/project.entity';
import type { ProjectRepository } from '../projects/project.repository';
import type { ProjectService } from '../projects/project.service';
import type { ReferenceRepository } from '../reference/reference.repository';
import type { RecordProjectProgressInput } from './monitoring.inputs';
import { PROJECT_PROGRESS_POLICY } from './monitoring.policy';
import { PROJECT_POLICY } from '../projects/project.policy';
import type { ProjectProgress } from './progress.entity';
import type { ProgressRepository, StalledRow } from './progress.repository';

/**
 * Monitoring the projects implemented with investors (paragraph 6: central 5, regional 5):
 * progress reports, and the projects that make none (paragraph 7.2).
 */
export class ProgressService {
  constructor(
    private readonly progress: ProgressRepository,
    private readonly projectRepo: ProjectRepository,
    private readonly projects: ProjectService,
    private readonly reference: ReferenceRepository,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  /** By whoever may write the project; with a stage, the project moves to it (kept in its stage history by the database). */
  async record(viewer: Viewer, input: RecordProjectProgressInput): Promise<ProjectProgress> {
    if (input.asOf > todayInAlmaty(this.clock.now())) throw badInput('asOf cannot be in the future', { field: 'asOf' });
    if (new Decimal(input.spentKzt).isNegative()) throw badInput('spentKzt cannot be negative', { field: 'spentKzt' });
    if (input.jobsCreated < 0) throw badInput('jobsCreated cannot be negative', { field: 'jobsCreated' });
    return this.transactions.run(viewer.userId, async (uow) => {
      let project: Project | null = await this.projectRepo.lock(recordScopeOf(viewer), input.projectId);
      if (!project) throw notFound('Project', input.projectId);
      this.projects.assertMayWrite(viewer, project);
      const saved = await this.progress.insert({
        projectId: project.id,
        asOf: input.asOf,
        spentKzt: input.spentKzt,
        jobsCreated: input.jobsCreated,
        stage: input.stage ?? null,
        note: input.note ?? null,
        recordedById: viewer.userId,
      });
      if (input.stage && input.stage !== project.stage) {
        project.stage = input.stage;
        project = await this.projectRepo.save(project);
        uow.changed(PROJECT_POLICY, project.id, ChangeAction.UPDATED, ['stage']);
      }
      uow.changed(PROJECT_PROGRESS_POLICY, saved.id, ChangeAction.CREATED);
      return saved;
    });
  }

  /** Projects in preparation or implementation with no progress for longer than the rule set in force allows, longest stalled first. */
  async stalled(viewer: Viewer, page: PageArgs): Promise<Connection<Project>> {
    return this.progress.stalled(recordScopeOf(viewer), await this.stalledBefore(), page);
  }

  async allStalled(viewer: Viewer): Promise<StalledRow[]> {
    return this.progress.allStalled(recordScopeOf(viewer), await this.stalledBefore());
  }

  /** A project is stalled when its last progress day is before this day: today minus the stall period of the rule set in force. */
  private async stalledBefore(): Promise<string> {
    const today = todayInAlmaty(this.clock.now());
    const ruleSet = await this.reference.ruleSetOn(today);
    return addCalendarDays(today, -ruleSet.stallPeriodDays);
  }
}
