import { recordScopeOf } from '../auth/scope';
import { defineModule } from '../module';
import { InvestorFigureSource } from './investor-figures';
import { Investor } from './investor.entity';
import { investorLoaders } from './investor.loaders';
import { InvestorRepository } from './investor.repository';
import { InvestorResolver } from './investor.resolver';
import { InvestorService } from './investor.service';

declare module '../app' {
  interface AppServices {
    investors: InvestorService;
  }
  interface Repositories {
    investors: InvestorRepository;
  }
}
declare module '../context/loaders' {
  interface Loaders extends ReturnType<typeof investorLoaders> {}
}

/** Investors: the leads the front offices work. */
export const investorsModule = defineModule({
  name: 'investors',
  entities: [Investor],
  resolvers: [InvestorResolver],
  provide: ({ db, repos, transactions, clock }) => {
    const investors = new InvestorRepository(db);
    return { repos: { investors }, investors: new InvestorService(investors, repos.offices, transactions, clock) };
  },
  loaders: (app, viewer) => investorLoaders(app.repos.investors, recordScopeOf(viewer)),
  figureSources: (app) => [new InvestorFigureSource(app.repos.investors)],
});
