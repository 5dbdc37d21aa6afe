import type { SelectQueryBuilder } from 'typeorm';
import { permittedKinds, readerOf, tokensOf } from '../auth/audience';
import type { Viewer } from '../auth/viewer';
import type { ChangeEvent } from './change-event.entity';
import type { ChangeKind } from './change-kinds';

/**
 * Who may see a change: a viewer whose reader tokens meet the event's audience, which the
 * record's policy derived from the row (auth/audience.ts), for the kinds its permissions let it
 * read. `sees` applies it to one event (subscriptions), `applyVisibility` is the same rule in SQL
 * (the changeLog query).
 */
export interface Visibility {
  tokens: ReadonlySet<string>;
  kinds: ReadonlySet<ChangeKind>;
}

export function visibilityOf(viewer: Viewer): Visibility {
  const reader = readerOf(viewer);
  return { tokens: new Set(tokensOf(reader)), kinds: new Set(permittedKinds(reader)) };
}

type EventAudience = Pick<ChangeEvent, 'entity' | 'audience'>;

/** Whether the viewer's office may see this change. */
export function canSee(viewer: Viewer, event: EventAudience): boolean {
  return sees(visibilityOf(viewer), event);
}

export function sees(v: Visibility, event: EventAudience): boolean {
  return v.kinds.has(event.entity) && event.audience.some((token) => v.tokens.has(token));
}

/** The same rule as `sees`, as a WHERE clause on the change_event alias. */
export function applyVisibility(qb: SelectQueryBuilder<ChangeEvent>, viewer: Viewer): void {
  const v = visibilityOf(viewer);
  qb.andWhere(`${qb.alias}.entity IN (:...visKinds) AND ${qb.alias}.audience && :visTokens::text[]`, {
    visKinds: [...v.kinds],
    visTokens: [...v.tokens],
  });
}
