import type { Socket } from 'node:net';
import WebSocket from 'ws';
import { contract } from '../support/contract';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import { eventually, sleep } from './fixtures';
import { listeners, LiveClient, subscribersReach } from './live-client';

let server: TestServer;
let nc: GraphQLClient;
let idle: number;

beforeAll(async () => {
  server = await startTestServer({ env: { LIVE_MAX_QUEUED_EVENTS: '100' } });
  nc = await server.as('NC-KI');
  idle = listeners(server);
});
afterAll(() => server.stop());

/** Writes `count` change events in one transaction (visible to offices that see everything) and tells the hub. */
async function burst(count: number): Promise<void> {
  await server.irm.dataSource.query(
    `INSERT INTO change_event (entity, entity_id, action, changed_fields, audience)
     SELECT 'INVESTOR', gen_random_uuid(), 'UPDATED', ARRAY['burst'], ARRAY['kind:AUTHORIZED_BODY', 'kind:NATIONAL_COMPANY', 'kind:TASK_FORCE']
       FROM generate_series(1, $1)`,
    [count],
  );
  server.irm.app.live.hub.poke();
}

/** A raw graphql-transport-ws client that can stop reading its socket. */
async function rawSubscriber(token: string): Promise<{ ws: WebSocket; tcp: Socket; closed: Promise<number> }> {
  const ws = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise((resolve) => ws.once('open', resolve));
  const acked = new Promise((resolve) => ws.once('message', resolve));
  ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  await acked;
  ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: contract('Changes') } }));
  return { ws, tcp: (ws as unknown as { _socket: Socket })._socket, closed };
}

describe('slow consumers', () => {
  it('delivers a burst within the bound to a client that reads', async () => {
    const before = listeners(server);
    const c = new LiveClient(server, nc.token);
    const sub = c.subscribe(contract('Changes'), { filter: { entities: ['INVESTOR'] } });
    await subscribersReach(server, before + 1);
    await burst(80);
    expect(await sub.received(80)).toHaveLength(80);
    expect(c.closed).toBeNull();
    await c.dispose();
  });

  it('closes a client that stops reading with 4413 once its backlog passes the bound, and frees it', async () => {
    await eventually(() => listeners(server) === idle, 5_000, 'the first test to unsubscribe');
    const before = listeners(server);
    const slow = await rawSubscriber(nc.token as string);
    await subscribersReach(server, before + 1);
    slow.tcp.pause();
    await burst(3000);
    await eventually(() => listeners(server) === before, 10_000, 'the slow subscription to be dropped');
    await sleep(50);
    slow.tcp.resume();
    expect(await slow.closed).toBe(4413);
    slow.ws.terminate();
  });
});
