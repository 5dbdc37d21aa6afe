import { randomUUID } from 'node:crypto';
import { contract } from '../support/contract';
import { ManualClock } from '../support/clock';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import {
  ADD_PARTICIPANT,
  CANCEL,
  DECIDE,
  EVENTS,
  changesOf,
  createInvestor,
  eventInput,
  officeIdsByCode,
  propose,
  PROPOSE,
} from './events-agreements-support';

/**
 * Investment events (issue 9): proposed by a front office, coordinated by the authorized body
 * for the National Company, the Task Force and the regional organizations (paragraph 8.9),
 * cancelled by the organizer, read by every front office, participants as far as the viewer
 * reads them.
 */
const clock = new ManualClock('2026-09-07T10:00:00+05:00');
let server: TestServer;
let ab: GraphQLClient;
let nc: GraphQLClient;
let ncViewer: GraphQLClient;
let tf: GraphQLClient;
let almaty: GraphQLClient;
let germany: GraphQLClient;
let china: GraphQLClient;
let provider: GraphQLClient;
let office: Record<string, string>;
let germanInvestor: string;
let chineseInvestor: string;

beforeAll(async () => {
  server = await startTestServer({ clock });
  [ab, nc, ncViewer, tf, almaty, germany, china, provider] = await Promise.all([
    server.as('AB-MFA', 'ADMIN'),
    server.as('NC-KI'),
    server.as('NC-KI', 'VIEWER'),
    server.as('TF-KI'),
    server.as('RO-KZ-75'),
    server.as('EMB-DE'),
    server.as('EMB-CN'),
    server.as('SP-VISA'),
  ]);
  office = await officeIdsByCode(nc);
  germanInvestor = await createInvestor(germany, 'Rheinland Maschinenbau GmbH', 'DE');
  chineseInvestor = await createInvestor(china, 'Harbin Cold Chain Co., Ltd.', 'CN');
});
afterAll(() => server.stop());

const GET = `query($id: ID!) {
  investmentEvent(id: $id) {
    id status version decidedAt decisionNote decidedBy { id } cancelledAt organizer { code } participants { id name }
  }
}`;

describe('proposeInvestmentEvent', () => {
  it.each([
    ['NC-KI', 'NATIONAL_COMPANY', 'PROPOSED'],
    ['TF-KI', 'TASK_FORCE', 'PROPOSED'],
    ['RO-KZ-75', 'REGIONAL_ORGANIZATION', 'PROPOSED'],
    ['EMB-DE', 'FOREIGN_INSTITUTION', 'APPROVED'],
    ['AB-MFA', 'AUTHORIZED_BODY', 'APPROVED'],
  ])('an event of %s (%s) starts %s (paragraph 8.9)', async (code, kind, status) => {
    const client = { 'NC-KI': () => nc, 'TF-KI': () => tf, 'RO-KZ-75': () => almaty, 'EMB-DE': () => germany, 'AB-MFA': () => ab }[code]!();
    const event = await propose(client, { city: '  Berlin ', description: 'Energy and agriculture' });
    expect(event).toMatchObject({
      kind: 'ROAD_SHOW',
      title: 'Kazakhstan investment road show',
      countryCode: 'DE',
      city: 'Berlin',
      startsOn: '2026-10-12',
      endsOn: '2026-10-13',
      status,
      organizer: { id: office[code], code, kind },
      version: 1,
    });
  });

  it('is refused to a VIEWER and to a service provider', async () => {
    expect(await ncViewer.fails(PROPOSE, { input: eventInput() })).toBe('FORBIDDEN');
    expect(await provider.fails(PROPOSE, { input: eventInput() })).toBe('FORBIDDEN');
    expect(await server.anonymous.fails(PROPOSE, { input: eventInput() })).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['endsOn before startsOn', { startsOn: '2026-10-13', endsOn: '2026-10-12' }],
    ['an unknown country', { countryCode: 'XX' }],
    ['an empty title', { title: '   ' }],
    ['a day that does not exist', { startsOn: '2026-02-30' }],
    ['an unknown kind', { kind: 'PICNIC' }],
  ])('refuses %s with BAD_USER_INPUT', async (_case, extra) => {
    expect(await germany.fails(PROPOSE, { input: eventInput(extra) })).toBe('BAD_USER_INPUT');
  });

  it('takes a one-day event (endsOn = startsOn)', async () => {
    expect((await propose(germany, { startsOn: '2026-11-02', endsOn: '2026-11-02', kind: 'WEBINAR' })).status).toBe('APPROVED');
  });
});

describe('decideInvestmentEvent', () => {
  it('the authorized body approves a proposed event once, recording who and why', async () => {
    const event = await propose(almaty, { countryCode: 'KZ', city: 'Almaty', kind: 'BUSINESS_FORUM' });
    const { decideInvestmentEvent } = await ab.ok(DECIDE, { id: event.id, approve: true, note: 'Dates agreed with the akimat.' });
    const { me } = await ab.ok('{ me { id } }');
    expect(decideInvestmentEvent).toEqual({
      id: event.id,
      status: 'APPROVED',
      decisionNote: 'Dates agreed with the akimat.',
      decidedBy: { id: me.id },
      version: 2,
    });
    expect(await ab.fails(DECIDE, { id: event.id, approve: false })).toBe('BAD_USER_INPUT');
    const { investmentEvent } = await germany.ok(GET, { id: event.id });
    expect(investmentEvent).toMatchObject({ status: 'APPROVED', decidedAt: clock.now().toISOString(), version: 2 });
  });

  it('rejects one', async () => {
    const event = await propose(nc, { kind: 'CONFERENCE' });
    expect((await ab.ok(DECIDE, { id: event.id, approve: false })).decideInvestmentEvent).toMatchObject({
      status: 'REJECTED',
      decisionNote: null,
    });
    expect(await ab.fails(DECIDE, { id: event.id, approve: true })).toBe('BAD_USER_INPUT');
  });

  it('is the authorized body alone: FORBIDDEN for every other office, and for nothing changed', async () => {
    const event = await propose(tf);
    for (const client of [nc, tf, almaty, germany, ncViewer, provider])
      expect(await client.fails(DECIDE, { id: event.id, approve: true })).toBe('FORBIDDEN');
    expect((await nc.ok(GET, { id: event.id })).investmentEvent).toMatchObject({ status: 'PROPOSED', version: 1 });
  });

  it('refuses an event that needed no decision, and answers an unknown or malformed id', async () => {
    const event = await propose(germany);
    expect(await ab.fails(DECIDE, { id: event.id, approve: true })).toBe('BAD_USER_INPUT');
    expect(await ab.fails(DECIDE, { id: randomUUID(), approve: true })).toBe('NOT_FOUND');
    expect(await ab.fails(DECIDE, { id: 'not-an-id', approve: true })).toBe('BAD_USER_INPUT');
  });
});

describe('cancelInvestmentEvent', () => {
  it('the organizer cancels a proposed or approved event; then it takes no decision and no participant', async () => {
    const proposed = await propose(nc);
    const approved = await propose(germany);
    expect(await china.fails(CANCEL, { id: approved.id })).toBe('FORBIDDEN');
    expect(await ab.fails(CANCEL, { id: proposed.id })).toBe('FORBIDDEN');
    const cancelled = (await nc.ok(CANCEL, { id: proposed.id, note: 'Merged with the Astana forum.' })).cancelInvestmentEvent;
    expect(cancelled).toMatchObject({
      status: 'CANCELLED',
      cancellationNote: 'Merged with the Astana forum.',
      cancelledAt: clock.now().toISOString(),
      version: 2,
    });
    expect((await germany.ok(CANCEL, { id: approved.id })).cancelInvestmentEvent.status).toBe('CANCELLED');
    expect(await nc.fails(CANCEL, { id: proposed.id })).toBe('BAD_USER_INPUT');
    expect(await ab.fails(DECIDE, { id: proposed.id, approve: true })).toBe('BAD_USER_INPUT');
    expect(await germany.fails(ADD_PARTICIPANT, { eventId: approved.id, investorId: germanInvestor })).toBe('BAD_USER_INPUT');
  });

  it('refuses an event that has already taken place: on its last day it may still be cancelled, the day after not', async () => {
    const event = await propose(germany, { startsOn: '2026-09-08', endsOn: '2026-09-09' });
    const other = await propose(germany, { startsOn: '2026-09-08', endsOn: '2026-09-09' });
    clock.set('2026-09-09T23:59:59+05:00');
    expect((await germany.ok(CANCEL, { id: event.id })).cancelInvestmentEvent.status).toBe('CANCELLED');
    clock.set('2026-09-10T00:00:00+05:00');
    expect(await germany.fails(CANCEL, { id: other.id })).toBe('BAD_USER_INPUT');
    clock.set('2026-09-07T10:00:00+05:00');
  });

  it('refuses a rejected event and a VIEWER', async () => {
    const event = await propose(nc);
    await ab.ok(DECIDE, { id: event.id, approve: false });
    expect(await nc.fails(CANCEL, { id: event.id })).toBe('BAD_USER_INPUT');
    expect(await ncViewer.fails(CANCEL, { id: event.id })).toBe('FORBIDDEN');
  });
});

describe('participants', () => {
  it("the organizer's office adds investors it may read; each viewer sees only those it may read", async () => {
    const event = await propose(nc, { title: 'Kazakhstan–Germany–China business council', kind: 'BUSINESS_COUNCIL' });
    await nc.ok(ADD_PARTICIPANT, { eventId: event.id, investorId: germanInvestor });
    const { addEventParticipant } = await nc.ok(ADD_PARTICIPANT, { eventId: event.id, investorId: chineseInvestor });
    expect(addEventParticipant.participants).toEqual([
      { id: germanInvestor, name: 'Rheinland Maschinenbau GmbH' },
      { id: chineseInvestor, name: 'Harbin Cold Chain Co., Ltd.' },
    ]);
    const seen = async (client: GraphQLClient) =>
      ((await client.ok(GET, { id: event.id })).investmentEvent.participants as { id: string }[]).map((p) => p.id);
    expect(await seen(ab)).toEqual([germanInvestor, chineseInvestor]);
    expect(await seen(germany)).toEqual([germanInvestor]);
    expect(await seen(china)).toEqual([chineseInvestor]);
    expect(await seen(almaty)).toEqual([]);
    // In the list too.
    const { investmentEvents } = await china.ok(EVENTS, { filter: { organizerOfficeId: office['NC-KI'], kind: 'BUSINESS_COUNCIL' } });
    expect(investmentEvents.edges.find((e: { node: { id: string } }) => e.node.id === event.id).node.participants).toEqual([
      { id: chineseInvestor },
    ]);
  });

  it('adding an investor already there changes nothing', async () => {
    const event = await propose(germany);
    const first = (await germany.ok(ADD_PARTICIPANT, { eventId: event.id, investorId: germanInvestor })).addEventParticipant;
    const again = (await germany.ok(ADD_PARTICIPANT, { eventId: event.id, investorId: germanInvestor })).addEventParticipant;
    expect(again).toEqual(first);
    expect((await germany.ok(GET, { id: event.id })).investmentEvent.version).toBe(2);
  });

  it('is refused to another office (FORBIDDEN) and for an investor the caller may not read (NOT_FOUND, as a missing one)', async () => {
    const event = await propose(germany);
    expect(await china.fails(ADD_PARTICIPANT, { eventId: event.id, investorId: chineseInvestor })).toBe('FORBIDDEN');
    const hidden = await germany.request(ADD_PARTICIPANT, { eventId: event.id, investorId: chineseInvestor });
    const missingId = randomUUID();
    const missing = await germany.request(ADD_PARTICIPANT, { eventId: event.id, investorId: missingId });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(hidden.errors?.[0]?.message.replace(chineseInvestor, '<id>')).toBe(missing.errors?.[0]?.message.replace(missingId, '<id>'));
    expect(await germany.fails(ADD_PARTICIPANT, { eventId: randomUUID(), investorId: germanInvestor })).toBe('NOT_FOUND');
    expect((await germany.ok(GET, { id: event.id })).investmentEvent).toMatchObject({ participants: [], version: 1 });
  });

  it('Investor.events lists the events an investor takes part in, latest first', async () => {
    const early = await propose(germany, {
      title: 'Hannover Messe stand',
      kind: 'EXHIBITION',
      startsOn: '2026-04-20',
      endsOn: '2026-04-24',
    });
    const late = await propose(germany, { title: 'Berlin round table', kind: 'ROUND_TABLE', startsOn: '2026-12-01', endsOn: '2026-12-01' });
    const investorId = await createInvestor(germany, 'Events Fixture GmbH', 'DE');
    for (const e of [early, late]) await germany.ok(ADD_PARTICIPANT, { eventId: e.id, investorId });
    const { investor } = await nc.ok(`query($id: ID!) { investor(id: $id) { events { id title startsOn } } }`, { id: investorId });
    expect(investor.events).toEqual([
      { id: late.id, title: 'Berlin round table', startsOn: '2026-12-01' },
      { id: early.id, title: 'Hannover Messe stand', startsOn: '2026-04-20' },
    ]);
  });
});

describe('investmentEvents', () => {
  it('every front office reads every event; a service provider none', async () => {
    const event = await propose(almaty, { title: 'Almaty agro round table', kind: 'ROUND_TABLE', countryCode: 'KZ' });
    for (const client of [ab, nc, ncViewer, tf, germany, china]) {
      expect((await client.ok(GET, { id: event.id })).investmentEvent.organizer).toEqual({ code: 'RO-KZ-75' });
    }
    expect(await provider.fails(EVENTS, {})).toBe('FORBIDDEN');
    expect(await provider.fails(GET, { id: event.id })).toBe('FORBIDDEN');
  });

  it('filters by status, kind, country, organizer and period, newest first with keyset pages', async () => {
    const organizer = office['EMB-CN']!;
    const a = await propose(china, { kind: 'SEMINAR', countryCode: 'CN', startsOn: '2027-03-01', endsOn: '2027-03-02' });
    const b = await propose(china, { kind: 'SEMINAR', countryCode: 'CN', startsOn: '2027-03-10', endsOn: '2027-03-10' });
    const c = await propose(china, { kind: 'SEMINAR', countryCode: 'CN', startsOn: '2027-04-01', endsOn: '2027-04-03' });
    await china.ok(CANCEL, { id: b.id });
    // This test's events only, whatever the demo data and other tests hold.
    const mine = { organizerOfficeId: organizer, kind: 'SEMINAR', from: '2027-01-01' };
    const ids = async (filter: Record<string, unknown>, first = 20) =>
      ((await nc.ok(EVENTS, { filter: { ...mine, ...filter }, first })).investmentEvents.edges as { node: { id: string } }[]).map(
        (e) => e.node.id,
      );
    expect(await ids({})).toEqual([c.id, b.id, a.id]);
    expect(await ids({ status: 'APPROVED' })).toEqual([c.id, a.id]);
    expect(await ids({ status: 'CANCELLED', countryCode: 'cn' })).toEqual([b.id]);
    expect(await ids({ countryCode: 'DE' })).toEqual([]);
    // The period: events still going on from `from` and begun by `to`.
    expect(await ids({ from: '2027-03-02', to: '2027-03-10' })).toEqual([b.id, a.id]);
    expect(await ids({ from: '2027-03-03' })).toEqual([c.id, b.id]);
    expect(await ids({ to: '2027-03-01' })).toEqual([a.id]);
    const page1 = (await nc.ok(EVENTS, { filter: mine, first: 2 })).investmentEvents;
    expect(page1).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const page2 = (await nc.ok(EVENTS, { filter: mine, first: 2, after: page1.pageInfo.endCursor })).investmentEvents;
    expect(page2.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([a.id]);
    expect(await nc.fails(EVENTS, { first: 101 })).toBe('BAD_USER_INPUT');
    expect(await nc.fails(EVENTS, { after: 'forged' })).toBe('BAD_USER_INPUT');
  });
});

describe('change events', () => {
  it('each change is an INVESTMENT_EVENT change for every front office, never for a service provider', async () => {
    const event = await propose(nc);
    await ab.ok(DECIDE, { id: event.id, approve: true });
    await nc.ok(ADD_PARTICIPANT, { eventId: event.id, investorId: germanInvestor });
    await nc.ok(CANCEL, { id: event.id });
    const changes = await changesOf(server, event.id);
    expect(changes.map((c) => [c.entity, c.action, c.changed_fields])).toEqual([
      ['INVESTMENT_EVENT', 'CREATED', []],
      ['INVESTMENT_EVENT', 'UPDATED', ['status', 'decidedBy', 'decidedAt', 'decisionNote']],
      ['INVESTMENT_EVENT', 'UPDATED', ['participants']],
      ['INVESTMENT_EVENT', 'UPDATED', ['status', 'cancelledAt', 'cancellationNote']],
    ]);
    const { offices } = await nc.ok<{ offices: { code: string; kind: string }[] }>('{ offices { code kind } }');
    const front = offices
      .filter((o) => o.kind !== 'SERVICE_PROVIDER')
      .map((o) => o.code)
      .sort();
    for (const c of changes) expect([...c.readers].sort()).toEqual(front);
    // Through the API, an embassy of another country reads them in its log (on the embedded database only: on a shared
    // PostgreSQL cluster the log waits for other sessions' long transactions).
    if (process.env.TEST_DATABASE_KIND === 'embedded') {
      const LOG = `query($id: ID!) { changeLog(first: 100, filter: { entityId: $id }) { edges { node { entityId action } } } }`;
      expect((await china.ok(LOG, { id: event.id })).changeLog.edges).toHaveLength(4);
      expect(await provider.fails(LOG, { id: event.id }).catch(() => 'NONE')).not.toBe('INTERNAL_SERVER_ERROR');
    }
  });

  it('a refused change leaves no event', async () => {
    const event = await propose(germany);
    const before = (await changesOf(server, event.id)).length;
    await china.fails(CANCEL, { id: event.id });
    await ab.fails(DECIDE, { id: event.id, approve: true });
    expect(await changesOf(server, event.id)).toHaveLength(before);
  });
});

describe('"Events held" in the quarterly report', () => {
  it("counts the office's approved events whose last day falls in the quarter", async () => {
    // 2021 Q3 for the embassy in Germany: no other test or demo record is there.
    clock.set('2021-07-01T09:00:00+06:00');
    await propose(germany, { startsOn: '2021-07-01', endsOn: '2021-07-02' }); // held
    await propose(germany, { startsOn: '2021-09-30', endsOn: '2021-09-30' }); // held, last day of the quarter
    await propose(germany, { startsOn: '2021-06-29', endsOn: '2021-07-01' }); // held, began in Q2
    await propose(germany, { startsOn: '2021-09-30', endsOn: '2021-10-01' }); // ends in Q4
    const cancelled = await propose(germany, { startsOn: '2021-08-10', endsOn: '2021-08-10' });
    await germany.ok(CANCEL, { id: cancelled.id });
    await propose(china, { countryCode: 'CN', startsOn: '2021-08-10', endsOn: '2021-08-10' }); // another office
    // The National Company's: one approved, one never decided, one rejected.
    const approved = await propose(nc, { startsOn: '2021-08-01', endsOn: '2021-08-03' });
    await ab.ok(DECIDE, { id: approved.id, approve: true });
    await propose(nc, { startsOn: '2021-08-05', endsOn: '2021-08-05' });
    const rejected = await propose(nc, { startsOn: '2021-08-07', endsOn: '2021-08-07' });
    await ab.ok(DECIDE, { id: rejected.id, approve: false });

    clock.set('2021-10-05T10:00:00+06:00');
    const { submitQuarterlyReport } = await germany.ok(contract('SubmitQuarterlyReport'), { year: 2021, quarter: 3 });
    expect(submitQuarterlyReport.figures).toContainEqual({ name: 'events.held', value: '3' });
    const from = new Date('2021-07-01T00:00:00+06:00');
    const to = new Date('2021-10-01T00:00:00+06:00');
    expect(await server.irm.app.investmentEvents.quarterFigures(office['NC-KI']!, from, to)).toEqual([{ name: 'events.held', value: '1' }]);
    expect(await server.irm.app.investmentEvents.quarterFigures(office['EMB-CN']!, from, to)).toEqual([
      { name: 'events.held', value: '1' },
    ]);
    clock.set('2026-09-07T10:00:00+05:00');
  });
});
