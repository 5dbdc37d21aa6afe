import { In } from 'typeorm';
import { Office, type OfficeKind, type OfficeLevel } from './office.entity';
import type { Db } from '../db/transactions';

/** All SQL about offices. */
export class OfficeRepository {
  constructor(private readonly db: Db) {}

  private repo() {
    return this.db.manager.getRepository(Office);
  }

  findByIds(ids: readonly string[]): Promise<Office[]> {
    return this.repo().findBy({ id: In([...ids]) });
  }

  findById(id: string): Promise<Office | null> {
    return this.repo().findOneBy({ id });
  }

  findByCode(code: string): Promise<Office | null> {
    return this.repo().findOneBy({ code });
  }

  list(level?: OfficeLevel | null): Promise<Office[]> {
    return this.repo().find({ where: level ? { level } : {}, order: { level: 'ASC', code: 'ASC' } });
  }

  /** The single office of a kind (authorized body, National Company, Task Force). */
  findOneOfKind(kind: OfficeKind): Promise<Office | null> {
    return this.repo().findOne({ where: { kind }, order: { createdAt: 'ASC' } });
  }

  /** Ids of the single offices of some kinds (authorized body, National Company, Task Force), e.g. to address change events. */
  async idsOfKinds(kinds: readonly OfficeKind[]): Promise<string[]> {
    const rows = await this.repo().find({ select: { id: true }, where: { kind: In([...kinds]) } });
    return rows.map((o) => o.id);
  }

  insert(office: Partial<Office>): Promise<Office> {
    const repo = this.repo();
    return repo.save(repo.create(office));
  }

  save(office: Office): Promise<Office> {
    return this.repo().save(office);
  }
}
