import type { DataSource, EntityManager } from 'typeorm';
import { StateService } from './state-service.entity';

/** All SQL about the state-service catalogue. */
export class StateServiceRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(StateService);
  }

  list(): Promise<StateService[]> {
    return this.repo().find({ order: { code: 'ASC' } });
  }

  findByCode(code: string, manager?: EntityManager): Promise<StateService | null> {
    return this.repo(manager).findOneBy({ code });
  }

  save(manager: EntityManager, service: StateService): Promise<StateService> {
    return this.repo(manager).save(service);
  }
}
