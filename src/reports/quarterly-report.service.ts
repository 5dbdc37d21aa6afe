import { recordScopeOf } from '../auth/scope';
import { QUARTERLY_REPORT_POLICY } from './quarterly-report.policy';
import type { Viewer } from '../auth/viewer';
import { endOfAlmatyDay } from '../calendar/almaty-time';
import type { Clock } from '../common/clock';
import { badInput, forbidden, notFound } from '../common/errors';
import { dayOfMonthAfter, quarterOf, type Quarter } from '../common/quarter';
import type { Transactions, UnitOfWork } from '../db/transactions';
import { ChangeAction } from '../events/change-event.entity';
import { OfficeKind, OfficeLevel } from '../offices/office.entity';
import type { ReferenceRepository } from '../reference/reference.repository';
import type { RuleSet } from '../reference/rule-set.entity';
import type { QuarterFigure, QuarterFigureSource } from './quarter-figure-source';
import { QuarterlyReport, ReportKind } from './quarterly-report.entity';
import type { QuarterlyReportRepository } from './quarterly-report.repository';

/** Chapter 5: the due day of each kind of report in the month after the quarter. */
const DUE_DAY: Record<ReportKind, (r: RuleSet) => number> = {
  [ReportKind.REGIONAL]: (r) => r.regionalReportDueDay,
  [ReportKind.EXTERNAL]: (r) => r.externalReportDueDay,
  [ReportKind.CONSOLIDATED]: (r) => r.consolidatedReportDueDay,
};

/** What a report is about before it is stored: its quarter, kind and due day. */
interface ReportDraft {
  q: Quarter;
  kind: ReportKind;
  dueOn: string;
}

/**
 * Quarterly reports on the accomplished work (chapter 5): regional front offices report to the
 * National Company (paragraph 18), external ones to the authorized body (paragraph 19), and the
 * National Company consolidates the regional ones (paragraph 18); the authorized body monitors
 * them all (paragraphs 16, 17).
 */
export class QuarterlyReportService {
  constructor(
    private readonly reports: QuarterlyReportRepository,
    private readonly reference: ReferenceRepository,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    private readonly sources: QuarterFigureSource[],
  ) {}

  async submit(viewer: Viewer, year: number, quarter: number): Promise<QuarterlyReport> {
    const kind = reportKindOf(viewer);
    return this.transactions.run(viewer.userId, async (uow) => {
      const draft = await this.draft(year, quarter, kind);
      // Every module's figures, read in the transaction that stores them (one after another: one connection).
      const figures: QuarterFigure[] = [];
      for (const source of this.sources) figures.push(...(await source.quarterFigures(viewer.office.id, draft.q.from, draft.q.to)));
      return this.store(uow, viewer, draft, figures, { sourceReportIds: [], missingOfficeIds: [] });
    });
  }

  /** Paragraph 18: the National Company's consolidated report, its figures the sums over the REGIONAL reports. */
  async consolidate(viewer: Viewer, year: number, quarter: number): Promise<QuarterlyReport> {
    if (viewer.office.kind !== OfficeKind.NATIONAL_COMPANY) throw forbidden('Only the National Company consolidates the quarterly reports');
    return this.transactions.run(viewer.userId, async (uow) => {
      const draft = await this.draft(year, quarter, ReportKind.CONSOLIDATED);
      const sourceReportIds = await this.reports.regionalReportIds(draft.q.year, draft.q.quarter);
      const missingOfficeIds = await this.reports.officesWithoutRegionalReport(draft.q.year, draft.q.quarter);
      const figures = await this.reports.sumFigures(sourceReportIds);
      return this.store(uow, viewer, draft, figures, { sourceReportIds, missingOfficeIds });
    });
  }

  list(viewer: Viewer, year: number, quarter: number): Promise<QuarterlyReport[]> {
    const q = quarterOf(year, quarter, this.clock.now());
    return this.reports.list(recordScopeOf(viewer), q.year, q.quarter);
  }

  async get(viewer: Viewer, id: string): Promise<QuarterlyReport> {
    const report = await this.reports.findById(recordScopeOf(viewer), id);
    if (!report) throw notFound('Quarterly report', id);
    return report;
  }

  /** The quarter must be over (its figures are final) and the due day is the rule set's of the quarter's last day. */
  private async draft(year: number, quarter: number, kind: ReportKind): Promise<ReportDraft> {
    const q = quarterOf(year, quarter, this.clock.now());
    if (this.clock.now() < q.to) throw badInput(`The quarter ${q.year} Q${q.quarter} has not ended yet`, { field: 'quarter' });
    const ruleSet = await this.reference.ruleSetOn(q.lastDay);
    return { q, kind, dueOn: dayOfMonthAfter(q, DUE_DAY[kind](ruleSet)) };
  }

  private async store(
    uow: UnitOfWork,
    viewer: Viewer,
    { q, kind, dueOn }: ReportDraft,
    figures: QuarterFigure[],
    links: Pick<QuarterlyReport, 'sourceReportIds' | 'missingOfficeIds'>,
  ): Promise<QuarterlyReport> {
    const now = this.clock.now();
    const existing = await this.reports.findForUpdate(viewer.office.id, q.year, q.quarter);
    const report =
      existing ??
      Object.assign(new QuarterlyReport(), {
        year: q.year,
        quarter: q.quarter,
        kind,
        officeId: viewer.office.id,
        dueOn,
        submittedAt: now,
        resubmittedAt: null,
        onTime: now <= endOfAlmatyDay(dueOn),
      });
    if (existing) report.resubmittedAt = now;
    Object.assign(report, { figures, ...links });
    const saved = await this.reports.save(report);
    uow.changed(
      QUARTERLY_REPORT_POLICY,
      saved.id,
      existing ? ChangeAction.UPDATED : ChangeAction.CREATED,
      existing ? ['resubmittedAt', 'figures', ...(kind === ReportKind.CONSOLIDATED ? ['sourceReports', 'missingOffices'] : [])] : [],
    );
    return saved;
  }
}

/** Paragraphs 18, 19: a regional front office reports to the National Company, an external one to the authorized body. */
function reportKindOf(viewer: Viewer): ReportKind {
  if (viewer.office.level === OfficeLevel.REGIONAL) return ReportKind.REGIONAL;
  if (viewer.office.level === OfficeLevel.EXTERNAL) return ReportKind.EXTERNAL;
  throw forbidden('Only regional and external front offices submit quarterly reports');
}
