import type { RecordScope } from '../auth/scope';
import { oneByKey } from '../common/batch';
import type { IndustrialSiteRepository } from './industrial-site.repository';

export function siteLoaders(sites: IndustrialSiteRepository, scope: RecordScope) {
  return {
    siteById: oneByKey(
      (ids: readonly string[]) => sites.findByIds(scope, ids),
      (s) => s.id,
    ),
  };
}
