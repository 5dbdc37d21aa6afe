import { contract } from '../support/contract';
import { ManualClock } from '../support/clock';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import { createProject, logHead, readLog, settled } from './fixtures';
import { LiveClient } from './live-client';

const DAY = 24 * 60 * 60 * 1000;
const clock = new ManualClock();
let server: TestServer;
let nc: GraphQLClient;

beforeAll(async () => {
  server = await startTestServer({ clock, env: { CHANGE_LOG_RETENTION_DAYS: '30' } });
  nc = await server.as('NC-KI');
});
afterAll(() => server.stop());

describe('change log retention', () => {
  it('keeps events within the retention and turns a cursor older than the oldest kept event into CURSOR_EXPIRED', async () => {
    await createProject(nc, 'KZ-75');
    await settled(server);
    const old = await logHead(nc);
    await createProject(nc, 'KZ-75');
    await settled(server);
    await server.irm.app.changeLog.prune();
    expect((await readLog(nc, old)).length).toBe(1);

    clock.advance(31 * DAY);
    const last = await createProject(nc, 'KZ-75');
    await settled(server);
    await server.irm.app.changeLog.prune();
    const res = await nc.request(contract('ChangeLog'), { after: old });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CURSOR_EXPIRED', argument: 'after' });
    const live = new LiveClient(server, nc.token);
    const [error] = await live.subscribe(contract('Changes'), { since: old }).failed();
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CURSOR_EXPIRED', argument: 'since' });
    await live.dispose();
    // The newest event is always kept, so a current cursor still reads on.
    const head = await logHead(nc);
    expect((await readLog(nc, null)).map((e) => e.node.entityId)).toEqual([last.id]);
    expect(await readLog(nc, head)).toEqual([]);
  });
});
