import type { Viewer } from '../auth/viewer';
import type { Connection, PageArgs } from '../common/pagination';
import type { Transactions } from '../db/transactions';
import { ChangeAction } from '../events/change-event.entity';
import { SERVICE_APPLICATION_POLICY } from './service-application.policy';
import type { ServiceApplicationRepository } from './service-application.repository';
import { recordScopeOf } from '../auth/scope';
import type { ServiceViolation } from './service-violation.entity';
import type { ServiceViolationRepository } from './service-violation.repository';

/** Violations of state-service deadlines: listing them, and finding them as deadlines pass. */
export class ServiceViolationService {
  constructor(
    private readonly violations: ServiceViolationRepository,
    private readonly applications: ServiceApplicationRepository,
    private readonly transactions: Transactions,
  ) {}

  list(viewer: Viewer, page: PageArgs): Promise<Connection<ServiceViolation>> {
    return this.violations.list(recordScopeOf(viewer), page);
  }

  /**
   * The deadline sweeper's task (paragraph 28: "immediately"): records each deadline passed
   * before `now` that nobody met, once, with a change event per application. Returns how many
   * violations it recorded.
   */
  async sweep(now: Date): Promise<number> {
    return this.transactions.run(null, async (uow) => {
      const applicationIds = await this.violations.recordPassedDeadlines(now);
      if (applicationIds.length === 0) return 0;
      for (const application of await this.applications.byIds([...new Set(applicationIds)])) {
        uow.changed(SERVICE_APPLICATION_POLICY, application.id, ChangeAction.UPDATED, ['violations']);
      }
      return applicationIds.length;
    });
  }
}
