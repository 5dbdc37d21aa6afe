import { randomUUID } from 'node:crypto';
import { contract } from '../support/contract';
import { ManualClock } from '../support/clock';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import { propose } from './events-agreements-support';
import { changeEventsOf, createLead, createProjectOf, meId, officeIdOf, record } from './fixtures';

// Friday 10 April 2026, 10:00 in Almaty (UTC+5): the first quarter of 2026 is over.
const NOW = '2026-04-10T10:00:00+05:00';
const clock = new ManualClock(NOW);
let server: TestServer;
let germany: GraphQLClient;
let china: GraphQLClient;
let nc: GraphQLClient;
let taskForce: GraphQLClient;
let almaty: GraphQLClient;
let turkistan: GraphQLClient;
let provider: GraphQLClient;
let ncViewer: GraphQLClient;
let admin: GraphQLClient;
/** Owned by the embassy in Germany, with a project in Almaty (KZ-75). */
let lead: string;
let almatyProject: string;
let turkistanProject: string;

const changeEventCount = async () =>
  ((await server.irm.dataSource.query('SELECT count(*)::int AS n FROM change_event')) as { n: number }[])[0]!.n;

beforeAll(async () => {
  server = await startTestServer({ clock, env: { DEADLINE_SWEEP_INTERVAL_MS: '3600000' } });
  [germany, china, nc, taskForce, almaty, turkistan, provider, ncViewer, admin] = await Promise.all([
    server.as('EMB-DE'),
    server.as('EMB-CN'),
    server.as('NC-KI'),
    server.as('TF-KI'),
    server.as('RO-KZ-75'),
    server.as('RO-KZ-61'),
    server.as('SP-VISA'),
    server.as('NC-KI', 'VIEWER'),
    server.as('AB-MFA', 'ADMIN'),
  ]);
  lead = (await createLead(germany, 'DE')).id;
  almatyProject = await createProjectOf(nc, lead, 'KZ-75');
  turkistanProject = await createProjectOf(nc, (await createLead(nc, 'KZ')).id, 'KZ-61');
  // Server start, migrations and demo data on a fresh embedded database are slow on a busy machine.
}, 120_000);
afterAll(() => server.stop());
afterEach(() => clock.set(NOW));

describe('recordInteraction', () => {
  it("records what happened for the caller's office and author, with its follow-up", async () => {
    const input = {
      kind: 'VISIT',
      investorId: lead,
      projectId: almatyProject,
      occurredOn: '2026-04-08',
      summary: '  Visit to the Almaty plant site  ',
      outcome: 'Shortlisted the site',
      participants: ['Klaus Weber, CEO'],
      followUp: { action: 'Send the utility terms', dueOn: '2026-04-20' },
    };
    const { recordInteraction: r } = await germany.ok(contract('RecordInteraction'), { input });
    expect(r).toMatchObject({
      kind: 'VISIT',
      occurredOn: '2026-04-08',
      summary: 'Visit to the Almaty plant site',
      outcome: 'Shortlisted the site',
      participants: ['Klaus Weber, CEO'],
      investor: { id: lead },
      project: { id: almatyProject },
      office: { code: 'EMB-DE' },
      author: { id: await meId(germany) },
      followUp: { action: 'Send the utility terms', dueOn: '2026-04-20', doneAt: null, overdue: false },
      version: 1,
    });
    const [event] = await changeEventsOf(server, r.id);
    // Everyone who may read the investor: its owner and host country, the region of its project (and that region's office).
    expect(event).toMatchObject({ action: 'CREATED' });
    expect(event!.readers).toEqual(expect.arrayContaining(['EMB-DE', 'RO-KZ-75']));
    expect(event!.readers).not.toContain('RO-KZ-61');
  });

  it('is allowed to the OFFICERs and ADMINs of every office that may read the investor, and to no one else', async () => {
    const input = { investorId: lead, occurredOn: '2026-04-09' };
    for (const allowed of [germany, nc, taskForce, almaty, admin]) expect((await record(allowed, input)).id).toBeTruthy();
    const before = await changeEventCount();
    // Out of scope looks absent: the embassy in China and the Turkistan region may not read this investor.
    expect(await china.fails(contract('RecordInteraction'), { input: { kind: 'CALL', summary: 'x', ...input } })).toBe('NOT_FOUND');
    expect(await turkistan.fails(contract('RecordInteraction'), { input: { kind: 'CALL', summary: 'x', ...input } })).toBe('NOT_FOUND');
    expect(await provider.fails(contract('RecordInteraction'), { input: { kind: 'CALL', summary: 'x', ...input } })).toBe('FORBIDDEN');
    expect(await ncViewer.fails(contract('RecordInteraction'), { input: { kind: 'CALL', summary: 'x', ...input } })).toBe('FORBIDDEN');
    expect(await changeEventCount()).toBe(before);
  });

  it.each([
    ['occurredOn tomorrow (a planned meeting is a follow-up)', { occurredOn: '2026-04-11' }],
    ['an empty summary', { summary: '   ' }],
    ['a follow-up due before the interaction', { followUp: { action: 'Call back', dueOn: '2026-04-07' } }],
    ['a follow-up with no action', { followUp: { action: ' ', dueOn: '2026-04-20' } }],
    ['an empty participant', { participants: [' '] }],
    ['a date that does not exist', { occurredOn: '2026-02-30' }],
    ['a malformed investor id', { investorId: 'not-an-id' }],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_case, change) => {
    const before = await changeEventCount();
    const input = { kind: 'MEETING', investorId: lead, occurredOn: '2026-04-08', summary: 'Meeting', participants: [], ...change };
    expect(await germany.fails(contract('RecordInteraction'), { input })).toBe('BAD_USER_INPUT');
    expect(await changeEventCount()).toBe(before);
  });

  it('takes today and a follow-up due the same day; answers a hidden project exactly as a missing one', async () => {
    const today = await record(germany, {
      investorId: lead,
      occurredOn: '2026-04-10',
      followUp: { action: 'Minutes', dueOn: '2026-04-10' },
    });
    expect(today.followUp).toMatchObject({ dueOn: '2026-04-10', overdue: false });
    const hidden = await almaty.request(contract('RecordInteraction'), {
      input: { kind: 'CALL', investorId: lead, occurredOn: '2026-04-09', summary: 'x', participants: [], projectId: turkistanProject },
    });
    const missingId = randomUUID();
    const missing = await almaty.request(contract('RecordInteraction'), {
      input: { kind: 'CALL', investorId: lead, occurredOn: '2026-04-09', summary: 'x', participants: [], projectId: missingId },
    });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(hidden.errors?.[0]?.message.replace(turkistanProject, '<id>')).toBe(missing.errors?.[0]?.message.replace(missingId, '<id>'));
  });
});

describe('recordInteraction at an investment event', () => {
  const RECORD_AT_EVENT = `mutation($input: RecordInteractionInput!) {
    recordInteraction(input: $input) { id kind event { id title status organizer { code } } }
  }`;
  const AT_EVENT = `query($filter: InteractionFilter, $first: Int) {
    interactions(filter: $filter, first: $first) { totalCount edges { node { id investor { id } event { id title organizer { code } } } } }
  }`;
  const interactionCount = async () =>
    ((await server.irm.dataSource.query('SELECT count(*)::int AS n FROM interaction')) as { n: number }[])[0]!.n;
  let forum: { id: string; title: string };
  let councilOfChina: { id: string; title: string };

  beforeAll(async () => {
    // The National Company's forum still awaits the authorized body (PROPOSED): every front office reads it all the same.
    forum = await propose(nc, {
      kind: 'BUSINESS_FORUM',
      title: 'Astana investment forum',
      countryCode: 'KZ',
      city: 'Astana',
      startsOn: '2026-04-07',
      endsOn: '2026-04-08',
    });
    councilOfChina = await propose(china, {
      kind: 'BUSINESS_COUNCIL',
      title: 'Kazakh-Chinese business council',
      countryCode: 'CN',
      city: 'Beijing',
      startsOn: '2026-04-02',
      endsOn: '2026-04-02',
    });
  });

  it('is accepted for an event the caller reads, organized by another office, and resolves Interaction.event', async () => {
    const input = {
      kind: 'MEETING',
      investorId: lead,
      eventId: forum.id,
      occurredOn: '2026-04-08',
      summary: 'Met on the sidelines of the forum',
      participants: [],
    };
    const { recordInteraction } = await germany.ok(RECORD_AT_EVENT, { input });
    expect(recordInteraction).toMatchObject({
      kind: 'MEETING',
      event: { id: forum.id, title: 'Astana investment forum', status: 'PROPOSED', organizer: { code: 'NC-KI' } },
    });
    // The embassy in Germany reads the embassy in China's council too (events are coordinated in the open).
    const atCouncil = await record(germany, { investorId: lead, kind: 'EVENT', eventId: councilOfChina.id, occurredOn: '2026-04-02' });
    expect(
      (await germany.ok(AT_EVENT, { filter: { eventId: councilOfChina.id }, first: 10 })).interactions.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      ),
    ).toEqual([atCouncil.id]);
    // Without an event, the field is null.
    const { interactions } = await germany.ok(AT_EVENT, { filter: { investorId: lead, to: '2026-04-07' }, first: 100 });
    expect(
      interactions.edges
        .filter((e: { node: { id: string } }) => e.node.id !== atCouncil.id)
        .every((e: { node: { event: unknown } }) => e.node.event === null),
    ).toBe(true);
  });

  it('answers an event that does not exist NOT_FOUND with the same message as any other reference, and writes nothing', async () => {
    const [changes, rows] = [await changeEventCount(), await interactionCount()];
    const missing = randomUUID();
    const res = await germany.request(RECORD_AT_EVENT, {
      input: {
        kind: 'EVENT',
        investorId: lead,
        eventId: missing,
        occurredOn: '2026-04-08',
        summary: 'x',
        participants: [],
        followUp: { action: 'Call back', dueOn: '2026-04-20' },
      },
    });
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(res.errors?.[0]?.message.replace(missing, '<id>')).toBe('Investment event <id> was not found');
    // The same shape as the other references of the input (a project here).
    const project = await germany.request(RECORD_AT_EVENT, {
      input: { kind: 'EVENT', investorId: lead, projectId: missing, occurredOn: '2026-04-08', summary: 'x', participants: [] },
    });
    expect(project.errors?.[0]?.message.replace(missing, '<id>')).toBe('Project <id> was not found');
    // A malformed id is refused before anything is read.
    expect(
      await germany.fails(RECORD_AT_EVENT, {
        input: { kind: 'EVENT', investorId: lead, eventId: 'forum', occurredOn: '2026-04-08', summary: 'x', participants: [] },
      }),
    ).toBe('BAD_USER_INPUT');
    // An investor the caller may not read is still NOT_FOUND, even at a readable event.
    expect(
      await turkistan.fails(RECORD_AT_EVENT, {
        input: { kind: 'EVENT', investorId: lead, eventId: forum.id, occurredOn: '2026-04-08', summary: 'x', participants: [] },
      }),
    ).toBe('NOT_FOUND');
    // A service provider reads no event and may record no interaction.
    expect(
      await provider.fails(RECORD_AT_EVENT, {
        input: { kind: 'EVENT', investorId: lead, eventId: forum.id, occurredOn: '2026-04-08', summary: 'x', participants: [] },
      }),
    ).toBe('FORBIDDEN');
    expect([await changeEventCount(), await interactionCount()]).toEqual([changes, rows]);
  });

  it('is refused on a day the event was not held, and writes nothing', async () => {
    const [changes, rows] = [await changeEventCount(), await interactionCount()];
    const at = (eventId: string, occurredOn: string) =>
      germany.request(RECORD_AT_EVENT, { input: { kind: 'EVENT', investorId: lead, eventId, occurredOn, summary: 'x', participants: [] } });
    const beforeTheForum = await at(forum.id, '2026-04-06');
    expect(beforeTheForum.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'occurredOn' });
    expect((await at(forum.id, '2026-04-09')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect([await changeEventCount(), await interactionCount()]).toEqual([changes, rows]);
  });

  it('filter by event shows only the interactions of investors the caller reads', async () => {
    const chinese = (await createLead(china, 'CN')).id;
    const theirs = await record(china, { investorId: chinese, kind: 'MEETING', eventId: councilOfChina.id, occurredOn: '2026-04-02' });
    const ids = async (client: GraphQLClient) =>
      (await client.ok(AT_EVENT, { filter: { eventId: councilOfChina.id }, first: 100 })).interactions.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
    expect(await ids(china)).toContain(theirs.id);
    expect(await ids(nc)).toContain(theirs.id);
    expect(await ids(germany)).not.toContain(theirs.id);
    expect(await ids(turkistan)).toEqual([]);
  });

  it('costs the same SQL statements whatever the number of interactions at events on the page', async () => {
    const investorId = (await createLead(germany, 'DE')).id;
    const events = [
      forum,
      councilOfChina,
      await propose(germany, { title: 'Frankfurt road show', startsOn: '2026-03-30', endsOn: '2026-03-31' }),
    ];
    const [roadShow] = events.slice(2);
    const onDays: [{ id: string }, string][] = [
      [roadShow!, '2026-03-30'],
      [roadShow!, '2026-03-31'],
      [councilOfChina, '2026-04-02'],
      [councilOfChina, '2026-04-02'],
      [forum, '2026-04-07'],
      [forum, '2026-04-08'],
    ];
    for (const [event, day] of onDays) await record(germany, { investorId, eventId: event.id, occurredOn: day });
    const statements = async (first: number) => {
      const res = await germany.request(AT_EVENT, { filter: { investorId }, first });
      expect(res.errors).toBeUndefined();
      expect(res.data!.interactions.edges).toHaveLength(first);
      return res.extensions!.sqlStatementsInExecution;
    };
    await statements(1);
    const one = await statements(1);
    expect(await statements(6)).toBe(one);
  });
});

describe('interactions', () => {
  let other: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    other = (await createLead(germany, 'DE')).id;
    ids.march = (await record(germany, { investorId: other, kind: 'CALL', occurredOn: '2026-03-20' })).id;
    ids.april5 = (
      await record(germany, {
        investorId: other,
        kind: 'MEETING',
        occurredOn: '2026-04-05',
        followUp: { action: 'Send data room access', dueOn: '2026-04-06' },
      })
    ).id;
    ids.april1 = (await record(nc, { investorId: other, kind: 'VISIT', occurredOn: '2026-04-01' })).id;
  });

  it('list newest first by the day they happened, page by keyset cursors', async () => {
    const page1 = (await nc.ok(contract('Interactions'), { filter: { investorId: other }, first: 2 })).interactions;
    expect(page1.totalCount).toBe(3);
    expect(page1.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids.april5, ids.april1]);
    const page2 = (await nc.ok(contract('Interactions'), { filter: { investorId: other }, first: 2, after: page1.pageInfo.endCursor }))
      .interactions;
    expect(page2.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids.march]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect(await nc.fails(contract('Interactions'), { first: 2, after: 'forged' })).toBe('BAD_USER_INPUT');
  });

  it('filter by kind, office, project, days and overdue follow-up', async () => {
    const list = async (filter: Record<string, unknown>) =>
      (await germany.ok(contract('Interactions'), { filter: { investorId: other, ...filter }, first: 10 })).interactions.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
    expect(await list({ kind: 'CALL' })).toEqual([ids.march]);
    expect(await list({ officeId: await officeIdOf(server, 'NC-KI') })).toEqual([ids.april1]);
    expect(await list({ from: '2026-04-01', to: '2026-04-04' })).toEqual([ids.april1]);
    expect(await list({ followUpOverdue: true })).toEqual([ids.april5]);
    expect(await list({ followUpOverdue: false })).toEqual([ids.april1, ids.march]);
    expect(await germany.ok(contract('Interactions'), { filter: { projectId: almatyProject }, first: 10 })).toMatchObject({
      interactions: { totalCount: 1 },
    });
  });

  it('are visible to exactly those who may read the investor', async () => {
    const total = async (client: GraphQLClient) =>
      (await client.ok(contract('Interactions'), { filter: { investorId: lead }, first: 1 })).interactions.totalCount;
    const all = await total(nc);
    expect(all).toBeGreaterThan(0);
    for (const reader of [germany, taskForce, almaty, admin]) expect(await total(reader)).toBe(all);
    for (const outsider of [china, turkistan]) expect(await total(outsider)).toBe(0);
    // Without a filter an outsider sees none of this investor's interactions either.
    const { interactions } = await china.ok(contract('Interactions'), { first: 100 });
    expect(interactions.edges.every((e: { node: { investor: { id: string } } }) => e.node.investor.id !== lead)).toBe(true);
    expect(await provider.fails(contract('Interactions'), { first: 1 })).toBe('FORBIDDEN');
  });

  it("are the investor's own connection too", async () => {
    const { investor } = await germany.ok(contract('InvestorRelationship').replace(/agreements \{[^}]*\}|events \{[^}]*\}/g, ''), {
      id: other,
    });
    expect(investor.interactions.totalCount).toBe(3);
    expect(investor.interactions.edges[0].node.id).toBe(ids.april5);
  });
});

describe('follow-ups', () => {
  it('are overdue from the day after their due day in Asia/Almaty, never before', async () => {
    const r = await record(germany, { investorId: lead, occurredOn: '2026-04-09', followUp: { action: 'Call back', dueOn: '2026-04-10' } });
    const overdueNow = async () => {
      const { interactions } = await germany.ok(contract('Interactions'), {
        filter: { investorId: lead, followUpOverdue: true },
        first: 100,
      });
      return interactions.edges.some((e: { node: { id: string } }) => e.node.id === r.id);
    };
    clock.set('2026-04-10T23:59:59.999+05:00');
    expect(await overdueNow()).toBe(false);
    clock.set('2026-04-11T00:00:00.000+05:00');
    expect(await overdueNow()).toBe(true);
    const { investors } = await germany.ok(contract('InvestorPipeline'), { filter: { followUpOverdue: true }, first: 100 });
    const node = investors.edges.find((e: { node: { id: string } }) => e.node.id === lead)?.node;
    expect(node.openFollowUps).toContainEqual({ id: r.followUp!.id, action: 'Call back', dueOn: '2026-04-10', overdue: true });
  });

  it('become a change event once when the sweeper finds them overdue', async () => {
    const r = await record(germany, {
      investorId: lead,
      occurredOn: '2026-04-09',
      followUp: { action: 'Send the brochure', dueOn: '2026-04-12' },
    });
    const overdueEvents = async () => (await changeEventsOf(server, r.id)).filter((e) => e.changed_fields.includes('followUp.overdue'));
    clock.set('2026-04-12T23:00:00+05:00');
    await server.sweep();
    expect(await overdueEvents()).toHaveLength(0);
    clock.set('2026-04-13T00:00:01+05:00');
    await server.sweep();
    await server.sweep();
    const events = await overdueEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'UPDATED' });
    expect(events[0]!.readers).toEqual(expect.arrayContaining(['EMB-DE', 'RO-KZ-75']));
  });

  it("are completed by the interaction's office or the investor's account manager, once", async () => {
    const r = await record(almaty, {
      investorId: lead,
      occurredOn: '2026-04-09',
      followUp: { action: 'Book the site visit', dueOn: '2026-04-15' },
    });
    const complete = (client: GraphQLClient, at?: string) => client.request(contract('CompleteFollowUp'), { id: r.followUp!.id, at });
    // The National Company reads it but is neither the interaction's office nor the account manager.
    expect(await nc.fails(contract('CompleteFollowUp'), { id: r.followUp!.id })).toBe('FORBIDDEN');
    expect(await germany.fails(contract('CompleteFollowUp'), { id: r.followUp!.id })).toBe('FORBIDDEN');
    expect(await china.fails(contract('CompleteFollowUp'), { id: r.followUp!.id })).toBe('NOT_FOUND');
    expect(await china.fails(contract('CompleteFollowUp'), { id: randomUUID() })).toBe('NOT_FOUND');
    expect(await ncViewer.fails(contract('CompleteFollowUp'), { id: r.followUp!.id })).toBe('FORBIDDEN');
    // Once the embassy's officer is the account manager, she may complete it.
    await germany.ok(contract('AssignAccountManager'), { investorId: lead, userId: await meId(germany) });
    expect(await germany.fails(contract('CompleteFollowUp'), { id: r.followUp!.id, at: '2026-04-10T10:00:01+05:00' })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await germany.fails(contract('CompleteFollowUp'), { id: r.followUp!.id, at: '2026-04-08T12:00:00+05:00' })).toBe(
      'BAD_USER_INPUT',
    );
    const done = (await complete(germany, '2026-04-10T09:00:00+05:00')).data!.completeFollowUp;
    expect(done).toMatchObject({ doneAt: '2026-04-10T04:00:00.000Z', overdue: false });
    expect(await almaty.fails(contract('CompleteFollowUp'), { id: r.followUp!.id })).toBe('BAD_USER_INPUT');
    const events = await changeEventsOf(server, r.id);
    expect(events.map((e) => e.changed_fields)).toEqual([[], ['followUp.doneAt']]);
  });

  it('completed twice at once: one wins, the other is told it is done (no internal error)', async () => {
    const r = await record(germany, { investorId: lead, occurredOn: '2026-04-09', followUp: { action: 'Race', dueOn: '2026-04-15' } });
    const results = await Promise.all([germany, germany].map((c) => c.request(contract('CompleteFollowUp'), { id: r.followUp!.id })));
    const codes = results.map((res) => res.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['BAD_USER_INPUT', 'OK']);
  });
});

describe('quarterly report figures', () => {
  it('count the meetings and visits held in the quarter and the follow-ups overdue at its end', async () => {
    const figures = async () => {
      const { submitQuarterlyReport } = await germany.ok(contract('SubmitQuarterlyReport'), { year: 2026, quarter: 1 });
      return Object.fromEntries(submitQuarterlyReport.figures.map((f: { name: string; value: string }) => [f.name, Number(f.value)]));
    };
    const before = await figures();
    const investorId = (await createLead(germany, 'DE')).id;
    await record(germany, { investorId, kind: 'MEETING', occurredOn: '2026-01-01' });
    await record(germany, { investorId, kind: 'MEETING', occurredOn: '2026-03-31', followUp: { action: 'Late', dueOn: '2026-03-31' } });
    await record(germany, { investorId, kind: 'VISIT', occurredOn: '2026-02-15', followUp: { action: 'Open', dueOn: '2026-03-01' } });
    await record(germany, {
      investorId,
      kind: 'CALL',
      occurredOn: '2026-03-10',
      followUp: { action: 'Due next quarter', dueOn: '2026-04-01' },
    });
    const inTime = await record(germany, {
      investorId,
      kind: 'CALL',
      occurredOn: '2026-03-10',
      followUp: { action: 'Done in time', dueOn: '2026-03-20' },
    });
    await record(germany, { investorId, kind: 'MEETING', occurredOn: '2026-04-02' });
    await record(nc, { investorId, kind: 'MEETING', occurredOn: '2026-02-02' });
    await germany.ok(contract('CompleteFollowUp'), { id: inTime.followUp!.id, at: '2026-03-31T23:59:59.999+05:00' });
    const late = (
      await germany.ok(contract('Interactions'), { filter: { investorId, followUpOverdue: true }, first: 10 })
    ).interactions.edges
      .map((e: { node: { followUp: { id: string; dueOn: string } } }) => e.node.followUp)
      .find((f: { dueOn: string }) => f.dueOn === '2026-03-31');
    await germany.ok(contract('CompleteFollowUp'), { id: late.id, at: '2026-04-01T00:00:00+05:00' });
    const after = await figures();
    expect(after['interactions.meetingsHeld'] - before['interactions.meetingsHeld']).toBe(2);
    expect(after['interactions.visits'] - before['interactions.visits']).toBe(1);
    // Due 1 Mar and still open; due 31 Mar and done only at midnight after the quarter.
    expect(after['followUps.overdueAtQuarterEnd'] - before['followUps.overdueAtQuarterEnd']).toBe(2);
    expect(after['investors.new']).toBeDefined();
  });
});
