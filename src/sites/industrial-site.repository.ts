import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { RecordScope } from '../auth/scope';
import { paginate, type Connection, type KeysetOrder, type PageArgs } from '../common/pagination';
import { applyRegionalScope } from '../projects/project.repository';
import { IndustrialSite } from './industrial-site.entity';
import type { IndustrialSiteFilter } from './industrial-site.inputs';

const NEWEST_FIRST: KeysetOrder[] = [
  { column: 'created_at', property: 'createdAt', kind: 'timestamp' },
  { column: 'id', property: 'id', kind: 'uuid' },
];

/** All SQL about industrial sites. */
export class IndustrialSiteRepository {
  constructor(private readonly dataSource: DataSource) {}

  private query(scope: RecordScope): SelectQueryBuilder<IndustrialSite> {
    const qb = this.dataSource.getRepository(IndustrialSite).createQueryBuilder('s');
    applyRegionalScope(qb, scope);
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

  lock(manager: EntityManager, id: string): Promise<IndustrialSite | null> {
    return manager.getRepository(IndustrialSite).createQueryBuilder('s').setLock('pessimistic_write').where('s.id = :id', { id }).getOne();
  }

  regionExists(manager: EntityManager, code: string): Promise<boolean> {
    return manager.query(`SELECT 1 FROM region WHERE code = $1`, [code]).then((rows: unknown[]) => rows.length > 0);
  }

  /** Saves and reads the row back, so that callers see the stored (canonical) values. */
  async save(manager: EntityManager, site: IndustrialSite): Promise<IndustrialSite> {
    const repo = manager.getRepository(IndustrialSite);
    const { id } = await repo.save(site);
    return repo.findOneByOrFail({ id });
  }
}
