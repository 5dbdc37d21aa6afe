import { randomUUID } from 'node:crypto';
import { contract } from '../support/contract';
import { ManualClock } from '../support/clock';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import { completeSteps, createInvestor } from './fixtures';
import { at, forwardedAt } from './steps-support';

/** Issue 13: the executed documents back at the front office (paragraph 27) and handed to the investor (paragraph 26). */
const clock = new ManualClock(at('2027-07-05T09:00:00'));
let server: TestServer;
let nc: GraphQLClient;
let almaty: GraphQLClient;
let provider: GraphQLClient;
let investorId: string;

const RECEIVE = contract('ReceiveServiceResult');
const HAND_OVER = contract('HandOverServiceResult');
const PASSPORT = 'Passport of the Federal Republic of Germany C01X00T47, issued 2021-05-04';
const READ = `query($id: ID!) { serviceApplication(id: $id) { status outcome resultAt resultReceivedAt handedOverAt handedOverOnDocument
  receipt { number } history { status at note actor { id } } } }`;

beforeAll(async () => {
  server = await startTestServer({ clock, env: { DEADLINE_SWEEP_INTERVAL_MS: '3600000' } });
  [nc, almaty, provider] = await Promise.all([server.as('NC-KI'), server.as('RO-KZ-75'), server.as('SP-VISA')]);
  investorId = await createInvestor(nc, 'Hand-over Applicant GmbH');
});
afterAll(() => server.stop());

const read = async (client: GraphQLClient, id: string) => (await client.ok(READ, { id })).serviceApplication;

/** Forwarded by `front` at `forwardAt`, signed and its result recorded by the provider an hour later. */
async function withResult(
  front: GraphQLClient,
  investor: string,
  forwardAt: string,
  outcome = 'ISSUED',
): Promise<{ id: string; receiptNumber: string }> {
  const id = await forwardedAt(clock, front, investor, forwardAt);
  clock.advance(3600_000);
  await completeSteps(provider, id, 7);
  await provider.ok(contract('RecordServiceResult'), {
    id,
    outcome,
    note: outcome === 'REFUSED' ? 'The investment contract is not concluded' : null,
  });
  return { id, receiptNumber: (await read(front, id)).receipt.number };
}

describe('receiving the result back from the provider (paragraph 27)', () => {
  it('is recorded once by the front office that accepted the application, after the result', async () => {
    const id = await forwardedAt(clock, nc, investorId, at('2027-07-05T10:00:00'));
    expect(await nc.fails(RECEIVE, { id })).toBe('BAD_USER_INPUT'); // no result yet
    clock.set(at('2027-07-05T11:00:00'));
    await completeSteps(provider, id, 7);
    await provider.ok(contract('RecordServiceResult'), { id, outcome: 'ISSUED' });
    const before = await read(nc, id);

    expect(await provider.fails(RECEIVE, { id })).toBe('FORBIDDEN');
    for (const [office, role] of [
      ['NC-KI', 'VIEWER'],
      ['TF-KI', 'OFFICER'],
      ['AB-MFA', 'ADMIN'],
    ]) {
      const client = await server.as(office!, role);
      expect([office, role, await client.fails(RECEIVE, { id })]).toEqual([office, role, 'FORBIDDEN']);
    }
    // Another front office does not see the National Company's application.
    expect(await almaty.fails(RECEIVE, { id })).toBe('NOT_FOUND');
    expect(await nc.fails(RECEIVE, { id: randomUUID() })).toBe('NOT_FOUND');
    expect(await nc.fails(RECEIVE, { id, at: at('2027-07-05T11:01:00') })).toBe('BAD_USER_INPUT'); // future
    expect(await nc.fails(RECEIVE, { id, at: at('2027-07-05T10:59:00') })).toBe('BAD_USER_INPUT'); // before the result
    expect(await read(nc, id)).toEqual(before);

    clock.set(at('2027-07-06T15:00:00'));
    const { receiveServiceResult } = await nc.ok(RECEIVE, { id, at: at('2027-07-06T12:00:00') });
    expect(receiveServiceResult).toEqual({ id, resultReceivedAt: at('2027-07-06T12:00:00') });
    expect((await read(nc, id)).status).toBe('RESULT_RECEIVED');
    expect(await nc.fails(RECEIVE, { id })).toBe('BAD_USER_INPUT'); // once
  });

  it('is for the accepting office even where another reads the application', async () => {
    const own = await createInvestor(almaty, 'Almaty Hand-over Applicant');
    const { id } = await withResult(almaty, own, at('2027-07-07T10:00:00'));
    // The National Company reads every application but acts only on those it accepted.
    expect(await nc.fails(RECEIVE, { id })).toBe('FORBIDDEN');
    expect((await almaty.ok(RECEIVE, { id })).receiveServiceResult.resultReceivedAt).toBe(clock.now().toISOString());
  });
});

describe('handing the result over to the investor (paragraph 26)', () => {
  let id: string;
  let receiptNumber: string;
  let otherReceipt: string;
  beforeAll(async () => {
    ({ id, receiptNumber } = await withResult(nc, investorId, at('2027-07-12T10:00:00')));
    ({ receiptNumber: otherReceipt } = await withResult(nc, investorId, at('2027-07-12T10:30:00')));
  });

  it('needs the result back at the front office first', async () => {
    expect(await nc.fails(HAND_OVER, { id, receiptNumber, identityDocument: PASSPORT })).toBe('BAD_USER_INPUT');
    clock.set(at('2027-07-13T10:00:00'));
    await nc.ok(RECEIVE, { id });
  });

  it("refuses another application's receipt, no identity document, the wrong office, and a time before the receipt", async () => {
    const before = await read(nc, id);
    clock.set(at('2027-07-13T16:00:00'));
    expect(await nc.fails(HAND_OVER, { id, receiptNumber: otherReceipt, identityDocument: PASSPORT })).toBe('BAD_USER_INPUT');
    expect(await nc.fails(HAND_OVER, { id, receiptNumber: '2027-999999', identityDocument: PASSPORT })).toBe('BAD_USER_INPUT');
    expect(await nc.fails(HAND_OVER, { id, receiptNumber, identityDocument: '' })).toBe('BAD_USER_INPUT');
    expect(await nc.fails(HAND_OVER, { id, receiptNumber, identityDocument: '   ' })).toBe('BAD_USER_INPUT');
    expect(await nc.fails(HAND_OVER, { id, receiptNumber, identityDocument: PASSPORT, at: at('2027-07-13T09:59:00') })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await nc.fails(HAND_OVER, { id, receiptNumber, identityDocument: PASSPORT, at: at('2027-07-13T16:01:00') })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await provider.fails(HAND_OVER, { id, receiptNumber, identityDocument: PASSPORT })).toBe('FORBIDDEN');
    expect(await (await server.as('TF-KI')).fails(HAND_OVER, { id, receiptNumber, identityDocument: PASSPORT })).toBe('FORBIDDEN');
    expect(await almaty.fails(HAND_OVER, { id, receiptNumber, identityDocument: PASSPORT })).toBe('NOT_FOUND');
    expect(await nc.fails(HAND_OVER, { id: randomUUID(), receiptNumber, identityDocument: PASSPORT })).toBe('NOT_FOUND');
    expect(await read(nc, id)).toEqual(before);
  });

  it('hands it over once, on the receipt and an identity document or power of attorney, shown in the status and history', async () => {
    const attorney = 'Power of attorney No. 114 of 2027-07-01 for Aida Sarsenova, ID card 043512987';
    const { handOverServiceResult } = await nc.ok(HAND_OVER, {
      id,
      receiptNumber,
      identityDocument: ` ${attorney} `,
      at: at('2027-07-13T15:00:00'),
    });
    expect(handOverServiceResult).toEqual({ id, status: 'HANDED_OVER', handedOverAt: at('2027-07-13T15:00:00') });
    const application = await read(nc, id);
    expect(application).toMatchObject({ outcome: 'ISSUED', handedOverOnDocument: attorney, resultReceivedAt: at('2027-07-13T10:00:00') });
    expect(application.history.map((h: { status: string }) => h.status)).toEqual([
      'ACCEPTED',
      'FORWARDED',
      'RESULT_ISSUED',
      'RESULT_RECEIVED',
      'HANDED_OVER',
    ]);
    expect(application.history[4]).toMatchObject({ at: at('2027-07-13T15:00:00'), note: `On ${attorney}` });
    const steps = (await nc.ok(contract('ServiceApplicationSteps'), { id })).serviceApplication;
    expect(steps).toMatchObject({
      status: 'HANDED_OVER',
      handedOverAt: at('2027-07-13T15:00:00'),
      resultReceivedAt: at('2027-07-13T10:00:00'),
    });
    expect(await nc.fails(HAND_OVER, { id, receiptNumber, identityDocument: PASSPORT })).toBe('BAD_USER_INPUT'); // once only
    expect(await nc.fails(RECEIVE, { id })).toBe('BAD_USER_INPUT');
    const events: { changed_fields: string[] }[] = await server.irm.dataSource.query(
      `SELECT changed_fields FROM change_event WHERE entity = 'SERVICE_APPLICATION' AND entity_id = $1 AND 'handedOverAt' = ANY(changed_fields)`,
      [id],
    );
    expect(events).toHaveLength(1);
  });

  it('hands over a motivated refusal the same way', async () => {
    const refused = await withResult(nc, investorId, at('2027-07-14T10:00:00'), 'REFUSED');
    clock.set(at('2027-07-15T10:00:00'));
    await nc.ok(RECEIVE, { id: refused.id });
    const { handOverServiceResult } = await nc.ok(HAND_OVER, {
      id: refused.id,
      receiptNumber: refused.receiptNumber,
      identityDocument: PASSPORT,
    });
    expect(handOverServiceResult.status).toBe('HANDED_OVER');
    expect((await read(nc, refused.id)).outcome).toBe('REFUSED');
  });
});

describe('the quarterly report of a front office', () => {
  it('counts the results it handed over in the quarter', async () => {
    const own = await createInvestor(almaty, 'Almaty Quarter Applicant');
    const handed = await withResult(almaty, own, at('2027-08-02T10:00:00'));
    const notYet = await withResult(almaty, own, at('2027-08-02T11:00:00'));
    clock.set(at('2027-08-03T10:00:00'));
    await almaty.ok(RECEIVE, { id: handed.id });
    await almaty.ok(RECEIVE, { id: notYet.id });
    await almaty.ok(HAND_OVER, { id: handed.id, receiptNumber: handed.receiptNumber, identityDocument: PASSPORT });
    clock.set(at('2027-10-02T10:00:00'));
    // Handed over in the next quarter: not counted in Q3.
    await almaty.ok(HAND_OVER, { id: notYet.id, receiptNumber: notYet.receiptNumber, identityDocument: PASSPORT });
    const { submitQuarterlyReport } = await almaty.ok(
      'mutation { submitQuarterlyReport(year: 2027, quarter: 3) { figures { name value } } }',
    );
    expect(submitQuarterlyReport.figures).toEqual(expect.arrayContaining([{ name: 'serviceResultsHandedOver', value: '1' }]));
  });
});
