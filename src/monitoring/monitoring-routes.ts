import type { Express } from 'express';
import type { App } from '../app';
import { Permission } from '../auth/permissions';
import { recordScopeOf } from '../auth/scope';
import { toDayNumber, todayInAlmaty } from '../calendar/almaty-time';
import { toCsv } from '../common/csv';
import { csvDownload } from '../reports/report-routes';

/**
 * CSV downloads of the monitoring lists, with the API's token and the permissions and scope of
 * their GraphQL fields: GET /monitoring/stalled-projects.csv, /monitoring/open-issues.csv,
 * /monitoring/headquarters-decisions.csv.
 */
export function registerMonitoringRoutes(web: Express, app: App): void {
  web.get(
    '/monitoring/stalled-projects.csv',
    csvDownload(app, Permission.ReadRecords, async (viewer) => {
      const today = todayInAlmaty(app.clock.now());
      const rows = await app.progress.allStalled(viewer);
      return {
        filename: `stalled-projects-${today}.csv`,
        body: toCsv([
          ['project_id', 'title', 'stage', 'region_code', 'support_tier', 'last_progress_on', 'days_without_progress'],
          ...rows.map(({ project: p, lastProgressOn }) => [
            p.id,
            p.title,
            p.stage,
            p.regionCode,
            p.supportTier,
            lastProgressOn,
            String(toDayNumber(today) - toDayNumber(lastProgressOn)),
          ]),
        ]),
      };
    }),
  );
  web.get(
    '/monitoring/open-issues.csv',
    csvDownload(app, Permission.ReadRecords, async (viewer) => {
      const issues = await app.issues.allOpen(viewer);
      const investorIds = [...new Set(issues.map((i) => i.investorId))];
      const officeIds = [...new Set(issues.map((i) => i.raisedByOfficeId))];
      const investors = new Map(
        (investorIds.length ? await app.repos.investors.findByIds(recordScopeOf(viewer), investorIds) : []).map((i) => [i.id, i.name]),
      );
      const offices = new Map((officeIds.length ? await app.repos.offices.findByIds(officeIds) : []).map((o) => [o.id, o.code]));
      return {
        filename: `open-issues-${todayInAlmaty(app.clock.now())}.csv`,
        body: toCsv([
          ['issue_id', 'raised_at', 'investor', 'project_id', 'title', 'category', 'systemic', 'status', 'raised_by'],
          ...issues.map((i) => [
            i.id,
            i.createdAt.toISOString(),
            investors.get(i.investorId) ?? '',
            i.projectId ?? '',
            i.title,
            i.category,
            String(i.systemic),
            i.status,
            offices.get(i.raisedByOfficeId) ?? '',
          ]),
        ]),
      };
    }),
  );
  web.get(
    '/monitoring/headquarters-decisions.csv',
    csvDownload(app, Permission.SignedIn, async (viewer) => {
      const now = app.clock.now();
      const decisions = await app.headquarters.allDecisions(viewer, undefined);
      const itemIds = [...new Set(decisions.map((d) => d.agendaItemId))];
      const items = itemIds.length ? await app.repos.headquarters.agendaItemsByIds(itemIds) : [];
      const meetingIds = [...new Set(items.map((i) => i.meetingId))];
      const meetings = new Map(
        (meetingIds.length ? await app.repos.headquarters.meetingsByIds(meetingIds) : []).map((m) => [m.id, m.heldOn]),
      );
      const itemById = new Map(items.map((i) => [i.id, i]));
      const officeIds = [...new Set(decisions.map((d) => d.responsibleOfficeId))];
      const offices = new Map((officeIds.length ? await app.repos.offices.findByIds(officeIds) : []).map((o) => [o.id, o.code]));
      return {
        filename: `headquarters-decisions-${todayInAlmaty(now)}.csv`,
        body: toCsv([
          [
            'decision_id',
            'meeting_held_on',
            'agenda_item',
            'decision',
            'responsible_office',
            'due_on',
            'status',
            'overdue',
            'completed_at',
            'on_time',
          ],
          ...decisions.map((d) => {
            const item = itemById.get(d.agendaItemId);
            const onTime = d.wasOnTime();
            return [
              d.id,
              (item && meetings.get(item.meetingId)) ?? '',
              item?.summary ?? '',
              d.decision,
              offices.get(d.responsibleOfficeId) ?? '',
              d.dueOn,
              d.status,
              String(d.isOverdueAt(now)),
              d.completedAt?.toISOString() ?? '',
              onTime === null ? '' : String(onTime),
            ];
          }),
        ]),
      };
    }),
  );
}
