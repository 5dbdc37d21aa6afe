import type { Viewer } from '../auth/viewer';
import type { Clock } from '../common/clock';
import { forbidden, notFound } from '../common/errors';
import { quarterOf } from '../common/quarter';
import type { Transactions } from '../db/transactions';
import { ChangeAction } from '../events/change-event.entity';
import { OfficeKind, OfficeLevel } from '../offices/office.entity';
import { SupportTier } from '../projects/project-assessment';
import { PoolContribution } from './pool-contribution.entity';
import { POOL_CONTRIBUTION_POLICY, UNIFIED_POOL_POLICY } from './pool.policy';
import type { ContributionScope, PoolRepository } from './pool.repository';
import { UnifiedPool, type PoolTotalRow, type UnifiedPoolEntry } from './unified-pool.entity';

/**
 * The unified pool (paragraphs 2.8-1, 12.4, 15-1.4): front offices list their eligible
 * projects each quarter and the authorized body forms the pool from those lists.
 */
export class PoolService {
  constructor(
    private readonly pools: PoolRepository,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  /** Snapshots the office's eligible projects for the quarter; a re-submission replaces the earlier one (same id). */
  async submitContribution(viewer: Viewer, year: number, quarter: number): Promise<PoolContribution> {
    const q = quarterOf(year, quarter, this.clock.now());
    const scope = contributionScopeOf(viewer);
    return this.transactions.run(viewer.userId, async (uow) => {
      const existing = await this.pools.findContribution(viewer.office.id, q.year, q.quarter);
      const contribution =
        existing ?? Object.assign(new PoolContribution(), { year: q.year, quarter: q.quarter, officeId: viewer.office.id });
      Object.assign(contribution, { submittedAt: this.clock.now(), projectCount: 0, totalVolumeKzt: '0' });
      const saved = await this.pools.saveContribution(contribution);
      Object.assign(saved, await this.pools.snapshotContribution(saved.id, scope));
      uow.changed(
        POOL_CONTRIBUTION_POLICY,
        saved.id,
        existing ? ChangeAction.UPDATED : ChangeAction.CREATED,
        existing ? ['submittedAt', 'projectCount', 'totalVolumeKzt', 'entries'] : [],
      );
      return saved;
    });
  }

  /** Forms (or re-forms) the quarter's pool from the contributions submitted so far. */
  async formPool(viewer: Viewer, year: number, quarter: number): Promise<UnifiedPool> {
    const q = quarterOf(year, quarter, this.clock.now());
    return this.transactions.run(viewer.userId, async (uow) => {
      const existing = await this.pools.findPool(q.year, q.quarter, true);
      const pool = existing ?? Object.assign(new UnifiedPool(), { year: q.year, quarter: q.quarter });
      Object.assign(pool, {
        formedAt: this.clock.now(),
        projectCount: 0,
        totalVolumeKzt: '0',
        missingOfficeIds: await this.pools.missingContributors(q.year, q.quarter),
      });
      const saved = await this.pools.savePool(pool);
      Object.assign(saved, await this.pools.formPool(saved.id, q.year, q.quarter));
      uow.changed(
        UNIFIED_POOL_POLICY,
        saved.id,
        existing ? ChangeAction.UPDATED : ChangeAction.CREATED,
        existing ? ['formedAt', 'projectCount', 'totalVolumeKzt', 'entries', 'missingContributions'] : [],
      );
      return saved;
    });
  }

  /** The formed pool of a quarter; NOT_FOUND until the authorized body forms it. */
  async getPool(year: number, quarter: number): Promise<UnifiedPool> {
    const q = quarterOf(year, quarter, this.clock.now());
    const pool = await this.pools.findPool(q.year, q.quarter);
    if (!pool) throw notFound('Unified pool of', `${q.year} Q${q.quarter}`);
    return pool;
  }

  entries(pool: UnifiedPool): Promise<UnifiedPoolEntry[]> {
    return this.pools.poolEntries([pool.id]);
  }

  totals(pool: UnifiedPool, by: 'region' | 'sector'): Promise<PoolTotalRow[]> {
    return this.pools.poolTotals(pool.id, by === 'region' ? 'region_code' : 'sector_code');
  }
}

/**
 * What an office lists: a regional office its region's eligible projects (paragraph 12.4); the
 * National Company those of its own and the Task Force's tier (paragraph 15-1.4, paragraph 5).
 */
function contributionScopeOf(viewer: Viewer): ContributionScope {
  const { office } = viewer;
  if (office.kind === OfficeKind.NATIONAL_COMPANY) return { tiers: [SupportTier.NATIONAL_COMPANY, SupportTier.TASK_FORCE] };
  if (office.level === OfficeLevel.REGIONAL && office.regionCode) return { regionCode: office.regionCode };
  throw forbidden('Only a regional front office or the National Company contributes to the unified pool');
}
