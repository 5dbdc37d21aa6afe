import { randomUUID } from 'node:crypto';
import { contract } from '../support/contract';
import { ManualClock } from '../support/clock';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import { createProject, logHead, settled, sleep, UPDATE_PROJECT } from './fixtures';
import { listeners, LiveClient, subscribersReach } from './live-client';

const clock = new ManualClock();
let server: TestServer;
let nc: GraphQLClient;
let almaty: GraphQLClient;
let shymkent: GraphQLClient;
const open: LiveClient[] = [];

function live(client: GraphQLClient | null): LiveClient {
  const c = new LiveClient(server, client?.token ?? null);
  open.push(c);
  return c;
}

beforeAll(async () => {
  server = await startTestServer({ clock, env: { LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION: '3', LIVE_RECHECK_MS: '300' } });
  [nc, almaty, shymkent] = await Promise.all(['NC-KI', 'RO-KZ-75', 'RO-KZ-61'].map((o) => server.as(o)));
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.dispose()));
});
afterAll(() => server.stop());

interface ChangeData {
  changes: {
    cursor: string;
    entity: string;
    entityId: string;
    action: string;
    region: { code: string } | null;
    actor: { id: string } | null;
  };
}

describe('subscriptions over graphql-ws', () => {
  it('closes the socket with 4401 without a token or with a bad one, before any subscription starts', async () => {
    const before = listeners(server);
    for (const token of [null, 'not-a-token']) {
      const c = new LiveClient(server, token);
      open.push(c);
      const sub = c.subscribe(contract('Changes'));
      expect((await c.waitClosed()).code).toBe(4401);
      expect(sub.data).toEqual([]);
    }
    expect(listeners(server)).toBe(before);
  });

  it('delivers a project change only to offices whose scope includes it, with the project as it is now', async () => {
    const before = listeners(server);
    const ro75 = live(almaty).subscribe(contract('ProjectChanged'));
    const ro61 = live(shymkent).subscribe(contract('ProjectChanged'));
    const all = live(nc).subscribe(contract('ProjectChanged'), { filter: { regionCodes: ['KZ-75', 'KZ-61'] } });
    await subscribersReach(server, before + 3);

    const inAlmaty = await createProject(almaty, 'KZ-75');
    const inShymkent = await createProject(shymkent, 'KZ-61');
    await almaty.ok(UPDATE_PROJECT, { id: inAlmaty.id, v: inAlmaty.version, input: { stage: 'PREPARATION' } });

    const seenByAll = await all.received(3);
    expect(seenByAll.map((d) => [d.projectChanged.project.id, d.projectChanged.action])).toEqual([
      [inAlmaty.id, 'CREATED'],
      [inShymkent.id, 'CREATED'],
      [inAlmaty.id, 'UPDATED'],
    ]);
    expect((await ro75.received(2)).map((d) => d.projectChanged.project.id)).toEqual([inAlmaty.id, inAlmaty.id]);
    expect((await ro61.received(1)).map((d) => d.projectChanged.project.id)).toEqual([inShymkent.id]);
    await sleep(200);
    expect(ro61.data).toHaveLength(1);
    expect(ro75.data[1].projectChanged.project).toMatchObject({
      stage: 'PREPARATION',
      supportTier: 'REGIONAL_ORGANIZATION',
      region: { code: 'KZ-75' },
      version: 2,
    });
  });

  it('replays the changes after `since`, then continues live, without gap or duplicate', async () => {
    await settled(server);
    const since = await logHead(nc);
    const early = [];
    for (let i = 0; i < 3; i += 1) early.push(await createProject(nc, 'KZ-75'));
    const sub = live(nc).subscribe<ChangeData>(contract('Changes'), { since, filter: { entities: ['PROJECT'] } });
    // Writes while the replay runs, and after it: each must arrive exactly once, in log order.
    const during = await Promise.all([0, 1, 2].map(() => createProject(nc, 'KZ-61')));
    await sub.received(6);
    const late = await createProject(nc, 'KZ-75');
    const got = await sub.received(7);
    await sleep(200);
    const ids = got.map((d) => d.changes.entityId);
    expect(ids).toHaveLength(7);
    expect(new Set(ids).size).toBe(7);
    expect(ids.slice(0, 3)).toEqual(early.map((p) => p.id));
    expect(new Set(ids.slice(3, 6))).toEqual(new Set(during.map((p) => p.id)));
    expect(ids[6]).toBe(late.id);
    expect(got[0].changes).toMatchObject({ entity: 'PROJECT', action: 'CREATED', region: { code: 'KZ-75' } });
    expect(got[0].changes.actor?.id).toBeTruthy();

    // Resuming from a cursor received gives what followed it, nothing before.
    const resumed = live(nc).subscribe<ChangeData>(contract('Changes'), {
      since: got[4].changes.cursor,
      filter: { entities: ['PROJECT'] },
    });
    expect((await resumed.received(2)).map((d) => d.changes.entityId)).toEqual(ids.slice(5));
  });

  it('refuses a role without the permission, a bad since or filter, and caps the subscriptions of one connection', async () => {
    const provider = live(await server.as('SP-VISA'));
    expect((await provider.subscribe(contract('ProjectChanged')).failed())[0].extensions?.code).toBe('FORBIDDEN');
    const c = live(nc);
    expect((await c.subscribe(contract('Changes'), { since: 'nonsense' }).failed())[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await c.subscribe(contract('Changes'), { filter: { officeIds: ['x'] } }).failed())[0].extensions?.code).toBe('BAD_USER_INPUT');
    // Refused operations do not count against the cap.
    for (let i = 0; i < 3; i += 1)
      expect((await c.subscribe('subscription { nothing }').failed())[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const before = listeners(server);
    [0, 1, 2].forEach(() => c.subscribe(contract('Changes')));
    await subscribersReach(server, before + 3);
    const fourth = await c.subscribe(contract('Changes')).failed();
    expect(fourth[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_SUBSCRIPTIONS' });
  });

  it('stops a user who is deactivated: the socket closes with 4401', async () => {
    const admin = await server.as('AB-MFA', 'ADMIN');
    const officeId = (await almaty.ok('{ me { office { id } } }')).me.office.id;
    const email = `live-${randomUUID().slice(0, 8)}@irm.test`;
    const { createUser } = await admin.ok(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { email, password: 'password-123', name: 'Live Tester', role: 'OFFICER', officeId },
    });
    const person = await server.login(email, 'password-123');
    const before = listeners(server);
    const c = live(person);
    const sub = c.subscribe<ChangeData>(contract('Changes'));
    await subscribersReach(server, before + 1);
    await createProject(almaty, 'KZ-75');
    await sub.received(1);
    await admin.ok(`mutation($id: ID!) { setUserActive(id: $id, active: false) { id } }`, { id: createUser.id });
    await createProject(almaty, 'KZ-75');
    expect((await c.waitClosed()).code).toBe(4401);
    expect(sub.data).toHaveLength(1);
  });

  it('stops a subscriber whose token expired: the socket closes with 4401', async () => {
    const before = listeners(server);
    const c = live(almaty);
    const sub = c.subscribe<ChangeData>(contract('Changes'));
    await subscribersReach(server, before + 1);
    clock.advance(13 * 60 * 60 * 1000); // JWT_TTL is 12h
    await createProject(nc, 'KZ-75');
    expect((await c.waitClosed()).code).toBe(4401);
    expect(sub.data).toHaveLength(0);
  });

  it('closes an idle connection whose token expired, by the periodic re-check', async () => {
    // The clock is past the demo tokens' expiry (previous test); no event will match this filter.
    const c = live(almaty);
    c.subscribe(contract('Changes'), { filter: { entityId: randomUUID() } });
    expect((await c.waitClosed()).code).toBe(4401);
  });
});
