import { defineModule } from '../module';
import { ChangeEvent } from './change-event.entity';
import { ChangeHub } from './change-hub';
import { ChangeLogRepository } from './change-log.repository';
import { ChangeLogResolver } from './change-log.resolver';
import { ChangeLogService } from './change-log.service';
import { LiveResolver } from './live.resolver';
import { LiveService } from './live.service';
import { ViewerGuard } from './viewer-guard';

declare module '../app' {
  interface AppServices {
    changeLog: ChangeLogService;
    live: LiveService;
  }
  interface Repositories {
    changeLog: ChangeLogRepository;
  }
}

/** The commit-ordered change log and the live subscriptions on it. */
export const changeLogModule = defineModule({
  name: 'change-log',
  entities: [ChangeEvent],
  resolvers: [ChangeLogResolver, LiveResolver],
  provide: ({ db, config, clock, viewers }) => {
    const log = new ChangeLogRepository(db);
    const changeLog = new ChangeLogService(log, clock, config.CHANGE_LOG_RETENTION_DAYS);
    return {
      repos: { changeLog: log },
      changeLog,
      live: new LiveService(new ChangeHub(log, config.CHANGE_LOG_POLL_MS), new ViewerGuard(viewers, clock), changeLog),
    };
  },
});
