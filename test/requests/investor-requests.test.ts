import { changesOf } from '../support/change-events';
import { ManualClock } from '../support/clock';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import { ANSWER, FORWARD, GET, LIST, createInvestor, officeIdsByCode, submit } from './requests-support';

// Fri 20 Mar 2026, 10:00 in Almaty, the day before the Nauryz block.
const START = '2026-03-20T10:00:00+05:00';
// Five working days after Fri 20 Mar 2026: Thu 26, Fri 27, Mon 30, Tue 31 Mar and Wed 1 Apr
// (Sat 21 – Mon 23 Nauryz, Tue 24 and Wed 25 the moved days): end of Wed 1 Apr in Almaty.
const DUE_AFTER_20_MARCH = '2026-04-01T18:59:59.999Z';

const clock = new ManualClock(START);
let server: TestServer;
let embCn: GraphQLClient;
let ro75: GraphQLClient;
let ro61: GraphQLClient;
let office: Record<string, string>;
let investorId: string;

beforeAll(async () => {
  server = await startTestServer({ clock });
  [embCn, ro75, ro61] = await Promise.all([server.as('EMB-CN'), server.as('RO-KZ-75'), server.as('RO-KZ-61')]);
  office = await officeIdsByCode(embCn);
  investorId = await createInvestor(embCn, 'Xi’an Solar Glass Co.', 'CN');
});
beforeEach(() => clock.set(START));
afterAll(() => server.stop());

const get = async (client: GraphQLClient, id: string) => (await client.ok(GET, { id })).investorRequest;

describe('submitting a request', () => {
  it('is due at the end of the fifth working day after receipt, across the 2026 Nauryz block', async () => {
    const r = await submit(embCn, { investorId, kind: 'PARTNER_SEARCH', subject: 'Glass distributors in Almaty' });
    expect(r).toEqual({
      id: expect.any(String),
      kind: 'PARTNER_SEARCH',
      subject: 'Glass distributors in Almaty',
      receivedAt: new Date(START).toISOString(),
      dueAt: DUE_AFTER_20_MARCH,
      status: 'OPEN',
      overdue: false,
      investor: { id: investorId },
      assignedOffice: { id: office['EMB-CN'], code: 'EMB-CN', level: 'EXTERNAL' },
    });
    expect(await get(embCn, r.id)).toMatchObject({ answeredOnTime: null, answeredAt: null, handoffs: [], body: null });
  });

  it('counts from the Almaty date of receipt, not the UTC one', async () => {
    // 20:00 UTC on Thu 19 Mar is 01:00 on Fri 20 Mar in Almaty.
    const r = await submit(embCn, { investorId, receivedAt: '2026-03-19T20:00:00Z' });
    expect(r.dueAt).toBe(DUE_AFTER_20_MARCH);
  });

  it('counts a request received on a Saturday from the next working day, like one received on the Friday', async () => {
    clock.set('2026-04-06T10:00:00+05:00');
    // Fri 27 and Sat 28 Mar: Mon 30, Tue 31, Wed 1, Thu 2 and Fri 3 Apr.
    expect((await submit(embCn, { investorId, receivedAt: '2026-03-28T11:00:00+05:00' })).dueAt).toBe('2026-04-03T18:59:59.999Z');
    expect((await submit(embCn, { investorId, receivedAt: '2026-03-27T17:00:00+05:00' })).dueAt).toBe('2026-04-03T18:59:59.999Z');
    // Mon 30 Mar counts from Tue 31: due Mon 6 Apr.
    expect((await submit(embCn, { investorId, receivedAt: '2026-03-30T09:00:00+05:00' })).dueAt).toBe('2026-04-06T18:59:59.999Z');
  });

  it('takes a receipt date in the past, and such a request may be overdue at once', async () => {
    clock.set('2026-04-10T10:00:00+05:00');
    const r = await submit(embCn, { investorId, receivedAt: START, body: 'Letter of 20 March, registered late.' });
    expect(r).toMatchObject({ receivedAt: new Date(START).toISOString(), dueAt: DUE_AFTER_20_MARCH, status: 'OPEN', overdue: true });
    // In 2020 Almaty was on UTC+6; Mon 6 Jul 2020 was Capital Day.
    const old = await submit(embCn, { investorId, receivedAt: '2020-07-01T10:00:00+06:00' });
    expect(old.dueAt).toBe('2020-07-09T17:59:59.999Z');
  });
});

describe('answering', () => {
  it('on time: by the end of the due day', async () => {
    const r = await submit(embCn, { investorId });
    clock.set('2026-04-01T23:30:00+05:00');
    const { answerInvestorRequest } = await embCn.ok(ANSWER, { id: r.id, answer: 'Tariffs attached.' });
    expect(answerInvestorRequest).toEqual({
      id: r.id,
      status: 'ANSWERED',
      answeredAt: '2026-04-01T18:30:00.000Z',
      answeredOnTime: true,
      overdue: false,
    });
    const me = (await embCn.ok(`{ me { id } }`)).me;
    expect(await get(embCn, r.id)).toMatchObject({ answer: 'Tariffs attached.', answeredBy: { id: me.id } });
    expect(await embCn.fails(ANSWER, { id: r.id, answer: 'Again.' })).toBe('BAD_USER_INPUT');
  });

  it('late: after the due day, and an answered request is no longer overdue', async () => {
    const r = await submit(embCn, { investorId });
    clock.set('2026-04-02T09:00:00+05:00');
    expect((await get(embCn, r.id)).overdue).toBe(true);
    const { answerInvestorRequest } = await embCn.ok(ANSWER, { id: r.id, answer: 'Sorry for the delay.' });
    expect(answerInvestorRequest).toMatchObject({ status: 'ANSWERED', answeredOnTime: false, overdue: false });
  });

  it('at the time it really happened: never in the future, never before receipt', async () => {
    const r = await submit(embCn, { investorId, receivedAt: '2026-03-20T09:00:00+05:00' });
    clock.set('2026-04-03T10:00:00+05:00');
    expect(await embCn.fails(ANSWER, { id: r.id, answer: 'x', at: '2026-04-03T10:00:01+05:00' })).toBe('BAD_USER_INPUT');
    expect(await embCn.fails(ANSWER, { id: r.id, answer: 'x', at: '2026-03-20T08:59:59+05:00' })).toBe('BAD_USER_INPUT');
    expect((await get(embCn, r.id)).status).toBe('OPEN');
    const { answerInvestorRequest } = await embCn.ok(ANSWER, { id: r.id, answer: 'Answered by phone.', at: '2026-04-01T16:00:00+05:00' });
    expect(answerInvestorRequest).toMatchObject({ answeredAt: '2026-04-01T11:00:00.000Z', answeredOnTime: true });
  });
});

describe('overdue', () => {
  it('flips when the clock passes dueAt, and the overdue filter agrees', async () => {
    const r = await submit(embCn, { investorId, kind: 'SITE_SELECTION', subject: 'Plots near SEZ Khorgos' });
    const listed = async (overdue: boolean): Promise<string[]> => {
      const { investorRequests } = await embCn.ok(LIST, { filter: { investorId, overdue }, first: 100 });
      return investorRequests.edges.map((e: { node: { id: string } }) => e.node.id);
    };
    clock.set(DUE_AFTER_20_MARCH);
    expect((await get(embCn, r.id)).overdue).toBe(false);
    expect(await listed(true)).not.toContain(r.id);
    expect(await listed(false)).toContain(r.id);

    clock.set(new Date(new Date(DUE_AFTER_20_MARCH).getTime() + 1));
    expect((await get(embCn, r.id)).overdue).toBe(true);
    expect(await listed(true)).toContain(r.id);
    expect(await listed(false)).not.toContain(r.id);
    const { investorRequests } = await embCn.ok(LIST, { filter: { investorId, overdue: true }, first: 100 });
    expect(investorRequests.edges.every((e: { node: { overdue: boolean } }) => e.node.overdue)).toBe(true);
  });
});

describe('forwarding (paragraph 13.2)', () => {
  it('passes the request on, keeps the due date and records each hand-off', async () => {
    const r = await submit(embCn, { investorId, kind: 'PARTNER_SEARCH', subject: 'Local partner for a glass plant' });
    const [cn, r75] = await Promise.all([embCn.ok(`{ me { id } }`), ro75.ok(`{ me { id } }`)]);

    clock.set('2026-03-26T11:00:00+05:00');
    const first = (await embCn.ok(FORWARD, { id: r.id, toOfficeId: office['RO-KZ-75'], note: 'Almaty partners, please' }))
      .forwardInvestorRequest;
    expect(first).toEqual({
      id: r.id,
      dueAt: DUE_AFTER_20_MARCH,
      status: 'OPEN',
      assignedOffice: { code: 'RO-KZ-75' },
      handoffs: [
        {
          fromOffice: { code: 'EMB-CN' },
          toOffice: { code: 'RO-KZ-75' },
          at: '2026-03-26T06:00:00.000Z',
          actor: { id: cn.me.id },
          note: 'Almaty partners, please',
        },
      ],
    });
    // The forwarding office no longer acts on it, but still reads it (its investor's scope).
    expect(await embCn.fails(ANSWER, { id: r.id, answer: 'x' })).toBe('FORBIDDEN');
    expect(await embCn.fails(FORWARD, { id: r.id, toOfficeId: office['RO-KZ-61'] })).toBe('FORBIDDEN');
    expect((await get(embCn, r.id)).assignedOffice).toEqual({ code: 'RO-KZ-75' });
    // The regional organization reads it because it is assigned, not the foreign investor itself.
    expect(await get(ro75, r.id)).toMatchObject({ investor: null, assignedOffice: { code: 'RO-KZ-75' } });
    const { investorRequests } = await ro75.ok(LIST, { filter: { assignedOfficeId: office['RO-KZ-75'] } });
    expect(investorRequests.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(r.id);

    clock.set('2026-03-27T09:30:00+05:00');
    const second = (await ro75.ok(FORWARD, { id: r.id, toOfficeId: office['RO-KZ-61'] })).forwardInvestorRequest;
    expect(second.dueAt).toBe(DUE_AFTER_20_MARCH);
    expect(second.handoffs).toEqual([
      first.handoffs[0],
      {
        fromOffice: { code: 'RO-KZ-75' },
        toOffice: { code: 'RO-KZ-61' },
        at: '2026-03-27T04:30:00.000Z',
        actor: { id: r75.me.id },
        note: null,
      },
    ]);
    // Passed on again, it left the scope of RO-KZ-75.
    expect(await ro75.fails(GET, { id: r.id })).toBe('NOT_FOUND');

    // An answer cannot predate the last hand-off.
    clock.set('2026-03-30T12:00:00+05:00');
    expect(await ro61.fails(ANSWER, { id: r.id, answer: 'x', at: '2026-03-27T09:00:00+05:00' })).toBe('BAD_USER_INPUT');
    const answered = (await ro61.ok(ANSWER, { id: r.id, answer: 'Three partners found.' })).answerInvestorRequest;
    expect(answered).toMatchObject({ status: 'ANSWERED', answeredOnTime: true });
    expect(await ro61.fails(FORWARD, { id: r.id, toOfficeId: office['RO-KZ-75'] })).toBe('BAD_USER_INPUT');
  });

  it('records change events for the offices involved and the investor country', async () => {
    const r = await submit(embCn, { investorId });
    await embCn.ok(FORWARD, { id: r.id, toOfficeId: office['RO-KZ-75'] });
    const events = (await changesOf(server, r.id, 'INVESTOR_REQUEST')).map(({ action, changed_fields, readers }) => ({
      action,
      changed_fields,
      readers,
    }));
    expect(events).toEqual([
      { action: 'CREATED', changed_fields: [], readers: expect.arrayContaining(['EMB-CN']) },
      // The office it was passed to hears of it, and the one that passed it on.
      { action: 'UPDATED', changed_fields: ['assignedOffice', 'handoffs'], readers: expect.arrayContaining(['RO-KZ-75', 'EMB-CN']) },
    ]);
    expect(events[0]!.readers).not.toContain('RO-KZ-75');
    expect(events[0]!.readers).not.toContain('EMB-DE');
  });

  it('refuses a hand-off to the same office, a service provider or an unknown office', async () => {
    const r = await submit(embCn, { investorId });
    expect(await embCn.fails(FORWARD, { id: r.id, toOfficeId: office['EMB-CN'] })).toBe('BAD_USER_INPUT');
    expect(await embCn.fails(FORWARD, { id: r.id, toOfficeId: office['SP-VISA'] })).toBe('BAD_USER_INPUT');
    expect(await embCn.fails(FORWARD, { id: r.id, toOfficeId: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
    expect(await embCn.fails(FORWARD, { id: r.id, toOfficeId: 'RO-KZ-75' })).toBe('BAD_USER_INPUT');
    expect(await embCn.fails(FORWARD, { id: r.id, toOfficeId: office['RO-KZ-75'], note: 'x'.repeat(2001) })).toBe('BAD_USER_INPUT');
    expect((await get(embCn, r.id)).handoffs).toEqual([]);
  });
});

describe('listing', () => {
  it('filters by status, kind, office, investor and receipt range, newest received first', async () => {
    clock.set('2026-05-20T10:00:00+05:00');
    const other = await createInvestor(embCn, 'Shenzhen Battery Materials', 'CN');
    const a = await submit(embCn, { investorId: other, kind: 'PERMITS', receivedAt: '2026-05-04T10:00:00+05:00' });
    const b = await submit(embCn, { investorId: other, kind: 'STATE_SUPPORT', receivedAt: '2026-05-12T10:00:00+05:00' });
    const c = await submit(embCn, {
      investorId: other,
      kind: 'STATE_SUPPORT',
      receivedAt: '2026-05-19T10:00:00+05:00',
      assignedOfficeId: office['RO-KZ-75'],
    });
    await embCn.ok(ANSWER, { id: a.id, answer: 'Permit list sent.' });
    const ids = async (filter: Record<string, unknown>) =>
      (await embCn.ok(LIST, { filter: { investorId: other, ...filter } })).investorRequests.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
    expect(await ids({})).toEqual([c.id, b.id, a.id]);
    expect(await ids({ status: 'ANSWERED' })).toEqual([a.id]);
    expect(await ids({ status: 'OPEN' })).toEqual([c.id, b.id]);
    expect(await ids({ kind: 'STATE_SUPPORT' })).toEqual([c.id, b.id]);
    expect(await ids({ assignedOfficeId: office['RO-KZ-75'] })).toEqual([c.id]);
    expect(await ids({ receivedFrom: '2026-05-12T10:00:00+05:00', receivedTo: '2026-05-19T10:00:00+05:00' })).toEqual([b.id]);
    // b: received Tue 12 May, due Tue 19 May; c not yet due.
    expect(await ids({ overdue: true })).toEqual([b.id]);

    const page1 = (await embCn.ok(LIST, { filter: { investorId: other }, first: 2 })).investorRequests;
    expect(page1.totalCount).toBe(3);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await embCn.ok(LIST, { filter: { investorId: other }, first: 2, after: page1.pageInfo.endCursor })).investorRequests;
    expect(page2.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([a.id]);
    expect(page1.edges[0].node).toMatchObject({
      investor: { id: other, name: 'Shenzhen Battery Materials' },
      assignedOffice: { code: 'RO-KZ-75' },
    });
  });
});
