import { StateService } from './state-service.entity';
import type { Db } from '../db/transactions';

/** All SQL about the state-service catalogue. */
export class StateServiceRepository {
  constructor(private readonly db: Db) {}

  private repo() {
    return this.db.manager.getRepository(StateService);
  }

  list(): Promise<StateService[]> {
    return this.repo().find({ order: { code: 'ASC' } });
  }

  /** With `forShare`, the row stays as read (no concurrent change of it commits) until the transaction ends. */
  findByCode(code: string, forShare = false): Promise<StateService | null> {
    return this.repo().findOne({ where: { code }, ...(forShare ? { lock: { mode: 'pessimistic_read' as const } } : {}) });
  }

  save(service: StateService): Promise<StateService> {
    return this.repo().save(service);
  }
}
