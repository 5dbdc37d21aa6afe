import type { ChangeEvent } from './change-event.entity';
import { compareKeys, keyOfEvent, type EventKey } from './change-cursor';
import type { ChangeHub } from './change-hub';
import { EventBatch, type Delivery } from './event-batch';
import { LiveCloseCode, type LiveConnection } from './live-connection';
import type { ViewerGuard } from './viewer-guard';
import { changeDelivered } from '../observability/metrics';

const REPLAY_PAGE = 200;

/** Live events waiting for one subscription, counted against its connection's bound. */
class DeliveryQueue {
  private items: Delivery[] = [];
  private wake: (() => void) | null = null;
  private ended = false;

  constructor(private readonly connection: LiveConnection) {}

  push(delivery: Delivery): void {
    if (this.ended) return;
    this.items.push(delivery);
    if (!this.connection.enqueued()) this.end();
    this.wake?.();
  }

  async take(): Promise<Delivery | null> {
    while (this.items.length === 0 && !this.ended) await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = null;
    const next = this.items.shift();
    if (!next) return null;
    this.connection.dequeued();
    return next;
  }

  end(): void {
    this.ended = true;
    this.connection.dequeued(this.items.length);
    this.items = [];
    this.wake?.();
  }
}

export interface StreamOptions {
  hub: ChangeHub;
  guard: ViewerGuard;
  connection: LiveConnection;
  /** Which events this subscriber gets (scope and filter): checked per event, cheap. */
  accept: (event: ChangeEvent) => boolean;
  /** Resume after this position: replay from the log first (already scoped and filtered). */
  since?: { after: EventKey; read: (after: EventKey, limit: number) => Promise<ChangeEvent[]> };
}

/**
 * A subscriber's events: with `since`, the log after it, then live. Live events are queued from
 * the moment of subscribing, so none falls in the seam; both sources follow the one log order,
 * so an event at or before the last one sent is a duplicate and is dropped.
 */
export function changeStream(options: StreamOptions): AsyncIterableIterator<Delivery> {
  const queue = new DeliveryQueue(options.connection);
  const unlisten = options.hub.listen((delivery) => {
    if (options.accept(delivery.event)) queue.push(delivery);
  });
  const cleanUp = () => {
    unlisten();
    queue.end();
  };
  const events = follow(options, queue, cleanUp);
  // Cleans up even when the stream ends before its first read (a generator not yet started skips its finally).
  return {
    next: () => events.next(),
    return: (value?: unknown) => {
      cleanUp();
      return events.return(value);
    },
    throw: (e?: unknown) => {
      cleanUp();
      return events.throw(e);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

async function* follow(options: StreamOptions, queue: DeliveryQueue, cleanUp: () => void): AsyncGenerator<Delivery, unknown> {
  const { guard, connection, since } = options;
  const mayReceive = async () => {
    if (await guard.allows(connection.viewer)) return true;
    connection.close(LiveCloseCode.Unauthorized, 'The token expired or the account was deactivated: sign in again');
    return false;
  };
  try {
    let last: EventKey | null = since?.after ?? null;
    while (since && last) {
      const page = await since.read(last, REPLAY_PAGE);
      const batch = new EventBatch();
      for (const event of page) {
        if (!(await mayReceive())) return;
        last = keyOfEvent(event);
        yield { event, key: last, batch };
      }
      if (page.length < REPLAY_PAGE) break;
    }
    for (;;) {
      const delivery = await queue.take();
      if (!delivery) return;
      if (last && compareKeys(delivery.key, last) <= 0) continue;
      if (!(await mayReceive())) return;
      last = delivery.key;
      changeDelivered(delivery.event.at);
      yield delivery;
    }
  } finally {
    cleanUp();
  }
}
