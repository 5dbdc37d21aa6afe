import { defineModule } from '../module';
import { AgendaItem, HeadquartersDecision, HeadquartersMeeting } from './headquarters.entity';
import { HeadquartersRepository } from './headquarters.repository';
import { AgendaItemResolver, HeadquartersDecisionResolver, HeadquartersMeetingResolver } from './headquarters.resolver';
import { HeadquartersService } from './headquarters.service';
import { InvestorIssue, IssueStatusChange } from './issue.entity';
import { IssueRepository } from './issue.repository';
import { InvestorIssueResolver, IssueStatusChangeResolver } from './issue.resolver';
import { IssueService } from './issue.service';
import { KpiTarget } from './kpi.entity';
import { KpiRepository } from './kpi.repository';
import { KpiTargetResolver, OfficePerformanceResolver } from './kpi.resolver';
import { KpiService } from './kpi.service';
import { monitoringLoaders } from './monitoring.loaders';
import { registerMonitoringRoutes } from './monitoring-routes';
import { ProjectProgress, ProjectStageChange } from './progress.entity';
import { ProgressRepository } from './progress.repository';
import { ProjectMonitoringResolver, ProjectProgressResolver, ProjectStageChangeResolver } from './progress.resolver';
import { ProgressService } from './progress.service';

declare module '../app' {
  interface AppServices {
    progress: ProgressService;
    issues: IssueService;
    headquarters: HeadquartersService;
    kpis: KpiService;
  }
  interface Repositories {
    progress: ProgressRepository;
    issues: IssueRepository;
    headquarters: HeadquartersRepository;
    kpis: KpiRepository;
  }
}
declare module '../context/loaders' {
  interface Loaders extends ReturnType<typeof monitoringLoaders> {}
}

/**
 * Monitoring (Resolution 585: paragraph 6 central 5, regional 5 and 9, external 15; paragraph 7;
 * paragraphs 8.3, 8.4, 17, 20): project progress and stalled projects, investors' issues, the
 * Investment Headquarters' agenda and decisions, the front offices' key performance indicators.
 */
export const monitoringModule = defineModule({
  name: 'monitoring',
  entities: [
    ProjectProgress,
    ProjectStageChange,
    InvestorIssue,
    IssueStatusChange,
    HeadquartersMeeting,
    AgendaItem,
    HeadquartersDecision,
    KpiTarget,
  ],
  resolvers: [
    ProjectMonitoringResolver,
    ProjectProgressResolver,
    ProjectStageChangeResolver,
    InvestorIssueResolver,
    IssueStatusChangeResolver,
    HeadquartersMeetingResolver,
    AgendaItemResolver,
    HeadquartersDecisionResolver,
    KpiTargetResolver,
    OfficePerformanceResolver,
  ],
  provide: ({ db, repos, projects, transactions, clock, figureSources }) => {
    const progress = new ProgressRepository(db);
    const issueRepo = new IssueRepository(db);
    const headquarters = new HeadquartersRepository(db);
    const kpis = new KpiRepository(db);
    const issues = new IssueService(issueRepo, repos.investors, repos.projects, transactions, clock);
    return {
      repos: { progress, issues: issueRepo, headquarters, kpis },
      progress: new ProgressService(progress, repos.projects, projects, repos.reference, transactions, clock),
      issues,
      headquarters: new HeadquartersService(headquarters, issues, repos.offices, repos.projects, transactions, clock),
      kpis: new KpiService(kpis, repos.offices, transactions, clock, figureSources),
    };
  },
  loaders: (app, viewer) => monitoringLoaders(app.repos, viewer),
  sweeps: (app) => ({ overdueHeadquartersDecisions: (now) => app.headquarters.sweepOverdue(now) }),
  routes: registerMonitoringRoutes,
});
