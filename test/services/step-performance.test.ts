import { randomUUID } from 'node:crypto';
import { contract } from '../support/contract';
import { ManualClock } from '../support/clock';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import { createInvestor } from './fixtures';
import { at, COMPLETE, forwardedAt, newPerson } from './steps-support';

/**
 * Issue 13, "where the time goes": per step, how many were completed in a period, how many
 * late, and the median working minutes they took, on a known set of applications in November
 * 2027 (no other test file works in that month).
 */
const clock = new ManualClock(at('2027-10-29T09:00:00'));
let server: TestServer;
let nc: GraphQLClient;
let provider: GraphQLClient;
let ab: GraphQLClient;

const PERFORMANCE = contract('ServiceStepPerformance');
const SERVICE = 'INVESTOR_VISA_PETITION';
const NOVEMBER = { serviceCode: SERVICE, from: '2027-11-01', to: '2027-11-30' };
const NONE = (order: number) => [order, 0, 0, null];

beforeAll(async () => {
  server = await startTestServer({ clock, env: { DEADLINE_SWEEP_INTERVAL_MS: '3600000' } });
  [nc, provider, ab] = await Promise.all([server.as('NC-KI'), server.as('SP-VISA'), server.as('AB-MFA', 'ADMIN')]);
  const investorId = await createInvestor(nc, 'Performance Applicant GmbH');
  const done = async (id: string, order: number, when: string) => {
    clock.set(when);
    await provider.ok(COMPLETE, { applicationId: id, order });
  };
  // D: forwarded Friday 29 October 10:00; step 1 done at 10:05 (5 working minutes, October), step 2 on
  // Monday 1 November 09:30: 175 + 240 minutes on Friday, 30 on Monday = 445, late (due Friday 11:05).
  const d = await forwardedAt(clock, nc, investorId, at('2027-10-29T10:00:00'));
  await done(d, 1, at('2027-10-29T10:05:00'));
  // A: forwarded Monday 1 November 09:00; step 1 in 10 minutes (on time), step 2 in 120 (due in 60: late),
  // step 3 from 11:10 to 13:10 = 110 working minutes, the break not counted (due 14:10: on time).
  const a = await forwardedAt(clock, nc, investorId, at('2027-11-01T09:00:00'));
  await done(a, 1, at('2027-11-01T09:10:00'));
  await done(d, 2, at('2027-11-01T09:30:00'));
  // B: forwarded 10:00; step 1 in 30 minutes (late), step 2 in 10 (on time).
  const b = await forwardedAt(clock, nc, investorId, at('2027-11-01T10:00:00'));
  await done(b, 1, at('2027-11-01T10:30:00'));
  await done(b, 2, at('2027-11-01T10:40:00'));
  await done(a, 2, at('2027-11-01T11:10:00'));
  await done(a, 3, at('2027-11-01T13:10:00'));
  // C: forwarded 17:50; step 1 done Tuesday 09:20: 10 + 20 = 30 working minutes, late (due 09:05).
  const c = await forwardedAt(clock, nc, investorId, at('2027-11-01T17:50:00'));
  await done(c, 1, at('2027-11-02T09:20:00'));
});
afterAll(() => server.stop());

const rows = (figures: { order: number; completed: number; late: number; medianWorkingMinutes: number | null }[]) =>
  figures.map((f) => [f.order, f.completed, f.late, f.medianWorkingMinutes]);

describe('serviceStepPerformance', () => {
  it('gives each step completed, late and the median working minutes over the days of the period', async () => {
    const { serviceStepPerformance } = await ab.ok(PERFORMANCE, NOVEMBER);
    expect(serviceStepPerformance.map((f: { name: string }) => f.name)[4]).toMatch(/^Consideration of the request/);
    expect(rows(serviceStepPerformance)).toEqual([
      [1, 3, 2, 30], // A 10, B 30, C 30
      [2, 3, 2, 120], // B 10, A 120, D 445
      [3, 1, 0, 110],
      ...[4, 5, 6, 7, 8, 9].map(NONE),
    ]);
    // Both ends are whole days in Almaty: Tuesday 2 November holds only C's step 1.
    expect(
      rows((await ab.ok(PERFORMANCE, { serviceCode: SERVICE, from: '2027-11-02', to: '2027-11-02' })).serviceStepPerformance).slice(0, 2),
    ).toEqual([[1, 1, 1, 30], NONE(2)]);
    expect(
      rows((await ab.ok(PERFORMANCE, { serviceCode: SERVICE, from: '2027-10-29', to: '2027-10-29' })).serviceStepPerformance).slice(0, 2),
    ).toEqual([[1, 1, 0, 5], NONE(2)]);
  });

  it('is for the authorized body, the National Company and the provider itself; FORBIDDEN for others', async () => {
    const expected = rows((await ab.ok(PERFORMANCE, NOVEMBER)).serviceStepPerformance);
    for (const client of [nc, provider, await server.as('NC-KI', 'VIEWER')]) {
      expect(rows((await client.ok(PERFORMANCE, NOVEMBER)).serviceStepPerformance)).toEqual(expected);
    }
    for (const [office, role] of [
      ['TF-KI', 'OFFICER'],
      ['RO-KZ-75', 'OFFICER'],
      ['EMB-CN', 'OFFICER'],
    ]) {
      expect([office, await (await server.as(office!, role)).fails(PERFORMANCE, NOVEMBER)]).toEqual([office, 'FORBIDDEN']);
    }
    expect(await server.anonymous.fails(PERFORMANCE, NOVEMBER)).toBe('UNAUTHENTICATED');
    expect(await ab.fails(PERFORMANCE, { ...NOVEMBER, serviceCode: 'NO_SUCH_SERVICE' })).toBe('BAD_USER_INPUT');
    expect(await ab.fails(PERFORMANCE, { ...NOVEMBER, from: '2027-12-01' })).toBe('BAD_USER_INPUT');
    expect(await ab.fails(PERFORMANCE, { ...NOVEMBER, to: '2027-11-31' })).toBe('BAD_USER_INPUT');
  });

  it("gives a provider only its own applications, and another provider nothing of this service's", async () => {
    const code = `SP-${randomUUID().slice(0, 8).toUpperCase()}`;
    await ab.ok('mutation($input: CreateOfficeInput!) { createOffice(input: $input) { id } }', {
      input: { code, name: 'Successor visa provider', kind: 'SERVICE_PROVIDER', level: 'CENTRAL' },
    });
    const successor = await newPerson(server, ab, code, 'OFFICER');
    expect(await successor.client.fails(PERFORMANCE, NOVEMBER)).toBe('FORBIDDEN');
    const setProvider =
      'mutation($code: String!, $office: String!) { setStateServiceProvider(code: $code, providerOfficeCode: $office) { code } }';
    await ab.ok(setProvider, { code: SERVICE, office: code });
    try {
      // The applications above stay addressed to SP-VISA: none of them is the successor's.
      expect(rows((await successor.client.ok(PERFORMANCE, NOVEMBER)).serviceStepPerformance)).toEqual(
        [1, 2, 3, 4, 5, 6, 7, 8, 9].map(NONE),
      );
      expect(await provider.fails(PERFORMANCE, NOVEMBER)).toBe('FORBIDDEN');
      expect(rows((await ab.ok(PERFORMANCE, NOVEMBER)).serviceStepPerformance)[0]).toEqual([1, 3, 2, 30]);
    } finally {
      await ab.ok(setProvider, { code: SERVICE, office: 'SP-VISA' });
    }
  });
});

describe('the CSV download', () => {
  const path = `/reports/service-step-performance/${SERVICE}/2027-11-01/2027-11-30.csv`;
  const download = (p: string, token?: string | null) =>
    fetch(`${server.url}${p}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('gives the same figures with the same permissions', async () => {
    const res = await download(path, provider.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename=service-step-performance-${SERVICE}-2027-11-01-2027-11-30.csv`,
    );
    const lines = (await res.text()).split('\r\n');
    expect(lines[0]).toBe('order,name,completed,late,median_working_minutes');
    expect(
      lines
        .slice(1, 4)
        .map((l) => l.split(','))
        .map((c) => [c[0], ...c.slice(-3)]),
    ).toEqual([
      ['1', '3', '2', '30'],
      ['2', '3', '2', '120'],
      ['3', '1', '0', '110'],
    ]);
    expect(lines[9]!.endsWith(',0,0,')).toBe(true);
    expect(lines).toHaveLength(11); // header, nine steps, and the empty string after the last CRLF

    expect((await download(path, (await server.as('TF-KI')).token)).status).toBe(403);
    expect((await download(path)).status).toBe(401);
    expect((await download(`/reports/service-step-performance/${SERVICE}/2027-11-01/november.csv`, ab.token)).status).toBe(400);
    expect((await download(`/reports/service-step-performance/NO_SUCH/2027-11-01/2027-11-30.csv`, ab.token)).status).toBe(400);
  });
});
