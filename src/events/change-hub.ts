import { keyOfEvent, type EventKey } from './change-cursor';
import type { ChangeLogRepository } from './change-log.repository';
import { EventBatch, type Delivery } from './event-batch';
import { log } from '../observability/logger';
import { changeRead } from '../observability/metrics';

export type HubListener = (delivery: Delivery) => void;

const BATCH = 500;
const FIRST_RETRY_MS = 10;

/**
 * The one reader of the change log in this process: told that something was committed (here,
 * or by another instance through Redis), it reads what follows its own position, once, and
 * hands each event to every listener; per-listener work is a filter and a push. A notice that
 * never comes costs latency, not events: the log is also polled.
 */
export class ChangeHub {
  private position: EventKey | null = null;
  private draining: Promise<void> | null = null;
  private again = false;
  private retryMs = FIRST_RETRY_MS;
  private retryTimer: NodeJS.Timeout | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private readonly listeners = new Set<HubListener>();

  constructor(
    private readonly log: ChangeLogRepository,
    private readonly pollMs: number,
  ) {}

  /** Starts after the last settled event: subscribers get what comes next. */
  async start(): Promise<void> {
    this.position = await this.log.head();
    this.pollTimer = setInterval(() => this.poke(), this.pollMs);
  }

  async stop(): Promise<void> {
    if (this.pollTimer) clearInterval(this.pollTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.pollTimer = this.retryTimer = null;
    this.listeners.clear();
    await this.draining;
  }

  listen(listener: HubListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Something may have been committed: read on from this instance's position. */
  poke(): void {
    if (!this.pollTimer) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drain().finally(() => {
      this.draining = null;
      if (this.again) {
        this.again = false;
        this.poke();
      }
    });
  }

  /** Subscribers listening now (for tests and metrics). */
  get listenerCount(): number {
    return this.listeners.size;
  }

  /** Resolves once what was committed before the call has been read and handed out. */
  async caughtUp(): Promise<void> {
    this.poke();
    while (this.draining) await this.draining;
  }

  private async drain(): Promise<void> {
    try {
      for (;;) {
        const events = await this.log.readAfter(this.position, BATCH);
        const batch = new EventBatch();
        for (const event of events) {
          this.position = keyOfEvent(event);
          changeRead(event.at);
          this.deliver({ event, key: this.position, batch });
        }
        if (events.length < BATCH) break;
      }
      // Committed events held back by an older transaction still running: look again soon.
      if (await this.log.hasUnsettledAfter(this.position)) this.retrySoon();
      else this.retryMs = FIRST_RETRY_MS;
    } catch (e) {
      log.error({ err: e }, 'reading the change log failed; retrying');
      this.retrySoon();
    }
  }

  private deliver(delivery: Delivery): void {
    for (const listener of this.listeners) {
      try {
        listener(delivery);
      } catch (e) {
        log.error({ err: e }, 'a subscriber failed on a change event');
      }
    }
  }

  private retrySoon(): void {
    if (this.retryTimer || !this.pollTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.poke();
    }, this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, this.pollMs);
  }
}
