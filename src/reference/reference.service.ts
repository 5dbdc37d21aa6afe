import type { Viewer } from '../auth/viewer';
import { badInput } from '../common/errors';
import type { Transactions } from '../db/transactions';
import { ChangeAction } from '../events/change-event.entity';
import { PROJECT_DERIVED_COLUMNS, PROJECT_POLICY } from '../projects/project.policy';
import { REFERENCE_ENTITY_ID } from './reference-cache';
import { REFERENCE_POLICY } from './reference.policy';
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
      const sector = await this.reference.sectorForUpdate(code);
      if (!sector) throw badInput(`No sector ${code}`, { field: 'code' });
      sector.resource = resource;
      // A resource sector's projects leave the unified pool (paragraph 2.8-1): the database re-derives them, and they changed too.
      const ofSector = { sql: 'row.sector_code = $1', params: [code] };
      const saved = await uow.rederives(PROJECT_POLICY, ofSector, PROJECT_DERIVED_COLUMNS, () => this.reference.saveSector(sector));
      uow.changed(REFERENCE_POLICY, REFERENCE_ENTITY_ID, ChangeAction.UPDATED, [`sector:${code}.resource`]);
      return saved;
    });
  }
}
