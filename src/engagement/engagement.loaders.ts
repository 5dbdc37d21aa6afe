import DataLoader from 'dataloader';
import { manyByKey, oneByKey } from '../common/batch';
import type { AccountManagerRepository } from './account-manager.repository';
import type { FollowUpRepository } from './follow-up.repository';
import type { InteractionRepository } from './interaction.repository';

/**
 * Per-request loaders of the engagement fields: one statement per field per request. They are
 * keyed by investors and interactions the viewer already reads (their parents are scoped).
 */
export function engagementLoaders(
  interactions: InteractionRepository,
  followUps: FollowUpRepository,
  accountManagers: AccountManagerRepository,
) {
  return {
    followUpByInteractionId: oneByKey(
      (ids: readonly string[]) => followUps.ofInteractions(ids),
      (f) => f.interactionId,
    ),
    openFollowUpsByInvestorId: manyByKey(
      (ids: readonly string[]) => followUps.openOfInvestors(ids),
      (f) => f.investorId,
    ),
    statusHistoryByInvestorId: manyByKey(
      (ids: readonly string[]) => accountManagers.statusHistoryOf(ids),
      (s) => s.investorId,
    ),
    lastInteractionOnByInvestorId: new DataLoader<string, string | null>(async (ids) => {
      const byId = new Map((await interactions.lastOccurredOn(ids)).map((r) => [r.investorId, r.on]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
