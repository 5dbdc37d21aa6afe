import { oneByKey } from '../common/batch';
import { defineModule } from '../module';
import { OfficeCache } from './office-cache';
import { Office } from './office.entity';
import { OfficeRepository } from './office.repository';
import { OfficeResolver } from './office.resolver';
import { OfficeService } from './office.service';

/** Served from the process's office cache: no statement per request (issue 12). */
const officeLoaders = (offices: OfficeCache) => ({
  officeById: oneByKey(
    (ids: readonly string[]) => offices.byIds(ids),
    (o) => o.id,
  ),
});

declare module '../app' {
  interface AppServices {
    offices: OfficeService;
    /** Every office, read once per process and emptied by OFFICE changes. */
    officeCache: OfficeCache;
  }
  interface Repositories {
    offices: OfficeRepository;
  }
}
declare module '../context/loaders' {
  interface Loaders extends ReturnType<typeof officeLoaders> {}
}

/** The front offices at their three levels, the authorized body and the service providers. */
export const officesModule = defineModule({
  name: 'offices',
  entities: [Office],
  resolvers: [OfficeResolver],
  provide: ({ db, repos, transactions, caches }) => {
    const offices = new OfficeRepository(db);
    const officeCache = new OfficeCache(offices, caches);
    return { repos: { offices }, officeCache, offices: new OfficeService(offices, officeCache, repos.reference, transactions) };
  },
  loaders: (app) => officeLoaders(app.officeCache),
});
