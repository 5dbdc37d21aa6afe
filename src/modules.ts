import type { IrmModule } from './module';
import { calendarModule } from './calendar/calendar.module';
import { engagementModule } from './engagement/engagement.module';
import { changeLogModule } from './events/change-log.module';
import { investorsModule } from './investors/investors.module';
import { monitoringModule } from './monitoring/monitoring.module';
import { officesModule } from './offices/offices.module';
import { poolModule } from './pool/pool.module';
import { projectsModule } from './projects/projects.module';
import { referenceModule } from './reference/reference.module';
import { reportsModule } from './reports/reports.module';
import { requestsModule } from './requests/requests.module';
import { sitesModule } from './sites/sites.module';
import { stateServicesModule } from './state-services/state-services.module';
import { usersModule } from './users/users.module';

/**
 * Every domain of IRM, in build order (a module may use the services of those above it).
 * A new domain is a folder with its `<domain>.module.ts` and one line here.
 */
export const MODULES: readonly IrmModule[] = [
  referenceModule,
  calendarModule,
  officesModule,
  usersModule,
  investorsModule,
  sitesModule,
  projectsModule,
  requestsModule,
  stateServicesModule,
  poolModule,
  engagementModule,
  reportsModule,
  monitoringModule,
  changeLogModule,
];
