import { User } from '../users/user.entity';
import { InvestorStatusChange } from './investor-status-change.entity';
import type { Db } from '../db/transactions';

/** SQL of the leads' owners and status histories. */
export class AccountManagerRepository {
  constructor(private readonly db: Db) {}

  findUser(id: string): Promise<User | null> {
    return this.db.manager.getRepository(User).findOneBy({ id });
  }

  /** Every status of each investor, oldest first, in one statement. */
  statusHistoryOf(investorIds: readonly string[]): Promise<InvestorStatusChange[]> {
    return this.db.manager
      .getRepository(InvestorStatusChange)
      .createQueryBuilder('s')
      .where('s.investor_id IN (:...investorIds)', { investorIds })
      .orderBy('s.seq', 'ASC')
      .getMany();
  }
}
