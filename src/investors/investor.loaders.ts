import type { RecordScope } from '../auth/scope';
import { manyByKey, oneByKey } from '../common/batch';
import type { InvestorRepository } from './investor.repository';

export function investorLoaders(investors: InvestorRepository, scope: RecordScope) {
  return {
    investorById: oneByKey((ids: readonly string[]) => investors.findByIds(scope, ids), (i) => i.id),
    sectorCodesByInvestorId: manyByKey((ids: readonly string[]) => investors.sectorCodesOf(ids), (row) => row.investorId),
  };
}
