import { In, type SelectQueryBuilder } from 'typeorm';
import type { RecordScope } from '../auth/scope';
import { OfficeKind } from '../offices/office.entity';
import type { QuarterFigure } from './quarter-figure-source';
import { QuarterlyReport, ReportKind } from './quarterly-report.entity';
import { QUARTERLY_REPORT_POLICY } from './quarterly-report.policy';
import type { Db } from '../db/transactions';

/** All SQL of the quarterly reports (the figures in them come from the modules' figure sources). */
export class QuarterlyReportRepository {
  constructor(private readonly db: Db) {}

  /** The reports `scope` reads (quarterly-report.policy.ts). */
  private query(scope: RecordScope): SelectQueryBuilder<QuarterlyReport> {
    const qb = this.db.manager.getRepository(QuarterlyReport).createQueryBuilder('r');
    QUARTERLY_REPORT_POLICY.applyTo(qb, scope.reader);
    return qb;
  }

  list(scope: RecordScope, year: number, quarter: number): Promise<QuarterlyReport[]> {
    return this.query(scope)
      .innerJoin('r.officeRef', 'o')
      .andWhere('r.year = :year AND r.quarter = :quarter', { year, quarter })
      .orderBy('r.kind')
      .addOrderBy('o.code')
      .getMany();
  }

  findById(scope: RecordScope, id: string): Promise<QuarterlyReport | null> {
    return this.query(scope).andWhere('r.id = :id', { id }).getOne();
  }

  findByIds(ids: readonly string[]): Promise<QuarterlyReport[]> {
    return this.db.manager.getRepository(QuarterlyReport).findBy({ id: In([...ids]) });
  }

  findForUpdate(officeId: string, year: number, quarter: number): Promise<QuarterlyReport | null> {
    return this.db.manager
      .getRepository(QuarterlyReport)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.office_id = :officeId AND r.year = :year AND r.quarter = :quarter', { officeId, year, quarter })
      .getOne();
  }

  save(report: QuarterlyReport): Promise<QuarterlyReport> {
    return this.db.manager.getRepository(QuarterlyReport).save(report);
  }

  /** The REGIONAL reports of a quarter, by office code. */
  async regionalReportIds(year: number, quarter: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.manager.query(
      `SELECT r.id FROM quarterly_report r JOIN office o ON o.id = r.office_id
        WHERE r.kind = $1 AND r.year = $2 AND r.quarter = $3 ORDER BY o.code`,
      [ReportKind.REGIONAL, year, quarter],
    );
    return rows.map((r) => r.id);
  }

  /** Regional organizations without a REGIONAL report for the quarter. */
  async officesWithoutRegionalReport(year: number, quarter: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.manager.query(
      `SELECT o.id FROM office o
        WHERE o.kind = $1 AND NOT EXISTS (
          SELECT 1 FROM quarterly_report r WHERE r.office_id = o.id AND r.kind = $2 AND r.year = $3 AND r.quarter = $4)
        ORDER BY o.code`,
      [OfficeKind.REGIONAL_ORGANIZATION, ReportKind.REGIONAL, year, quarter],
    );
    return rows.map((r) => r.id);
  }

  /** Each figure summed exactly over some reports, in the order the figures first appear. */
  sumFigures(reportIds: string[]): Promise<QuarterFigure[]> {
    return this.db.manager.query(
      `SELECT f.figure->>'name' AS name, sum((f.figure->>'value')::numeric)::text AS value
         FROM quarterly_report r CROSS JOIN LATERAL jsonb_array_elements(r.figures) WITH ORDINALITY AS f(figure, position)
        WHERE r.id = ANY($1::uuid[])
        GROUP BY f.figure->>'name'
        ORDER BY min(f.position), f.figure->>'name'`,
      [reportIds],
    );
  }
}
