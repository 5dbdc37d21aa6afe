import { randomUUID } from 'node:crypto';
import { contract } from '../support/contract';
import { ManualClock } from '../support/clock';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import { accept, createInvestor } from './fixtures';
import { at, COMPLETE, deactivate, forwardedAt, newPerson, stepsOf } from './steps-support';

/**
 * Issue 13: the nine steps of Order 489 (paragraphs 5 and 8) inside the provider, each on the
 * provider office's working-time clock, and the office hours that clock counts.
 */
const clock = new ManualClock(at('2026-09-14T09:00:00'));
let server: TestServer;
let nc: GraphQLClient;
let provider: GraphQLClient;
let admin: GraphQLClient;
let investorId: string;
let providerUserId: string;
let providerOfficeId: string;

const SET_HOURS = contract('SetOfficeWorkingHours');
const RESULT = contract('RecordServiceResult');
const DEFAULT_HOURS = { startsAt: '09:00', endsAt: '18:00', breakStartsAt: '13:00', breakEndsAt: '14:00' };

beforeAll(async () => {
  server = await startTestServer({ clock, env: { DEADLINE_SWEEP_INTERVAL_MS: '3600000' } });
  [nc, provider, admin] = await Promise.all([server.as('NC-KI'), server.as('SP-VISA'), server.as('AB-MFA', 'ADMIN')]);
  investorId = await createInvestor(nc, 'Steps Applicant GmbH');
  const { me } = await provider.ok('{ me { id office { id } } }');
  [providerUserId, providerOfficeId] = [me.id, me.office.id];
});
afterAll(async () => {
  // The test database is shared by the files of a run: leave the provider's hours as found.
  await admin.request(SET_HOURS, { officeId: providerOfficeId, input: DEFAULT_HOURS });
  await server.stop();
});

const complete = (client: GraphQLClient, applicationId: string, order: number, extra: Record<string, unknown> = {}) =>
  client.ok(COMPLETE, { applicationId, order, ...extra });

describe('office working hours', () => {
  it('default to 09:00-18:00 with a 13:00-14:00 break, and only an administrator of the authorized body sets them, validated', async () => {
    const { office } = await provider.ok(
      'query($id: ID!) { office(id: $id) { workingHours { startsAt endsAt breakStartsAt breakEndsAt } } }',
      { id: providerOfficeId },
    );
    expect(office.workingHours).toEqual(DEFAULT_HOURS);

    const astana = { startsAt: '08:30', endsAt: '18:00', breakStartsAt: '13:00', breakEndsAt: '14:30' };
    for (const client of [nc, provider, await server.as('NC-KI', 'VIEWER')]) {
      expect(await client.fails(SET_HOURS, { officeId: providerOfficeId, input: astana })).toBe('FORBIDDEN');
    }
    expect(await admin.fails(SET_HOURS, { officeId: randomUUID(), input: astana })).toBe('NOT_FOUND');
    for (const input of [
      { startsAt: '18:00', endsAt: '09:00' },
      { startsAt: '09:00', endsAt: '18:00', breakStartsAt: '13:00' },
      { startsAt: '09:00', endsAt: '18:00', breakStartsAt: '14:00', breakEndsAt: '13:00' },
      { startsAt: '09:00', endsAt: '18:00', breakStartsAt: '08:00', breakEndsAt: '10:00' },
      { startsAt: '9:00', endsAt: '18:00' },
      { startsAt: '09:00', endsAt: '24:00' },
    ]) {
      expect([input, await admin.fails(SET_HOURS, { officeId: providerOfficeId, input })]).toEqual([input, 'BAD_USER_INPUT']);
    }
    const { setOfficeWorkingHours } = await admin.ok(SET_HOURS, { officeId: providerOfficeId, input: astana });
    expect(setOfficeWorkingHours).toEqual({ id: providerOfficeId, workingHours: astana });
    const noBreak = { startsAt: '10:00', endsAt: '16:00', breakStartsAt: null, breakEndsAt: null };
    expect(
      (await admin.ok(SET_HOURS, { officeId: providerOfficeId, input: { startsAt: '10:00', endsAt: '16:00' } })).setOfficeWorkingHours
        .workingHours,
    ).toEqual(noBreak);
    await admin.ok(SET_HOURS, { officeId: providerOfficeId, input: DEFAULT_HOURS });
  });

  it("count the provider's clocks: a step started under the Astana hours runs on them", async () => {
    await admin.ok(SET_HOURS, {
      officeId: providerOfficeId,
      input: { startsAt: '08:30', endsAt: '18:00', breakStartsAt: '13:00', breakEndsAt: '14:30' },
    });
    try {
      // 12:50 + 15 working minutes: 10 before the break, 5 after it ends at 14:30.
      const id = await forwardedAt(clock, nc, investorId, at('2026-09-14T12:50:00'));
      expect((await stepsOf(nc, id)).currentStep).toEqual({ order: 1, dueAt: at('2026-09-14T14:35:00'), overdue: false });
    } finally {
      await admin.ok(SET_HOURS, { officeId: providerOfficeId, input: DEFAULT_HOURS });
    }
  });
});

describe('the nine steps, each on its working-time clock', () => {
  it('runs from the forwarding to the delivery, on time and late, across the break, the end of the day and nine working days', async () => {
    const executive = await newPerson(server, admin, 'SP-VISA', 'OFFICER');
    // Monday 14 September 2026; forwarded at 12:50: step 1 (15 minutes) crosses the break.
    const id = await forwardedAt(clock, nc, investorId, at('2026-09-14T12:50:00'));
    let view = await stepsOf(provider, id);
    expect(view.steps.map((s) => s.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(view.steps[0]).toMatchObject({
      startedAt: at('2026-09-14T12:50:00'),
      dueAt: at('2026-09-14T14:05:00'),
      completedAt: null,
      onTime: null,
    });
    expect(view.steps[1]).toMatchObject({ startedAt: null, dueAt: null, completedAt: null });
    expect(view.currentStep).toEqual({ order: 1, dueAt: at('2026-09-14T14:05:00'), overdue: false });

    // Step 1 exactly at its deadline: on time. Step 2 (1 hour) from 14:05.
    clock.set(at('2026-09-14T14:05:00'));
    await complete(provider, id, 1);
    // Step 2 a minute late; step 3 (2 hours) from 15:06 is due 17:06, done at 17:30: late.
    clock.set(at('2026-09-14T17:30:00'));
    await complete(provider, id, 2, { at: at('2026-09-14T15:06:00') });
    await complete(provider, id, 3);
    view = await stepsOf(provider, id);
    expect(view.steps.slice(0, 4).map((s) => [s.order, s.startedAt, s.dueAt, s.completedAt, s.onTime])).toEqual([
      [1, at('2026-09-14T12:50:00'), at('2026-09-14T14:05:00'), at('2026-09-14T14:05:00'), true],
      [2, at('2026-09-14T14:05:00'), at('2026-09-14T15:05:00'), at('2026-09-14T15:06:00'), false],
      [3, at('2026-09-14T15:06:00'), at('2026-09-14T17:06:00'), at('2026-09-14T17:30:00'), false],
      // Two hours from 17:30: half an hour today, an hour and a half tomorrow.
      [4, at('2026-09-14T17:30:00'), at('2026-09-15T10:30:00'), null, null],
    ]);

    // Step 4 hands the work to the responsible executive; step 5 (9 working days) ends with the 9th day after.
    clock.set(at('2026-09-15T10:00:00'));
    await complete(provider, id, 4, { assigneeId: executive.id });
    expect((await stepsOf(provider, id)).currentStep).toEqual({ order: 5, dueAt: at('2026-09-28T23:59:59.999'), overdue: false });
    clock.set(at('2026-09-28T17:00:00'));
    await complete(executive.client, id, 5);
    // Step 6 (2 hours) from 17:00: one hour today, one tomorrow.
    clock.set(at('2026-09-29T09:30:00'));
    expect((await stepsOf(provider, id)).steps[5]!.dueAt).toBe(at('2026-09-29T10:00:00'));
    await complete(provider, id, 6);

    // Order 489, paragraph 5.7: no result before the head of the provider has signed it.
    expect(await provider.fails(RESULT, { id, outcome: 'ISSUED' })).toBe('BAD_USER_INPUT');
    clock.set(at('2026-09-29T11:00:00'));
    await complete(provider, id, 7);
    expect((await provider.ok(RESULT, { id, outcome: 'ISSUED' })).recordServiceResult.status).toBe('RESULT_ISSUED');

    // Steps 8 and 9 still run after the result is recorded; 9 says how the result went out.
    clock.set(at('2026-09-29T12:30:00'));
    await complete(provider, id, 8);
    clock.set(at('2026-09-29T14:30:00'));
    expect(await provider.fails(COMPLETE, { applicationId: id, order: 9 })).toBe('BAD_USER_INPUT');
    const { completeServiceStep } = await complete(provider, id, 9, { deliveryMethod: 'MAIL' });
    expect(completeServiceStep.currentStep).toBeNull();

    view = await stepsOf(nc, id);
    expect(view.steps.slice(4).map((s) => [s.order, s.startedAt, s.dueAt, s.completedAt, s.onTime])).toEqual([
      [5, at('2026-09-15T10:00:00'), at('2026-09-28T23:59:59.999'), at('2026-09-28T17:00:00'), true],
      [6, at('2026-09-28T17:00:00'), at('2026-09-29T10:00:00'), at('2026-09-29T09:30:00'), true],
      [7, at('2026-09-29T09:30:00'), at('2026-09-29T11:30:00'), at('2026-09-29T11:00:00'), true],
      [8, at('2026-09-29T11:00:00'), at('2026-09-29T12:00:00'), at('2026-09-29T12:30:00'), false],
      // One hour from 12:30: half an hour before the break, half an hour after it.
      [9, at('2026-09-29T12:30:00'), at('2026-09-29T14:30:00'), at('2026-09-29T14:30:00'), true],
    ]);
    expect(view.steps.map((s) => s.completedBy?.id)).toEqual([
      ...Array(4).fill(providerUserId),
      executive.id,
      ...Array(4).fill(providerUserId),
    ]);
    expect(view.steps.map((s) => s.assignee?.id ?? null)).toEqual([null, null, null, executive.id, null, null, null, null, null]);
    expect(view.steps.map((s) => s.deliveryMethod)).toEqual([...Array(8).fill(null), 'MAIL']);
    // The whole procedure is done: no step left to complete.
    expect(await provider.fails(COMPLETE, { applicationId: id, order: 9, deliveryMethod: 'MAIL' })).toBe('BAD_USER_INPUT');
  });

  it.each([
    // [what, forwarded at, step 1 due]
    ['the end of the day: 10 minutes today, 5 on the next working day', at('2026-09-16T17:50:00'), at('2026-09-17T09:05:00')],
    ['a deadline exactly at the break', at('2026-09-16T12:45:00'), at('2026-09-16T13:00:00')],
    ['a start inside the break', at('2026-09-16T13:20:00'), at('2026-09-16T14:15:00')],
    ['a start at night', at('2026-09-17T03:00:00'), at('2026-09-17T09:15:00')],
    ['a holiday: Independence Day, Wednesday 16 December 2026', at('2026-12-15T17:50:00'), at('2026-12-17T09:05:00')],
    ['a weekend and the Republic Day moved to Monday 26 October 2026', at('2026-10-23T17:50:00'), at('2026-10-27T09:05:00')],
    ['a transferred working Saturday, 4 May 2024', at('2024-05-03T17:50:00'), at('2024-05-04T09:05:00')],
    ['7 May holiday, the day off moved to 8 May and Victory Day, 2024', at('2024-05-06T17:50:00'), at('2024-05-10T09:05:00')],
    ["the 2024 time-zone change: Almaty's clocks at +06:00, then +05:00", at('2024-02-29T17:50:00', '+06:00'), at('2024-03-01T09:05:00')],
  ])('starts step 1 at the forwarding and counts across %s', async (_what, forwarded, due) => {
    const id = await forwardedAt(clock, nc, investorId, forwarded);
    expect((await stepsOf(nc, id)).steps[0]).toMatchObject({ startedAt: forwarded, dueAt: due });
  });
});

describe('refusals', () => {
  let id: string;
  let before: unknown;
  beforeAll(async () => {
    id = await forwardedAt(clock, nc, investorId, at('2026-10-05T10:00:00'));
    clock.set(at('2026-10-05T11:00:00'));
    await complete(provider, id, 1);
    before = await stepsOf(nc, id);
  });

  it('only the current step, at a time neither in the future nor before it started', async () => {
    for (const order of [1, 3, 0, 10, -1])
      expect([order, await provider.fails(COMPLETE, { applicationId: id, order })]).toEqual([order, 'BAD_USER_INPUT']);
    expect(await provider.fails(COMPLETE, { applicationId: id, order: 2, at: at('2026-10-05T11:01:00') })).toBe('BAD_USER_INPUT');
    // Step 2 started when step 1 was completed, at 11:00.
    expect(await provider.fails(COMPLETE, { applicationId: id, order: 2, at: at('2026-10-05T10:59:00') })).toBe('BAD_USER_INPUT');
    expect(await provider.fails(COMPLETE, { applicationId: id, order: 2, deliveryMethod: 'COURIER' })).toBe('BAD_USER_INPUT');
    expect(await stepsOf(nc, id)).toEqual(before);
  });

  it('by an officer or administrator of the provider office only', async () => {
    const viewer = await newPerson(server, admin, 'SP-VISA', 'VIEWER');
    for (const [office, role] of [
      ['NC-KI', 'OFFICER'],
      ['AB-MFA', 'ADMIN'],
      ['RO-KZ-75', 'OFFICER'],
      ['TF-KI', 'OFFICER'],
    ]) {
      const client = await server.as(office!, role);
      expect([office, await client.fails(COMPLETE, { applicationId: id, order: 2 })]).toEqual([office, 'FORBIDDEN']);
    }
    expect(await viewer.client.fails(COMPLETE, { applicationId: id, order: 2 })).toBe('FORBIDDEN');
    // Another service provider does not see the application at all.
    const { createOffice } = await admin.ok('mutation($input: CreateOfficeInput!) { createOffice(input: $input) { id } }', {
      input: { code: `SP-${randomUUID().slice(0, 8).toUpperCase()}`, name: 'Another provider', kind: 'SERVICE_PROVIDER', level: 'CENTRAL' },
    });
    const { offices } = await admin.ok('{ offices { id code } }');
    const other = await newPerson(server, admin, offices.find((o: { id: string }) => o.id === createOffice.id).code, 'OFFICER');
    expect(await other.client.fails(COMPLETE, { applicationId: id, order: 2 })).toBe('NOT_FOUND');
    expect(await provider.fails(COMPLETE, { applicationId: randomUUID(), order: 2 })).toBe('NOT_FOUND');
    // Not yet forwarded: not the provider's to see.
    const pending = await accept(nc, investorId);
    expect(await provider.fails(COMPLETE, { applicationId: pending.id, order: 1 })).toBe('NOT_FOUND');
    expect(await server.anonymous.fails(COMPLETE, { applicationId: id, order: 2 })).toBe('UNAUTHENTICATED');
    expect(await stepsOf(nc, id)).toEqual(before);
    // An administrator of the provider may.
    const providerAdmin = await newPerson(server, admin, 'SP-VISA', 'ADMIN');
    clock.set(at('2026-10-05T11:30:00'));
    await complete(providerAdmin.client, id, 2);
    expect((await stepsOf(nc, id)).steps[1]!.completedBy).toEqual({ id: providerAdmin.id });
  });

  it('an assignee only an active person of the provider office; anyone else looks like no one', async () => {
    const ncUser = (await nc.ok('{ me { id } }')).me.id as string;
    const gone = await newPerson(server, admin, 'SP-VISA', 'OFFICER');
    await deactivate(admin, gone.id);
    const snapshot = await stepsOf(nc, id);
    const random = randomUUID();
    const absent = await provider.request(COMPLETE, { applicationId: id, order: 3, assigneeId: random });
    const foreign = await provider.request(COMPLETE, { applicationId: id, order: 3, assigneeId: ncUser });
    expect(absent.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]?.message.replace(ncUser, '<id>')).toBe(absent.errors?.[0]?.message.replace(random, '<id>'));
    expect(await provider.fails(COMPLETE, { applicationId: id, order: 3, assigneeId: gone.id })).toBe('BAD_USER_INPUT');
    expect(await stepsOf(nc, id)).toEqual(snapshot);
  });

  it('stop with a return and start again from step 1 when the documents are re-sent', async () => {
    clock.set(at('2026-10-06T10:00:00'));
    await provider.ok(contract('ReturnServiceApplication'), { id, reason: 'The photographs are missing' });
    const returned = await stepsOf(nc, id);
    expect(returned.currentStep).toBeNull();
    expect(await provider.fails(COMPLETE, { applicationId: id, order: 3 })).toBe('BAD_USER_INPUT');
    await nc.ok(contract('NotifyInvestorOfReturn'), { id });
    clock.set(at('2026-10-07T16:00:00'));
    await nc.ok(contract('ResubmitServiceApplication'), { id, documents: [{ title: 'Photographs' }] });
    const again = await stepsOf(nc, id);
    expect(again.round).toBe(2);
    expect(again.currentStep).toEqual({ order: 1, dueAt: at('2026-10-07T16:15:00'), overdue: false });
    expect(again.steps.filter((s) => s.startedAt !== null).map((s) => s.order)).toEqual([1]);
  });
});

describe('overdue steps', () => {
  it('show as overdue and become one change event each, without a violation notice', async () => {
    const id = await forwardedAt(clock, nc, investorId, at('2026-10-08T10:00:00'));
    const events = async () =>
      Number(
        (
          (await server.irm.dataSource.query(
            `SELECT COUNT(*) AS n FROM change_event WHERE entity = 'SERVICE_APPLICATION' AND entity_id = $1 AND changed_fields = ARRAY['currentStep']::text[]`,
            [id],
          )) as { n: string }[]
        )[0]!.n,
      );
    clock.set(at('2026-10-08T10:15:00'));
    await server.sweep();
    expect((await stepsOf(nc, id)).currentStep).toEqual({ order: 1, dueAt: at('2026-10-08T10:15:00'), overdue: false });
    expect(await events()).toBe(0);

    clock.set(at('2026-10-08T10:16:00'));
    expect((await stepsOf(provider, id)).currentStep!.overdue).toBe(true);
    const made = await server.sweep();
    expect(made.serviceStepsOverdue).toBeGreaterThanOrEqual(1);
    clock.set(at('2026-10-08T11:00:00'));
    await server.sweep();
    expect(await events()).toBe(1);
    const { serviceApplication } = await nc.ok('query($id: ID!) { serviceApplication(id: $id) { violations { kind } } }', { id });
    expect(serviceApplication.violations).toEqual([]);

    // Completed late, the step is no longer current; the next one has its own clock and its own event.
    await complete(provider, id, 1);
    expect((await stepsOf(nc, id)).steps[0]!.onTime).toBe(false);
    clock.set(at('2026-10-08T12:01:00'));
    await server.sweep();
    expect(await events()).toBe(2);
  });
});
