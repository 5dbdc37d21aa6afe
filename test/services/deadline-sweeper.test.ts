import { contract } from '../support/contract';
import { ManualClock } from '../support/clock';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import { accept, almaty, completeSteps, createInvestor, endOfDay } from './fixtures';

const clock = new ManualClock(almaty('2026-09-01T10:00:00'));
// The timer is set far off: these tests sweep by calling sweep() after moving the clock.
const env = { DEADLINE_SWEEP_INTERVAL_MS: '3600000' };
let server: TestServer;
let second: TestServer;
let nc: GraphQLClient;
let provider: GraphQLClient;
let investorId: string;

const APPLICATION = contract('ServiceApplication');

beforeAll(async () => {
  server = await startTestServer({ clock, env });
  second = await startTestServer({ clock, env });
  [nc, provider] = await Promise.all([server.as('NC-KI'), server.as('SP-VISA')]);
  investorId = await createInvestor(nc, 'Sweeper Test AG');
});
afterAll(async () => {
  await second?.stop();
  await server?.stop();
});

async function violationsOf(id: string): Promise<{ kind: string; detectedAt: string; noticeSentTo: { code: string }[] }[]> {
  return (await nc.ok(APPLICATION, { id })).serviceApplication.violations;
}

async function violationEvents(id: string): Promise<number> {
  const rows: { n: string }[] = await server.irm.dataSource.query(
    `SELECT COUNT(*) AS n FROM change_event WHERE entity = 'SERVICE_APPLICATION' AND entity_id = $1 AND action = 'UPDATED' AND 'violations' = ANY(changed_fields)`,
    [id],
  );
  return Number(rows[0]!.n);
}

describe('the deadline sweeper', () => {
  it('records a late forwarding when the deadline passes without anyone touching the application', async () => {
    clock.set(almaty('2026-09-04T16:00:00')); // Friday
    const { id, forwardDueAt } = await accept(nc, investorId);
    expect(forwardDueAt).toBe(endOfDay('2026-09-07'));

    clock.set(almaty('2026-09-07T23:00:00')); // still Monday: nothing is late yet
    await server.sweep();
    expect(await violationsOf(id)).toEqual([]);

    clock.set(almaty('2026-09-08T00:00:05'));
    const made = await server.sweep();
    expect(made.serviceViolations).toBeGreaterThanOrEqual(1);
    const [violation] = await violationsOf(id);
    expect(violation).toMatchObject({ kind: 'LATE_FORWARDING', detectedAt: almaty('2026-09-08T00:00:05') });
    expect(violation!.noticeSentTo.map((o) => o.code).sort()).toEqual(['AB-MFA', 'NC-KI']);
    expect(await violationEvents(id)).toBe(1);

    // Once only: another sweep and the late forwarding itself add nothing.
    clock.set(almaty('2026-09-08T10:00:00'));
    await server.sweep();
    const { forwardServiceApplication } = await nc.ok(contract('ForwardServiceApplication'), { id });
    expect(forwardServiceApplication.forwardedOnTime).toBe(false);
    expect((await violationsOf(id)).map((v) => v.kind)).toEqual(['LATE_FORWARDING']);
    expect(await violationEvents(id)).toBe(1);
  });

  it("records the provider's breach of the term at once, with notices to the provider and the authorized body (paragraph 28)", async () => {
    clock.set(almaty('2026-09-10T09:00:00'));
    const { id } = await accept(nc, investorId);
    await nc.ok(contract('ForwardServiceApplication'), { id });
    const { serviceApplication } = await nc.ok('query($id: ID!) { serviceApplication(id: $id) { resultDueAt } }', { id });
    expect(serviceApplication.resultDueAt).toBe(endOfDay('2026-09-24'));

    clock.set(almaty('2026-09-24T23:59:59'));
    await server.sweep();
    expect(await violationsOf(id)).toEqual([]);

    clock.set(almaty('2026-09-25T00:01:00'));
    await server.sweep();
    const [breach] = await violationsOf(id);
    expect(breach).toMatchObject({ kind: 'PROVIDER_TERM_BREACHED', detectedAt: almaty('2026-09-25T00:01:00') });
    expect(breach!.noticeSentTo.map((o) => o.code).sort()).toEqual(['AB-MFA', 'SP-VISA']);

    // The late result finds the breach already recorded.
    clock.set(almaty('2026-09-28T10:00:00'));
    await completeSteps(provider, id, 7);
    const { recordServiceResult } = await provider.ok(contract('RecordServiceResult'), { id, outcome: 'ISSUED' });
    expect(recordServiceResult.violations.map((v: { kind: string }) => v.kind)).toEqual(['PROVIDER_TERM_BREACHED']);
    expect(await violationEvents(id)).toBe(1);
  });

  it('records a late notice to the investor of a return', async () => {
    clock.set(almaty('2026-10-01T09:00:00'));
    const { id } = await accept(nc, investorId);
    await nc.ok(contract('ForwardServiceApplication'), { id });
    clock.set(almaty('2026-10-02T11:00:00')); // Friday
    const { returnServiceApplication } = await provider.ok(contract('ReturnServiceApplication'), { id, reason: 'Unreadable copy' });
    expect(returnServiceApplication.notifyDueAt).toBe(endOfDay('2026-10-05'));

    clock.set(almaty('2026-10-06T08:00:00'));
    await server.sweep();
    const [late] = await violationsOf(id);
    expect(late!.kind).toBe('LATE_INVESTOR_NOTICE');
    expect(late!.noticeSentTo.map((o) => o.code).sort()).toEqual(['AB-MFA', 'NC-KI']);
    const { notifyInvestorOfReturn } = await nc.ok(contract('NotifyInvestorOfReturn'), { id });
    expect(notifyInvestorOfReturn.notifiedOnTime).toBe(false);
    expect(await violationsOf(id)).toHaveLength(1);
  });

  it('records each violation exactly once with two server instances sweeping at the same time', async () => {
    clock.set(almaty('2026-10-12T10:00:00'));
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await accept(nc, investorId)).id);
    clock.set(almaty('2026-10-20T10:00:00'));
    const sweeps = await Promise.all([server.sweep(), second.sweep(), server.sweep(), second.sweep()]);
    const recorded = sweeps.reduce((sum, made) => sum + (made.serviceViolations ?? 0), 0);
    expect(recorded).toBeGreaterThanOrEqual(ids.length);
    const counts: { application_id: string; n: string }[] = await server.irm.dataSource.query(
      `SELECT application_id, COUNT(*) AS n FROM service_violation WHERE application_id = ANY($1::uuid[]) GROUP BY application_id`,
      [ids],
    );
    expect(counts.map((c) => Number(c.n))).toEqual(ids.map(() => 1));
    for (const id of ids) expect(await violationEvents(id)).toBe(1);
  });

  it('gives unique, consecutive receipt numbers to applications accepted at the same time on two instances', async () => {
    clock.set(almaty('2026-10-21T10:00:00'));
    const ncOnSecond = await second.as('NC-KI');
    const accepted = await Promise.all(Array.from({ length: 12 }, (_, i) => accept(i % 2 ? nc : ncOnSecond, investorId)));
    const numbers = accepted.map((a) => Number(a.receipt.number.slice(5))).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(12);
    expect(numbers[11]! - numbers[0]!).toBe(11);
  });

  it('reports the figures of an office for a period (chapter 5)', async () => {
    const regional = await server.as('RO-KZ-61');
    const own = await createInvestor(regional, 'Karaganda Visa Applicant');
    const officeId = (await regional.ok(contract('Me'))).me.office.id as string;
    const december = async () =>
      Object.fromEntries(
        (
          await server.irm.app.serviceApplications.quarterFigures(
            officeId,
            new Date(almaty('2026-12-01T00:00:00')),
            new Date(almaty('2027-01-01T00:00:00')),
          )
        ).map((f) => [f.name, Number(f.value)]),
      );
    // Violations count when detected: what other files left undetected is detected now, and
    // what their sweeps at later clocks already dated in December is counted before this test acts.
    clock.set(almaty('2026-11-30T10:00:00'));
    await server.sweep();
    const before = await december();
    clock.set(almaty('2026-12-01T10:00:00'));
    const onTime = await accept(regional, own);
    const late = await accept(regional, own);
    const unforwarded = await accept(regional, own);
    await regional.ok(contract('ForwardServiceApplication'), { id: onTime.id });
    clock.set(almaty('2026-12-03T10:00:00'));
    await regional.ok(contract('ForwardServiceApplication'), { id: late.id });
    await server.sweep();
    expect((await violationsOf(unforwarded.id)).map((v) => v.kind)).toEqual(['LATE_FORWARDING']);
    clock.set(almaty('2027-01-05T10:00:00'));
    await accept(regional, own); // next period
    const after = await december();
    expect(Object.keys(after)).toEqual([
      'serviceApplicationsAccepted',
      'serviceApplicationsForwardedOnTime',
      'serviceApplicationViolations',
      'serviceResultsHandedOver',
    ]);
    expect(Object.fromEntries(Object.entries(after).map(([name, value]) => [name, value - before[name]!]))).toEqual({
      serviceApplicationsAccepted: 3,
      serviceApplicationsForwardedOnTime: 1,
      serviceApplicationViolations: 2,
      serviceResultsHandedOver: 0,
    });
  });
});

describe('the sweeper timer', () => {
  it('sweeps by itself every DEADLINE_SWEEP_INTERVAL_MS once the server is started', async () => {
    clock.set(almaty('2026-11-02T10:00:00'));
    const { id } = await accept(nc, investorId);
    clock.set(almaty('2026-11-05T10:00:00'));
    const timed = await startTestServer({ clock, env: { DEADLINE_SWEEP_INTERVAL_MS: '100' } });
    try {
      for (let i = 0; i < 50 && (await violationsOf(id)).length === 0; i++) await new Promise((r) => setTimeout(r, 100));
      expect((await violationsOf(id)).map((v) => v.kind)).toEqual(['LATE_FORWARDING']);
    } finally {
      await timed.stop();
    }
  });
});
