import type { DataSource } from 'typeorm';
import { generatedSigningKey, TokenService } from './auth/token';
import { CalendarRepository } from './calendar/calendar.repository';
import { CalendarService } from './calendar/calendar.service';
import { WorkingDaysService } from './calendar/working-days.service';
import type { Clock } from './common/clock';
import type { Config } from './config/config';
import { Transactions } from './db/transactions';
import { DeadlineSweeper } from './deadlines/deadline-sweeper';
import { ChangeLogRepository } from './events/change-log.repository';
import { ChangeLogService } from './events/change-log.service';
import { ChangeHub } from './events/change-hub';
import { LiveService } from './events/live.service';
import { ViewerGuard } from './events/viewer-guard';
import { InvestorRepository } from './investors/investor.repository';
import { InvestorService } from './investors/investor.service';
import { OfficeRepository } from './offices/office.repository';
import { OfficeService } from './offices/office.service';
import { PoolRepository } from './pool/pool.repository';
import { PoolService } from './pool/pool.service';
import { ProjectRepository } from './projects/project.repository';
import { ProjectService } from './projects/project.service';
import { ReferenceRepository } from './reference/reference.repository';
import { InvestorRequestRepository } from './requests/investor-request.repository';
import { InvestorRequestService } from './requests/investor-request.service';
import type { QuarterFigureSource } from './reports/quarter-figure-source';
import { QuarterlyReportRepository } from './reports/quarterly-report.repository';
import { QuarterlyReportService } from './reports/quarterly-report.service';
import { RecordFigureSource } from './reports/record-figures';
import { IndustrialSiteRepository } from './sites/industrial-site.repository';
import { IndustrialSiteService } from './sites/industrial-site.service';
import { ServiceApplicationRepository } from './state-services/service-application.repository';
import { ServiceApplicationService } from './state-services/service-application.service';
import { ServiceTiming } from './state-services/service-timing';
import { ServiceTransitionService } from './state-services/service-transition.service';
import { ServiceViolationRepository } from './state-services/service-violation.repository';
import { ServiceViolationService } from './state-services/service-violation.service';
import { StateServiceRepository } from './state-services/state-service.repository';
import { StateServiceCatalogue } from './state-services/state-service.service';
import { UserRepository } from './users/user.repository';
import { UserService } from './users/user.service';

export interface AppOptions {
  dataSource: DataSource;
  config: Config;
  clock: Clock;
}

/** The composition root: repositories (SQL) and services (rules), built once per process. */
export function createApp({ dataSource, config, clock }: AppOptions) {
  const transactions = new Transactions(dataSource);
  const tokens = new TokenService(config.JWT_SECRET ?? generatedSigningKey(), config.JWT_TTL);
  const repos = {
    reference: new ReferenceRepository(dataSource),
    offices: new OfficeRepository(dataSource),
    users: new UserRepository(dataSource),
    investors: new InvestorRepository(dataSource),
    projects: new ProjectRepository(dataSource),
    sites: new IndustrialSiteRepository(dataSource),
    calendar: new CalendarRepository(dataSource),
    investorRequests: new InvestorRequestRepository(dataSource),
    pools: new PoolRepository(dataSource),
    reports: new QuarterlyReportRepository(dataSource),
    stateServices: new StateServiceRepository(dataSource),
    serviceApplications: new ServiceApplicationRepository(dataSource),
    serviceViolations: new ServiceViolationRepository(dataSource),
    changeLog: new ChangeLogRepository(dataSource),
  };
  const calendar = new CalendarService(repos.calendar);
  const investorRequests = new InvestorRequestService(repos.investorRequests, repos.investors, repos.offices, repos.reference, calendar, transactions, clock);
  const serviceTiming = new ServiceTiming(calendar, repos.reference, clock);
  const serviceApplications = new ServiceApplicationService(
    repos.serviceApplications,
    repos.stateServices,
    repos.investors,
    repos.offices,
    serviceTiming,
    transactions,
  );
  const serviceViolations = new ServiceViolationService(repos.serviceViolations, repos.serviceApplications, transactions);
  /** Domains that contribute figures to the quarterly reports (chapter 5): add one line per domain. */
  const quarterFigureSources: QuarterFigureSource[] = [new RecordFigureSource(repos.reports), investorRequests, serviceApplications];
  // Started by bootstrap: the deadline sweeps of paragraphs 24 and 28 and of the request terms.
  const sweeper = new DeadlineSweeper(dataSource, clock, config.DEADLINE_SWEEP_INTERVAL_MS);
  sweeper.register('serviceViolations', (now) => serviceViolations.sweep(now));
  sweeper.register('overdueInvestorRequests', (now) => investorRequests.sweepOverdue(now));
  const changeLog = new ChangeLogService(repos.changeLog, clock, config.CHANGE_LOG_RETENTION_DAYS);
  return {
    config,
    clock,
    dataSource,
    transactions,
    tokens,
    repos,
    reference: repos.reference,
    calendar,
    offices: new OfficeService(repos.offices, repos.reference, transactions),
    users: new UserService(repos.users, repos.offices, tokens, transactions),
    investors: new InvestorService(repos.investors, repos.offices, transactions),
    projects: new ProjectService(repos.projects, transactions, clock),
    sites: new IndustrialSiteService(repos.sites, transactions),
    workingDays: new WorkingDaysService(repos.calendar, calendar, transactions),
    investorRequests,
    pools: new PoolService(repos.pools, repos.offices, transactions, clock),
    reports: new QuarterlyReportService(repos.reports, repos.offices, repos.reference, transactions, clock, quarterFigureSources),
    sweeper,
    stateServices: new StateServiceCatalogue(repos.stateServices, repos.offices, transactions),
    serviceApplications,
    serviceTransitions: new ServiceTransitionService(
      repos.serviceApplications,
      repos.stateServices,
      repos.serviceViolations,
      serviceTiming,
      transactions,
    ),
    serviceViolations,
    changeLog,
    live: new LiveService(new ChangeHub(repos.changeLog, config.CHANGE_LOG_POLL_MS), new ViewerGuard(repos.users, clock), changeLog),
  };
}

export type App = ReturnType<typeof createApp>;
