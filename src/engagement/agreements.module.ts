import { recordScopeOf } from '../auth/scope';
import { defineModule } from '../module';
import { registerAgreementRoutes } from './agreement-csv';
import { Agreement } from './agreement.entity';
import { agreementLoaders } from './agreement.loaders';
import { AgreementRepository } from './agreement.repository';
import { AgreementResolver, CommitmentResolver, InvestorAgreementsResolver } from './agreement.resolver';
import { AgreementService } from './agreement.service';
import { Commitment } from './commitment.entity';

declare module '../app' {
  interface AppServices {
    agreements: AgreementService;
  }
  interface Repositories {
    agreements: AgreementRepository;
  }
}
declare module '../context/loaders' {
  interface Loaders extends ReturnType<typeof agreementLoaders> {}
}

/** Agreements signed with investors and the monitoring of their commitments (paragraph 6). */
export const agreementsModule = defineModule({
  name: 'agreements',
  entities: [Agreement, Commitment],
  resolvers: [AgreementResolver, CommitmentResolver, InvestorAgreementsResolver],
  provide: ({ dataSource, repos, transactions, clock }) => {
    const agreements = new AgreementRepository(dataSource);
    return { repos: { agreements }, agreements: new AgreementService(agreements, repos.investors, transactions, clock) };
  },
  loaders: (app, viewer) => agreementLoaders(app.repos.agreements, recordScopeOf(viewer)),
  figureSources: (app) => [app.agreements],
  sweeps: (app) => ({ overdueCommitments: (now) => app.agreements.sweepOverdue(now) }),
  routes: registerAgreementRoutes,
});
