import { recordScopeOf } from '../auth/scope';
import { defineModule } from '../module';
import { InvestorRequest, InvestorRequestHandoff } from './investor-request.entity';
import { investorRequestLoaders } from './investor-request.loaders';
import { InvestorRequestRepository } from './investor-request.repository';
import { InvestorRequestHandoffResolver, InvestorRequestResolver } from './investor-request.resolver';
import { InvestorRequestService } from './investor-request.service';

declare module '../app' {
  interface AppServices {
    investorRequests: InvestorRequestService;
  }
  interface Repositories {
    investorRequests: InvestorRequestRepository;
  }
}
declare module '../context/loaders' {
  interface Loaders extends ReturnType<typeof investorRequestLoaders> {}
}

/** Investors' information requests and their terms in working days (paragraphs 12.7, 15-1.6). */
export const requestsModule = defineModule({
  name: 'requests',
  entities: [InvestorRequest, InvestorRequestHandoff],
  resolvers: [InvestorRequestResolver, InvestorRequestHandoffResolver],
  provide: ({ db, repos, calendar, transactions, clock }) => {
    const requests = new InvestorRequestRepository(db);
    return {
      repos: { investorRequests: requests },
      investorRequests: new InvestorRequestService(
        requests,
        repos.investors,
        repos.offices,
        repos.reference,
        calendar,
        transactions,
        clock,
      ),
    };
  },
  loaders: (app, viewer) => investorRequestLoaders(app.repos.investorRequests, recordScopeOf(viewer)),
  figureSources: (app) => [app.investorRequests],
  sweeps: (app) => ({ overdueInvestorRequests: (now) => app.investorRequests.sweepOverdue(now) }),
});
