import { In, type DataSource, type EntityManager } from 'typeorm';
import { Office, type OfficeKind, type OfficeLevel } from './office.entity';

/** All SQL about offices. */
export class OfficeRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(Office);
  }

  findByIds(ids: readonly string[]): Promise<Office[]> {
    return this.repo().findBy({ id: In([...ids]) });
  }

  findById(id: string, manager?: EntityManager): Promise<Office | null> {
    return this.repo(manager).findOneBy({ id });
  }

  findByCode(code: string, manager?: EntityManager): Promise<Office | null> {
    return this.repo(manager).findOneBy({ code });
  }

  list(level?: OfficeLevel | null): Promise<Office[]> {
    return this.repo().find({ where: level ? { level } : {}, order: { level: 'ASC', code: 'ASC' } });
  }

  /** The single office of a kind (authorized body, National Company, Task Force). */
  findOneOfKind(kind: OfficeKind, manager?: EntityManager): Promise<Office | null> {
    return this.repo(manager).findOne({ where: { kind }, order: { createdAt: 'ASC' } });
  }

  /** Ids of the single offices of some kinds (authorized body, National Company, Task Force), e.g. to address change events. */
  async idsOfKinds(manager: EntityManager, kinds: readonly OfficeKind[]): Promise<string[]> {
    const rows = await this.repo(manager).find({ select: { id: true }, where: { kind: In([...kinds]) } });
    return rows.map((o) => o.id);
  }

  insert(manager: EntityManager, office: Partial<Office>): Promise<Office> {
    const repo = this.repo(manager);
    return repo.save(repo.create(office));
  }

  save(manager: EntityManager, office: Office): Promise<Office> {
    return this.repo(manager).save(office);
  }
}
