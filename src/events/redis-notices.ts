import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { log } from '../observability/logger';

const CHANNEL = 'irm:change-log';
const START_WAIT_MS = 2_000;

/**
 * Instances tell each other "new events were committed" over Redis pub/sub; each then reads
 * the change log from its own position. A notice carries no event, so a notice Redis loses
 * (a restart, a dropped connection) costs latency, not events: after a reconnect an instance
 * reads the log at once, and the hub's poll covers the rest.
 */
export class RedisNotices {
  private readonly instance = randomUUID();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private warned = false;

  constructor(url: string, onNotice: () => void) {
    // Named by process, so that an operator (or a test) can find this instance's connections.
    const connectionName = `irm-live-${process.pid}`;
    this.publisher = new Redis(url, { maxRetriesPerRequest: 1, connectionName });
    this.subscriber = new Redis(url, { connectionName });
    this.subscriber.on('message', (_channel: string, from: string) => {
      if (from !== this.instance) onNotice();
    });
    // (Re)connected: notices sent meanwhile are lost. Once subscribed again, read the log.
    this.subscriber.on('ready', () => {
      this.subscriber.subscribe(CHANNEL).then(onNotice, (e: Error) => this.warnOnce(e));
    });
    for (const client of [this.publisher, this.subscriber]) {
      client.on('error', (e: Error) => this.warnOnce(e));
      client.on('ready', () => (this.warned = false));
    }
  }

  /** Waits briefly for the first subscription; a Redis that is down must not stop the start (the poll covers). */
  async start(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const giveUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, START_WAIT_MS)));
    await Promise.race([this.subscriber.subscribe(CHANNEL).catch((e: Error) => this.warnOnce(e)), giveUp]);
    clearTimeout(timer);
  }

  /** After a commit: wakes the other instances (never awaited by the writer). */
  publish(): void {
    this.publisher.publish(CHANNEL, this.instance).catch((e: Error) => this.warnOnce(e));
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
  }

  private warnOnce(e: Error): void {
    if (this.warned) return;
    this.warned = true;
    log.warn({ err: e }, 'Redis unavailable; instances fall back to polling the change log');
  }
}
