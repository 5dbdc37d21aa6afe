import type { Viewer } from '../auth/viewer';
import type { Context } from '../context/context';
import { badInput } from '../common/errors';

/**
 * Close codes of the live endpoint, beyond graphql-ws's own (4400, 4403, 4408 init timeout...):
 * - 4401: no token, a bad or expired one, or the account was deactivated; sign in again;
 * - 4413: slow consumer: the connection let too many events or bytes wait; reconnect and pass
 *   the last cursor received as `since` (nothing is lost: the log still holds it).
 */
export const LiveCloseCode = { Unauthorized: 4401, SlowConsumer: 4413 } as const;

/** How long a slow consumer gets to take its close frame before its socket is dropped. */
const CLOSE_GRACE_MS = 2_000;

export interface LiveSocket {
  close(code: number, reason: string): void;
  terminate(): void;
  readonly bufferedAmount: number;
}

export interface LiveLimits {
  maxQueuedEvents: number;
  maxBufferedBytes: number;
  maxSubscriptions: number;
}

/** One WebSocket connection: its viewer, what waits for it, how many subscriptions it holds. */
export class LiveConnection {
  private queued = 0;
  /** Ids of the operations started and not yet ended, against the per-connection cap. */
  readonly operations = new Set<string>();
  closed = false;

  constructor(
    readonly viewer: Viewer,
    private readonly socket: LiveSocket,
    readonly limits: LiveLimits,
  ) {}

  /** An event waits for this connection; past the bounds the connection is closed, not grown. */
  enqueued(): boolean {
    this.queued += 1;
    if (this.queued > this.limits.maxQueuedEvents || this.socket.bufferedAmount > this.limits.maxBufferedBytes) {
      this.close(LiveCloseCode.SlowConsumer, 'Slow consumer: reconnect and resume with your last cursor as since');
      return false;
    }
    return true;
  }

  dequeued(count = 1): void {
    this.queued -= count;
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.close(code, reason);
    // A client that does not read would not read the close frame either: its buffers go anyway.
    setTimeout(() => this.socket.terminate(), CLOSE_GRACE_MS).unref();
  }
}

const connections = new WeakMap<Context, LiveConnection>();

export function bindConnection(ctx: Context, connection: LiveConnection): Context {
  connections.set(ctx, connection);
  return ctx;
}

/** The WebSocket connection of a subscription; subscriptions are served over graphql-ws only. */
export function connectionOf(ctx: Context): LiveConnection {
  const connection = connections.get(ctx);
  if (!connection) throw badInput('Subscriptions are served over WebSocket (graphql-transport-ws) at /graphql');
  return connection;
}
