import { OfficeKind, OfficeLevel } from '../offices/office.entity';
import type { Viewer } from './viewer';

/**
 * Which investors, projects and sites an office may read (issue "The IRM core", Permissions):
 * - ALL: the authorized body, the National Company and the Task Force;
 * - REGION: a regional office: its region's projects and sites, and the investors tied to
 *   them or owned by it;
 * - HOST_COUNTRY: an external office: investors of its host country or owned by it, and all
 *   projects and sites (it promotes them, paragraph 6, external level 8);
 * - OWN_OFFICE: another central office: all projects and sites, the investors it owns;
 * - NONE: a service provider (it sees only the applications addressed to it).
 */
export type RecordScope =
  | { kind: 'ALL' }
  | { kind: 'REGION'; officeId: string; regionCode: string }
  | { kind: 'HOST_COUNTRY'; officeId: string; countryCode: string }
  | { kind: 'OWN_OFFICE'; officeId: string }
  | { kind: 'NONE' };

const SEES_EVERYTHING = new Set([OfficeKind.AUTHORIZED_BODY, OfficeKind.NATIONAL_COMPANY, OfficeKind.TASK_FORCE]);

export function recordScopeOf(viewer: Viewer | null): RecordScope {
  if (!viewer) return { kind: 'NONE' };
  const { office } = viewer;
  if (SEES_EVERYTHING.has(office.kind)) return { kind: 'ALL' };
  if (office.kind === OfficeKind.SERVICE_PROVIDER) return { kind: 'NONE' };
  if (office.level === OfficeLevel.REGIONAL && office.regionCode) {
    return { kind: 'REGION', officeId: office.id, regionCode: office.regionCode };
  }
  if (office.level === OfficeLevel.EXTERNAL && office.countryCode) {
    return { kind: 'HOST_COUNTRY', officeId: office.id, countryCode: office.countryCode };
  }
  return { kind: 'OWN_OFFICE', officeId: office.id };
}

/** Projects and sites: everything but a region's own for a regional office. */
export function regionOfScope(scope: RecordScope): string | null | 'NONE' {
  if (scope.kind === 'NONE') return 'NONE';
  return scope.kind === 'REGION' ? scope.regionCode : null;
}
