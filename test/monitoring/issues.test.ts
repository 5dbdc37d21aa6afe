import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import {
  ISSUES,
  PROJECT_MONITORING,
  RAISE,
  UPDATE_ISSUE,
  createInvestor,
  createProject,
  eventsOf,
  meId,
  officeIdsByCode,
} from './monitoring-support';

let server: TestServer;
let ro75: GraphQLClient, ro61: GraphQLClient, nc: GraphQLClient, ncViewer: GraphQLClient, tf: GraphQLClient, ab: GraphQLClient;
let embCn: GraphQLClient, embDe: GraphQLClient, provider: GraphQLClient;
let office: Record<string, string>;
let cnInvestor: string, almatyProject: string, turkistanProject: string;

beforeAll(async () => {
  server = await startTestServer();
  [ro75, ro61, nc, ncViewer, tf, ab, embCn, embDe, provider] = await Promise.all([
    server.as('RO-KZ-75'),
    server.as('RO-KZ-61'),
    server.as('NC-KI'),
    server.as('NC-KI', 'VIEWER'),
    server.as('TF-KI'),
    server.as('AB-MFA', 'ADMIN'),
    server.as('EMB-CN'),
    server.as('EMB-DE'),
    server.as('SP-VISA'),
  ]);
  office = await officeIdsByCode(nc);
  cnInvestor = await createInvestor(embCn, 'Shenzhen Solar Glass Co.', 'CN');
  // A regional-tier Almaty project the Chinese investor initiates: the Almaty office then reads the investor.
  almatyProject = await createProject(nc, 'Solar glass line', 'KZ-75', { initiatorId: cnInvestor });
  turkistanProject = await createProject(nc, 'Cotton gin', 'KZ-61');
});
afterAll(() => server.stop());

const issueInput = (extra: Record<string, unknown> = {}) => ({
  investorId: cnInvestor,
  title: 'Grid connection delayed',
  description: 'The utility has not connected the site for four months.',
  category: 'UTILITIES',
  systemic: false,
  ...extra,
});
const raise = async (client: GraphQLClient, extra: Record<string, unknown> = {}) =>
  (await client.ok(RAISE, { input: issueInput(extra) })).raiseInvestorIssue;
const update = (client: GraphQLClient, id: string, input: Record<string, unknown>) => client.request(UPDATE_ISSUE, { id, input });
const listIds = async (client: GraphQLClient, filter: Record<string, unknown> = {}) =>
  (await client.ok(ISSUES, { filter, first: 100 })).investorIssues.edges.map((e: { node: { id: string } }) => e.node.id);

describe('raiseInvestorIssue', () => {
  it('records an OPEN issue raised by the caller’s office, with its first status in the history', async () => {
    const issue = await raise(embCn, { projectId: almatyProject });
    expect(issue).toMatchObject({
      title: 'Grid connection delayed',
      category: 'UTILITIES',
      systemic: false,
      status: 'OPEN',
      investor: { id: cnInvestor },
      project: { id: almatyProject },
      raisedBy: { id: office['EMB-CN'], code: 'EMB-CN' },
      version: 1,
    });
    const [event] = await eventsOf(server, issue.id);
    // Exactly those who may read the investor: its owner, its host country, the region of its project.
    expect(event).toMatchObject({ entity: 'INVESTOR_ISSUE', action: 'CREATED', region_code: null });
    expect(event!.readers).toEqual(expect.arrayContaining(['EMB-CN', 'RO-KZ-75']));
    expect(event!.readers).not.toContain('EMB-DE');
    expect(event!.readers).not.toContain('RO-KZ-61');
  });

  it('needs an investor (and project) the caller may read: otherwise NOT_FOUND, as for a missing one', async () => {
    expect(await ro61.fails(RAISE, { input: issueInput() })).toBe('NOT_FOUND');
    expect(await embDe.fails(RAISE, { input: issueInput() })).toBe('NOT_FOUND');
    expect(await ro75.fails(RAISE, { input: issueInput({ projectId: turkistanProject }) })).toBe('NOT_FOUND');
    expect(await ro75.fails(RAISE, { input: issueInput({ investorId: '00000000-0000-4000-8000-000000000000' }) })).toBe('NOT_FOUND');
    expect(await ro75.fails(RAISE, { input: issueInput({ title: '' }) })).toBe('BAD_USER_INPUT');
  });

  it('is for OFFICERs and ADMINs of front offices', async () => {
    expect(await ncViewer.fails(RAISE, { input: issueInput() })).toBe('FORBIDDEN');
    expect(await provider.fails(RAISE, { input: issueInput() })).toBe('FORBIDDEN');
    for (const client of [ro75, nc, tf, ab]) expect((await raise(client)).status).toBe('OPEN');
  });
});

describe('updateInvestorIssue', () => {
  it('moves through the statuses; RESOLVED needs a resolution; history oldest first', async () => {
    const issue = await raise(embCn, { projectId: almatyProject });
    const inProgress = (await update(embCn, issue.id, { status: 'IN_PROGRESS', expectedVersion: 1 })).data!.updateInvestorIssue;
    expect(inProgress).toMatchObject({ status: 'IN_PROGRESS', version: 2 });
    expect(await embCn.fails(UPDATE_ISSUE, { id: issue.id, input: { status: 'RESOLVED', expectedVersion: 2 } })).toBe('BAD_USER_INPUT');
    const resolved = (await update(ro75, issue.id, { status: 'RESOLVED', resolution: 'Connected on 3 March.', expectedVersion: 2 })).data!
      .updateInvestorIssue;
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolution: 'Connected on 3 March.', version: 3 });
    const [embId, roId] = await Promise.all([meId(embCn), meId(ro75)]);
    expect(resolved.history.map((h: { status: string; actor: { id: string } }) => [h.status, h.actor.id])).toEqual([
      ['OPEN', embId],
      ['IN_PROGRESS', embId],
      ['RESOLVED', roId],
    ]);
  });

  it('answers a stale version with CONFLICT and changes nothing', async () => {
    const issue = await raise(embCn);
    await embCn.ok(UPDATE_ISSUE, { id: issue.id, input: { title: 'Grid connection still delayed', expectedVersion: 1 } });
    expect(await embCn.fails(UPDATE_ISSUE, { id: issue.id, input: { status: 'IN_PROGRESS', expectedVersion: 1 } })).toBe('CONFLICT');
    const [node] = (
      await embCn.ok(ISSUES, { filter: { investorId: cnInvestor, status: 'IN_PROGRESS' }, first: 100 })
    ).investorIssues.edges.filter((e: { node: { id: string } }) => e.node.id === issue.id);
    expect(node).toBeUndefined();
  });

  it("is for the raising office, the project's responsible office, the National Company, the Task Force and the authorized body", async () => {
    const withProject = await raise(embCn, { projectId: almatyProject });
    let version = 1;
    for (const client of [embCn, ro75, nc, tf, ab]) {
      const res = await update(client, withProject.id, { systemic: version % 2 === 1, expectedVersion: version });
      expect(res.errors).toBeUndefined();
      version = res.data!.updateInvestorIssue.version;
    }
    // Raised by the National Company, about no project: the embassy and the Almaty office read the investor but may not update it.
    const byNc = await raise(nc);
    expect(await embCn.fails(UPDATE_ISSUE, { id: byNc.id, input: { systemic: true, expectedVersion: 1 } })).toBe('FORBIDDEN');
    expect(await ro75.fails(UPDATE_ISSUE, { id: byNc.id, input: { systemic: true, expectedVersion: 1 } })).toBe('FORBIDDEN');
    // Those who may not read the investor: absent.
    expect(await ro61.fails(UPDATE_ISSUE, { id: byNc.id, input: { systemic: true, expectedVersion: 1 } })).toBe('NOT_FOUND');
    expect(await embDe.fails(UPDATE_ISSUE, { id: byNc.id, input: { systemic: true, expectedVersion: 1 } })).toBe('NOT_FOUND');
    expect(await ncViewer.fails(UPDATE_ISSUE, { id: byNc.id, input: { systemic: true, expectedVersion: 1 } })).toBe('FORBIDDEN');
  });
});

describe('investorIssues', () => {
  it('shows an issue to exactly those who may read the investor', async () => {
    const issue = await raise(embCn, { projectId: almatyProject, systemic: true, category: 'LAND' });
    for (const client of [embCn, ro75, nc, tf, ab, ncViewer]) expect(await listIds(client)).toContain(issue.id);
    for (const client of [ro61, embDe]) expect(await listIds(client)).not.toContain(issue.id);
    expect(await provider.fails(ISSUES, { first: 5 })).toBe('FORBIDDEN');
  });

  it('filters by investor, project, status, category, systemic and raising office', async () => {
    const a = await raise(embCn, { projectId: almatyProject, systemic: true, category: 'TAXES' });
    const b = await raise(nc, { category: 'CUSTOMS' });
    await embCn.ok(UPDATE_ISSUE, { id: a.id, input: { status: 'IN_PROGRESS', expectedVersion: 1 } });
    expect(await listIds(ab, { investorId: cnInvestor, category: 'TAXES' })).toEqual([a.id]);
    expect(await listIds(ab, { investorId: cnInvestor, category: 'CUSTOMS' })).toEqual([b.id]);
    expect(await listIds(ab, { projectId: almatyProject, status: 'IN_PROGRESS' })).toContain(a.id);
    expect(await listIds(ab, { investorId: cnInvestor, systemic: true, category: 'TAXES' })).toEqual([a.id]);
    expect(await listIds(ab, { investorId: cnInvestor, raisedByOfficeId: office['NC-KI'], category: 'CUSTOMS' })).toEqual([b.id]);
    // A project the caller may not read finds nothing, as one that does not exist.
    const hidden = await raise(nc, { projectId: turkistanProject });
    expect(await listIds(nc, { projectId: turkistanProject })).toEqual([hidden.id]);
    expect(await listIds(ro75, { projectId: turkistanProject })).toEqual([]);
  });

  it('appears on its project (Project.issues)', async () => {
    const issue = await raise(ro75, { projectId: almatyProject, title: 'Customs clearance of glass furnaces' });
    const { project } = await ro75.ok(PROJECT_MONITORING, { id: almatyProject });
    expect(project.issues).toContainEqual({ id: issue.id, title: 'Customs clearance of glass furnaces', status: 'OPEN' });
  });
});
