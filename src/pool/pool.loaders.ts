import { manyByKey } from '../common/batch';
import type { PoolRepository } from './pool.repository';

export function poolLoaders(pools: PoolRepository) {
  return {
    entriesByContributionId: manyByKey(
      (ids: readonly string[]) => pools.contributionEntries(ids),
      (e) => e.contributionId,
    ),
    entriesByPoolId: manyByKey(
      (ids: readonly string[]) => pools.poolEntries(ids),
      (e) => e.poolId,
    ),
  };
}
