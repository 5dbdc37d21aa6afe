import { OfficeKind, OfficeLevel } from '../offices/office.entity';
import { readerOf, SEES_EVERYTHING, type Reader } from './audience';
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
export type RecordScope = (
  | { kind: 'ALL' }
  | { kind: 'REGION'; officeId: string; regionCode: string }
  | { kind: 'HOST_COUNTRY'; officeId: string; countryCode: string }
  | { kind: 'OWN_OFFICE'; officeId: string }
  | { kind: 'NONE' }
) & {
  /** The viewer as the domains' audience policies see it (auth/audience.ts); null without a viewer. */
  reader: Reader | null;
};

export function recordScopeOf(viewer: Viewer | null): RecordScope {
  if (!viewer) return { kind: 'NONE', reader: null };
  const { office } = viewer;
  const reader = readerOf(viewer);
  if (SEES_EVERYTHING.includes(office.kind)) return { kind: 'ALL', reader };
  if (office.kind === OfficeKind.SERVICE_PROVIDER) return { kind: 'NONE', reader };
  if (office.level === OfficeLevel.REGIONAL && office.regionCode) {
    return { kind: 'REGION', officeId: office.id, regionCode: office.regionCode, reader };
  }
  if (office.level === OfficeLevel.EXTERNAL && office.countryCode) {
    return { kind: 'HOST_COUNTRY', officeId: office.id, countryCode: office.countryCode, reader };
  }
  return { kind: 'OWN_OFFICE', officeId: office.id, reader };
}
