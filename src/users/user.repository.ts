import { In } from 'typeorm';
import type { ViewerFacts } from '../auth/viewer';
import { Office } from '../offices/office.entity';
import { User } from './user.entity';
import type { Db } from '../db/transactions';

/** All SQL about people. */
export class UserRepository {
  constructor(private readonly db: Db) {}

  private repo() {
    return this.db.manager.getRepository(User);
  }

  findByEmail(email: string): Promise<User | null> {
    return this.repo().findOneBy({ email: email.toLowerCase() });
  }

  findById(id: string): Promise<User | null> {
    return this.repo().findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<User[]> {
    return this.repo().findBy({ id: In([...ids]) });
  }

  listByOffice(officeId: string | null): Promise<User[]> {
    return this.repo().find({ where: officeId ? { officeId } : {}, order: { email: 'ASC' } });
  }

  /**
   * The active user of a token with its office and current token epoch, in one statement: all
   * that deciding on a token needs (a cache keyed by user id may sit in front of it).
   */
  async viewerFacts(userId: string): Promise<ViewerFacts | null> {
    const row = await this.repo()
      .createQueryBuilder('u')
      .innerJoinAndMapOne('u.officeRef', Office, 'o', 'o.id = u.office_id')
      .where('u.id = :userId AND u.active', { userId })
      .getOne();
    const office = row?.officeRef;
    if (!row || !office) return null;
    return {
      userId: row.id,
      email: row.email,
      role: row.role,
      tokenEpoch: row.tokenEpoch,
      office: {
        id: office.id,
        code: office.code,
        kind: office.kind,
        level: office.level,
        regionCode: office.regionCode,
        countryCode: office.countryCode,
      },
    };
  }

  /** Revokes the user's tokens; atomic, so that concurrent changes each count. */
  async bumpTokenEpoch(id: string): Promise<void> {
    await this.repo().increment({ id }, 'tokenEpoch', 1);
  }

  save(user: Partial<User>): Promise<User> {
    const repo = this.repo();
    return repo.save(repo.create(user));
  }
}
