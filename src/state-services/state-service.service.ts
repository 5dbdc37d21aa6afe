import type { Viewer } from '../auth/viewer';
import { badInput } from '../common/errors';
import type { Transactions } from '../db/transactions';
import { OfficeKind, type Office } from '../offices/office.entity';
import type { OfficeRepository } from '../offices/office.repository';
import type { StateService } from './state-service.entity';
import type { StateServiceRepository } from './state-service.repository';

/** The catalogue of state services offered through the front offices (chapter 6). */
export class StateServiceCatalogue {
  constructor(
    private readonly services: StateServiceRepository,
    private readonly offices: OfficeRepository,
    private readonly transactions: Transactions,
  ) {}

  list(): Promise<StateService[]> {
    return this.services.list();
  }

  /** The office applications for the service are addressed to (resolved now: offices may be loaded after the catalogue). */
  providerOffice(service: StateService): Promise<Office | null> {
    return service.providerOfficeCode ? this.offices.findByCode(service.providerOfficeCode) : Promise.resolve(null);
  }

  /** Which service-provider office an application for the service is addressed to from now on. */
  async setProvider(viewer: Viewer, code: string, providerOfficeCode: string): Promise<StateService> {
    return this.transactions.run(viewer.userId, async () => {
      const service = await this.services.findByCode(code);
      if (!service) throw badInput(`No state service ${code}`, { field: 'code' });
      const office = await this.offices.findByCode(providerOfficeCode);
      if (office?.kind !== OfficeKind.SERVICE_PROVIDER) {
        throw badInput(`${providerOfficeCode} is not a service-provider office`, { field: 'providerOfficeCode' });
      }
      service.providerOfficeCode = office.code;
      return this.services.save(service);
    });
  }
}
