import type { Viewer } from '../auth/viewer';
import { badInput } from '../common/errors';
import type { Transactions } from '../db/transactions';
import { ChangeAction } from '../events/change-event.entity';
import { REFERENCE_CHANGES, REFERENCE_ENTITY_ID } from './reference-cache';
import type { ReferenceRepository } from './reference.repository';
import type { Sector } from './sector.entity';

/** Edits of reference data: each is a REFERENCE change, so that every instance's cache forgets the old rows. */
export class ReferenceService {
  constructor(
    private readonly reference: ReferenceRepository,
    private readonly transactions: Transactions,
  ) {}

  setSectorResource(viewer: Viewer, code: string, resource: boolean): Promise<Sector> {
    return this.transactions.run(viewer.userId, async (uow) => {
      const sector = await this.reference.sectorForUpdate(uow.manager, code);
      if (!sector) throw badInput(`No sector ${code}`, { field: 'code' });
      sector.resource = resource;
      const saved = await uow.manager.save(sector);
      uow.record({
        entity: REFERENCE_CHANGES,
        entityId: REFERENCE_ENTITY_ID,
        action: ChangeAction.UPDATED,
        changedFields: [`sector:${code}.resource`],
      });
      return saved;
    });
  }
}
