import type { Viewer } from '../auth/viewer';
import { recordScopeOf } from '../auth/scope';
import { manyByKey, oneByKey } from '../common/batch';
import type { InvestmentEventRepository } from './investment-event.repository';

export function investmentEventLoaders(events: InvestmentEventRepository, viewer: Viewer | null) {
  const scope = recordScopeOf(viewer);
  return {
    investmentEventById: oneByKey(
      (ids: readonly string[]) => events.findByIds(scope, ids),
      (e) => e.id,
    ),
    /** Only the participants whose investor the viewer may read. */
    participantsByEventId: manyByKey(
      (ids: readonly string[]) => events.participantsOf(scope, ids),
      (p) => p.eventId,
    ),
    eventParticipationsByInvestorId: manyByKey(
      (ids: readonly string[]) => events.eventsOfInvestors(scope, ids),
      (p) => p.investorId,
    ),
  };
}
