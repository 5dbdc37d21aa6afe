import { randomUUID } from 'node:crypto';
import { viewerOfToken } from '../../src/context/build-context';
import { cursorOf, keyOfCursor, keyOfEvent } from '../../src/events/change-cursor';
import { canSee } from '../../src/events/visibility';
import { contract } from '../support/contract';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import { createInvestor, createProject, logHead, readLog, settled, UPDATE_PROJECT } from './fixtures';

let server: TestServer;
let nc: GraphQLClient;
let almaty: GraphQLClient;
let shymkent: GraphQLClient;
let china: GraphQLClient;
let visa: GraphQLClient;

beforeAll(async () => {
  server = await startTestServer();
  [nc, almaty, shymkent, china, visa] = await Promise.all(['NC-KI', 'RO-KZ-75', 'RO-KZ-61', 'EMB-CN', 'SP-VISA'].map((o) => server.as(o)));
});
afterAll(() => server.stop());

describe('changeLog', () => {
  it('pages the changes oldest first, each in the office scope, with actor and changed fields', async () => {
    await settled(server);
    const starts = await Promise.all([nc, almaty, shymkent, china, visa].map((c) => logHead(c)));
    const inAlmaty = await createProject(almaty, 'KZ-75');
    const inShymkent = await createProject(shymkent, 'KZ-61');
    await almaty.ok(UPDATE_PROJECT, { id: inAlmaty.id, v: inAlmaty.version, input: { stage: 'PREPARATION' } });
    const chinese = await createInvestor(china, 'CN');
    const german = await createInvestor(nc, 'DE');
    await settled(server);
    const [all, ro75, ro61, emb, sp] = await Promise.all([nc, almaty, shymkent, china, visa].map((c, i) => readLog(c, starts[i])));

    const ids = (edges: typeof all) => edges.map((e) => e.node.entityId);
    expect(ids(all)).toEqual([inAlmaty.id, inShymkent.id, inAlmaty.id, chinese.id, german.id]);
    expect(all[2].node).toMatchObject({ entity: 'PROJECT', action: 'UPDATED', changedFields: ['stage'] });
    expect(all[0].node.actor?.id).toBeTruthy();
    // A regional organization: its region's projects only; not foreign investors of others.
    expect(ids(ro75)).toEqual([inAlmaty.id, inAlmaty.id]);
    expect(ids(ro61)).toEqual([inShymkent.id]);
    // An embassy: all projects (it promotes them) and investors of its host country.
    expect(ids(emb)).toEqual([inAlmaty.id, inShymkent.id, inAlmaty.id, chinese.id]);
    // A service provider: none of these.
    expect(ids(sp)).toEqual([]);
  });

  it('applies the same visibility rule in SQL (changeLog) as per event (subscriptions)', async () => {
    await settled(server);
    const start = await logHead(nc);
    const admin = await server.as('AB-MFA', 'ADMIN');
    const officeOf = async (c: GraphQLClient) => (await c.ok('{ me { office { id } } }')).me.office.id as string;
    await createProject(almaty, 'KZ-75');
    await createProject(shymkent, 'KZ-61');
    await createInvestor(china, 'CN');
    await createInvestor(almaty, 'DE');
    for (const office of [china, visa, almaty]) {
      const input = {
        email: `scope-${randomUUID().slice(0, 8)}@irm.test`,
        password: 'password-123',
        name: 'Scope Test',
        role: 'VIEWER',
        officeId: await officeOf(office),
      };
      await admin.ok(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input });
    }
    await settled(server);
    const events = await server.irm.app.repos.changeLog.readAfter(start ? keyOfCursor(start, 'after') : null, 1000);
    // The authorized body's administrators read every one of these (people included).
    const all = new Set((await readLog(admin, start)).map((e) => e.cursor));
    const ours = events.filter((e) => all.has(cursorOf(keyOfEvent(e))));
    expect(ours).toHaveLength(7);
    for (const client of [almaty, shymkent, china, visa, nc, admin]) {
      const viewer = await viewerOfToken(server.irm.app, `Bearer ${client.token}`);
      const bySql = (await readLog(client, start)).map((e) => e.node.entityId);
      const perEvent = ours.filter((e) => viewer && canSee(viewer, e)).map((e) => e.entityId);
      expect(bySql).toEqual(perEvent);
      // A service provider reads none of these; an officer never reads people's accounts (administrators do).
      if (client === visa) expect(bySql).toEqual([]);
      else expect(bySql.length).toBeGreaterThan(0);
    }
  });

  it('filters by kind, region, office and record', async () => {
    await settled(server);
    const start = await logHead(nc);
    const p = await createProject(nc, 'KZ-75');
    const investor = await createInvestor(china, 'CN');
    const chinaOfficeId = (await china.ok('{ me { office { id } } }')).me.office.id;
    await settled(server);
    expect((await readLog(nc, start, { entities: ['INVESTOR'] })).map((e) => e.node.entityId)).toEqual([investor.id]);
    expect((await readLog(nc, start, { regionCodes: ['KZ-75'] })).map((e) => e.node.entityId)).toEqual([p.id]);
    expect((await readLog(nc, start, { officeIds: [chinaOfficeId] })).map((e) => e.node.entityId)).toEqual([investor.id]);
    expect((await readLog(nc, start, { entityId: p.id })).map((e) => e.node.entityId)).toEqual([p.id]);
    expect(await nc.fails(contract('ChangeLog'), { filter: { officeIds: ['not-a-uuid'] } })).toBe('BAD_USER_INPUT');
  });

  it('answers the contract operation and refuses a bad cursor or page size', async () => {
    const { changeLog } = await nc.ok(contract('ChangeLog'), { first: 2 });
    expect(changeLog.edges.length).toBeLessThanOrEqual(2);
    expect(await nc.fails(contract('ChangeLog'), { after: 'nonsense' })).toBe('BAD_USER_INPUT');
    expect(await nc.fails(contract('ChangeLog'), { first: 0 })).toBe('BAD_USER_INPUT');
    expect(await nc.fails(contract('ChangeLog'), { first: 101 })).toBe('BAD_USER_INPUT');
    expect(await server.anonymous.fails(contract('ChangeLog'))).toBe('UNAUTHENTICATED');
  });
});
