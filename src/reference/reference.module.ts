import { defineModule } from '../module';
import { MciRate } from './mci-rate.entity';
import { ReferenceCache } from './reference-cache';
import { referenceLoaders } from './reference.loaders';
import { ReferenceRepository } from './reference.repository';
import { ReferenceResolver } from './reference.resolver';
import { ReferenceService } from './reference.service';
import { Region } from './region.entity';
import { RuleSet } from './rule-set.entity';
import { Sector } from './sector.entity';

declare module '../app' {
  interface AppServices {
    /** Regions, OKED sectors, the MCI and the dated rule sets. */
    reference: ReferenceRepository;
    /** The same data, read once per process and emptied by REFERENCE changes. */
    referenceCache: ReferenceCache;
    referenceEdits: ReferenceService;
  }
  interface Repositories {
    reference: ReferenceRepository;
  }
}
declare module '../context/loaders' {
  interface Loaders extends ReturnType<typeof referenceLoaders> {}
}

/** Reference data of the rules: regions, sectors, the monthly calculated indicator, rule sets. */
export const referenceModule = defineModule({
  name: 'reference',
  entities: [Region, Sector, MciRate, RuleSet],
  resolvers: [ReferenceResolver],
  provide: ({ db, caches, transactions }) => {
    const reference = new ReferenceRepository(db);
    return {
      repos: { reference },
      reference,
      referenceCache: new ReferenceCache(reference, caches),
      referenceEdits: new ReferenceService(reference, transactions),
    };
  },
  loaders: (app) => referenceLoaders(app.referenceCache),
});
