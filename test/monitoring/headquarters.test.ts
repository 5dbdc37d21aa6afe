import { endOfAlmatyDay } from '../../src/calendar/almaty-time';
import { ManualClock } from '../support/clock';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import {
  ADD_ITEM,
  COMPLETE,
  DECIDE,
  DECISIONS,
  MEETINGS,
  RAISE,
  SCHEDULE,
  UPDATE_ISSUE,
  createInvestor,
  createProject,
  eventsOf,
  officeIdsByCode,
} from './monitoring-support';

const clock = new ManualClock('2026-12-01T10:00:00+05:00'); // Tue 1 Dec 2026
let server: TestServer;
let ab: GraphQLClient,
  nc: GraphQLClient,
  ncViewer: GraphQLClient,
  tf: GraphQLClient,
  ro75: GraphQLClient,
  ro61: GraphQLClient,
  embCn: GraphQLClient,
  provider: GraphQLClient;
let office: Record<string, string>;
let investor: string, project: string;

beforeAll(async () => {
  server = await startTestServer({ clock });
  [ab, nc, ncViewer, tf, ro75, ro61, embCn, provider] = await Promise.all([
    server.as('AB-MFA', 'ADMIN'),
    server.as('NC-KI'),
    server.as('NC-KI', 'VIEWER'),
    server.as('TF-KI'),
    server.as('RO-KZ-75'),
    server.as('RO-KZ-61'),
    server.as('EMB-CN'),
    server.as('SP-VISA'),
  ]);
  office = await officeIdsByCode(nc);
  investor = await createInvestor(ro75, 'Almaty Glassworks LLP', 'KZ');
  project = await createProject(ro75, 'Glassworks expansion', 'KZ-75', { initiatorId: investor });
});
afterAll(() => server.stop());

const meeting = async (heldOn = '2026-12-01') =>
  (await ab.ok(SCHEDULE, { heldOn, title: 'Investment Headquarters, December' })).scheduleHeadquartersMeeting;
const item = async (meetingId: string, input: Record<string, unknown> = {}) =>
  (await ab.ok(ADD_ITEM, { meetingId, input: { summary: 'Stalled glassworks', projectId: project, ...input } })).addAgendaItem;
const decide = async (agendaItemId: string, input: Record<string, unknown> = {}) =>
  (
    await ab.ok(DECIDE, {
      agendaItemId,
      input: { decision: 'Connect the site to the grid', responsibleOfficeId: office['RO-KZ-75'], dueOn: '2026-12-10', ...input },
    })
  ).recordHeadquartersDecision;
const decisionsOf = async (client: GraphQLClient, filter: Record<string, unknown> = {}) =>
  (await client.ok(DECISIONS, { filter, first: 100 })).headquartersDecisions.edges.map((e: { node: { id: string } }) => e.node);

describe('the agenda', () => {
  it('is set by the authorized body only', async () => {
    for (const client of [nc, tf, ro75, embCn, provider]) expect(await client.fails(SCHEDULE, { heldOn: '2026-12-01' })).toBe('FORBIDDEN');
    const m = await meeting();
    expect(m).toMatchObject({ heldOn: '2026-12-01', title: 'Investment Headquarters, December' });
    for (const client of [nc, ro75]) expect(await client.fails(ADD_ITEM, { meetingId: m.id, input: { summary: 'x' } })).toBe('FORBIDDEN');
    const i = await item(m.id);
    for (const client of [nc, ro75]) {
      expect(
        await client.fails(DECIDE, {
          agendaItemId: i.id,
          input: { decision: 'x', responsibleOfficeId: office['RO-KZ-75'], dueOn: '2026-12-10' },
        }),
      ).toBe('FORBIDDEN');
    }
    expect(await ab.fails(ADD_ITEM, { meetingId: '00000000-0000-4000-8000-000000000000', input: { summary: 'x' } })).toBe('NOT_FOUND');
    expect(
      await ab.fails(DECIDE, {
        agendaItemId: i.id,
        input: { decision: 'x', responsibleOfficeId: '00000000-0000-4000-8000-000000000000', dueOn: '2026-12-10' },
      }),
    ).toBe('NOT_FOUND');
    expect(
      await ab.fails(DECIDE, {
        agendaItemId: i.id,
        input: { decision: 'x', responsibleOfficeId: office['RO-KZ-75'], dueOn: '2026-11-30' },
      }),
    ).toBe('BAD_USER_INPUT');
  });

  it('escalates an issue put on it, in the issue’s history', async () => {
    const { raiseInvestorIssue: issue } = await ro75.ok(RAISE, {
      input: {
        investorId: investor,
        projectId: project,
        title: 'No gas connection',
        description: 'Pending for a year.',
        category: 'UTILITIES',
        systemic: true,
      },
    });
    const m = await meeting();
    const added = await item(m.id, { issueId: issue.id, projectId: undefined });
    expect(added).toMatchObject({ project: { id: project }, issue: { id: issue.id, status: 'ESCALATED' } });
    const res = await ro75.ok(UPDATE_ISSUE, { id: issue.id, input: { status: 'IN_PROGRESS', expectedVersion: 2 } });
    expect(res.updateInvestorIssue.history.map((h: { status: string }) => h.status)).toEqual(['OPEN', 'ESCALATED', 'IN_PROGRESS']);
    const { raiseInvestorIssue: other } = await ro75.ok(RAISE, {
      input: { investorId: investor, title: 'Other', description: 'Other.', category: 'OTHER', systemic: false },
    });
    const otherProject = await createProject(nc, 'Unrelated', 'KZ-61');
    expect(await ab.fails(ADD_ITEM, { meetingId: m.id, input: { summary: 'x', issueId: issue.id, projectId: otherProject } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await ab.fails(ADD_ITEM, { meetingId: m.id, input: { summary: 'x', issueId: '00000000-0000-4000-8000-000000000000' } })).toBe(
      'NOT_FOUND',
    );
    expect((await item(m.id, { issueId: other.id })).issue.status).toBe('ESCALATED');
    const events = await eventsOf(server, m.id);
    expect(events.map((e) => [e.action, e.changed_fields])).toEqual([
      ['CREATED', []],
      ['UPDATED', ['agenda']],
      ['UPDATED', ['agenda']],
    ]);
    expect(events[0]!.readers).toEqual(['AB-MFA', 'NC-KI', 'TF-KI']);
  });

  it('is read with its decisions by the authorized body, the National Company and the Task Force', async () => {
    const m = await meeting();
    const i = await item(m.id);
    const d = await decide(i.id);
    for (const client of [ab, nc, ncViewer, tf]) {
      const { headquartersMeetings } = await client.ok(MEETINGS, { first: 10 });
      const node = headquartersMeetings.edges.find((e: { node: { id: string } }) => e.node.id === m.id).node;
      expect(node.agenda).toEqual([
        {
          id: i.id,
          summary: 'Stalled glassworks',
          project: { id: project },
          issue: null,
          decisions: [
            {
              id: d.id,
              decision: 'Connect the site to the grid',
              dueOn: '2026-12-10',
              status: 'OPEN',
              overdue: false,
              responsibleOffice: { id: office['RO-KZ-75'] },
            },
          ],
        },
      ]);
    }
    for (const client of [ro75, ro61, embCn, provider]) expect(await client.fails(MEETINGS, { first: 5 })).toBe('FORBIDDEN');
    // Meetings come with their agendas: pages of at most 10.
    expect(await ab.fails(MEETINGS, { first: 11 })).toBe('BAD_USER_INPUT');
  });

  it('bounds an agenda (30 items) and an item’s decisions (5)', async () => {
    const m = await meeting();
    const first = await item(m.id);
    for (let n = 1; n < 30; n++) await item(m.id);
    expect(await ab.fails(ADD_ITEM, { meetingId: m.id, input: { summary: 'One too many' } })).toBe('BAD_USER_INPUT');
    for (let n = 0; n < 5; n++) await decide(first.id);
    expect(
      await ab.fails(DECIDE, {
        agendaItemId: first.id,
        input: { decision: 'x', responsibleOfficeId: office['RO-KZ-75'], dueOn: '2026-12-10' },
      }),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('decisions', () => {
  it('are overdue while OPEN after the end of the due day in Almaty, and the sweeper says so once', async () => {
    clock.set('2026-12-01T10:00:00+05:00');
    const d = await decide((await item((await meeting()).id)).id, { dueOn: '2026-12-10' });
    expect(d).toMatchObject({ status: 'OPEN', overdue: false, responsibleOffice: { code: 'RO-KZ-75' } });
    clock.set(endOfAlmatyDay('2026-12-10'));
    await server.irm.app.headquarters.sweepOverdue(clock.now());
    let [node] = (await decisionsOf(ro75, { overdue: false })).filter((n: { id: string }) => n.id === d.id);
    expect(node).toMatchObject({ overdue: false });
    expect((await decisionsOf(ro75, { overdue: true })).map((n: { id: string }) => n.id)).not.toContain(d.id);
    expect((await eventsOf(server, d.id)).filter((e) => e.changed_fields.includes('overdue'))).toEqual([]);

    clock.advance(1);
    [node] = (await decisionsOf(ro75, { overdue: true })).filter((n: { id: string }) => n.id === d.id);
    expect(node).toMatchObject({ overdue: true, status: 'OPEN' });
    expect((await decisionsOf(ro75, { overdue: false })).map((n: { id: string }) => n.id)).not.toContain(d.id);
    const made = await server.sweep();
    expect(made.overdueHeadquartersDecisions).toBeGreaterThanOrEqual(1);
    await server.irm.app.headquarters.sweepOverdue(clock.now());
    const overdueEvents = (await eventsOf(server, d.id)).filter((e) => e.changed_fields.includes('overdue'));
    expect(overdueEvents).toHaveLength(1);
    expect(overdueEvents[0]).toMatchObject({ entity: 'HEADQUARTERS_DECISION', action: 'UPDATED', actor_id: null });
    expect(overdueEvents[0]!.readers).toContain('RO-KZ-75');
  });

  it('are listed for the responsible office (what it owes) and for the Headquarters’ offices', async () => {
    clock.set('2026-12-01T10:00:00+05:00');
    const i = await item((await meeting()).id);
    const mine = await decide(i.id);
    const theirs = await decide(i.id, { responsibleOfficeId: office['RO-KZ-61'] });
    const ids = async (client: GraphQLClient, filter = {}) => (await decisionsOf(client, filter)).map((n: { id: string }) => n.id);
    expect(await ids(ro75)).toContain(mine.id);
    expect(await ids(ro75)).not.toContain(theirs.id);
    expect(await ids(ro61)).toContain(theirs.id);
    expect(await ids(ro61)).not.toContain(mine.id);
    expect(await ids(embCn)).toEqual([]);
    for (const client of [ab, nc, tf]) expect(await ids(client, { responsibleOfficeId: office['RO-KZ-61'] })).toContain(theirs.id);
    expect(await ids(ro75, { responsibleOfficeId: office['RO-KZ-61'] })).toEqual([]);
  });

  it('are reported done by the responsible office or the authorized body, on time up to the end of the due day', async () => {
    clock.set('2026-12-01T10:00:00+05:00');
    const i = await item((await meeting()).id);
    const onTime = await decide(i.id);
    const late = await decide(i.id);
    const byAb = await decide(i.id);
    const forNc = await decide(i.id, { responsibleOfficeId: office['NC-KI'] });
    clock.set('2026-12-12T10:00:00+05:00');
    expect(await ro61.fails(COMPLETE, { id: onTime.id, report: 'Done' })).toBe('NOT_FOUND');
    expect(await nc.fails(COMPLETE, { id: onTime.id, report: 'Done' })).toBe('FORBIDDEN');
    expect(await tf.fails(COMPLETE, { id: onTime.id, report: 'Done' })).toBe('FORBIDDEN');
    expect(await ncViewer.fails(COMPLETE, { id: forNc.id, report: 'Done' })).toBe('FORBIDDEN');
    expect(await ro75.fails(COMPLETE, { id: onTime.id, report: 'Done', at: '2026-12-13T10:00:00+05:00' })).toBe('BAD_USER_INPUT');
    expect(await ro75.fails(COMPLETE, { id: onTime.id, report: 'Done', at: '2026-11-30T10:00:00+05:00' })).toBe('BAD_USER_INPUT');
    expect(await ro75.fails(COMPLETE, { id: onTime.id, report: ' ' })).toBe('BAD_USER_INPUT');

    const a = (await ro75.ok(COMPLETE, { id: onTime.id, report: 'Connected.', at: '2026-12-10T23:59:59.999+05:00' }))
      .completeHeadquartersDecision;
    expect(a).toEqual({ id: onTime.id, status: 'DONE', completedAt: '2026-12-10T18:59:59.999Z', onTime: true });
    const b = (await ro75.ok(COMPLETE, { id: late.id, report: 'Connected.', at: '2026-12-11T00:00:00+05:00' }))
      .completeHeadquartersDecision;
    expect(b).toMatchObject({ status: 'DONE', onTime: false });
    const c = (await ab.ok(COMPLETE, { id: byAb.id, report: 'Done on their behalf.' })).completeHeadquartersDecision;
    expect(c).toMatchObject({ status: 'DONE', onTime: false, completedAt: '2026-12-12T05:00:00.000Z' });
    expect(await nc.ok(COMPLETE, { id: forNc.id, report: 'Done.' })).toBeTruthy();
    expect(await ro75.fails(COMPLETE, { id: onTime.id, report: 'Again' })).toBe('BAD_USER_INPUT');
    // Done is never overdue.
    const [node] = (await decisionsOf(ro75)).filter((n: { id: string }) => n.id === late.id);
    expect(node).toMatchObject({ overdue: false, onTime: false });
  });
});
