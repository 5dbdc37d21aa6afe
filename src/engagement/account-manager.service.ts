import { recordScopeOf } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import { badInput, forbidden, notFound } from '../common/errors';
import type { Transactions } from '../db/transactions';
import { ChangeAction } from '../events/change-event.entity';
import type { Investor } from '../investors/investor.entity';
import { INVESTOR_POLICY } from '../investors/investor.policy';
import type { InvestorRepository } from '../investors/investor.repository';
import { UserRole } from '../users/user.entity';
import type { AccountManagerRepository } from './account-manager.repository';

/** One named person owns each lead (issue 9): an active OFFICER or ADMIN of the office that may write the investor. */
export class AccountManagerService {
  constructor(
    private readonly accountManagers: AccountManagerRepository,
    private readonly investors: InvestorRepository,
    private readonly transactions: Transactions,
  ) {}

  assign(viewer: Viewer, investorId: string, userId: string): Promise<Investor> {
    return this.transactions.run(viewer.userId, async (uow) => {
      // Read scope first: one the caller may not read is absent; one it may read but not write is FORBIDDEN.
      const investor = await this.investors.lock(recordScopeOf(viewer), investorId);
      if (!investor) throw notFound('Investor', investorId);
      if (investor.ownerOfficeId !== viewer.office.id) throw forbidden('Only the office that owns an investor assigns its account manager');
      const user = await this.accountManagers.findUser(userId);
      if (!user) throw notFound('User', userId);
      if (!user.active || user.role === UserRole.VIEWER || user.officeId !== investor.ownerOfficeId) {
        throw badInput('The account manager must be an active OFFICER or ADMIN of the office that owns the investor', { field: 'userId' });
      }
      if (investor.accountManagerId === userId) return investor;
      investor.accountManagerId = userId;
      investor.updatedAt = new Date();
      const saved = await this.investors.save(investor);
      uow.changed(INVESTOR_POLICY, saved.id, ChangeAction.UPDATED, ['accountManager']);
      return saved;
    });
  }
}
