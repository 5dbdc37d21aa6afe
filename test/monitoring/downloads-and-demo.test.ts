import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import {
  ADD_ITEM,
  DECIDE,
  ISSUES,
  MEETINGS,
  PERFORMANCE,
  RAISE,
  SCHEDULE,
  STALLED,
  createInvestor,
  officeIdsByCode,
} from './monitoring-support';

let server: TestServer;
let ab: GraphQLClient, nc: GraphQLClient, ro75: GraphQLClient, ro61: GraphQLClient, embDe: GraphQLClient, provider: GraphQLClient;
let office: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer();
  [ab, nc, ro75, ro61, embDe, provider] = await Promise.all([
    server.as('AB-MFA', 'ADMIN'),
    server.as('NC-KI'),
    server.as('RO-KZ-75'),
    server.as('RO-KZ-61'),
    server.as('EMB-DE'),
    server.as('SP-VISA'),
  ]);
  office = await officeIdsByCode(nc);
});
afterAll(() => server.stop());

const download = (path: string, client?: GraphQLClient) =>
  fetch(`${server.url}${path}`, { headers: client?.token ? { authorization: `Bearer ${client.token}` } : {} });
const lines = async (res: Response) => (await res.text()).split('\r\n').filter(Boolean);

describe('demo data', () => {
  it('has stalled projects, issues, a past meeting with open, overdue and done decisions, and KPI targets', async () => {
    const { stalledProjects } = await nc.ok(STALLED, { first: 10 });
    expect(stalledProjects.totalCount).toBeGreaterThanOrEqual(3);
    const { investorIssues } = await ab.ok(ISSUES, { first: 20 });
    expect(investorIssues.edges.map((e: { node: { status: string } }) => e.node.status)).toEqual(
      expect.arrayContaining(['ESCALATED', 'RESOLVED']),
    );
    const { headquartersMeetings } = await ab.ok(MEETINGS, { first: 10 });
    const decisions = headquartersMeetings.edges.flatMap(
      (e: { node: { agenda: { decisions: { status: string; overdue: boolean }[] }[] } }) => e.node.agenda.flatMap((a) => a.decisions),
    );
    expect(decisions.map((d: { status: string; overdue: boolean }) => [d.status, d.overdue])).toEqual(
      expect.arrayContaining([
        ['OPEN', false],
        ['OPEN', true],
        ['DONE', false],
      ]),
    );
    const year = new Date().getUTCFullYear();
    const { officePerformance } = await ab.ok(PERFORMANCE, { officeId: office['RO-KZ-75'], year });
    expect(officePerformance.indicators.filter((i: { target: string | null }) => i.target !== null)).toHaveLength(5);
  });
});

describe('CSV downloads', () => {
  it('gives the stalled projects in the caller’s scope, longest stalled first', async () => {
    const res = await download('/monitoring/stalled-projects.csv', nc);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const [header, ...rows] = await lines(res);
    expect(header).toBe('project_id,title,stage,region_code,support_tier,last_progress_on,days_without_progress');
    const { stalledProjects } = await nc.ok(STALLED, { first: 100 });
    expect(rows.map((r) => r.split(',')[0])).toEqual(stalledProjects.edges.map((e: { node: { id: string } }) => e.node.id));
    const days = rows.map((r) => Number(r.split(',').at(-1)));
    expect(days).toEqual([...days].sort((a, b) => b - a));
    expect(days.every((d) => d > 180)).toBe(true);
    // A regional office sees its region's only.
    const regional = (await lines(await download('/monitoring/stalled-projects.csv', ro61))).slice(1);
    expect(regional.every((r) => r.includes(',KZ-61,'))).toBe(true);
    expect((await download('/monitoring/stalled-projects.csv', provider)).status).toBe(403);
    expect((await download('/monitoring/stalled-projects.csv')).status).toBe(401);
  });

  it('gives the open issues to those who may read their investors', async () => {
    const investorId = await createInvestor(ro75, 'Almaty Ceramics LLP', 'KZ');
    const { raiseInvestorIssue: issue } = await ro75.ok(RAISE, {
      input: { investorId, title: 'Tariff, "special" rate', description: 'Gas tariff.', category: 'UTILITIES', systemic: false },
    });
    const mine = await lines(await download('/monitoring/open-issues.csv', ro75));
    expect(mine[0]).toBe('issue_id,raised_at,investor,project_id,title,category,systemic,status,raised_by');
    expect(mine.find((l) => l.startsWith(issue.id))).toContain(
      ',Almaty Ceramics LLP,,"Tariff, ""special"" rate",UTILITIES,false,OPEN,RO-KZ-75',
    );
    expect(mine.some((l) => l.includes(',RESOLVED,'))).toBe(false);
    expect((await lines(await download('/monitoring/open-issues.csv', embDe))).some((l) => l.startsWith(issue.id))).toBe(false);
    expect((await download('/monitoring/open-issues.csv', provider)).status).toBe(403);
  });

  it('gives the decisions to the Headquarters’ offices, and to a responsible office its own', async () => {
    const { scheduleHeadquartersMeeting: m } = await ab.ok(SCHEDULE, { heldOn: '2026-01-15' });
    const { addAgendaItem: item } = await ab.ok(ADD_ITEM, { meetingId: m.id, input: { summary: 'Turkistan roads' } });
    const { recordHeadquartersDecision: d } = await ab.ok(DECIDE, {
      agendaItemId: item.id,
      input: { decision: 'Build the access road', responsibleOfficeId: office['RO-KZ-61'], dueOn: '2026-02-15' },
    });
    const all = await lines(await download('/monitoring/headquarters-decisions.csv', nc));
    expect(all[0]).toBe('decision_id,meeting_held_on,agenda_item,decision,responsible_office,due_on,status,overdue,completed_at,on_time');
    expect(all.find((l) => l.startsWith(d.id))).toBe(
      `${d.id},2026-01-15,Turkistan roads,Build the access road,RO-KZ-61,2026-02-15,OPEN,true,,`,
    );
    const own = await lines(await download('/monitoring/headquarters-decisions.csv', ro61));
    expect(own.some((l) => l.startsWith(d.id))).toBe(true);
    expect(own.slice(1).every((l) => l.includes(',RO-KZ-61,'))).toBe(true);
    expect((await lines(await download('/monitoring/headquarters-decisions.csv', ro75))).some((l) => l.startsWith(d.id))).toBe(false);
  });
});
