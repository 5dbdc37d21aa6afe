import { defineModule } from '../module';
import { AccountManagerRepository } from './account-manager.repository';
import { AccountManagerResolver } from './account-manager.resolver';
import { AccountManagerService } from './account-manager.service';
import { engagementLoaders } from './engagement.loaders';
import { FollowUp } from './follow-up.entity';
import { FollowUpRepository } from './follow-up.repository';
import { FollowUpResolver } from './follow-up.resolver';
import { FollowUpService } from './follow-up.service';
import { Interaction } from './interaction.entity';
import { InteractionRepository } from './interaction.repository';
import { InteractionResolver, InvestorInteractionsResolver } from './interaction.resolver';
import { InteractionService } from './interaction.service';
import { InvestorStatusChange } from './investor-status-change.entity';
import { registerPipelineRoutes } from './pipeline-csv';
import { InvestorStatusChangeResolver, InvestorStatusHistoryResolver } from './status-history.resolver';

declare module '../app' {
  interface AppServices {
    interactions: InteractionService;
    followUps: FollowUpService;
    accountManagers: AccountManagerService;
  }
  interface Repositories {
    interactions: InteractionRepository;
    followUps: FollowUpRepository;
    accountManagers: AccountManagerRepository;
  }
}
declare module '../context/loaders' {
  interface Loaders extends ReturnType<typeof engagementLoaders> {}
}

/**
 * Relationship management (issue 9; Resolution 585, paragraph 6): the front offices' daily work
 * with investors. Leads, their account managers and status history, interactions and follow-ups.
 */
export const engagementModule = defineModule({
  name: 'engagement',
  entities: [
    // Leads, interactions and follow-ups
    InvestorStatusChange,
    Interaction,
    FollowUp,
  ],
  resolvers: [
    // Leads, interactions and follow-ups
    AccountManagerResolver,
    InvestorStatusHistoryResolver,
    InvestorStatusChangeResolver,
    InteractionResolver,
    InvestorInteractionsResolver,
    FollowUpResolver,
  ],
  provide: ({ dataSource, repos, transactions, clock }) => {
    const interactions = new InteractionRepository(dataSource);
    const followUps = new FollowUpRepository(dataSource);
    const accountManagers = new AccountManagerRepository(dataSource);
    return {
      repos: { interactions, followUps, accountManagers },
      interactions: new InteractionService(interactions, followUps, repos.investors, repos.projects, transactions, clock),
      followUps: new FollowUpService(followUps, transactions, clock),
      accountManagers: new AccountManagerService(accountManagers, repos.investors, transactions),
    };
  },
  loaders: (app) => engagementLoaders(app.repos.interactions, app.repos.followUps, app.repos.accountManagers),
  figureSources: (app) => [app.interactions],
  sweeps: (app) => ({ overdueFollowUps: (now) => app.followUps.sweepOverdue(now) }),
  routes: (web, app) => {
    registerPipelineRoutes(web, app);
  },
});
