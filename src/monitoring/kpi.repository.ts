import type { KpiIndicator } from './kpi.entity';
import { KpiTarget } from './kpi.entity';
import type { Db } from '../db/transactions';

/** All SQL about KPI targets. */
export class KpiRepository {
  constructor(private readonly db: Db) {}

  /** Sets the target of one office, period and indicator, replacing the one set before (one row per period). */
  async upsert(t: {
    officeId: string;
    year: number;
    quarter: number | null;
    indicator: KpiIndicator;
    target: string;
  }): Promise<{ target: KpiTarget; replaced: boolean }> {
    const conflict =
      t.quarter === null
        ? '(office_id, year, indicator) WHERE quarter IS NULL'
        : '(office_id, year, quarter, indicator) WHERE quarter IS NOT NULL';
    const rows: { id: string; inserted: boolean }[] = await this.db.manager.query(
      `INSERT INTO kpi_target (office_id, year, quarter, indicator, target) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ${conflict}
       DO UPDATE SET target = EXCLUDED.target, version = kpi_target.version + 1, updated_at = now()
       RETURNING id, (xmax = 0) AS inserted`,
      [t.officeId, t.year, t.quarter, t.indicator, t.target],
    );
    const row = rows[0]!;
    return { target: await this.db.manager.getRepository(KpiTarget).findOneByOrFail({ id: row.id }), replaced: !row.inserted };
  }

  /** The targets set for exactly this period (a year's own targets when quarter is null). */
  targetsFor(officeId: string, year: number, quarter: number | null): Promise<KpiTarget[]> {
    const qb = this.db.manager
      .getRepository(KpiTarget)
      .createQueryBuilder('t')
      .where('t.office_id = :officeId AND t.year = :year', { officeId, year });
    if (quarter === null) qb.andWhere('t.quarter IS NULL');
    else qb.andWhere('t.quarter = :quarter', { quarter });
    return qb.getMany();
  }
}
