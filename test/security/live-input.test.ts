import { contract } from '../support/contract';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import { createProject, UPDATE_PROJECT } from '../live/fixtures';
import { hubIdle, listeners, LiveClient, subscribersReach } from '../live/live-client';

/**
 * Issue 7 over WebSocket: subscription arguments get the input guard's answers, as a query's
 * do over HTTP (defect 7), and a project that leaves a region still reaches the subscribers
 * filtering by that region (defect 3).
 */
let server: TestServer;
let nc: GraphQLClient;
const open: LiveClient[] = [];
let logged: unknown[][];
const errorSpy = jest.spyOn(console, 'error');

function live(client: GraphQLClient): LiveClient {
  const c = new LiveClient(server, client.token);
  open.push(c);
  return c;
}

beforeAll(async () => {
  server = await startTestServer();
  nc = await server.as('NC-KI');
});
beforeEach(async () => {
  // Subscriptions of the test before end asynchronously after their sockets close.
  await hubIdle(server);
  logged = [];
  errorSpy.mockImplementation((...args: unknown[]) => void logged.push(args));
});
afterEach(async () => {
  errorSpy.mockReset();
  await Promise.all(open.splice(0).map((c) => c.dispose()));
});
afterAll(() => server.stop());

const UUID = '6f1c2a9e-4b7d-4c1e-9a3f-2d8e5b7c0a11';
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('subscription arguments are checked as over HTTP', () => {
  it.each([
    ['changes: an office id', 'Changes', { filter: { officeIds: [UUID, 'x'] } }, 'filter.officeIds[1]', /not a valid id/],
    ['changes: a record id', 'Changes', { filter: { entityId: '1 OR 1=1' } }, 'filter.entityId', /not a valid id/],
    [
      'changes: a null character in a region',
      'Changes',
      { filter: { regionCodes: ['KZ\u0000'] } },
      'filter.regionCodes[0]',
      /null character/,
    ],
    ['changes: a null character in `since`', 'Changes', { since: `${b64(['1', '1'])}\u0000` }, 'since', /null character/],
    ['changes: `since` that is not a cursor', 'Changes', { since: 'x' }, 'since', /cursor/],
    ['changes: `since` out of bigint range', 'Changes', { since: b64(['9223372036854775808', '1']) }, 'since', /cursor/],
    ['projectChanged: an id', 'ProjectChanged', { filter: { ids: ['x'] } }, 'filter.ids[0]', /not a valid id/],
    [
      'projectChanged: a null character in an id',
      'ProjectChanged',
      { filter: { ids: [`${UUID.slice(0, 35)}\u0000`] } },
      'filter.ids[0]',
      /null character/,
    ],
    [
      'projectChanged: a null character in a region',
      'ProjectChanged',
      { filter: { regionCodes: ['\u0000'] } },
      'filter.regionCodes[0]',
      /null character/,
    ],
    [
      'investorRequestChanged: an office id',
      'InvestorRequestChanged',
      { filter: { officeIds: [`${UUID}'--`] } },
      'filter.officeIds[0]',
      /not a valid id/,
    ],
    ['investorRequestChanged: an id', 'InvestorRequestChanged', { filter: { ids: ['ы'.repeat(36)] } }, 'filter.ids[0]', /not a valid id/],
  ])(
    '%s: BAD_USER_INPUT naming the argument, nothing subscribed, nothing logged',
    async (_name, operation, variables, argument, message) => {
      const before = listeners(server);
      const c = live(nc);
      const sub = c.subscribe(contract(operation), variables);
      const [error, ...more] = await sub.failed();
      expect(more).toEqual([]);
      expect(error!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(error!.message).toMatch(message);
      expect(logged).toEqual([]);
      // The connection stays usable and nothing listens for the refused subscription.
      const ok = c.subscribe(contract('ProjectChanged'));
      await subscribersReach(server, before + 1);
      expect(listeners(server)).toBe(before + 1);
      expect(ok.errors).toEqual([]);
      expect(c.closed).toBeNull();
    },
  );

  it('answers with the message and argument of the same check over HTTP', async () => {
    const http = await nc.request('query($filter: ChangeFilter) { changeLog(filter: $filter) { edges { cursor } } }', {
      filter: { officeIds: ['x'] },
    });
    const [ws] = await live(nc)
      .subscribe(contract('Changes'), { filter: { officeIds: ['x'] } })
      .failed();
    expect({ message: ws!.message, extensions: ws!.extensions }).toEqual({
      message: http.errors![0]!.message,
      extensions: http.errors![0]!.extensions,
    });
  });

  it('still starts a subscription with valid arguments', async () => {
    const before = listeners(server);
    const sub = live(nc).subscribe(contract('ProjectChanged'), { filter: { ids: [UUID.toUpperCase()], regionCodes: ['KZ-75'] } });
    await subscribersReach(server, before + 1);
    expect(sub.errors).toEqual([]);
  });
});

describe('projectChanged filtered by region (defect 3)', () => {
  interface Changed {
    projectChanged: { action: string; project: { id: string; region: { code: string } } | null };
  }

  it('delivers a move out of a region to the subscribers of the region left, and of the region entered, not to others', async () => {
    const before = listeners(server);
    const left = live(nc).subscribe<Changed>(contract('ProjectChanged'), { filter: { regionCodes: ['KZ-75'] } });
    const entered = live(nc).subscribe<Changed>(contract('ProjectChanged'), { filter: { regionCodes: ['KZ-61'] } });
    const elsewhere = live(nc).subscribe<Changed>(contract('ProjectChanged'), { filter: { regionCodes: ['KZ-11'] } });
    await subscribersReach(server, before + 3);

    const project = await createProject(nc, 'KZ-75');
    await nc.ok(UPDATE_PROJECT, { id: project.id, v: project.version, input: { regionCode: 'KZ-61' } });
    // A later change in the new region only: the old region's subscribers no longer follow it.
    await nc.ok(UPDATE_PROJECT, { id: project.id, v: project.version + 1, input: { stage: 'PREPARATION' } });
    // A marker in the first region tells that everything before it was delivered.
    const marker = await createProject(nc, 'KZ-75');

    const seenLeft = await left.received(3);
    // The project as it is now: already in KZ-61 for both of its events.
    expect(seenLeft.map((d) => [d.projectChanged.project?.id, d.projectChanged.action])).toEqual([
      [project.id, 'CREATED'],
      [project.id, 'UPDATED'],
      [marker.id, 'CREATED'],
    ]);
    const seenEntered = await entered.received(2);
    expect(seenEntered.map((d) => [d.projectChanged.project?.id, d.projectChanged.action])).toEqual([
      [project.id, 'UPDATED'],
      [project.id, 'UPDATED'],
    ]);
    expect(elsewhere.data).toEqual([]);
    expect(entered.data).toHaveLength(2);
  });
});
