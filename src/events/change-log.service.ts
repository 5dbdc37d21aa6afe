import type { Viewer } from '../auth/viewer';
import type { Clock } from '../common/clock';
import { badInput } from '../common/errors';
import type { ChangeEvent } from './change-event.entity';
import { compareKeys, cursorOf, keyOfCursor, keyOfEvent, type EventKey } from './change-cursor';
import { applyChangeFilter, type ChangeFilter } from './change-filter';
import type { ChangeLogRepository } from './change-log.repository';
import type { ChangeLogConnection } from './change-log.types';
import { applyVisibility } from './visibility';

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_PAGE = 50;

/** Reading the change log (oldest first, in the viewer's scope) and keeping it to its retention. */
export class ChangeLogService {
  constructor(
    private readonly log: ChangeLogRepository,
    private readonly clock: Clock,
    private readonly retentionDays: number,
  ) {}

  async page(
    viewer: Viewer,
    after: string | null | undefined,
    first: number | null | undefined,
    filter?: ChangeFilter | null,
  ): Promise<ChangeLogConnection> {
    const size = first ?? DEFAULT_PAGE;
    const from = after ? await this.position(after, 'after') : null;
    const rows = await this.read(viewer, from, size + 1, filter);
    const edges = rows.slice(0, size).map((node) => ({ node, cursor: cursorOf(keyOfEvent(node)) }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > size,
        hasPreviousPage: Boolean(after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? after ?? null,
      },
    };
  }

  /** Settled events after `from` that the viewer may see and the filter lets through. */
  read(viewer: Viewer, from: EventKey | null, limit: number, filter?: ChangeFilter | null): Promise<ChangeEvent[]> {
    return this.log.readAfter(from, limit, (qb) => {
      applyVisibility(qb, viewer);
      applyChangeFilter(qb, filter);
    });
  }

  /**
   * The position of a client's cursor; one older than the oldest kept event has lost events
   * to retention, which the client must hear rather than silently miss them.
   */
  async position(cursor: string, argument: string): Promise<EventKey> {
    const key = keyOfCursor(cursor, argument);
    const oldest = await this.log.oldest();
    if (oldest && compareKeys(key, oldest) < 0) {
      throw badInput(`The cursor is older than the change log keeps (${this.retentionDays} days): reload, then follow the new cursor`, {
        argument,
        reason: 'CURSOR_EXPIRED',
      });
    }
    return key;
  }

  /** The retention job (CHANGE_LOG_RETENTION_DAYS): drops events older than the retention. */
  prune(): Promise<number> {
    return this.log.prune(new Date(this.clock.now().getTime() - this.retentionDays * DAY_MS));
  }
}
