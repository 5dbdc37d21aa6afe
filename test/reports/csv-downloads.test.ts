import { contract } from '../support/contract';
import { ManualClock } from '../support/clock';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import { createInvestor, createProject } from '../pool/fixtures';
import type { QuarterFigure } from '../../src/reports/quarter-figure-source';

const clock = new ManualClock('2026-04-10T10:00:00+05:00');
const TRICKY_TITLE = 'Plant "Alpha", phase 1\nwith a line break';
let server: TestServer;
let nc: GraphQLClient;
let ab: GraphQLClient;
let almaty: GraphQLClient;
let reportId: string;

beforeAll(async () => {
  server = await startTestServer({ clock });
  [nc, ab, almaty] = await Promise.all([server.as('NC-KI'), server.as('AB-MFA', 'ADMIN'), server.as('RO-KZ-75')]);
  const initiatorId = await createInvestor(nc, 'CSV Fixture Investor');
  await createProject(nc, { title: TRICKY_TITLE, regionCode: 'KZ-75', sectorCode: '18', investmentVolumeKzt: '750000000.25', initiatorId });
  await almaty.ok(contract('SubmitPoolContribution'), { year: 2026, quarter: 1 });
  await ab.ok(contract('FormUnifiedPool'), { year: 2026, quarter: 1 });
  reportId = (await almaty.ok(contract('SubmitQuarterlyReport'), { year: 2026, quarter: 1 })).submitQuarterlyReport.id;
});
afterAll(() => server.stop());

const download = (path: string, token?: string | null) =>
  fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('CSV downloads', () => {
  it('gives the unified pool as CSV, quoting commas, quotes and line breaks', async () => {
    const res = await download('/reports/unified-pool/2026/1.csv', ab.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename=unified-pool-2026-Q1.csv');
    const body = await res.text();
    const [header] = body.split('\r\n');
    expect(header).toBe('project_id,title,region_code,sector_code,stage,support_tier,investment_volume_kzt');
    expect(body).toContain(',"Plant ""Alpha"", phase 1\nwith a line break",KZ-75,18,PREPARATION,NATIONAL_COMPANY,750000000.25\r\n');
    const { unifiedPool } = await ab.ok(contract('UnifiedPool'), { year: 2026, quarter: 1 });
    // One header line and one line per entry (the tricky title's break is inside quotes).
    expect(body.split('\r\n').length - 2).toBe(unifiedPool.entries.length);
  });

  it('gives a quarterly report as CSV: its facts, then its figures', async () => {
    const res = await download(`/reports/quarterly/${reportId}.csv`, almaty.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename=quarterly-report-2026-Q1-RO-KZ-75.csv');
    const lines = (await res.text()).split('\r\n');
    // The docs' worked example may have submitted this report earlier in the run (one database per run): the CSV shows the record as it is.
    const { quarterlyReports } = await almaty.ok(
      `query { quarterlyReports(year: 2026, quarter: 1) { submittedAt resubmittedAt figures { name value } } }`,
    );
    const [report] = quarterlyReports;
    expect(lines.slice(0, 10)).toEqual([
      'name,value',
      'report.office,RO-KZ-75',
      'report.office_name,Almaty City Investment Attraction Centre',
      'report.kind,REGIONAL',
      'report.year,2026',
      'report.quarter,1',
      'report.due_on,2026-04-15',
      `report.submitted_at,${report.submittedAt}`,
      `report.resubmitted_at,${report.resubmittedAt ?? ''}`,
      'report.on_time,true',
    ]);
    expect(lines.slice(10)).toEqual([...report.figures.map((f: QuarterFigure) => `${f.name},${f.value}`), '']);
    expect((await download(`/reports/quarterly/${reportId}.csv`, nc.token)).status).toBe(200);
    expect((await download(`/reports/quarterly/${reportId}.csv`, ab.token)).status).toBe(200);
  });

  it('answers 401 without a token or with a bad one', async () => {
    for (const path of ['/reports/unified-pool/2026/1.csv', `/reports/quarterly/${reportId}.csv`]) {
      const none = await download(path);
      expect(none.status).toBe(401);
      expect(((await none.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
      expect((await download(path, 'not-a-token')).status).toBe(401);
    }
  });

  it('answers 403 to an office without the permission and 404 to what it may not see or does not exist', async () => {
    const serviceProvider = await server.as('SP-VISA');
    const beijing = await server.as('EMB-CN');
    expect((await download('/reports/unified-pool/2026/1.csv', almaty.token)).status).toBe(403);
    expect((await download(`/reports/quarterly/${reportId}.csv`, serviceProvider.token)).status).toBe(403);
    expect((await download(`/reports/quarterly/${reportId}.csv`, beijing.token)).status).toBe(404);
    expect((await download('/reports/quarterly/00000000-0000-0000-0000-000000000000.csv', ab.token)).status).toBe(404);
    expect((await download('/reports/quarterly/not-an-id.csv', ab.token)).status).toBe(404);
    // A quarter whose pool no test forms (the run shares one database; 2026 Q2 is formed elsewhere).
    expect((await download('/reports/unified-pool/2019/3.csv', ab.token)).status).toBe(404);
    expect((await download('/reports/unified-pool/2026/7.csv', ab.token)).status).toBe(400);
  });
});
