import { Decimal } from 'decimal.js';
import { contract } from '../support/contract';
import { ManualClock } from '../support/clock';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import { changeEventsOf, createInvestor, createProject, quarterContaining } from '../pool/fixtures';
import type { QuarterFigure } from '../../src/reports/quarter-figure-source';

// Records created by this test fall in the real current quarter (created_at is the database's
// time), so that is the quarter reported on, with the clock moved past its end.
const Q = quarterContaining(new Date());
const PREVIOUS = Q.quarter === 1 ? { year: Q.year - 1, quarter: 4 } : { year: Q.year, quarter: Q.quarter - 1 };
const monthAfter = ({ year, quarter }: { year: number; quarter: number }) =>
  quarter === 4 ? `${year + 1}-01` : `${year}-${String(quarter * 3 + 1).padStart(2, '0')}`;
/** Paragraphs 18, 19: the 15th, and the 20th for the consolidated report, of the month after the quarter. */
const DUE = `${monthAfter(Q)}-15`;
const CONSOLIDATED_DUE = `${monthAfter(Q)}-20`;
const at = (date: string, time: string) => `${date}T${time}+05:00`;

const clock = new ManualClock();
let server: TestServer;
let nc: GraphQLClient;
let ab: GraphQLClient;
let almaty: GraphQLClient;
let turkistan: GraphQLClient;
let beijing: GraphQLClient;

beforeAll(async () => {
  server = await startTestServer({ clock });
  [nc, ab, almaty, turkistan, beijing] = await Promise.all([
    server.as('NC-KI'),
    server.as('AB-MFA', 'ADMIN'),
    server.as('RO-KZ-75'),
    server.as('RO-KZ-61'),
    server.as('EMB-CN'),
  ]);
});
afterAll(() => server.stop());

const submit = async (client: GraphQLClient, q = Q) => (await client.ok(contract('SubmitQuarterlyReport'), q)).submitQuarterlyReport;
const consolidate = async (q = Q) => (await nc.ok(contract('ConsolidateQuarterlyReports'), q)).consolidateQuarterlyReports;
const figure = (figures: QuarterFigure[], name: string) => Number(figures.find((f) => f.name === name)?.value);
const reportsWithFigures = async (client: GraphQLClient, q = Q) =>
  (
    await client.ok(
      `query($year: Int!, $quarter: Int!) { quarterlyReports(year: $year, quarter: $quarter) { id kind submittedAt resubmittedAt onTime office { code } figures { name value } } }`,
      q,
    )
  ).quarterlyReports as {
    id: string;
    kind: string;
    submittedAt: string;
    resubmittedAt: string | null;
    onTime: boolean;
    office: { code: string };
    figures: QuarterFigure[];
  }[];

describe('quarterly reports', () => {
  let almatyReport: { id: string; submittedAt: string; figures: QuarterFigure[] };

  it('refuses a report on a quarter that has not ended', async () => {
    clock.set(new Date());
    expect(await almaty.fails(contract('SubmitQuarterlyReport'), Q)).toBe('BAD_USER_INPUT');
    expect(await almaty.fails(contract('SubmitQuarterlyReport'), { year: Q.year, quarter: 5 })).toBe('BAD_USER_INPUT');
  });

  it('takes a regional report due the 15th of the next month, on time until the end of that day in Almaty', async () => {
    clock.set(at(DUE, '23:59:59.999'));
    almatyReport = await submit(almaty);
    expect(almatyReport).toMatchObject({
      year: Q.year,
      quarter: Q.quarter,
      dueOn: DUE,
      onTime: true,
      office: { code: 'RO-KZ-75', level: 'REGIONAL' },
    });
    expect(almatyReport.submittedAt).toBe(new Date(at(DUE, '23:59:59.999')).toISOString());
    const names = almatyReport.figures.map((f) => f.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'projects.total',
        'projects.REGIONAL_ORGANIZATION.PREPARATION',
        'projects.TASK_FORCE.IMPLEMENTED',
        'investors.new',
      ]),
    );
  });

  it('is late from the first instant of the next day', async () => {
    clock.set(at(DUE, '00:00:00.000'));
    clock.advance(24 * 3600 * 1000);
    const late = await submit(turkistan);
    expect(late).toMatchObject({ dueOn: DUE, onTime: false, office: { code: 'RO-KZ-61' } });
  });

  it("takes an external office's report to the authorized body, due the 15th too", async () => {
    clock.set(at(DUE, '10:00:00'));
    expect(await submit(beijing)).toMatchObject({ dueOn: DUE, onTime: true, office: { code: 'EMB-CN', level: 'EXTERNAL' } });
  });

  it("counts the office's projects by tier and stage and its new investors, and a re-submission replaces them", async () => {
    const investorId = await createInvestor(almaty, 'Report Fixture Investor');
    await createProject(almaty, {
      title: 'Almaty bakery',
      regionCode: 'KZ-75',
      sectorCode: '10',
      investmentVolumeKzt: '90000000.00',
      initiatorId: investorId,
    });
    clock.set(at(DUE, '00:00:00'));
    clock.advance(3 * 24 * 3600 * 1000);
    const again = await submit(almaty);
    expect(again.id).toBe(almatyReport.id);
    // The report was directed in time; a correction keeps that and stamps resubmittedAt.
    expect(again).toMatchObject({ submittedAt: almatyReport.submittedAt, onTime: true });
    for (const name of ['investors.new', 'projects.total', 'projects.REGIONAL_ORGANIZATION.PREPARATION']) {
      expect([name, figure(again.figures, name)]).toEqual([name, figure(almatyReport.figures, name) + 1]);
    }
    const [mine] = await reportsWithFigures(almaty);
    expect(mine.resubmittedAt).toBe(clock.now().toISOString());
    const events = await changeEventsOf(again.id);
    expect(events.map((e) => [e.entity, e.action, e.region_code])).toEqual([
      ['QUARTERLY_REPORT', 'CREATED', 'KZ-75'],
      ['QUARTERLY_REPORT', 'UPDATED', 'KZ-75'],
    ]);
    // The office, the National Company it reports to and the authorized body that monitors.
    expect([...events[0].audience].sort()).toEqual([`office:${again.office.id}`, 'kind:AUTHORIZED_BODY', 'kind:NATIONAL_COMPANY'].sort());
  });

  it('consolidates the regional reports for the National Company, due the 20th, with the offices missing', async () => {
    clock.set(at(CONSOLIDATED_DUE, '18:00:00'));
    const c = await consolidate();
    expect(c).toMatchObject({ dueOn: CONSOLIDATED_DUE, onTime: true });
    expect(c.sourceReports.map((r: { office: { code: string } }) => r.office.code)).toEqual(['RO-KZ-61', 'RO-KZ-75']);
    const missing = c.missingOffices.map((o: { code: string }) => o.code);
    expect(missing).toEqual(expect.arrayContaining(['RO-KZ-71', 'RO-KZ-79']));
    expect(missing).not.toContain('RO-KZ-75');
    expect(missing).not.toContain('RO-KZ-61');
    const sources = (await reportsWithFigures(nc)).filter((r) => r.kind === 'REGIONAL');
    for (const f of c.figures as QuarterFigure[]) {
      const total = sources.reduce((s, r) => s.plus(r.figures.find((x) => x.name === f.name)?.value ?? 0), new Decimal(0));
      expect([f.name, f.value]).toEqual([f.name, total.toFixed()]);
    }
    expect(c.figures.map((f: QuarterFigure) => f.name)).toEqual(sources[0].figures.map((f) => f.name));
  });

  it('is a late consolidation after the 20th, listing every regional organization when none reported', async () => {
    const c = await consolidate(PREVIOUS);
    expect(c).toMatchObject({ onTime: false, sourceReports: [], figures: [] });
    expect(c.missingOffices.map((o: { code: string }) => o.code)).toEqual(expect.arrayContaining(['RO-KZ-75', 'RO-KZ-61', 'RO-KZ-71']));
  });

  it('shows the authorized body every report, the National Company the regional and consolidated ones, an office its own', async () => {
    const kindsAndOffices = async (client: GraphQLClient) =>
      ((await client.ok(contract('QuarterlyReports'), Q)).quarterlyReports as { kind: string; office: { code: string } }[]).map(
        (r) => `${r.kind}:${r.office.code}`,
      );
    expect(await kindsAndOffices(ab)).toEqual(['REGIONAL:RO-KZ-61', 'REGIONAL:RO-KZ-75', 'EXTERNAL:EMB-CN', 'CONSOLIDATED:NC-KI']);
    expect(await kindsAndOffices(nc)).toEqual(['REGIONAL:RO-KZ-61', 'REGIONAL:RO-KZ-75', 'CONSOLIDATED:NC-KI']);
    expect(await kindsAndOffices(await server.as('NC-KI', 'VIEWER'))).toEqual([
      'REGIONAL:RO-KZ-61',
      'REGIONAL:RO-KZ-75',
      'CONSOLIDATED:NC-KI',
    ]);
    expect(await kindsAndOffices(almaty)).toEqual(['REGIONAL:RO-KZ-75']);
    expect(await kindsAndOffices(beijing)).toEqual(['EXTERNAL:EMB-CN']);
    expect(await kindsAndOffices(await server.as('EMB-DE'))).toEqual([]);
    expect(await (await server.as('SP-VISA')).fails(contract('QuarterlyReports'), Q)).toBe('FORBIDDEN');
    expect(await server.anonymous.fails(contract('QuarterlyReports'), Q)).toBe('UNAUTHENTICATED');
  });

  it('lets only regional and external front offices report, and only the National Company consolidate', async () => {
    for (const [office, role] of [
      ['NC-KI', 'OFFICER'],
      ['AB-MFA', 'ADMIN'],
      ['TF-KI', 'OFFICER'],
      ['SP-VISA', 'OFFICER'],
      ['NC-KI', 'VIEWER'],
    ]) {
      expect([office, role, await (await server.as(office, role)).fails(contract('SubmitQuarterlyReport'), Q)]).toEqual([
        office,
        role,
        'FORBIDDEN',
      ]);
    }
    for (const [office, role] of [
      ['RO-KZ-75', 'OFFICER'],
      ['AB-MFA', 'ADMIN'],
      ['TF-KI', 'OFFICER'],
      ['EMB-CN', 'OFFICER'],
      ['NC-KI', 'VIEWER'],
    ]) {
      expect([office, role, await (await server.as(office, role)).fails(contract('ConsolidateQuarterlyReports'), Q)]).toEqual([
        office,
        role,
        'FORBIDDEN',
      ]);
    }
  });
});
