import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestServer } from '../support/server';
import { eventually } from './fixtures';

export interface Closed {
  code: number;
  reason: string;
}

/** A graphql-ws client as a browser or service would use it, with the token in connection_init. */
export class LiveClient {
  readonly client: Client;
  closed: Closed | null = null;

  constructor(server: TestServer, token: string | null) {
    this.client = createClient({
      url: `${server.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => undefined, // the close is asserted through `closed`
      on: {
        closed: (event) => {
          const { code, reason } = event as { code: number; reason: string };
          this.closed = { code, reason: String(reason) };
        },
      },
    });
  }

  // Like GraphQLClient.ok: events read loosely unless the test gives a type.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  subscribe<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Subscription<T> {
    return new Subscription<T>(this.client, query, variables);
  }

  async waitClosed(ms = 10_000): Promise<Closed> {
    await eventually(() => this.closed !== null, ms, 'the socket to close');
    return this.closed as Closed;
  }

  dispose(): Promise<void> {
    return this.client.dispose() as Promise<void>;
  }
}

/** What one subscription received. */
export class Subscription<T> {
  readonly data: T[] = [];
  readonly errors: { message: string; extensions?: Record<string, unknown> }[] = [];
  done = false;
  private readonly stop: () => void;

  constructor(client: Client, query: string, variables: Record<string, unknown>) {
    this.stop = client.subscribe<T>(
      { query, variables },
      {
        next: (result) => {
          if (result.errors) this.errors.push(...(result.errors as Subscription<T>['errors']));
          if (result.data) this.data.push(result.data as T);
        },
        error: (e) => {
          if (Array.isArray(e)) this.errors.push(...(e as Subscription<T>['errors']));
          this.done = true;
        },
        complete: () => (this.done = true),
      },
    );
  }

  async received(count: number, ms = 10_000): Promise<T[]> {
    await eventually(() => this.data.length >= count || this.errors.length > 0, ms, `${count} events (have ${this.data.length})`);
    if (this.errors.length > 0) throw new Error(`Subscription errors: ${JSON.stringify(this.errors)}`);
    return this.data;
  }

  async failed(ms = 10_000): Promise<Subscription<T>['errors']> {
    await eventually(() => this.errors.length > 0, ms, 'an error');
    return this.errors;
  }

  unsubscribe(): void {
    this.stop();
  }
}

/** Waits until the server's hub has `count` more subscribers than `before` (subscribing is asynchronous). */
export async function subscribersReach(server: TestServer, count: number): Promise<void> {
  await eventually(() => server.irm.app.live.hub.listenerCount >= count, 10_000, `${count} hub listeners`);
}

export const listeners = (server: TestServer) => server.irm.app.live.hub.listenerCount;

/** Waits until only the instance's own listener (the viewer cache's) is left: earlier tests' subscriptions have ended. */
export async function hubIdle(server: TestServer): Promise<void> {
  await eventually(() => listeners(server) === 1, 5_000, 'earlier subscriptions to end');
}
