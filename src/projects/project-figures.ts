import type { QuarterFigure, QuarterFigureSource } from '../reports/quarter-figure-source';
import { SupportTier } from './project-assessment';
import { ProjectStage } from './project.entity';
import type { ProjectRepository } from './project.repository';

/**
 * The projects' figures in an office's quarterly report (chapter 5): its projects by tier and
 * stage at the quarter's end, every combination with zeros included, so that reports line up
 * when consolidated, and their total.
 */
export class ProjectFigureSource implements QuarterFigureSource {
  constructor(private readonly projects: ProjectRepository) {}

  async quarterFigures(officeId: string, _from: Date, to: Date): Promise<QuarterFigure[]> {
    const counts = await this.projects.countsByTierAndStage(officeId, to);
    const countOf = (tier: SupportTier, stage: ProjectStage) => counts.find((c) => c.tier === tier && c.stage === stage)?.count ?? 0;
    return [
      { name: 'projects.total', value: String(counts.reduce((sum, c) => sum + c.count, 0)) },
      ...Object.values(SupportTier).flatMap((tier) =>
        Object.values(ProjectStage).map((stage) => ({ name: `projects.${tier}.${stage}`, value: String(countOf(tier, stage)) })),
      ),
    ];
  }
}
