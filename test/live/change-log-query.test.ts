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
