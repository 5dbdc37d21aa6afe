import { ManualClock } from '../support/clock';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import { PERFORMANCE, SET_TARGET, createInvestor, eventsOf, officeIdsByCode } from './monitoring-support';
import { KPI_FIGURES } from '../../src/monitoring/kpi-figures';

const NOW = new Date();
const clock = new ManualClock(NOW);
let server: TestServer;
let ab: GraphQLClient,
  nc: GraphQLClient,
  tf: GraphQLClient,
  ro61: GraphQLClient,
  ro75: GraphQLClient,
  embCn: GraphQLClient,
  embDe: GraphQLClient,
  provider: GraphQLClient;
let office: Record<string, string>;

const ACCEPT = 'mutation($input: AcceptServiceApplicationInput!) { acceptServiceApplication(input: $input) { id } }';
const FORWARD = 'mutation($id: ID!) { forwardServiceApplication(id: $id) { id } }';
const SUBMIT_REQUEST = 'mutation($input: SubmitInvestorRequestInput!) { submitInvestorRequest(input: $input) { id } }';
const ANSWER = 'mutation($id: ID!, $at: DateTime) { answerInvestorRequest(id: $id, answer: "Sent.", at: $at) { id answeredOnTime } }';
const RECORD_INTERACTION = 'mutation($input: RecordInteractionInput!) { recordInteraction(input: $input) { id } }';
const SUBMIT_REPORT =
  'mutation($year: Int!, $quarter: Int!) { submitQuarterlyReport(year: $year, quarter: $quarter) { figures { name value } } }';

beforeAll(async () => {
  server = await startTestServer({ clock });
  [ab, nc, tf, ro61, ro75, embCn, embDe, provider] = await Promise.all([
    server.as('AB-MFA', 'ADMIN'),
    server.as('NC-KI'),
    server.as('TF-KI'),
    server.as('RO-KZ-61'),
    server.as('RO-KZ-75'),
    server.as('EMB-CN'),
    server.as('EMB-DE'),
    server.as('SP-VISA'),
  ]);
  office = await officeIdsByCode(nc);

  // Turkistan's 2025 Q2, entered as it happened: one request answered on time, one late, and
  // a visa petition forwarded a week after acceptance (paragraph 24: a violation).
  const investor = await createInvestor(ro61, 'Shymkent Textiles LLP', 'KZ');
  clock.set('2025-05-05T10:00:00+05:00'); // Mon 5 May 2025
  const onTime = (await ro61.ok(SUBMIT_REQUEST, { input: { investorId: investor, kind: 'INFORMATION', subject: 'Land plots' } }))
    .submitInvestorRequest.id;
  const late = (await ro61.ok(SUBMIT_REQUEST, { input: { investorId: investor, kind: 'PERMITS', subject: 'Permits' } }))
    .submitInvestorRequest.id;
  const application = {
    investorId: investor,
    serviceCode: 'INVESTOR_VISA_PETITION',
    applicantName: 'Li Wei',
    identityDocument: 'Passport E12345678',
    documents: [{ title: 'Petition letter' }],
    consentToDataUse: true,
  };
  const petition = (await ro61.ok(ACCEPT, { input: application })).acceptServiceApplication.id;
  clock.set('2025-05-06T12:00:00+05:00');
  expect((await ro61.ok(ANSWER, { id: onTime })).answerInvestorRequest.answeredOnTime).toBe(true);
  clock.set('2025-05-12T12:00:00+05:00');
  await ro61.ok(FORWARD, { id: petition });
  clock.set('2025-05-30T12:00:00+05:00');
  expect((await ro61.ok(ANSWER, { id: late })).answerInvestorRequest.answeredOnTime).toBe(false);
  clock.set(NOW);
});
afterAll(() => server.stop());

type Indicator = { indicator: string; target: string | null; actual: string; achievedPercent: string | null };
const performance = async (client: GraphQLClient, code: string, year: number, quarter?: number) =>
  (await client.ok(PERFORMANCE, { officeId: office[code], year, quarter })).officePerformance;
const indicator = (p: { indicators: Indicator[] }, name: string) => p.indicators.find((i) => i.indicator === name)!;
const target = (input: Record<string, unknown>) =>
  ab.ok(SET_TARGET, { input: { officeId: office['RO-KZ-61'], year: 2025, quarter: 2, ...input } });

describe('setKpiTarget', () => {
  it('is the authorized body’s; setting the same office, period and indicator again replaces the target', async () => {
    const first = (await target({ indicator: 'REQUESTS_ANSWERED_ON_TIME', target: '5' })).setKpiTarget;
    expect(first).toMatchObject({
      indicator: 'REQUESTS_ANSWERED_ON_TIME',
      year: 2025,
      target: '5.00',
      office: { id: office['RO-KZ-61'], code: 'RO-KZ-61' },
    });
    const again = (await target({ indicator: 'REQUESTS_ANSWERED_ON_TIME', target: '3' })).setKpiTarget;
    expect(again).toMatchObject({ id: first.id, target: '3.00' });
    expect((await eventsOf(server, first.id)).map((e) => [e.entity, e.action])).toEqual([
      ['KPI_TARGET', 'CREATED'],
      ['KPI_TARGET', 'UPDATED'],
    ]);
    for (const client of [nc, tf, ro61, embCn, provider]) {
      expect(
        await client.fails(SET_TARGET, { input: { officeId: office['RO-KZ-61'], year: 2025, indicator: 'VISITS', target: '1' } }),
      ).toBe('FORBIDDEN');
    }
  });

  it('refuses a bad period, a negative target, a service provider and an unknown office', async () => {
    const bad = (input: Record<string, unknown>) =>
      ab.fails(SET_TARGET, { input: { officeId: office['RO-KZ-61'], year: 2025, indicator: 'VISITS', target: '1', ...input } });
    expect(await bad({ quarter: 5 })).toBe('BAD_USER_INPUT');
    expect(await bad({ quarter: 0 })).toBe('BAD_USER_INPUT');
    expect(await bad({ year: 2018 })).toBe('BAD_USER_INPUT');
    expect(await bad({ target: '-1' })).toBe('BAD_USER_INPUT');
    expect(await bad({ officeId: office['SP-VISA'] })).toBe('BAD_USER_INPUT');
    expect(await bad({ officeId: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
  });
});

describe('officePerformance', () => {
  it('gives every indicator with the target of exactly that period, the actual and the percentage achieved', async () => {
    await target({ indicator: 'REQUESTS_ANSWERED_ON_TIME', target: '3' });
    await target({ indicator: 'SERVICE_VIOLATIONS', target: '0' });
    await target({ indicator: 'MEETINGS', target: '4' });
    await target({ quarter: null, indicator: 'REQUESTS_ANSWERED_ON_TIME', target: '8' });
    const q2 = await performance(ro61, 'RO-KZ-61', 2025, 2);
    expect(q2).toMatchObject({ office: { id: office['RO-KZ-61'], code: 'RO-KZ-61' }, year: 2025, quarter: 2 });
    expect(q2.indicators.map((i: Indicator) => i.indicator)).toEqual([
      'MEETINGS',
      'VISITS',
      'NEW_INVESTORS',
      'AGREEMENTS_SIGNED',
      'EVENTS_HELD',
      'REQUESTS_ANSWERED_ON_TIME',
      'SERVICE_VIOLATIONS',
    ]);
    expect(indicator(q2, 'REQUESTS_ANSWERED_ON_TIME')).toEqual({
      indicator: 'REQUESTS_ANSWERED_ON_TIME',
      target: '3.00',
      actual: '1',
      achievedPercent: '33.33',
    });
    // A target of 0 has no percentage; no target, none either.
    expect(indicator(q2, 'SERVICE_VIOLATIONS')).toEqual({
      indicator: 'SERVICE_VIOLATIONS',
      target: '0.00',
      actual: '1',
      achievedPercent: null,
    });
    expect(indicator(q2, 'NEW_INVESTORS')).toEqual({ indicator: 'NEW_INVESTORS', target: null, actual: '0', achievedPercent: null });
    // No meeting recorded in 2025 Q2: 0 of 4.
    expect(indicator(q2, 'MEETINGS')).toEqual({ indicator: 'MEETINGS', target: '4.00', actual: '0', achievedPercent: '0.00' });

    const year = await performance(ro61, 'RO-KZ-61', 2025);
    expect(year.quarter).toBeNull();
    expect(indicator(year, 'REQUESTS_ANSWERED_ON_TIME')).toEqual({
      indicator: 'REQUESTS_ANSWERED_ON_TIME',
      target: '8.00',
      actual: '1',
      achievedPercent: '12.50',
    });
    expect(indicator(year, 'MEETINGS').target).toBeNull();
    expect(indicator(await performance(ro61, 'RO-KZ-61', 2025, 3), 'REQUESTS_ANSWERED_ON_TIME')).toMatchObject({
      target: null,
      actual: '0',
    });
  });

  it('reads for every indicator a figure that a module gives', async () => {
    const [from, to] = [new Date('2025-04-01T00:00:00+05:00'), new Date('2025-07-01T00:00:00+05:00')];
    const given = (await Promise.all(server.irm.app.figureSources.map((s) => s.quarterFigures(office['RO-KZ-61']!, from, to)))).flat();
    const names = given.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of Object.values(KPI_FIGURES)) expect(names).toContain(name);
  });

  it('shows the same actuals as the quarterly report', async () => {
    const { submitQuarterlyReport } = await ro61.ok(SUBMIT_REPORT, { year: 2025, quarter: 2 });
    const figure = (name: string) => submitQuarterlyReport.figures.find((f: { name: string }) => f.name === name)?.value;
    const q2 = await performance(ab, 'RO-KZ-61', 2025, 2);
    expect(indicator(q2, 'REQUESTS_ANSWERED_ON_TIME').actual).toBe(figure('requestsAnsweredOnTime'));
    expect(indicator(q2, 'SERVICE_VIOLATIONS').actual).toBe(figure('serviceApplicationViolations'));
    expect(indicator(q2, 'NEW_INVESTORS').actual).toBe(figure('investors.new'));
  });

  it('counts the meetings and visits the office recorded, by the day they took place', async () => {
    const investorId = await createInvestor(ro61, 'Kyzylorda Salt LLP', 'KZ');
    const record = (kind: string, occurredOn: string) =>
      ro61.ok(RECORD_INTERACTION, { input: { investorId, kind, occurredOn, summary: `${kind} on ${occurredOn}` } });
    await record('MEETING', '2025-07-01');
    await record('MEETING', '2025-09-30');
    await record('VISIT', '2025-08-15');
    await record('CALL', '2025-08-16');
    await record('MEETING', '2025-10-01');
    await target({ quarter: 3, indicator: 'MEETINGS', target: '3' });
    const q3 = await performance(ro61, 'RO-KZ-61', 2025, 3);
    expect(indicator(q3, 'MEETINGS')).toEqual({ indicator: 'MEETINGS', target: '3.00', actual: '2', achievedPercent: '66.67' });
    expect(indicator(q3, 'VISITS')).toMatchObject({ actual: '1', target: null });
    const { submitQuarterlyReport } = await ro61.ok(SUBMIT_REPORT, { year: 2025, quarter: 3 });
    const figure = (name: string) => submitQuarterlyReport.figures.find((f: { name: string }) => f.name === name)?.value;
    expect(indicator(q3, 'MEETINGS').actual).toBe(figure('interactions.meetingsHeld'));
    expect(indicator(q3, 'VISITS').actual).toBe(figure('interactions.visits'));
  });

  it('counts the investors an office took on in the period', async () => {
    const quarter = Math.floor(NOW.getUTCMonth() / 3) + 1;
    const before = indicator(await performance(ro61, 'RO-KZ-61', NOW.getUTCFullYear(), quarter), 'NEW_INVESTORS').actual;
    await createInvestor(ro61, 'Kentau Minerals LLP', 'KZ');
    await createInvestor(ro61, 'Turkistan Dairy LLP', 'KZ');
    const after = indicator(await performance(ro61, 'RO-KZ-61', NOW.getUTCFullYear(), quarter), 'NEW_INVESTORS').actual;
    expect(Number(after) - Number(before)).toBe(2);
  });

  it('is read by the office itself, the authorized body, and the National Company for regional and central offices', async () => {
    for (const client of [ro61, ab, nc]) expect((await performance(client, 'RO-KZ-61', 2025)).year).toBe(2025);
    expect((await performance(nc, 'TF-KI', 2025)).year).toBe(2025);
    expect((await performance(embCn, 'EMB-CN', 2025)).year).toBe(2025);
    expect((await performance(ab, 'EMB-CN', 2025)).year).toBe(2025);
    const denied = (client: GraphQLClient, code: string) => client.fails(PERFORMANCE, { officeId: office[code], year: 2025 });
    expect(await denied(nc, 'EMB-CN')).toBe('FORBIDDEN');
    for (const client of [tf, ro75, embDe, provider]) expect(await denied(client, 'RO-KZ-61')).toBe('FORBIDDEN');
    expect(await ab.fails(PERFORMANCE, { officeId: '00000000-0000-4000-8000-000000000000', year: 2025 })).toBe('NOT_FOUND');
    expect(await ab.fails(PERFORMANCE, { officeId: office['RO-KZ-61'], year: 2025, quarter: 5 })).toBe('BAD_USER_INPUT');
  });
});

describe('REQUESTS_ANSWERED_ON_TIME', () => {
  const FORWARD_REQUEST = 'mutation($id: ID!, $toOfficeId: ID!) { forwardInvestorRequest(id: $id, toOfficeId: $toOfficeId) { id } }';
  const SUBMIT_AT = 'mutation($input: SubmitInvestorRequestInput!) { submitInvestorRequest(input: $input) { id dueAt } }';
  // Counted as differences: the database is shared by the run's files.
  const actual = async (code: string, year: number, quarter?: number) =>
    Number(indicator(await performance(ab, code, year, quarter), 'REQUESTS_ANSWERED_ON_TIME').actual);
  const snapshot = async (code: string) => ({
    q1: await actual(code, 2023, 1),
    q2: await actual(code, 2023, 2),
    q3: await actual(code, 2023, 3),
    year: await actual(code, 2023),
  });
  const reportFigures = async (code: string) =>
    Object.fromEntries(
      (
        await server.irm.app.investorRequests.quarterFigures(
          office[code]!,
          new Date('2023-04-01T00:00:00+06:00'),
          new Date('2023-07-01T00:00:00+06:00'),
        )
      ).map((f) => [f.name, Number(f.value)]),
    );

  it('counts the requests the office answered in the period on or before their due time, by the quarter of the answer in Asia/Almaty', async () => {
    // 2023: Almaty on UTC+6, so each quarter starts at 18:00 UTC the day before.
    const investorId = await createInvestor(ro75, 'Almaty Glassworks LLP', 'KZ');
    const receive = async (receivedAt: string) =>
      (await ro75.ok(SUBMIT_AT, { input: { investorId, kind: 'INFORMATION', subject: `Received ${receivedAt}`, receivedAt } }))
        .submitInvestorRequest as { id: string; dueAt: string };
    const answer = async (client: GraphQLClient, id: string, at: string) =>
      (await client.ok(ANSWER, { id, at })).answerInvestorRequest.answeredOnTime;
    const before = { ro75: await snapshot('RO-KZ-75'), ro61: await snapshot('RO-KZ-61'), figures: await reportFigures('RO-KZ-75') };

    // Received in Q1, answered on time in Q2: counts in Q2, not Q1.
    expect(await answer(ro75, (await receive('2023-03-30T10:00:00+06:00')).id, '2023-04-03T12:00:00+06:00')).toBe(true);
    // Answered at the first instant of Q2 in Almaty (still Q1 in UTC): Q2.
    expect(await answer(ro75, (await receive('2023-03-31T10:00:00+06:00')).id, '2023-04-01T00:00:00.000+06:00')).toBe(true);
    // Answered at the last instant of Q1 in Almaty: Q1.
    expect(await answer(ro75, (await receive('2023-03-27T10:00:00+06:00')).id, '2023-03-31T23:59:59.999+06:00')).toBe(true);
    // Answered at the last instant of Q2: Q2; at the first instant of Q3 (still Q2 in UTC): Q3.
    expect(await answer(ro75, (await receive('2023-06-26T10:00:00+06:00')).id, '2023-06-30T23:59:59.999+06:00')).toBe(true);
    expect(await answer(ro75, (await receive('2023-06-27T10:00:00+06:00')).id, '2023-07-01T00:00:00.000+06:00')).toBe(true);
    // A late answer in Q2 counts nowhere.
    expect(await answer(ro75, (await receive('2023-05-15T10:00:00+06:00')).id, '2023-05-29T12:00:00+06:00')).toBe(false);
    // On its due time is on time; a millisecond after is late.
    const exactly = await receive('2023-05-02T10:00:00+06:00');
    const justLate = await receive('2023-05-02T11:00:00+06:00');
    expect(justLate.dueAt).toBe(exactly.dueAt);
    expect(await answer(ro75, exactly.id, exactly.dueAt)).toBe(true);
    expect(await answer(ro75, justLate.id, new Date(new Date(justLate.dueAt).getTime() + 1).toISOString())).toBe(false);
    // Passed on to Turkistan, which answers it on time: Turkistan's, not Almaty's.
    const passed = await receive('2023-05-03T10:00:00+06:00');
    clock.set('2023-05-04T10:00:00+06:00');
    try {
      await ro75.ok(FORWARD_REQUEST, { id: passed.id, toOfficeId: office['RO-KZ-61'] });
    } finally {
      clock.set(NOW);
    }
    expect(await answer(ro61, passed.id, '2023-05-05T12:00:00+06:00')).toBe(true);

    const after = { ro75: await snapshot('RO-KZ-75'), ro61: await snapshot('RO-KZ-61'), figures: await reportFigures('RO-KZ-75') };
    expect({
      q1: after.ro75.q1 - before.ro75.q1,
      q2: after.ro75.q2 - before.ro75.q2,
      q3: after.ro75.q3 - before.ro75.q3,
      year: after.ro75.year - before.ro75.year,
    }).toEqual({ q1: 1, q2: 4, q3: 1, year: 6 });
    expect(after.ro61.q2 - before.ro61.q2).toBe(1);
    // The quarterly report's figures of Q2: every answer given in it, and those on time.
    expect(after.figures.requestsAnswered - before.figures.requestsAnswered).toBe(6);
    expect(after.figures.requestsAnsweredOnTime - before.figures.requestsAnsweredOnTime).toBe(4);
  });

  it('is the quarterly report’s requestsAnsweredOnTime', async () => {
    const { submitQuarterlyReport } = await ro75.ok(SUBMIT_REPORT, { year: 2023, quarter: 2 });
    const figure = submitQuarterlyReport.figures.find((f: { name: string }) => f.name === 'requestsAnsweredOnTime')?.value;
    expect(figure).toBe(String(await actual('RO-KZ-75', 2023, 2)));
    expect(Number(figure)).toBeGreaterThanOrEqual(4);
  });
});
