import { changesOf } from '../support/change-events';
import { ManualClock } from '../support/clock';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import { ANSWER, createInvestor, officeIdsByCode, submit } from './requests-support';

const clock = new ManualClock('2026-09-07T10:00:00+05:00'); // Mon 7 Sep 2026
let server: TestServer;
let embCn: GraphQLClient;
let ro61: GraphQLClient;
let office: Record<string, string>;
let investorId: string;

beforeAll(async () => {
  server = await startTestServer({ clock });
  [embCn, ro61] = await Promise.all([server.as('EMB-CN'), server.as('RO-KZ-61')]);
  office = await officeIdsByCode(embCn);
  investorId = await createInvestor(embCn, 'Qingdao Textile Group', 'CN');
});
afterAll(() => server.stop());

const sweep = (): Promise<number> => server.irm.app.investorRequests.sweepOverdue(clock.now());

const overdueEvents = async (id: string) =>
  (await changesOf(server, id, 'INVESTOR_REQUEST'))
    .filter((e) => e.changed_fields.includes('overdue'))
    .map(({ action, changed_fields, readers, actor_id }) => ({ action, changed_fields, readers, actor_id }));

describe('sweepOverdue', () => {
  it('records once each request that became overdue, and nothing on a second call', async () => {
    clock.set('2026-09-07T10:00:00+05:00');
    await sweep(); // whatever earlier tests left behind
    const late = await submit(embCn, { investorId, assignedOfficeId: office['RO-KZ-61'] });
    const answered = await submit(embCn, { investorId });
    // Mon 7 Sep: due the end of Mon 14 Sep.
    expect(late.dueAt).toBe('2026-09-14T18:59:59.999Z');
    clock.set('2026-09-10T10:00:00+05:00');
    await embCn.ok(ANSWER, { id: answered.id, answer: 'Sent.' });

    clock.set(late.dueAt);
    await sweep();
    expect(await overdueEvents(late.id)).toEqual([]);

    clock.advance(1);
    expect(await sweep()).toBeGreaterThanOrEqual(1);
    expect(await overdueEvents(late.id)).toEqual([
      {
        action: 'UPDATED',
        changed_fields: ['overdue'],
        readers: expect.arrayContaining(['RO-KZ-61', 'EMB-CN']),
        actor_id: null,
      },
    ]);
    expect(await overdueEvents(answered.id)).toEqual([]);

    expect(await sweep()).toBe(0);
    clock.advance(86_400_000);
    await sweep();
    expect(await overdueEvents(late.id)).toHaveLength(1);
    // The flag only announces: overdue itself still comes from the clock.
    const { investorRequest } = await ro61.ok(`query($id: ID!) { investorRequest(id: $id) { overdue } }`, { id: late.id });
    expect(investorRequest.overdue).toBe(true);
  });

  it('announces each request once when two sweeps run at the same time', async () => {
    clock.set('2026-09-21T10:00:00+05:00');
    await sweep();
    const ids = await Promise.all([1, 2, 3].map(async () => (await submit(embCn, { investorId })).id));
    clock.set('2026-10-05T10:00:00+05:00');
    const counts = await Promise.all([sweep(), sweep()]);
    expect(counts[0]! + counts[1]!).toBeGreaterThanOrEqual(3);
    for (const id of ids) expect(await overdueEvents(id)).toHaveLength(1);
  });
});

describe('the deadline sweeper', () => {
  it('marks overdue requests without anyone touching them', async () => {
    clock.set('2026-11-02T10:00:00+05:00'); // Mon 2 Nov 2026: due the end of Mon 9 Nov
    await server.sweep();
    const request = await submit(embCn, { investorId });
    clock.set('2026-11-10T00:00:01+05:00');
    const made = await server.sweep();
    expect(made.overdueInvestorRequests).toBeGreaterThanOrEqual(1);
    expect(await overdueEvents(request.id)).toHaveLength(1);
  });
});

describe('quarterFigures', () => {
  it("counts what happened to an office's requests in the quarter, each by the instant it happened", async () => {
    clock.set('2026-09-07T10:00:00+05:00');
    const local = await createInvestor(ro61, 'Turkistan Cotton LLP', 'KZ');
    const at = (iso: string) => ({ investorId: local, receivedAt: iso });
    // 2020, Almaty on UTC+6. Wed 1 Jul → due Thu 9 Jul (Mon 6 Jul Capital Day); answered Wed 8 Jul: on time.
    const onTime = await submit(ro61, at('2020-07-01T10:00:00+06:00'));
    expect(onTime.dueAt).toBe('2020-07-09T17:59:59.999Z');
    await ro61.ok(ANSWER, { id: onTime.id, answer: 'Sent.', at: '2020-07-08T12:00:00+06:00' });
    // Fri 10 Jul → due Fri 17 Jul; answered Mon 20 Jul: answered late, and overdue in the quarter.
    const late = await submit(ro61, at('2020-07-10T10:00:00+06:00'));
    await ro61.ok(ANSWER, { id: late.id, answer: 'Sent.', at: '2020-07-20T12:00:00+06:00' });
    // Tue 1 Sep → due Tue 8 Sep; never answered: overdue.
    await submit(ro61, at('2020-09-01T10:00:00+06:00'));
    // Tue 29 Sep → due Tue 6 Oct; answered Fri 2 Oct: received in the quarter, answered in the next.
    const pending = await submit(ro61, at('2020-09-29T10:00:00+06:00'));
    await ro61.ok(ANSWER, { id: pending.id, answer: 'Sent.', at: '2020-10-02T12:00:00+06:00' });
    // Received the quarter before (Tue 30 Jun, due Wed 8 Jul) and never answered: overdue in this one.
    await submit(ro61, at('2020-06-30T23:00:00+06:00'));
    // Received the quarter before (Mon 29 Jun, due Tue 7 Jul) and answered on time in this one.
    const carried = await submit(ro61, at('2020-06-29T10:00:00+06:00'));
    await ro61.ok(ANSWER, { id: carried.id, answer: 'Sent.', at: '2020-07-02T12:00:00+06:00' });
    // Received after the quarter, or assigned to another office.
    await submit(ro61, at('2020-10-01T00:00:00+06:00'));
    await submit(ro61, { ...at('2020-08-03T10:00:00+06:00'), assignedOfficeId: office['RO-KZ-75'] });

    const figures = await server.irm.app.investorRequests.quarterFigures(
      office['RO-KZ-61']!,
      new Date('2020-07-01T00:00:00+06:00'),
      new Date('2020-10-01T00:00:00+06:00'),
    );
    expect(figures).toEqual([
      { name: 'requestsReceived', value: '4' },
      { name: 'requestsAnswered', value: '3' },
      { name: 'requestsAnsweredOnTime', value: '2' },
      { name: 'requestsOverdue', value: '3' },
    ]);
  });

  it('can run inside a caller’s transaction', async () => {
    const figures = await server.irm.app.transactions.run(null, () =>
      server.irm.app.investorRequests.quarterFigures(
        office['RO-KZ-61']!,
        new Date('2020-07-01T00:00:00+06:00'),
        new Date('2020-10-01T00:00:00+06:00'),
      ),
    );
    expect(figures.find((f) => f.name === 'requestsReceived')?.value).toBe('4');
  });
});
