import { defineModule } from '../module';
import { PoolContribution, PoolContributionEntry } from './pool-contribution.entity';
import { poolLoaders } from './pool.loaders';
import { PoolRepository } from './pool.repository';
import {
  PoolContributionResolver,
  PoolEntryResolver,
  PoolProjectResolver,
  PoolRegionTotalResolver,
  PoolSectorTotalResolver,
  UnifiedPoolResolver,
} from './pool.resolver';
import { PoolService } from './pool.service';
import { UnifiedPool, UnifiedPoolEntry } from './unified-pool.entity';

declare module '../app' {
  interface AppServices {
    pools: PoolService;
  }
  interface Repositories {
    pools: PoolRepository;
  }
}
declare module '../context/loaders' {
  interface Loaders extends ReturnType<typeof poolLoaders> {}
}

/** The quarterly unified project pool (paragraphs 2.8-1, 12.4, 15-1.4). */
export const poolModule = defineModule({
  name: 'pool',
  entities: [PoolContribution, PoolContributionEntry, UnifiedPool, UnifiedPoolEntry],
  resolvers: [
    PoolContributionResolver,
    UnifiedPoolResolver,
    PoolEntryResolver,
    PoolProjectResolver,
    PoolRegionTotalResolver,
    PoolSectorTotalResolver,
  ],
  provide: ({ db, transactions, clock }) => {
    const pools = new PoolRepository(db);
    return { repos: { pools }, pools: new PoolService(pools, transactions, clock) };
  },
  loaders: (app) => poolLoaders(app.repos.pools),
});
