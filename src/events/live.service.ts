import { INVESTOR_REQUEST_CHANGES } from '../requests/investor-request.entity';
import { PROJECT_CHANGES } from '../projects/project.entity';
import type { Viewer } from '../auth/viewer';
import type { ChangeEvent } from './change-event.entity';
import type { ChangeKind } from './change-kinds';
import { changeStream } from './change-stream';
import { inRegions, matchesFilter, namesOffices, type ChangeFilter } from './change-filter';
import type { ChangeHub } from './change-hub';
import type { ChangeLogService } from './change-log.service';
import type { Delivery } from './event-batch';
import type { LiveConnection } from './live-connection';
import type { InvestorRequestChangeFilter, ProjectChangeFilter } from './live.types';
import type { ViewerGuard } from './viewer-guard';
import { sees, visibilityOf } from './visibility';

/** A typed filter's list: empty or absent lets everything through. */
const listed = (list: string[] | null | undefined, value: string | null): boolean =>
  !list || list.length === 0 || (value !== null && list.includes(value));

/** The subscriptions: which events each subscriber gets, checked per event against its scope (visibility.ts, computed once per subscription). */
export class LiveService {
  constructor(
    readonly hub: ChangeHub,
    readonly guard: ViewerGuard,
    private readonly changeLog: ChangeLogService,
  ) {}

  /** Every change in scope and filter; with `since`, first the ones after it (expired: CURSOR_EXPIRED). */
  async changes(
    viewer: Viewer,
    connection: LiveConnection,
    since: string | null | undefined,
    filter: ChangeFilter | null,
  ): Promise<AsyncIterable<Delivery>> {
    const after = since ? await this.changeLog.position(since, 'since') : null;
    const visibility = visibilityOf(viewer);
    return changeStream({
      hub: this.hub,
      guard: this.guard,
      connection,
      accept: (event) => sees(visibility, event) && matchesFilter(filter, event),
      since: after ? { after, read: (from, limit) => this.changeLog.read(viewer, from, limit, filter) } : undefined,
    });
  }

  /** A project that moved is in both regions for this change: a subscriber to the one it left learns that it left (issue 7, defect 3). */
  projectChanges(viewer: Viewer, connection: LiveConnection, filter: ProjectChangeFilter | null): AsyncIterable<Delivery> {
    const regions = filter?.regionCodes;
    return this.recordChanges(
      viewer,
      connection,
      PROJECT_CHANGES,
      (event) => (!regions?.length || inRegions(regions, event)) && listed(filter?.ids, event.entityId),
    );
  }

  investorRequestChanges(viewer: Viewer, connection: LiveConnection, filter: InvestorRequestChangeFilter | null): AsyncIterable<Delivery> {
    const offices = filter?.officeIds;
    return this.recordChanges(
      viewer,
      connection,
      INVESTOR_REQUEST_CHANGES,
      (event) => (!offices?.length || namesOffices(offices, event)) && listed(filter?.ids, event.entityId),
    );
  }

  /** Changes to one kind of record in scope that `matches` lets through: the typed subscriptions. */
  recordChanges(
    viewer: Viewer,
    connection: LiveConnection,
    kind: ChangeKind,
    matches: (event: ChangeEvent) => boolean,
  ): AsyncIterable<Delivery> {
    const visibility = visibilityOf(viewer);
    const accept = (event: ChangeEvent) => event.entity === kind && sees(visibility, event) && matches(event);
    return changeStream({ hub: this.hub, guard: this.guard, connection, accept });
  }
}
