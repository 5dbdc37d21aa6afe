import { defineModule } from '../module';
import { ServiceApplication, ServiceApplicationStep, ServiceReceiptCounter } from './service-application.entity';
import { serviceApplicationLoaders } from './service-application.loaders';
import { ServiceApplicationRepository } from './service-application.repository';
import { ServiceApplicationResolver, ServiceApplicationStepResolver } from './service-application.resolver';
import { ServiceApplicationService } from './service-application.service';
import { ServiceStepPerformanceService } from './service-step-performance';
import { ServiceStepRecord } from './service-step.entity';
import { ServiceStepRepository } from './service-step.repository';
import { ApplicationStepResolver, ServiceApplicationStepsResolver } from './service-step.resolver';
import { ServiceStepService } from './service-step.service';
import { registerServiceRoutes } from './service-routes';
import { ServiceTiming } from './service-timing';
import { ServiceTransitionService } from './service-transition.service';
import { ServiceViolation } from './service-violation.entity';
import { ServiceViolationRepository } from './service-violation.repository';
import { ServiceViolationResolver } from './service-violation.resolver';
import { ServiceViolationService } from './service-violation.service';
import { StateService } from './state-service.entity';
import { StateServiceRepository } from './state-service.repository';
import { StateServiceResolver } from './state-service.resolver';
import { StateServiceCatalogue } from './state-service.service';

declare module '../app' {
  interface AppServices {
    stateServices: StateServiceCatalogue;
    serviceApplications: ServiceApplicationService;
    serviceTransitions: ServiceTransitionService;
    serviceViolations: ServiceViolationService;
    serviceSteps: ServiceStepService;
    serviceStepPerformance: ServiceStepPerformanceService;
  }
  interface Repositories {
    stateServices: StateServiceRepository;
    serviceApplications: ServiceApplicationRepository;
    serviceViolations: ServiceViolationRepository;
    serviceSteps: ServiceStepRepository;
  }
}
declare module '../context/loaders' {
  interface Loaders extends ReturnType<typeof serviceApplicationLoaders> {}
}

/**
 * State services through the front office (chapter 6): the catalogue, applications, hand-offs,
 * violations (paragraph 28), the provider's regulated steps (Order 489) and the hand-over to the investor.
 */
export const stateServicesModule = defineModule({
  name: 'state-services',
  entities: [StateService, ServiceApplication, ServiceApplicationStep, ServiceViolation, ServiceReceiptCounter, ServiceStepRecord],
  resolvers: [
    StateServiceResolver,
    ServiceApplicationResolver,
    ServiceApplicationStepResolver,
    ServiceViolationResolver,
    ServiceApplicationStepsResolver,
    ApplicationStepResolver,
  ],
  provide: ({ db, repos, calendar, transactions, clock }) => {
    const stateServices = new StateServiceRepository(db);
    const serviceApplications = new ServiceApplicationRepository(db);
    const serviceViolations = new ServiceViolationRepository(db);
    const serviceSteps = new ServiceStepRepository(db);
    const timing = new ServiceTiming(calendar, repos.reference, clock);
    const steps = new ServiceStepService(
      serviceApplications,
      serviceSteps,
      stateServices,
      repos.offices,
      repos.users,
      timing,
      transactions,
    );
    return {
      repos: { stateServices, serviceApplications, serviceViolations, serviceSteps },
      serviceSteps: steps,
      serviceStepPerformance: new ServiceStepPerformanceService(serviceSteps, stateServices),
      stateServices: new StateServiceCatalogue(stateServices, repos.offices, transactions),
      serviceApplications: new ServiceApplicationService(
        serviceApplications,
        stateServices,
        repos.investors,
        repos.offices,
        timing,
        transactions,
      ),
      serviceTransitions: new ServiceTransitionService(serviceApplications, stateServices, serviceViolations, steps, timing, transactions),
      serviceViolations: new ServiceViolationService(serviceViolations, serviceApplications, transactions),
    };
  },
  loaders: (app, viewer) => serviceApplicationLoaders(app.repos, viewer),
  figureSources: (app) => [app.serviceApplications],
  sweeps: (app) => ({
    serviceViolations: (now) => app.serviceViolations.sweep(now),
    serviceStepsOverdue: (now) => app.serviceSteps.sweepOverdue(now),
  }),
  routes: registerServiceRoutes,
});
