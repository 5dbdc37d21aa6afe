import type { App } from '../app';
import type { RecordScope } from '../auth/scope';
import { manyByKey, oneByKey, preloaded, setPreloaded } from '../common/batch';
import type { Project } from '../projects/project.entity';
import { preloadProjectReferences } from '../projects/project.loaders';
import type { Sector } from '../reference/sector.entity';
import type { Investor } from './investor.entity';
import type { InvestorRepository } from './investor.repository';

export function investorLoaders(investors: InvestorRepository, scope: RecordScope) {
  return {
    investorById: oneByKey(
      (ids: readonly string[]) => investors.findByIds(scope, ids),
      (i) => i.id,
    ),
    sectorCodesByInvestorId: manyByKey(
      (ids: readonly string[]) => investors.sectorCodesOf(ids),
      (row) => row.investorId,
    ),
  };
}

/**
 * Gives a page's investors their sectors and owner office, and the projects read with them their
 * references, from the process's caches once for the page (see preloadProjectReferences): no
 * promise per field (issue 12). What a cache lacks is left to the loaders, which answer as before.
 */
export async function preloadInvestorReferences(app: App, investors: readonly Investor[]): Promise<void> {
  if (investors.length === 0) return;
  const projects: Project[] = [];
  for (const investor of investors) projects.push(...(preloaded<Project[]>(investor, 'projects') ?? []));
  const [reference, offices] = await Promise.all([
    app.referenceCache.get(),
    app.officeCache.byIds([...new Set(investors.map((i) => i.ownerOfficeId))]),
    preloadProjectReferences(app, projects),
  ]);
  const officeById = new Map(offices.map((o) => [o.id, o]));
  for (const investor of investors) {
    const office = officeById.get(investor.ownerOfficeId);
    if (office) setPreloaded(investor, 'ownerOffice', office);
    const sectors = investor.sectorCodes?.map((code) => reference.sectorByCode.get(code));
    if (sectors?.every((s): s is Sector => s !== undefined)) setPreloaded(investor, 'sectors', sectors);
  }
}
