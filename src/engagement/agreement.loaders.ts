import type { RecordScope } from '../auth/scope';
import { manyByKey, oneByKey } from '../common/batch';
import type { AgreementRepository } from './agreement.repository';

export function agreementLoaders(agreements: AgreementRepository, scope: RecordScope) {
  return {
    agreementById: oneByKey(
      (ids: readonly string[]) => agreements.findByIds(scope, ids),
      (a) => a.id,
    ),
    agreementsByInvestorId: manyByKey(
      (ids: readonly string[]) => agreements.byInvestors(scope, ids),
      (a) => a.investorId,
    ),
    /** Only reached from an agreement the viewer already read. */
    commitmentsByAgreementId: manyByKey(
      (ids: readonly string[]) => agreements.commitmentsOf(ids),
      (c) => c.agreementId,
    ),
  };
}
