import { Redis } from 'ioredis';
import { contract } from '../support/contract';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import { createProject, sleep } from './fixtures';
import { ServerProcess } from './server-process';
import { hubIdle, listeners, LiveClient, subscribersReach } from './live-client';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
// A long poll: what reaches the other instance within seconds came through Redis (or its reconnect).
const env = { REDIS_URL, CHANGE_LOG_POLL_MS: '60000' };

let one: ServerProcess;
let two: TestServer;
let writer: GraphQLClient;
let reader: GraphQLClient;
let redis: Redis;

beforeAll(async () => {
  one = await ServerProcess.start(env);
  two = await startTestServer({ env });
  writer = await one.as('NC-KI');
  reader = await two.as('NC-KI');
  redis = new Redis(REDIS_URL);
});
afterAll(async () => {
  redis.disconnect();
  await Promise.all([one.stop(), two.stop()]);
});

/** Cuts both instances' pub/sub connections to Redis (not other users' of the shared server). */
async function cutPubSub(): Promise<number> {
  const list = (await redis.call('CLIENT', 'LIST', 'TYPE', 'pubsub')) as string;
  const names = [process.pid, one.pid].map((pid) => ` name=irm-live-${pid} `);
  const ours = list.split('\n').filter((line) => names.some((name) => line.includes(name)));
  for (const line of ours) await redis.call('CLIENT', 'KILL', 'ID', /id=(\d+)/.exec(line)?.[1] ?? '');
  return ours.length;
}

interface ChangeData {
  changes: { entityId: string; cursor: string };
}

describe('two instances (a server process and this one) on one database and Redis', () => {
  it('delivers a change made on one instance to a subscriber on the other', async () => {
    const c = new LiveClient(two, reader.token);
    const sub = c.subscribe<ChangeData>(contract('Changes'), { filter: { entities: ['PROJECT'] } });
    await subscribersReach(two, listeners(two) + 1);
    const p = await createProject(writer, 'KZ-75');
    expect((await sub.received(1, 5_000))[0].changes.entityId).toBe(p.id);
    await c.dispose();
  });

  it('loses nothing when the Redis pub/sub connections are cut mid-stream', async () => {
    await hubIdle(two);
    const c = new LiveClient(two, reader.token);
    const sub = c.subscribe<ChangeData>(contract('Changes'), { filter: { entities: ['PROJECT'] } });
    await subscribersReach(two, listeners(two) + 1);
    const made: string[] = [];
    for (let i = 0; i < 30; i += 1) {
      if (i === 10 || i === 20) expect(await cutPubSub()).toBe(2);
      made.push((await createProject(writer, i % 2 ? 'KZ-75' : 'KZ-61')).id);
      if (i % 5 === 0) await sleep(20);
    }
    const got = (await sub.received(30, 15_000)).map((d) => d.changes.entityId);
    await sleep(300);
    expect(sub.data).toHaveLength(30);
    expect(got).toEqual(made);
    await c.dispose();
  });
});
