import DataLoader from 'dataloader';
import type { RecordScope } from '../auth/scope';
import { manyByKey, oneByKey } from '../common/batch';
import { OfficeKind, type Office } from '../offices/office.entity';
import type { OfficeCache } from '../offices/office-cache';
import { SupportTier } from './project-assessment';
import type { ProjectRepository } from './project.repository';

/** Key of the office responsible for a project: its tier and, for the regional tier, its region. */
export const responsibleOfficeKey = (tier: SupportTier, regionCode: string) =>
  tier === SupportTier.REGIONAL_ORGANIZATION ? `${tier}:${regionCode}` : tier;

function officeKey(office: Office): string | null {
  if (office.kind === OfficeKind.TASK_FORCE) return SupportTier.TASK_FORCE;
  if (office.kind === OfficeKind.NATIONAL_COMPANY) return SupportTier.NATIONAL_COMPANY;
  return office.regionCode ? responsibleOfficeKey(SupportTier.REGIONAL_ORGANIZATION, office.regionCode) : null;
}

export function projectLoaders(projects: ProjectRepository, offices: OfficeCache, scope: RecordScope) {
  return {
    projectById: oneByKey((ids: readonly string[]) => projects.findByIds(scope, ids), (p) => p.id),
    projectsByInitiatorId: manyByKey((ids: readonly string[]) => projects.byInitiators(scope, ids), (p) => p.initiatorId as string),
    responsibleOffice: new DataLoader<string, Office | null>(async (keys) => {
      const regionCodes = keys.map((k) => k.split(':')[1]).filter((c): c is string => Boolean(c));
      const byKey = new Map<string, Office>();
      for (const office of await offices.supportOffices(regionCodes)) {
        const key = officeKey(office);
        if (key && !byKey.has(key)) byKey.set(key, office);
      }
      return keys.map((k) => byKey.get(k) ?? null);
    }),
  };
}
