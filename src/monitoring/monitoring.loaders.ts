import DataLoader from 'dataloader';
import { recordScopeOf } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import { manyByKey, oneByKey } from '../common/batch';
import type { HeadquartersRepository } from './headquarters.repository';
import type { IssueRepository } from './issue.repository';
import type { ProgressRepository } from './progress.repository';

export interface MonitoringRepositories {
  progress: ProgressRepository;
  issues: IssueRepository;
  headquarters: HeadquartersRepository;
}

/** The monitoring loaders of one operation, scoped to what the viewer may read. */
export function monitoringLoaders({ progress, issues, headquarters }: MonitoringRepositories, viewer: Viewer | null) {
  const scope = recordScopeOf(viewer);
  return {
    progressByProjectId: manyByKey(
      (ids: readonly string[]) => progress.progressOf(ids),
      (p) => p.projectId,
    ),
    stageHistoryByProjectId: manyByKey(
      (ids: readonly string[]) => progress.stageHistoryOf(ids),
      (s) => s.projectId,
    ),
    lastProgressOnByProjectId: new DataLoader<string, string | null>(async (ids) => {
      const byId = new Map((await progress.lastProgressOn(ids)).map((r) => [r.projectId, r.lastProgressOn]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    issuesByProjectId: manyByKey(
      (ids: readonly string[]) => issues.byProjects(scope, ids),
      (i) => i.projectId as string,
    ),
    issueById: oneByKey(
      (ids: readonly string[]) => issues.findByIds(scope, ids),
      (i) => i.id,
    ),
    issueHistoryByIssueId: manyByKey(
      (ids: readonly string[]) => issues.historyOf(ids),
      (h) => h.issueId,
    ),
    meetingById: oneByKey(
      (ids: readonly string[]) => headquarters.meetingsByIds(ids),
      (m) => m.id,
    ),
    agendaItemById: oneByKey(
      (ids: readonly string[]) => headquarters.agendaItemsByIds(ids),
      (a) => a.id,
    ),
    agendaByMeetingId: manyByKey(
      (ids: readonly string[]) => headquarters.agendaOf(ids),
      (a) => a.meetingId,
    ),
    decisionsByAgendaItemId: manyByKey(
      (ids: readonly string[]) => headquarters.decisionsOf(scope, ids),
      (d) => d.agendaItemId,
    ),
  };
}
