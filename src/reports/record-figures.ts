import { SupportTier } from '../projects/project-assessment';
import { ProjectStage } from '../projects/project.entity';
import type { QuarterFigure, QuarterFigureSource } from './quarter-figure-source';
import type { QuarterlyReportRepository } from './quarterly-report.repository';

/**
 * The figures IRM's core records give an office's quarterly report: its projects by tier and
 * stage at the quarter's end (every combination, zeros included, so reports line up when
 * consolidated) and the investors it took on in the quarter.
 */
export class RecordFigureSource implements QuarterFigureSource {
  constructor(private readonly reports: QuarterlyReportRepository) {}

  async quarterFigures(officeId: string, from: Date, to: Date): Promise<QuarterFigure[]> {
    const [counts, newInvestors] = await Promise.all([this.reports.projectCounts(officeId, to), this.reports.newInvestors(officeId, from, to)]);
    const countOf = (tier: string, stage: string) => counts.find((c) => c.tier === tier && c.stage === stage)?.count ?? 0;
    const byTierAndStage = Object.values(SupportTier).flatMap((tier) =>
      Object.values(ProjectStage).map((stage) => ({ name: `projects.${tier}.${stage}`, value: String(countOf(tier, stage)) })),
    );
    return [
      { name: 'projects.total', value: String(counts.reduce((sum, c) => sum + c.count, 0)) },
      ...byTierAndStage,
      { name: 'investors.new', value: String(newInvestors) },
    ];
  }
}
