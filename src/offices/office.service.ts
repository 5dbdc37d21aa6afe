import { OFFICE_POLICY } from './office.policy';
import { badInput, notFound } from '../common/errors';
import { isCountryCode } from '../common/country';
import type { Transactions } from '../db/transactions';
import { ChangeAction } from '../events/change-event.entity';
import type { ReferenceRepository } from '../reference/reference.repository';
import type { Viewer } from '../auth/viewer';
import { type Office, OfficeKind, OfficeLevel } from './office.entity';
import type { CreateOfficeInput } from './office.inputs';
import { validHours, type WorkingHoursInput } from './office-hours';
import type { OfficeRepository } from './office.repository';
import type { OfficeCache } from './office-cache';

/** Paragraph 3: which kinds of body sit at which level of the front-office system. */
const LEVELS_OF_KIND: Record<OfficeKind, OfficeLevel[]> = {
  [OfficeKind.AUTHORIZED_BODY]: [OfficeLevel.CENTRAL],
  [OfficeKind.NATIONAL_COMPANY]: [OfficeLevel.CENTRAL],
  [OfficeKind.TASK_FORCE]: [OfficeLevel.CENTRAL],
  [OfficeKind.NATIONAL_COMPANY_REPRESENTATIVE]: [OfficeLevel.EXTERNAL, OfficeLevel.REGIONAL],
  [OfficeKind.CENTRAL_STATE_BODY]: [OfficeLevel.CENTRAL, OfficeLevel.EXTERNAL, OfficeLevel.REGIONAL],
  [OfficeKind.FOREIGN_INSTITUTION]: [OfficeLevel.EXTERNAL],
  [OfficeKind.REGIONAL_ORGANIZATION]: [OfficeLevel.REGIONAL],
  [OfficeKind.LOCAL_EXECUTIVE_BODY]: [OfficeLevel.REGIONAL],
  [OfficeKind.SERVICE_PROVIDER]: [OfficeLevel.CENTRAL, OfficeLevel.EXTERNAL, OfficeLevel.REGIONAL],
};

export class OfficeService {
  constructor(
    private readonly offices: OfficeRepository,
    private readonly cache: OfficeCache,
    private readonly reference: ReferenceRepository,
    private readonly transactions: Transactions,
  ) {}

  async list(level?: OfficeLevel | null): Promise<readonly Office[]> {
    const all = await this.cache.all();
    return level ? all.filter((o) => o.level === level) : all;
  }

  async get(id: string): Promise<Office> {
    const [office] = await this.cache.byIds([id]);
    if (!office) throw notFound('Office', id);
    return office;
  }

  async create(viewer: Viewer, input: CreateOfficeInput): Promise<Office> {
    const countryCode = input.countryCode?.toUpperCase() ?? null;
    const regionCode = input.regionCode ?? null;
    if (!LEVELS_OF_KIND[input.kind].includes(input.level)) {
      throw badInput(`An office of kind ${input.kind} cannot be at the ${input.level} level`, { field: 'level' });
    }
    if (input.level === OfficeLevel.EXTERNAL) {
      if (!countryCode || !isCountryCode(countryCode) || countryCode === 'KZ') {
        throw badInput('An external office needs its host country: an ISO 3166-1 alpha-2 code other than KZ', { field: 'countryCode' });
      }
      if (regionCode) throw badInput('An external office has no region of Kazakhstan', { field: 'regionCode' });
    } else if (countryCode) {
      throw badInput('Only an external office has a host country', { field: 'countryCode' });
    }
    if (input.level !== OfficeLevel.REGIONAL && regionCode) throw badInput('Only a regional office has a region', { field: 'regionCode' });
    return this.transactions.run(viewer.userId, async (uow) => {
      if (input.level === OfficeLevel.REGIONAL && (!regionCode || !(await this.reference.regionExists(regionCode)))) {
        throw badInput('A regional office needs a region: an ISO 3166-2:KZ code such as KZ-75', { field: 'regionCode' });
      }
      const office = await this.offices.insert({
        code: input.code,
        name: input.name,
        kind: input.kind,
        level: input.level,
        countryCode,
        regionCode,
      });
      uow.changed(OFFICE_POLICY, office.id, ChangeAction.CREATED);
      return office;
    });
  }

  /** The office's working day, by which its clocks count limits in minutes and hours (Order 489, paragraph 5). */
  async setWorkingHours(viewer: Viewer, id: string, input: WorkingHoursInput): Promise<Office> {
    const hours = validHours(input);
    return this.transactions.run(viewer.userId, async (uow) => {
      const office = await this.offices.findById(id);
      if (!office) throw notFound('Office', id);
      Object.assign(office, {
        hoursStartsAt: hours.startsAt,
        hoursEndsAt: hours.endsAt,
        breakStartsAt: hours.breakStartsAt,
        breakEndsAt: hours.breakEndsAt,
      });
      const saved = await this.offices.save(office);
      uow.changed(OFFICE_POLICY, saved.id, ChangeAction.UPDATED, ['workingHours']);
      return saved;
    });
  }
}
