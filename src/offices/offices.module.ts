import { oneByKey } from '../common/batch';
import { defineModule } from '../module';
import { Office } from './office.entity';
import { OfficeRepository } from './office.repository';
import { OfficeResolver } from './office.resolver';
import { OfficeService } from './office.service';

const officeLoaders = (offices: OfficeRepository) => ({
  officeById: oneByKey((ids: readonly string[]) => offices.findByIds(ids), (o) => o.id),
});

declare module '../app' {
  interface AppServices {
    offices: OfficeService;
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
  provide: ({ dataSource, repos, transactions }) => {
    const offices = new OfficeRepository(dataSource);
    return { repos: { offices }, offices: new OfficeService(offices, repos.reference, transactions) };
  },
  loaders: (app) => officeLoaders(app.repos.offices),
});
