import { readerKeyOf } from '../auth/audience';
import type { Context } from '../context/context';
import { createLoaders, type Loaders } from '../context/loaders';
import type { ChangeEvent } from './change-event.entity';
import type { EventKey } from './change-cursor';

/**
 * Events read from the log together share their data loads: one set of loaders per reader key
 * (everything that decides what a viewer reads: its office's tokens and its permissions), so an
 * event's project is loaded once per reader however many subscribers get it
 * (issue "Live IRM", Fan-out), and fresh per batch, never for a connection's lifetime (STACK.md).
 */
export class EventBatch {
  private readonly byReader = new Map<string, Loaders>();

  loadersFor(ctx: Context): Loaders {
    const key = readerKeyOf(ctx.viewer);
    let loaders = this.byReader.get(key);
    if (!loaders) {
      loaders = createLoaders(ctx.app, ctx.viewer);
      this.byReader.set(key, loaders);
    }
    return loaders;
  }
}

/** One event on its way to subscribers. */
export interface Delivery {
  event: ChangeEvent;
  key: EventKey;
  batch: EventBatch;
}

/** Resolves this event's fields with the batch's shared loaders (per event, not per connection). */
export function useBatchLoaders(ctx: Context, delivery: Delivery): ChangeEvent {
  ctx.loaders = delivery.batch.loadersFor(ctx);
  return delivery.event;
}
