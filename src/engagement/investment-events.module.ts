import { defineModule } from '../module';
import { InvestmentEvent, InvestmentEventParticipant } from './investment-event.entity';
import { investmentEventLoaders } from './investment-event.loaders';
import { InvestmentEventRepository } from './investment-event.repository';
import { InvestmentEventResolver, InvestorEventsResolver } from './investment-event.resolver';
import { InvestmentEventService } from './investment-event.service';

declare module '../app' {
  interface AppServices {
    investmentEvents: InvestmentEventService;
  }
  interface Repositories {
    investmentEvents: InvestmentEventRepository;
  }
}
declare module '../context/loaders' {
  interface Loaders extends ReturnType<typeof investmentEventLoaders> {}
}

/** Investment events and the authorized body's coordination of them (paragraphs 6, 8.9). */
export const investmentEventsModule = defineModule({
  name: 'investment-events',
  entities: [InvestmentEvent, InvestmentEventParticipant],
  resolvers: [InvestmentEventResolver, InvestorEventsResolver],
  provide: ({ dataSource, repos, transactions, clock }) => {
    const events = new InvestmentEventRepository(dataSource);
    return {
      repos: { investmentEvents: events },
      investmentEvents: new InvestmentEventService(events, repos.investors, transactions, clock),
    };
  },
  loaders: (app, viewer) => investmentEventLoaders(app.repos.investmentEvents, viewer),
  figureSources: (app) => [app.investmentEvents],
});
