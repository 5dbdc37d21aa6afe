import { PROJECT_CHANGES } from '../projects/project.entity';
import { INDUSTRIAL_SITE_CHANGES } from '../sites/industrial-site.entity';
import type { SelectQueryBuilder } from 'typeorm';
import { recordScopeOf } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import type { ChangeEvent } from './change-event.entity';
import type { ChangeKind } from './change-kinds';

/**
 * Who may see a change, decided from the scope the event carries (issue "Live IRM", Scope;
 * record scope of the core issue, src/auth/scope.ts). The rule is stated once, as data, by
 * `visibilityOf`; `canSee` applies it to one event (subscriptions) and `applyVisibility`
 * turns the same rule into SQL (the changeLog query), so the two cannot disagree.
 */
export interface Visibility {
  /** The authorized body, the National Company, the Task Force. */
  all: boolean;
  /** Events naming this office (its investors, its users, itself). */
  officeId: string | null;
  regionCode: string | null;
  countryCode: string | null;
  /** Kinds every event of which is visible: projects and sites for central and external offices. */
  entities: ChangeKind[];
}

const PROMOTED = [PROJECT_CHANGES, INDUSTRIAL_SITE_CHANGES];

export function visibilityOf(viewer: Viewer): Visibility {
  const scope = recordScopeOf(viewer);
  const none: Visibility = { all: false, officeId: viewer.office.id, regionCode: null, countryCode: null, entities: [] };
  switch (scope.kind) {
    case 'ALL':
      return { ...none, all: true };
    case 'REGION':
      return { ...none, regionCode: scope.regionCode };
    case 'HOST_COUNTRY':
      return { ...none, countryCode: scope.countryCode, entities: PROMOTED };
    case 'OWN_OFFICE':
      return { ...none, entities: PROMOTED };
    case 'NONE':
      return none;
  }
}

type EventScope = Pick<ChangeEvent, 'entity' | 'regionCode' | 'previousRegionCode' | 'countryCode' | 'officeIds'>;

/** Whether the viewer's office may see this change. */
export function canSee(viewer: Viewer, event: EventScope): boolean {
  return sees(visibilityOf(viewer), event);
}

export function sees(v: Visibility, event: EventScope): boolean {
  return (
    v.all ||
    (v.officeId !== null && event.officeIds.includes(v.officeId)) ||
    // The previous region too: the offices that lost a project see it go (issue 7, defect 3).
    (v.regionCode !== null && (event.regionCode === v.regionCode || event.previousRegionCode === v.regionCode)) ||
    (v.countryCode !== null && event.countryCode === v.countryCode) ||
    v.entities.includes(event.entity)
  );
}

/** The same rule as `sees`, as a WHERE clause on the change_event alias. */
export function applyVisibility(qb: SelectQueryBuilder<ChangeEvent>, viewer: Viewer): void {
  const v = visibilityOf(viewer);
  if (v.all) return;
  const alias = qb.alias;
  const any = [`:visOffice::uuid = ANY(${alias}.office_ids)`];
  if (v.regionCode !== null) any.push(`${alias}.region_code = :visRegion`, `${alias}.previous_region_code = :visRegion`);
  if (v.countryCode !== null) any.push(`${alias}.country_code = :visCountry`);
  if (v.entities.length > 0) any.push(`${alias}.entity IN (:...visEntities)`);
  qb.andWhere(`(${any.join(' OR ')})`, {
    visOffice: v.officeId,
    visRegion: v.regionCode,
    visCountry: v.countryCode,
    visEntities: v.entities,
  });
}
