import type { SelectQueryBuilder } from 'typeorm';
import type { RecordScope } from '../auth/scope';
import { notFound } from '../common/errors';
import {
  asDate,
  paginate,
  type BriefColumns,
  type Connection,
  type KeysetOrder,
  type PageArgs,
  type RowReader,
} from '../common/pagination';
import { INDUSTRIAL_SITE_POLICY } from './industrial-site.policy';
import { IndustrialSite, type IndustrialSiteKind, type IndustrialSiteStatus } from './industrial-site.entity';
import type { IndustrialSiteFilter } from './industrial-site.inputs';
import type { Db } from '../db/transactions';

const NEWEST_FIRST: KeysetOrder[] = [
  { column: 'created_at', property: 'createdAt', kind: 'timestamp' },
  { column: 'id', property: 'id', kind: 'uuid' },
];

/**
 * A site's columns mapped by hand (issue 12: read with a project page, see ProjectRepository.list).
 * A column added to IndustrialSite is added here too. Numerics as text, as the entity holds them.
 */
export const SITE_ROWS: RowReader<IndustrialSite> = {
  columns: (a) =>
    `${a}.id, ${a}.version, ${a}.created_at, ${a}.updated_at, ${a}.name, ${a}.kind, ${a}.status, ${a}.region_code, ` +
    `${a}.area_ha::text AS area_ha, ${a}.free_area_ha::text AS free_area_ha, ${a}.utilities, ${a}.location`,
  // An instance, not a plain object: type-graphql copies a plain root into one for every field resolver it calls.
  map: (r) =>
    Object.assign(new IndustrialSite(), {
      id: r.id as string,
      version: r.version as number,
      createdAt: asDate(r.created_at),
      updatedAt: asDate(r.updated_at),
      name: r.name as string,
      kind: r.kind as IndustrialSiteKind,
      status: r.status as IndustrialSiteStatus,
      regionCode: r.region_code as string,
      areaHa: r.area_ha as string,
      freeAreaHa: r.free_area_ha as string,
      utilities: r.utilities as string[],
      location: r.location as string,
    }),
};

/** The columns a site read with another row may be read with alone (briefRows). */
export const SITE_BRIEF: BriefColumns = {
  id: 'id',
  version: 'version',
  name: 'name',
  kind: 'kind',
  status: 'status',
  location: 'location',
  utilities: 'utilities',
};

/** All SQL about industrial sites. */
export class IndustrialSiteRepository {
  constructor(private readonly db: Db) {}

  private query(scope: RecordScope): SelectQueryBuilder<IndustrialSite> {
    const qb = this.db.manager.getRepository(IndustrialSite).createQueryBuilder('s');
    INDUSTRIAL_SITE_POLICY.applyTo(qb, scope.reader);
    return qb;
  }

  list(scope: RecordScope, filter: IndustrialSiteFilter | undefined, page: PageArgs): Promise<Connection<IndustrialSite>> {
    const qb = this.query(scope);
    const f = filter ?? {};
    if (f.regionCode) qb.andWhere('s.region_code = :regionCode', { regionCode: f.regionCode });
    if (f.kind) qb.andWhere('s.kind = :kind', { kind: f.kind });
    if (f.status) qb.andWhere('s.status = :status', { status: f.status });
    if (f.minFreeAreaHa) qb.andWhere('s.free_area_ha >= :minFree', { minFree: f.minFreeAreaHa });
    return paginate(qb, NEWEST_FIRST, page);
  }

  findByIds(scope: RecordScope, ids: readonly string[]): Promise<IndustrialSite[]> {
    return this.query(scope).andWhere('s.id IN (:...ids)', { ids }).getMany();
  }

  /** The row locked for update if the caller may read it: out of scope is absent (issue 7, defect 8). */
  lock(scope: RecordScope, id: string): Promise<IndustrialSite | null> {
    return this.query(scope).setLock('pessimistic_write').andWhere('s.id = :id', { id }).getOne();
  }

  /** The one check of a site referenced by an input (a project's site), inside the writing transaction (issue 7, defect 2). */
  async readable(scope: RecordScope, id: string): Promise<IndustrialSite> {
    const site = await this.query(scope).andWhere('s.id = :id', { id }).getOne();
    if (!site) throw notFound('Industrial site', id);
    return site;
  }

  regionExists(code: string): Promise<boolean> {
    return this.db.manager.query(`SELECT 1 FROM region WHERE code = $1`, [code]).then((rows: unknown[]) => rows.length > 0);
  }

  /** Saves and reads the row back, so that callers see the stored (canonical) values. */
  async save(site: IndustrialSite): Promise<IndustrialSite> {
    const repo = this.db.manager.getRepository(IndustrialSite);
    const { id } = await repo.save(site);
    return repo.findOneByOrFail({ id });
  }
}
