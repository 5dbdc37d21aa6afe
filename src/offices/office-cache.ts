import { SnapshotCache, type ChangeCaches } from '../common/change-caches';
import { OFFICE_CHANGES, OfficeKind, type Office } from './office.entity';
import type { OfficeRepository } from './office.repository';

interface OfficeSnapshot {
  /** In the API's order: by level, then code. */
  all: Office[];
  byId: Map<string, Office>;
}

/**
 * Every office, read once per process and reused by every request (issue 12: a few hundred rows
 * at most, no statement per request for an owner or responsible office); emptied by OFFICE changes
 * (common/change-caches.ts). Writes read the row itself, in their transaction.
 */
export class OfficeCache {
  private readonly snapshot: SnapshotCache<OfficeSnapshot>;

  constructor(offices: OfficeRepository, caches: ChangeCaches) {
    this.snapshot = new SnapshotCache(async () => {
      const all = await offices.list();
      return { all, byId: new Map(all.map((o) => [o.id, o])) };
    });
    caches.register([OFFICE_CHANGES], () => this.snapshot.forget());
  }

  async all(): Promise<readonly Office[]> {
    return (await this.snapshot.get()).all;
  }

  async byIds(ids: readonly string[]): Promise<Office[]> {
    const { byId } = await this.snapshot.get();
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Paragraph 5: the Task Force, the National Company and the regional organizations of some regions. */
  async supportOffices(regionCodes: readonly string[]): Promise<Office[]> {
    const regions = new Set(regionCodes);
    return (await this.all()).filter(
      (o) =>
        o.kind === OfficeKind.TASK_FORCE ||
        o.kind === OfficeKind.NATIONAL_COMPANY ||
        (o.kind === OfficeKind.REGIONAL_ORGANIZATION && o.regionCode !== null && regions.has(o.regionCode)),
    );
  }
}
