import type { App } from '../app';
import { recordScopeOf } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import { defineModule } from '../module';
import { AccountManagerRepository } from './account-manager.repository';
import { AccountManagerResolver } from './account-manager.resolver';
import { AccountManagerService } from './account-manager.service';
import { registerAgreementRoutes } from './agreement-csv';
import { Agreement } from './agreement.entity';
import { agreementLoaders } from './agreement.loaders';
import { AgreementRepository } from './agreement.repository';
import { AgreementResolver, CommitmentResolver, InvestorAgreementsResolver } from './agreement.resolver';
import { AgreementService } from './agreement.service';
import { Commitment } from './commitment.entity';
import { engagementLoaders } from './engagement.loaders';
import { FollowUp } from './follow-up.entity';
import { FollowUpRepository } from './follow-up.repository';
import { FollowUpResolver } from './follow-up.resolver';
import { FollowUpService } from './follow-up.service';
import { Interaction } from './interaction.entity';
import { InteractionRepository } from './interaction.repository';
import { InteractionResolver, InvestorInteractionsResolver } from './interaction.resolver';
import { InteractionService } from './interaction.service';
import { InvestmentEvent, InvestmentEventParticipant } from './investment-event.entity';
import { investmentEventLoaders } from './investment-event.loaders';
import { InvestmentEventRepository } from './investment-event.repository';
import { InvestmentEventResolver, InvestorEventsResolver } from './investment-event.resolver';
import { InvestmentEventService } from './investment-event.service';
import { InvestorStatusChange } from './investor-status-change.entity';
import { registerPipelineRoutes } from './pipeline-csv';
import { InvestorStatusChangeResolver, InvestorStatusHistoryResolver } from './status-history.resolver';

/** The domain's per-request loaders: leads and interactions, investment events, agreements. */
function loaders(app: App, viewer: Viewer | null) {
  return {
    ...engagementLoaders(app.repos.interactions, app.repos.followUps, app.repos.accountManagers),
    ...investmentEventLoaders(app.repos.investmentEvents, viewer),
    ...agreementLoaders(app.repos.agreements, recordScopeOf(viewer)),
  };
}

declare module '../app' {
  interface AppServices {
    interactions: InteractionService;
    followUps: FollowUpService;
    accountManagers: AccountManagerService;
    investmentEvents: InvestmentEventService;
    agreements: AgreementService;
  }
  interface Repositories {
    interactions: InteractionRepository;
    followUps: FollowUpRepository;
    accountManagers: AccountManagerRepository;
    investmentEvents: InvestmentEventRepository;
    agreements: AgreementRepository;
  }
}
declare module '../context/loaders' {
  interface Loaders extends ReturnType<typeof loaders> {}
}

/**
 * Relationship management (issue 9; Resolution 585, paragraph 6): the front offices' daily work
 * with investors, one module. Four parts, each a group of `src/engagement` files:
 * - leads: account managers and status history (`account-manager.*`, `status-history.*`,
 *   `investor-status-change.entity.ts`, the pipeline CSV);
 * - interactions and their follow-ups (`interaction.*`, `follow-up.*`), an interaction
 *   optionally held at an investment event;
 * - investment events and the authorized body's coordination of them (paragraphs 6, 8.9:
 *   `investment-event.*`);
 * - agreements and the monitoring of their commitments (`agreement.*`, `commitment.entity.ts`,
 *   the agreement monitoring CSV).
 */
export const engagementModule = defineModule({
  name: 'engagement',
  entities: [
    // Leads, interactions and follow-ups
    InvestorStatusChange,
    Interaction,
    FollowUp,
    // Investment events
    InvestmentEvent,
    InvestmentEventParticipant,
    // Agreements
    Agreement,
    Commitment,
  ],
  resolvers: [
    // Leads, interactions and follow-ups
    AccountManagerResolver,
    InvestorStatusHistoryResolver,
    InvestorStatusChangeResolver,
    InteractionResolver,
    InvestorInteractionsResolver,
    FollowUpResolver,
    // Investment events
    InvestmentEventResolver,
    InvestorEventsResolver,
    // Agreements
    AgreementResolver,
    CommitmentResolver,
    InvestorAgreementsResolver,
  ],
  provide: ({ db, repos, transactions, clock }) => {
    const interactions = new InteractionRepository(db);
    const followUps = new FollowUpRepository(db);
    const accountManagers = new AccountManagerRepository(db);
    const investmentEvents = new InvestmentEventRepository(db);
    const agreements = new AgreementRepository(db);
    return {
      repos: { interactions, followUps, accountManagers, investmentEvents, agreements },
      interactions: new InteractionService(interactions, followUps, repos.investors, repos.projects, investmentEvents, transactions, clock),
      followUps: new FollowUpService(followUps, transactions, clock),
      accountManagers: new AccountManagerService(accountManagers, repos.investors, transactions),
      investmentEvents: new InvestmentEventService(investmentEvents, repos.investors, transactions, clock),
      agreements: new AgreementService(agreements, repos.investors, transactions, clock),
    };
  },
  loaders,
  figureSources: (app) => [app.interactions, app.investmentEvents, app.agreements],
  sweeps: (app) => ({
    overdueFollowUps: (now) => app.followUps.sweepOverdue(now),
    overdueCommitments: (now) => app.agreements.sweepOverdue(now),
  }),
  routes: (web, app) => {
    registerPipelineRoutes(web, app);
    registerAgreementRoutes(web, app);
  },
});
