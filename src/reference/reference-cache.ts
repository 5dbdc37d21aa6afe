import { SnapshotCache, type ChangeCaches } from '../common/change-caches';
import { changeKind } from '../events/change-kinds';
import { MciPurpose, type MciRate } from './mci-rate.entity';
import type { ReferenceRepository } from './reference.repository';
import type { Region } from './region.entity';
import type { RuleSet } from './rule-set.entity';
import type { Sector } from './sector.entity';

/** Changes to reference data (a sector's resource flag; regions, the MCI and rule sets change by migration). */
export const REFERENCE_CHANGES = changeKind(
  'REFERENCE',
  'Reference data: a sector, a region, an MCI value or a rule set (the change names it in changedFields).',
);

/** The change log needs a uuid: reference rows are keyed by codes, so their changes name this one. */
export const REFERENCE_ENTITY_ID = '00000000-0000-0000-0000-000000000000';

/** All reference data, in the orders the API lists it. */
export interface ReferenceSnapshot {
  regions: Region[];
  sectors: Sector[];
  ruleSets: RuleSet[];
  mci: MciRate[];
  regionByCode: Map<string, Region>;
  sectorByCode: Map<string, Sector>;
  ruleSetByCode: Map<string, RuleSet>;
}

/**
 * Regions, sectors, rule sets and the MCI table read once per process and reused by every request
 * (issue 12): a few dozen rows, emptied by REFERENCE changes (common/change-caches.ts).
 */
export class ReferenceCache {
  private readonly snapshot: SnapshotCache<ReferenceSnapshot>;

  constructor(reference: ReferenceRepository, caches: ChangeCaches) {
    this.snapshot = new SnapshotCache(async () => {
      const [regions, sectors, ruleSets, mci] = await Promise.all([
        reference.listRegions(),
        reference.listSectors(),
        reference.listRuleSets(),
        reference.listMci(),
      ]);
      return {
        regions,
        sectors,
        ruleSets,
        mci,
        regionByCode: new Map(regions.map((r) => [r.code, r])),
        sectorByCode: new Map(sectors.map((s) => [s.code, s])),
        ruleSetByCode: new Map(ruleSets.map((r) => [r.code, r])),
      };
    });
    caches.register([REFERENCE_CHANGES], () => this.snapshot.forget());
  }

  get(): Promise<ReferenceSnapshot> {
    return this.snapshot.get();
  }

  /** The general MCI in force on a day: the latest value that took effect on or before it. */
  async mciOn(date: string): Promise<MciRate | null> {
    let found: MciRate | null = null;
    for (const rate of (await this.get()).mci) if (rate.purpose === MciPurpose.GENERAL && rate.validFrom <= date) found = rate;
    return found;
  }

  /** The rule set in force on a day; before the first one, the first one. */
  async ruleSetOn(date: string): Promise<RuleSet> {
    const { ruleSets } = await this.get();
    const inForce = ruleSets.filter((r) => r.effectiveFrom <= date).pop() ?? ruleSets[0];
    if (!inForce) throw new Error('No rule set is loaded: run the migrations');
    return inForce;
  }
}
