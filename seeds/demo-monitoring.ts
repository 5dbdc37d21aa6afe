import type { App } from '../src/app';
import type { Viewer } from '../src/auth/viewer';
import { addCalendarDays, todayInAlmaty } from '../src/calendar/almaty-time';
import { IssueCategory, IssueStatus } from '../src/monitoring/issue.entity';
import { KpiIndicator } from '../src/monitoring/kpi.entity';
import { lastEndedQuarter } from './demo-activity';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Monitoring on top of the demo records (issue 10), entered through the services and dated back
 * from the app's clock: progress reports (three projects stalled past the 180-day period, two
 * recent), investors' issues (one systemic, one resolved), a Headquarters meeting a month ago
 * with an open, an overdue and a completed decision, and KPI targets for the Almaty office.
 */
export async function seedDemoMonitoring(app: App): Promise<void> {
  const now = app.clock.now();
  const today = todayInAlmaty(now);
  const daysAgo = (n: number) => addCalendarDays(today, -n);
  const as = async (email: string): Promise<Viewer> => {
    const [{ id }] = (await app.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [email])) as { id: string }[];
    const facts = await app.repos.users.viewerFacts(id);
    if (!facts) throw new Error(`demo user ${email} is missing`);
    return { ...facts, tokenExpiresAt: new Date(now.getTime() + DAY) };
  };
  const idOf = async (sql: string, param: string): Promise<string> =>
    ((await app.dataSource.query(sql, [param])) as { id: string }[])[0]!.id;
  const investor = (name: string) => idOf(`SELECT id FROM investor WHERE name = $1`, name);
  const officeId = (code: string) => idOf(`SELECT id FROM office WHERE code = $1`, code);

  const [ab, nc, almaty, china] = await Promise.all([
    as('aigerim.nurlanova@irm.demo'),
    as('daniyar.sadykov@irm.demo'),
    as('aliya.serikbayeva@irm.demo'),
    as('bauyrzhan.ospanov@irm.demo'),
  ]);

  // Progress: the National Company writes every project. The first three have had no report for longer than the stall period.
  const monitored = (
    (await app.dataSource.query(`SELECT id FROM project WHERE stage IN ('PREPARATION', 'IMPLEMENTATION') ORDER BY title LIMIT 5`)) as {
      id: string;
    }[]
  ).map((r) => r.id);
  const reports: [number, string, number, string][] = [
    [400, '850000000.00', 12, 'Design documentation under state expertise since last year.'],
    [260, '120000000.00', 0, 'Waiting for the land plot to be allocated.'],
    [200, '2300000000.00', 45, 'Construction paused: the contractor left the site.'],
    [12, '640000000.00', 38, 'Main building roofed; equipment ordered.'],
    [5, '95000000.00', 9, 'Grid connection agreement signed.'],
  ];
  for (const [i, [ago, spentKzt, jobsCreated, note]] of reports.entries()) {
    if (monitored[i]) await app.progress.record(nc, { projectId: monitored[i], asOf: daysAgo(ago), spentKzt, jobsCreated, note });
  }

  // Investors' issues.
  const alatau = await investor('Alatau Soft LLP');
  const jinhe = await investor('Jinhe Agro-Tech Co., Ltd.');
  const land = await app.issues.raise(almaty, {
    investorId: alatau,
    title: 'Office plot in the Alatau IT city not yet allocated',
    description: 'The akimat has not answered the application for a land plot for three months.',
    category: IssueCategory.LAND,
    systemic: false,
  });
  const visas = await app.issues.raise(china, {
    investorId: jinhe,
    title: 'Work permits for foreign agronomists take longer than the term',
    description: 'Several investors report work permits for foreign specialists issued weeks late.',
    category: IssueCategory.VISAS_AND_LABOUR,
    systemic: true,
  });
  const customs = await app.issues.raise(almaty, {
    investorId: alatau,
    title: 'Customs valuation of imported servers',
    description: 'Servers held at customs pending a valuation dispute.',
    category: IssueCategory.CUSTOMS,
    systemic: false,
  });
  await app.issues.update(almaty, customs.id, {
    status: IssueStatus.RESOLVED,
    resolution: 'Released after the valuation was agreed.',
    expectedVersion: customs.version,
  });

  // The Investment Headquarters met a month ago (paragraph 7.2).
  const meeting = await app.headquarters.schedule(ab, daysAgo(30), 'Investment Headquarters: stalled projects and investors’ problems');
  const stalledItem = monitored[0]
    ? await app.headquarters.addAgendaItem(ab, meeting.id, { summary: 'Project without progress for over a year', projectId: monitored[0] })
    : null;
  const landItem = await app.headquarters.addAgendaItem(ab, meeting.id, { summary: 'Land plot for Alatau Soft', issueId: land.id });
  await app.headquarters.addAgendaItem(ab, meeting.id, { summary: 'Work permits for foreign specialists (systemic)', issueId: visas.id });
  const [almatyOffice, ncOffice] = await Promise.all([officeId('RO-KZ-75'), officeId('NC-KI')]);
  await app.headquarters.recordDecision(ab, landItem.id, {
    decision: 'Allocate the plot or propose another within 20 days',
    responsibleOfficeId: almatyOffice,
    dueOn: addCalendarDays(today, 20),
  });
  if (stalledItem) {
    await app.headquarters.recordDecision(ab, stalledItem.id, {
      decision: 'Find a new contractor and report a revised schedule',
      responsibleOfficeId: ncOffice,
      dueOn: daysAgo(10),
    });
    const done = await app.headquarters.recordDecision(ab, stalledItem.id, {
      decision: 'Meet the investor and the akimat',
      responsibleOfficeId: almatyOffice,
      dueOn: daysAgo(15),
    });
    await app.headquarters.complete(
      almaty,
      done.id,
      'Met on site with the investor and the deputy akim.',
      new Date(now.getTime() - 20 * DAY),
    );
  }

  // KPI targets of the Almaty office (paragraph 8.3): for the year and for the last quarter that ended.
  const year = Number(today.slice(0, 4));
  const targets: [KpiIndicator, string][] = [
    [KpiIndicator.NEW_INVESTORS, '10'],
    [KpiIndicator.REQUESTS_ANSWERED_ON_TIME, '20'],
    [KpiIndicator.SERVICE_VIOLATIONS, '0'],
    [KpiIndicator.MEETINGS, '40'],
    [KpiIndicator.VISITS, '12'],
  ];
  for (const [indicator, target] of targets) await app.kpis.setTarget(ab, { officeId: almatyOffice, year, indicator, target });
  const last = lastEndedQuarter(now);
  await app.kpis.setTarget(ab, {
    officeId: almatyOffice,
    year: last.year,
    quarter: last.quarter,
    indicator: KpiIndicator.REQUESTS_ANSWERED_ON_TIME,
    target: '5',
  });
}
