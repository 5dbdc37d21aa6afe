import { randomUUID } from 'node:crypto';
import { startTestServer, type TestServer } from '../support/server';
import { CREATE_PROJECT, PROJECT, UPDATE_PROJECT, buildWorld, changeEventCount, type World } from './fixtures';

/** Issue 7, defects 2, 3, 8 and 9, over HTTP. */
let server: TestServer;
let w: World;

beforeAll(async () => {
  server = await startTestServer();
  w = await buildWorld(server);
});
afterAll(() => server.stop());

const INVESTOR = 'query($id: ID!) { investor(id: $id) { id name } }';

describe('defect 2: a reference does not open a record out of scope', () => {
  it('a regional office cannot make an embassy investor the initiator of its project, so never reads it', async () => {
    const input = { ...PROJECT, title: 'Leak attempt', regionCode: 'KZ-75', investmentVolumeKzt: '1000.00', initiatorId: w.germanInvestor };
    expect(await w.almaty.fails(CREATE_PROJECT, { input })).toBe('NOT_FOUND');
    expect(
      await w.almaty.fails(UPDATE_PROJECT, {
        id: w.almatyProject.id,
        v: w.almatyProject.version,
        input: { initiatorId: w.germanInvestor },
      }),
    ).toBe('NOT_FOUND');
    expect(await w.almaty.fails(INVESTOR, { id: w.germanInvestor })).toBe('NOT_FOUND');
  });

  it('an office that reads the investor may still name it', async () => {
    const input = {
      ...PROJECT,
      title: 'Named initiator',
      regionCode: 'KZ-75',
      investmentVolumeKzt: '1000.00',
      initiatorId: w.germanInvestor,
    };
    expect((await w.nc.ok(CREATE_PROJECT, { input })).createProject.id).toBeTruthy();
  });
});

describe('defect 3: a write is judged on its result as well', () => {
  it.each([
    ['moving it to another region', { regionCode: 'KZ-61' }],
    ['raising its volume into the Task Force tier', { investmentVolumeKzt: '40000000000.00' }],
  ])('a regional office may not write its own project into what it could not create: %s', async (_name, input) => {
    const create = { ...PROJECT, title: 'Create the result', regionCode: 'KZ-75', investmentVolumeKzt: '1000.00', ...input };
    expect(await w.almaty.fails(CREATE_PROJECT, { input: create })).toBe('FORBIDDEN');
    const before = await changeEventCount(server);
    expect(await w.almaty.fails(UPDATE_PROJECT, { id: w.almatyProject.id, v: w.almatyProject.version, input })).toBe('FORBIDDEN');
    const after = await w.almaty.ok('query($id: ID!) { project(id: $id) { version supportTier region { code } } }', {
      id: w.almatyProject.id,
    });
    expect(after.project).toEqual({ version: w.almatyProject.version, supportTier: 'REGIONAL_ORGANIZATION', region: { code: 'KZ-75' } });
    expect(await changeEventCount(server)).toBe(before);
  });

  it('the region that loses a project still sees the change in its change log', async () => {
    const created = (
      await w.nc.ok(CREATE_PROJECT, { input: { ...PROJECT, title: 'Moving away', regionCode: 'KZ-75', investmentVolumeKzt: '1000.00' } })
    ).createProject;
    await w.nc.ok(UPDATE_PROJECT, { id: created.id, v: created.version, input: { regionCode: 'KZ-61' } });
    const log = 'query($id: ID!) { changeLog(first: 100, filter: { entityId: $id }) { edges { node { action changedFields } } } }';
    const seen = async (client: typeof w.almaty) =>
      (await client.ok(log, { id: created.id })).changeLog.edges.map((e: { node: { action: string } }) => e.node.action);
    expect(await seen(w.almaty)).toEqual(['CREATED', 'UPDATED']);
    expect(await seen(await server.as('RO-KZ-61'))).toEqual(['UPDATED']);
    // Afterwards the project is out of Almaty's scope: it reads as absent.
    expect(await w.almaty.fails('query($id: ID!) { project(id: $id) { id } }', { id: created.id })).toBe('NOT_FOUND');
  });
});

describe('defect 8: existence cannot be probed', () => {
  const UPDATE = 'mutation($id: ID!) { updateInvestor(id: $id, expectedVersion: 1, input: { name: "Probe" }) { id } }';

  it('an investor out of scope answers exactly as a missing one', async () => {
    const missing = randomUUID();
    // The embassy in China reads the investors of its host country only.
    const hidden = await w.china.request(UPDATE, { id: w.germanInvestor });
    const absent = await w.china.request(UPDATE, { id: missing });
    expect(hidden.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect(hidden.errors![0]!.message.replace(w.germanInvestor, '<id>')).toBe(absent.errors![0]!.message.replace(missing, '<id>'));
  });

  it('one the caller reads but may not write is FORBIDDEN', async () => {
    expect(await w.nc.fails(UPDATE, { id: w.germanInvestor })).toBe('FORBIDDEN');
  });

  it('a filter by an investor the caller may not read finds nothing', async () => {
    await w.nc.ok(CREATE_PROJECT, {
      input: { ...PROJECT, title: 'German initiative', regionCode: 'KZ-75', investmentVolumeKzt: '1000.00', initiatorId: w.germanInvestor },
    });
    const q = 'query($id: ID!) { projects(filter: { initiatorId: $id }) { totalCount edges { node { id } } } }';
    expect((await w.germany.ok(q, { id: w.germanInvestor })).projects.totalCount).toBeGreaterThan(0);
    expect((await w.china.ok(q, { id: w.germanInvestor })).projects).toEqual({ totalCount: 0, edges: [] });
    const requests = 'query($id: ID!) { investorRequests(filter: { investorId: $id }) { totalCount } }';
    expect((await w.germany.ok(requests, { id: w.germanInvestor })).investorRequests.totalCount).toBe(1);
    expect((await w.china.ok(requests, { id: w.germanInvestor })).investorRequests.totalCount).toBe(0);
  });
});

describe('defect 9: a service provider reads only applications forwarded to it', () => {
  const READ = 'query($id: ID!) { serviceApplication(id: $id) { id status } }';
  const LIST = '{ serviceApplications(first: 100) { edges { node { id } } } }';
  const listed = async () => (await w.provider.ok(LIST)).serviceApplications.edges.map((e: { node: { id: string } }) => e.node.id);

  it('not before forwarding, and from then on', async () => {
    expect(await w.provider.fails(READ, { id: w.pendingApplication })).toBe('NOT_FOUND');
    expect(await listed()).not.toContain(w.pendingApplication);
    await w.nc.ok('mutation($id: ID!) { forwardServiceApplication(id: $id) { id } }', { id: w.pendingApplication });
    expect((await w.provider.ok(READ, { id: w.pendingApplication })).serviceApplication.status).toBe('FORWARDED');
    expect(await listed()).toContain(w.pendingApplication);
  });
});
