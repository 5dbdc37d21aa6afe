import { addCalendarDays, todayInAlmaty } from '../../src/calendar/almaty-time';
import { ManualClock } from '../support/clock';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import {
  CREATE_PROJECT,
  PROJECT_MONITORING,
  RECORD_PROGRESS,
  STALLED,
  UPDATE_PROJECT,
  createProject,
  eventsOf,
  meId,
} from './monitoring-support';

// Projects are registered at the database's time; the clock starts there and moves forward.
const clock = new ManualClock(new Date());
let server: TestServer;
let ro75: GraphQLClient, ro61: GraphQLClient, nc: GraphQLClient, ncViewer: GraphQLClient, embCn: GraphQLClient, provider: GraphQLClient;

beforeAll(async () => {
  server = await startTestServer({ clock });
  [ro75, ro61, nc, ncViewer, embCn, provider] = await Promise.all([
    server.as('RO-KZ-75'),
    server.as('RO-KZ-61'),
    server.as('NC-KI'),
    server.as('NC-KI', 'VIEWER'),
    server.as('EMB-CN'),
    server.as('SP-VISA'),
  ]);
});
afterAll(() => server.stop());

const today = () => todayInAlmaty(clock.now());
const report = (projectId: string, extra: Record<string, unknown> = {}) => ({
  projectId,
  asOf: today(),
  spentKzt: '1500000.50',
  jobsCreated: 12,
  ...extra,
});
const monitoring = async (client: GraphQLClient, id: string) => (await client.ok(PROJECT_MONITORING, { id })).project;
const stalledIds = async (client: GraphQLClient) => {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: { stalledProjects: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } } =
      await client.ok(STALLED, { first: 100, after });
    ids.push(...page.stalledProjects.edges.map((e) => e.node.id));
    if (!page.stalledProjects.pageInfo.hasNextPage) return ids;
    after = page.stalledProjects.pageInfo.endCursor;
  }
};

describe('recordProjectProgress', () => {
  it('records a report by the responsible office; with a stage the project moves, and every stage is in its history', async () => {
    const id = await createProject(ro75, 'Almaty bakery', 'KZ-75');
    const registered = (await monitoring(ro75, id)).lastProgressOn;
    expect(registered).toBe(todayInAlmaty(new Date()));
    const { recordProjectProgress: p } = await ro75.ok(RECORD_PROGRESS, {
      input: report(id, { stage: 'IMPLEMENTATION', note: 'Equipment delivered' }),
    });
    expect(p).toMatchObject({
      asOf: today(),
      spentKzt: '1500000.50',
      jobsCreated: 12,
      stage: 'IMPLEMENTATION',
      note: 'Equipment delivered',
      project: { id, stage: 'IMPLEMENTATION', lastProgressOn: today() },
    });

    // Another mutation moves it too: the database keeps the history whatever writes the stage.
    const { project } = await ro75.ok('query($id: ID!) { project(id: $id) { version } }', { id });
    await nc.ok(UPDATE_PROJECT, { id, v: project.version, input: { stage: 'SUSPENDED' } });
    const m = await monitoring(ro75, id);
    const [ro75Id, ncId] = await Promise.all([meId(ro75), meId(nc)]);
    expect(m.stageHistory.map((s: { stage: string; actor: { id: string } | null }) => [s.stage, s.actor?.id])).toEqual([
      ['PREPARATION', ro75Id],
      ['IMPLEMENTATION', ro75Id],
      ['SUSPENDED', ncId],
    ]);
    expect(m.stage).toBe('SUSPENDED');
    expect(m.progress).toEqual([
      { asOf: today(), spentKzt: '1500000.50', jobsCreated: 12, stage: 'IMPLEMENTATION', note: 'Equipment delivered' },
    ]);
  });

  it('lists reports newest first and takes lastProgressOn from the latest asOf', async () => {
    const id = await createProject(ro75, 'Almaty dairy', 'KZ-75');
    await ro75.ok(RECORD_PROGRESS, { input: report(id, { asOf: addCalendarDays(today(), -30), jobsCreated: 3 }) });
    await ro75.ok(RECORD_PROGRESS, { input: report(id, { asOf: addCalendarDays(today(), -10), jobsCreated: 9 }) });
    await ro75.ok(RECORD_PROGRESS, { input: report(id, { asOf: addCalendarDays(today(), -20), jobsCreated: 5 }) });
    const m = await monitoring(ro75, id);
    expect(m.progress.map((p: { jobsCreated: number }) => p.jobsCreated)).toEqual([9, 5, 3]);
    expect(m.lastProgressOn).toBe(addCalendarDays(today(), -10));
    expect(m.stageHistory.map((s: { stage: string }) => s.stage)).toEqual(['PREPARATION']);
  });

  it('refuses asOf in the future and negative amounts', async () => {
    const id = await createProject(ro75, 'Almaty brewery', 'KZ-75');
    expect(await ro75.fails(RECORD_PROGRESS, { input: report(id, { asOf: addCalendarDays(today(), 1) }) })).toBe('BAD_USER_INPUT');
    expect(await ro75.fails(RECORD_PROGRESS, { input: report(id, { spentKzt: '-0.01' }) })).toBe('BAD_USER_INPUT');
    expect(await ro75.fails(RECORD_PROGRESS, { input: report(id, { jobsCreated: -1 }) })).toBe('BAD_USER_INPUT');
    expect((await monitoring(ro75, id)).progress).toEqual([]);
  });

  it('is for whoever may write the project: others get FORBIDDEN, or NOT_FOUND where they may not read it', async () => {
    const id = await createProject(ro75, 'Almaty cannery', 'KZ-75');
    expect(await ro61.fails(RECORD_PROGRESS, { input: report(id) })).toBe('NOT_FOUND');
    expect(await embCn.fails(RECORD_PROGRESS, { input: report(id) })).toBe('FORBIDDEN');
    expect(await ncViewer.fails(RECORD_PROGRESS, { input: report(id) })).toBe('FORBIDDEN');
    expect(await provider.fails(RECORD_PROGRESS, { input: report(id) })).toBe('FORBIDDEN');
    const { recordProjectProgress } = await nc.ok(RECORD_PROGRESS, { input: report(id) });
    // A change event for the report, seen by those who may read the project.
    const [event] = await eventsOf(server, recordProjectProgress.id);
    expect(event).toMatchObject({ entity: 'PROJECT_PROGRESS', action: 'CREATED', region_code: 'KZ-75' });
  });
});

describe('stalledProjects', () => {
  it('lists PREPARATION and IMPLEMENTATION projects without progress for longer than the stall period (180 days), longest stalled first', async () => {
    clock.set(new Date());
    const at180 = await createProject(ro75, 'Stall boundary 180', 'KZ-75');
    const at181 = await createProject(ro75, 'Stall boundary 181', 'KZ-75');
    const at300 = await createProject(ro75, 'Stall boundary 300', 'KZ-75', { stage: 'IMPLEMENTATION' });
    const proposed = await createProject(ro75, 'Stall proposed', 'KZ-75', { stage: 'PROPOSED' });
    for (const [id, days] of [
      [at180, 180],
      [at181, 181],
      [at300, 300],
      [proposed, 400],
    ] as const) {
      await ro75.ok(RECORD_PROGRESS, { input: report(id, { asOf: addCalendarDays(today(), -days) }) });
    }
    const ids = await stalledIds(ro75);
    expect(ids).not.toContain(at180);
    expect(ids).not.toContain(proposed);
    expect(ids.indexOf(at300)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(at300)).toBeLessThan(ids.indexOf(at181));
    // One day later the 180-day project is one day past the period.
    clock.advance(86_400_000);
    expect(await stalledIds(ro75)).toContain(at180);
  });

  it('counts from the registration day when a project has no report', async () => {
    clock.set(new Date());
    const id = await createProject(ro75, 'Never reported', 'KZ-75');
    const registered = (await monitoring(ro75, id)).lastProgressOn;
    clock.set(new Date(`${addCalendarDays(registered, 180)}T12:00:00+05:00`));
    expect(await stalledIds(ro75)).not.toContain(id);
    clock.set(new Date(`${addCalendarDays(registered, 181)}T12:00:00+05:00`));
    expect(await stalledIds(ro75)).toContain(id);
  });

  it('takes the period from the rule set in force', async () => {
    clock.set(new Date());
    const id = await createProject(ro75, 'Short period', 'KZ-75');
    await ro75.ok(RECORD_PROGRESS, { input: report(id, { asOf: addCalendarDays(today(), -31) }) });
    expect(await stalledIds(ro75)).not.toContain(id);
    await server.irm.dataSource.query(`UPDATE rule_set SET stall_period_days = 30`);
    try {
      expect(await stalledIds(ro75)).toContain(id);
    } finally {
      await server.irm.dataSource.query(`UPDATE rule_set SET stall_period_days = 180`);
    }
  });

  it('has the read scope of projects, and pages with a cursor', async () => {
    clock.set(new Date());
    const id = await createProject(ro75, 'Scoped stall', 'KZ-75');
    await ro75.ok(RECORD_PROGRESS, { input: report(id, { asOf: addCalendarDays(today(), -500) }) });
    expect(await stalledIds(ro75)).toContain(id);
    expect(await stalledIds(embCn)).toContain(id);
    expect(await stalledIds(nc)).toContain(id);
    expect(await stalledIds(ro61)).not.toContain(id);
    expect(await provider.fails(STALLED, { first: 5 })).toBe('FORBIDDEN');

    const first = (await nc.ok(STALLED, { first: 1 })).stalledProjects;
    expect(first.edges).toHaveLength(1);
    expect(first.totalCount).toBeGreaterThanOrEqual(2);
    const second = (await nc.ok(STALLED, { first: 1, after: first.pageInfo.endCursor })).stalledProjects;
    expect(second.edges[0].node.id).not.toBe(first.edges[0].node.id);
    expect(second.edges[0].node.lastProgressOn >= first.edges[0].node.lastProgressOn).toBe(true);
    expect(await nc.fails(STALLED, { first: 1, after: 'forged' })).toBe('BAD_USER_INPUT');
  });
});

it('creates projects with their first stage in the history (createProject)', async () => {
  const { createProject: p } = await nc.ok(CREATE_PROJECT, {
    input: {
      kind: 'NEW',
      sectorCode: '10',
      isPublicPrivatePartnership: false,
      title: 'Big plant',
      regionCode: 'KZ-61',
      stage: 'PROPOSED',
      investmentVolumeKzt: '90000000000.00',
    },
  });
  const m = await monitoring(nc, p.id);
  expect(m.stageHistory).toEqual([{ stage: 'PROPOSED', at: expect.any(String), actor: { id: await meId(nc) } }]);
  expect(m.issues).toEqual([]);
});
