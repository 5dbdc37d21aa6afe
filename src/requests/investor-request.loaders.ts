import { manyByKey, oneByKey } from '../common/batch';
import type { RecordScope } from '../auth/scope';
import type { InvestorRequestRepository } from './investor-request.repository';

export function investorRequestLoaders(requests: InvestorRequestRepository, scope: RecordScope) {
  return {
    investorRequestById: oneByKey(
      (ids: readonly string[]) => requests.findByIds(scope, ids),
      (r) => r.id,
    ),
    handoffsByRequestId: manyByKey(
      (ids: readonly string[]) => requests.handoffsOf(ids),
      (h) => h.requestId,
    ),
  };
}
