import type { EntityManager } from 'typeorm';
import type { OfficeKind } from './office.entity';
import type { OfficeRepository } from './office.repository';

/** Ids of the single offices of some kinds (authorized body, National Company, Task Force), e.g. to address change events. */
export async function officeIdsOfKinds(offices: OfficeRepository, manager: EntityManager, kinds: OfficeKind[]): Promise<string[]> {
  const found = await Promise.all(kinds.map((kind) => offices.findOneOfKind(kind, manager)));
  return found.filter((o) => o !== null).map((o) => o.id);
}
