import { defineModule } from '../module';
import { QuarterlyReport } from './quarterly-report.entity';
import { quarterlyReportLoaders } from './quarterly-report.loaders';
import { QuarterlyReportRepository } from './quarterly-report.repository';
import { QuarterlyReportResolver } from './quarterly-report.resolver';
import { QuarterlyReportService } from './quarterly-report.service';
import { registerReportRoutes } from './report-routes';

declare module '../app' {
  interface AppServices {
    reports: QuarterlyReportService;
  }
  interface Repositories {
    reports: QuarterlyReportRepository;
  }
}
declare module '../context/loaders' {
  interface Loaders extends ReturnType<typeof quarterlyReportLoaders> {}
}

/** The front offices' quarterly reports and their consolidation (chapter 5, paragraphs 18, 19). */
export const reportsModule = defineModule({
  name: 'reports',
  entities: [QuarterlyReport],
  resolvers: [QuarterlyReportResolver],
  provide: ({ db, repos, transactions, clock, figureSources }) => {
    const reports = new QuarterlyReportRepository(db);
    return { repos: { reports }, reports: new QuarterlyReportService(reports, repos.reference, transactions, clock, figureSources) };
  },
  loaders: (app) => quarterlyReportLoaders(app.repos.reports),
  routes: registerReportRoutes,
});
