import DataLoader from 'dataloader';
import type { App } from '../app';
import type { RecordScope } from '../auth/scope';
import { manyByKey, oneByKey, setPreloaded } from '../common/batch';
import { OfficeKind, type Office } from '../offices/office.entity';
import type { OfficeCache } from '../offices/office-cache';
import { SupportTier } from './project-assessment';
import type { Project } from './project.entity';
import type { ProjectRepository } from './project.repository';

/** Key of the office responsible for a project: its tier and, for the regional tier, its region. */
export const responsibleOfficeKey = (tier: SupportTier, regionCode: string) =>
  tier === SupportTier.REGIONAL_ORGANIZATION ? `${tier}:${regionCode}` : tier;

function officeKey(office: Office): string | null {
  if (office.kind === OfficeKind.TASK_FORCE) return SupportTier.TASK_FORCE;
  if (office.kind === OfficeKind.NATIONAL_COMPANY) return SupportTier.NATIONAL_COMPANY;
  return office.regionCode ? responsibleOfficeKey(SupportTier.REGIONAL_ORGANIZATION, office.regionCode) : null;
}

/** The responsible offices of some regions' projects, by responsibleOfficeKey (the first office of a key). */
async function responsibleOffices(offices: OfficeCache, regionCodes: readonly string[]): Promise<Map<string, Office>> {
  const byKey = new Map<string, Office>();
  for (const office of await offices.supportOffices(regionCodes)) {
    const key = officeKey(office);
    if (key && !byKey.has(key)) byKey.set(key, office);
  }
  return byKey;
}

export function projectLoaders(projects: ProjectRepository, offices: OfficeCache, scope: RecordScope) {
  return {
    projectById: oneByKey(
      (ids: readonly string[]) => projects.findByIds(scope, ids),
      (p) => p.id,
    ),
    projectsByInitiatorId: manyByKey(
      (ids: readonly string[]) => projects.byInitiators(scope, ids),
      (p) => p.initiatorId as string,
    ),
    responsibleOffice: new DataLoader<string, Office | null>(async (keys) => {
      const byKey = await responsibleOffices(
        offices,
        keys.map((k) => k.split(':')[1]).filter((c): c is string => Boolean(c)),
      );
      return keys.map((k) => byKey.get(k) ?? null);
    }),
  };
}

/**
 * Gives a page's projects their sector, region, rule set and responsible office from the
 * process's caches, once for the page: their field resolvers then answer without a promise each
 * (issue 12: graphql-js completes an object whose fields are all at hand without any). What a
 * cache lacks is left to the loaders, which answer as before.
 */
export async function preloadProjectReferences(app: App, projects: readonly Project[]): Promise<void> {
  if (projects.length === 0) return;
  const [reference, responsible] = await Promise.all([
    app.referenceCache.get(),
    responsibleOffices(app.officeCache, [...new Set(projects.map((p) => p.regionCode))]),
  ]);
  for (const project of projects) {
    const sector = reference.sectorByCode.get(project.sectorCode);
    if (sector) setPreloaded(project, 'sector', sector);
    const region = reference.regionByCode.get(project.regionCode);
    if (region) setPreloaded(project, 'region', region);
    const ruleSet = reference.ruleSetByCode.get(project.ruleSetCode);
    if (ruleSet) setPreloaded(project, 'ruleSet', ruleSet);
    setPreloaded(project, 'responsibleOffice', responsible.get(responsibleOfficeKey(project.supportTier, project.regionCode)) ?? null);
  }
}
