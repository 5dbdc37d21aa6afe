import { INVESTOR_CHANGES } from './investor.entity';
import type { EntityManager } from 'typeorm';
import { recordScopeOf } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import { todayInAlmaty } from '../calendar/almaty-time';
import type { Clock } from '../common/clock';
import { isCountryCode } from '../common/country';
import { badInput, forbidden, notFound } from '../common/errors';
import type { Connection, PageArgs } from '../common/pagination';
import { applyPatch, assertVersion } from '../common/versioning';
import type { Transactions, UnitOfWork } from '../db/transactions';
import { ChangeAction } from '../events/change-event.entity';
import type { OfficeRepository } from '../offices/office.repository';
import { Investor, InvestorOrigin } from './investor.entity';
import type { CreateInvestorInput, InvestorFilter, UpdateInvestorInput } from './investor.inputs';
import type { InvestorListReads, InvestorRepository } from './investor.repository';

export class InvestorService {
  constructor(
    private readonly investors: InvestorRepository,
    private readonly offices: OfficeRepository,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  list(viewer: Viewer, filter: InvestorFilter | undefined, page: PageArgs, reads: InvestorListReads = {}): Promise<Connection<Investor>> {
    return this.investors.list(recordScopeOf(viewer), filter, page, todayInAlmaty(this.clock.now()), reads);
  }

  async get(viewer: Viewer, id: string): Promise<Investor> {
    const [investor] = await this.investors.findByIds(recordScopeOf(viewer), [id]);
    if (!investor) throw notFound('Investor', id);
    return investor;
  }

  async create(viewer: Viewer, input: CreateInvestorInput): Promise<Investor> {
    const ownerOfficeId = input.ownerOfficeId ?? viewer.office.id;
    this.assertOwnOffice(viewer, ownerOfficeId);
    const { sectorCodes, ...fields } = input;
    const investor = Object.assign(new Investor(), {
      ...fields,
      countryCode: input.countryCode.toUpperCase(),
      ownerOfficeId,
      contacts: input.contacts ?? [],
      notes: input.notes ?? '',
    });
    return this.transactions.run(viewer.userId, async (uow) => {
      await this.validate(uow.manager, investor, sectorCodes);
      const saved = await this.investors.save(uow.manager, investor);
      await this.investors.replaceSectors(uow.manager, saved.id, unique(sectorCodes));
      this.record(uow, saved, ChangeAction.CREATED, []);
      return saved;
    });
  }

  async update(viewer: Viewer, id: string, expectedVersion: number, input: UpdateInvestorInput): Promise<Investor> {
    return this.transactions.run(viewer.userId, async (uow) => {
      // Read scope first: one the caller may not read is absent; one it may read but not write is FORBIDDEN (issue 7, defect 8).
      const investor = await this.investors.lock(uow.manager, recordScopeOf(viewer), id);
      if (!investor) throw notFound('Investor', id);
      this.assertOwnOffice(viewer, investor.ownerOfficeId);
      assertVersion(investor, expectedVersion, 'Investor');
      const { sectorCodes, ...patch } = input;
      const changed = applyPatch(investor, { ...patch, countryCode: patch.countryCode?.toUpperCase() } as Partial<Investor>);
      await this.validate(uow.manager, investor, sectorCodes ?? []);
      if (sectorCodes) {
        await this.investors.replaceSectors(uow.manager, id, unique(sectorCodes));
        changed.push('sectorCodes');
      }
      // The account manager belongs to the owner office (issue 9): a hand-over leaves the lead without one.
      if (changed.includes('ownerOfficeId') && investor.accountManagerId) {
        investor.accountManagerId = null;
        changed.push('accountManager');
      }
      if (changed.length === 0) return investor;
      // Touch the row even when only sectors changed, so that the version moves on.
      investor.updatedAt = new Date();
      const saved = await this.investors.save(uow.manager, investor);
      this.record(uow, saved, ChangeAction.UPDATED, changed);
      return saved;
    });
  }

  /** Investors are written by the OFFICERs and ADMINs of the office that owns them. */
  private assertOwnOffice(viewer: Viewer, ownerOfficeId: string): void {
    if (ownerOfficeId !== viewer.office.id) throw forbidden('Only the office that owns an investor may write it');
  }

  private async validate(manager: EntityManager, investor: Investor, sectorCodes: string[]): Promise<void> {
    if (!isCountryCode(investor.countryCode)) throw badInput(`${investor.countryCode} is not an ISO 3166-1 alpha-2 country code`, { field: 'countryCode' });
    if ((investor.origin === InvestorOrigin.DOMESTIC) !== (investor.countryCode === 'KZ')) {
      throw badInput('A domestic investor is from KZ and a foreign one from another country', { field: 'origin' });
    }
    const codes = unique(sectorCodes);
    if ((await this.investors.countExistingSectors(manager, codes)) !== codes.length) {
      throw badInput(`Unknown sector code among ${codes.join(', ')}: use OKED division codes such as "10"`, { field: 'sectorCodes' });
    }
    if (!(await this.offices.findById(investor.ownerOfficeId, manager))) throw notFound('Office', investor.ownerOfficeId);
  }

  private record(uow: UnitOfWork, investor: Investor, action: ChangeAction, changedFields: string[]): void {
    uow.record({
      entity: INVESTOR_CHANGES,
      entityId: investor.id,
      action,
      changedFields,
      officeIds: [investor.ownerOfficeId],
      countryCode: investor.countryCode,
    });
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
