import { OfficeKind } from '../offices/office.entity';
import type { SupportTier } from '../projects/project-assessment';
import { PoolContribution, PoolContributionEntry } from './pool-contribution.entity';
import { UnifiedPool, UnifiedPoolEntry, type PoolTotalRow } from './unified-pool.entity';
import type { Db } from '../db/transactions';

/** Which eligible projects an office lists: a region's, or those of some support tiers. */
export type ContributionScope = { regionCode: string } | { tiers: SupportTier[] };

export interface EntryTotals {
  projectCount: number;
  totalVolumeKzt: string;
}

const SNAPSHOT_COLUMNS = 'project_id, title, investment_volume_kzt, region_code, sector_code, stage, support_tier';

/** All SQL of the unified pool: contributions, their snapshots, the formed pool and its totals. */
export class PoolRepository {
  constructor(private readonly db: Db) {}

  findContribution(officeId: string, year: number, quarter: number): Promise<PoolContribution | null> {
    return this.db.manager
      .getRepository(PoolContribution)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.office_id = :officeId AND c.year = :year AND c.quarter = :quarter', { officeId, year, quarter })
      .getOne();
  }

  saveContribution(contribution: PoolContribution): Promise<PoolContribution> {
    return this.db.manager.getRepository(PoolContribution).save(contribution);
  }

  /** Replaces a contribution's entries with the eligible projects of its scope as they stand now, and its totals. */
  async snapshotContribution(contributionId: string, scope: ContributionScope): Promise<EntryTotals> {
    await this.db.manager.delete(PoolContributionEntry, { contributionId });
    const [filter, value] =
      'regionCode' in scope ? ['p.region_code = $2', scope.regionCode] : ['p.support_tier::text = ANY($2::text[])', scope.tiers];
    await this.db.manager.query(
      `INSERT INTO pool_contribution_entry (contribution_id, ${SNAPSHOT_COLUMNS})
       SELECT $1, p.id, p.title, p.investment_volume_kzt, p.region_code, p.sector_code, p.stage, p.support_tier
         FROM project p
        WHERE p.pool_eligible AND ${filter}`,
      [contributionId, value],
    );
    return this.storeTotals('pool_contribution', contributionId);
  }

  /** Regional organizations (paragraph 2.3) that have not contributed to the quarter. */
  async missingContributors(year: number, quarter: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.manager.query(
      `SELECT o.id FROM office o
        WHERE o.kind = $1 AND NOT EXISTS (
          SELECT 1 FROM pool_contribution c WHERE c.office_id = o.id AND c.year = $2 AND c.quarter = $3)
        ORDER BY o.code`,
      [OfficeKind.REGIONAL_ORGANIZATION, year, quarter],
    );
    return rows.map((r) => r.id);
  }

  findPool(year: number, quarter: number, forUpdate = false): Promise<UnifiedPool | null> {
    const qb = this.db.manager.getRepository(UnifiedPool).createQueryBuilder('u');
    if (forUpdate) qb.setLock('pessimistic_write');
    return qb.where('u.year = :year AND u.quarter = :quarter', { year, quarter }).getOne();
  }

  savePool(pool: UnifiedPool): Promise<UnifiedPool> {
    return this.db.manager.getRepository(UnifiedPool).save(pool);
  }

  /**
   * Replaces a pool's entries (and totals) with the quarter's contributions, each project once: when two
   * offices listed the same project, the later submission's snapshot is kept.
   */
  async formPool(poolId: string, year: number, quarter: number): Promise<EntryTotals> {
    await this.db.manager.delete(UnifiedPoolEntry, { poolId });
    await this.db.manager.query(
      `INSERT INTO unified_pool_entry (pool_id, ${SNAPSHOT_COLUMNS})
       SELECT DISTINCT ON (e.project_id) $1, ${SNAPSHOT_COLUMNS.split(', ')
         .map((c) => `e.${c}`)
         .join(', ')}
         FROM pool_contribution_entry e JOIN pool_contribution c ON c.id = e.contribution_id
        WHERE c.year = $2 AND c.quarter = $3
        ORDER BY e.project_id, c.submitted_at DESC, c.id`,
      [poolId, year, quarter],
    );
    return this.storeTotals('unified_pool', poolId);
  }

  contributionEntries(contributionIds: readonly string[]): Promise<PoolContributionEntry[]> {
    return this.db.manager
      .getRepository(PoolContributionEntry)
      .createQueryBuilder('e')
      .where('e.contribution_id IN (:...contributionIds)', { contributionIds })
      .orderBy('e.region_code')
      .addOrderBy('e.title')
      .addOrderBy('e.project_id')
      .getMany();
  }

  poolEntries(poolIds: readonly string[]): Promise<UnifiedPoolEntry[]> {
    return this.db.manager
      .getRepository(UnifiedPoolEntry)
      .createQueryBuilder('e')
      .where('e.pool_id IN (:...poolIds)', { poolIds })
      .orderBy('e.region_code')
      .addOrderBy('e.title')
      .addOrderBy('e.project_id')
      .getMany();
  }

  /** Projects and exact volume of a pool per region or per sector. */
  async poolTotals(poolId: string, by: 'region_code' | 'sector_code'): Promise<PoolTotalRow[]> {
    const rows: { code: string; project_count: number; total_volume_kzt: string }[] = await this.db.manager.query(
      `SELECT ${by} AS code, count(*)::int AS project_count, sum(investment_volume_kzt)::text AS total_volume_kzt
         FROM unified_pool_entry WHERE pool_id = $1 GROUP BY ${by} ORDER BY ${by}`,
      [poolId],
    );
    return rows.map((r) => ({ code: r.code, projectCount: r.project_count, totalVolumeKzt: r.total_volume_kzt }));
  }

  /** Stores a parent's count and exact volume total of its entries (without a version bump: part of the same change). */
  private async storeTotals(parent: 'pool_contribution' | 'unified_pool', id: string): Promise<EntryTotals> {
    const [entries, key] =
      parent === 'pool_contribution' ? ['pool_contribution_entry', 'contribution_id'] : ['unified_pool_entry', 'pool_id'];
    const [row]: { project_count: number; total_volume_kzt: string }[] = await this.db.manager.query(
      `WITH s AS (SELECT count(*)::int AS n, coalesce(sum(investment_volume_kzt), 0) AS total FROM ${entries} WHERE ${key} = $1),
            u AS (UPDATE ${parent} SET project_count = s.n, total_volume_kzt = s.total FROM s WHERE ${parent}.id = $1
                  RETURNING project_count, total_volume_kzt::text)
       SELECT * FROM u`,
      [id],
    );
    return { projectCount: row.project_count, totalVolumeKzt: row.total_volume_kzt };
  }
}
