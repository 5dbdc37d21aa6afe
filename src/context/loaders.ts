import { recordScopeOf } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import type { App } from '../app';
import { oneByKey } from '../common/batch';
import { investorLoaders } from '../investors/investor.loaders';
import { poolLoaders } from '../pool/pool.loaders';
import { projectLoaders } from '../projects/project.loaders';
import { referenceLoaders } from '../reference/reference.loaders';
import { investorRequestLoaders } from '../requests/investor-request.loaders';
import { requestScopeOf } from '../requests/investor-request.repository';
import { quarterlyReportLoaders } from '../reports/quarterly-report.loaders';
import { siteLoaders } from '../sites/industrial-site.loaders';
import { serviceApplicationLoaders } from '../state-services/service-application.loaders';

/** One DataLoader set per operation, scoped to what the viewer's office may read. */
export function createLoaders(app: App, viewer: Viewer | null) {
  const scope = recordScopeOf(viewer);
  const { repos } = app;
  return {
    ...referenceLoaders(repos.reference),
    officeById: oneByKey((ids: readonly string[]) => repos.offices.findByIds(ids), (o) => o.id),
    ...investorLoaders(repos.investors, scope),
    ...projectLoaders(repos.projects, repos.offices, scope),
    ...siteLoaders(repos.sites, scope),
    userById: oneByKey((ids: readonly string[]) => repos.users.findByIds(ids), (u) => u.id),
    ...investorRequestLoaders(repos.investorRequests, requestScopeOf(viewer)),
    ...poolLoaders(repos.pools),
    ...quarterlyReportLoaders(repos.reports),
    ...serviceApplicationLoaders(repos, viewer),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
