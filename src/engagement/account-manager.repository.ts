import type { DataSource, EntityManager } from 'typeorm';
import { User } from '../users/user.entity';
import { InvestorStatusChange } from './investor-status-change.entity';

/** SQL of the leads' owners and status histories. */
export class AccountManagerRepository {
  constructor(private readonly dataSource: DataSource) {}

  findUser(manager: EntityManager, id: string): Promise<User | null> {
    return manager.getRepository(User).findOneBy({ id });
  }

  /** Every status of each investor, oldest first, in one statement. */
  statusHistoryOf(investorIds: readonly string[]): Promise<InvestorStatusChange[]> {
    return this.dataSource
      .getRepository(InvestorStatusChange)
      .createQueryBuilder('s')
      .where('s.investor_id IN (:...investorIds)', { investorIds })
      .orderBy('s.seq', 'ASC')
      .getMany();
  }
}
