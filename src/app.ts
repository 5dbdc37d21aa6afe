import type { DataSource } from 'typeorm';
import { TokenService } from './auth/token';
import { CalendarService } from './calendar/calendar.service';
import type { Clock } from './common/clock';
import type { Config } from './config/config';
import { Transactions } from './db/transactions';
import { ChangeLogRepository } from './events/change-log.repository';
import { ChangeLogService } from './events/change-log.service';
import { ChangeHub } from './events/change-hub';
import { LiveService } from './events/live.service';
import { ViewerGuard } from './events/viewer-guard';
import { InvestorRepository } from './investors/investor.repository';
import { InvestorService } from './investors/investor.service';
import { OfficeRepository } from './offices/office.repository';
import { OfficeService } from './offices/office.service';
import { ProjectRepository } from './projects/project.repository';
import { ProjectService } from './projects/project.service';
import { ReferenceRepository } from './reference/reference.repository';
import { IndustrialSiteRepository } from './sites/industrial-site.repository';
import { IndustrialSiteService } from './sites/industrial-site.service';
import { UserRepository } from './users/user.repository';
import { UserService } from './users/user.service';

/** Development-only signing key; production requires JWT_SECRET (config.ts). */
const DEVELOPMENT_JWT_SECRET = 'irm-development-only-secret-do-not-use-in-production';

export interface AppOptions {
  dataSource: DataSource;
  config: Config;
  clock: Clock;
}

/** The composition root: repositories (SQL) and services (rules), built once per process. */
export function createApp({ dataSource, config, clock }: AppOptions) {
  const transactions = new Transactions(dataSource);
  const tokens = new TokenService(config.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET, config.JWT_TTL);
  const repos = {
    reference: new ReferenceRepository(dataSource),
    offices: new OfficeRepository(dataSource),
    users: new UserRepository(dataSource),
    investors: new InvestorRepository(dataSource),
    projects: new ProjectRepository(dataSource),
    sites: new IndustrialSiteRepository(dataSource),
    changeLog: new ChangeLogRepository(dataSource),
  };
  const changeLog = new ChangeLogService(repos.changeLog, clock, config.CHANGE_LOG_RETENTION_DAYS);
  return {
    config,
    clock,
    dataSource,
    transactions,
    tokens,
    repos,
    reference: repos.reference,
    calendar: new CalendarService(dataSource),
    offices: new OfficeService(repos.offices, repos.reference, transactions),
    users: new UserService(repos.users, repos.offices, tokens, transactions),
    investors: new InvestorService(repos.investors, repos.offices, transactions),
    projects: new ProjectService(repos.projects, transactions, clock),
    sites: new IndustrialSiteService(repos.sites, transactions),
    changeLog,
    live: new LiveService(new ChangeHub(repos.changeLog, config.CHANGE_LOG_POLL_MS), new ViewerGuard(repos.users, clock), changeLog),
  };
}

export type App = ReturnType<typeof createApp>;
