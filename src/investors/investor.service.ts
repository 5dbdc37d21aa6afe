import { recordScopeOf } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import { todayInAlmaty } from '../calendar/almaty-time';
import type { Clock } from '../common/clock';
import { isCountryCode } from '../common/country';
import { badInput, forbidden, notFound } from '../common/errors';
import type { Connection, PageArgs } from '../common/pagination';
import { applyPatch, assertVersion } from '../common/versioning';
import type { Transactions } from '../db/transactions';
import { ChangeAction } from '../events/change-event.entity';
import type { OfficeRepository } from '../offices/office.repository';
import { PROJECT_DERIVED_COLUMNS, PROJECT_POLICY } from '../projects/project.policy';
import { Investor, InvestorOrigin } from './investor.entity';
import type { CreateInvestorInput, InvestorFilter, UpdateInvestorInput } from './investor.inputs';
import { INVESTOR_POLICY } from './investor.policy';
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
      await this.validate(investor, sectorCodes);
      const saved = await this.investors.save(investor);
      await this.investors.replaceSectors(saved.id, unique(sectorCodes));
      uow.changed(INVESTOR_POLICY, saved.id, ChangeAction.CREATED);
      return saved;
    });
  }

  async update(viewer: Viewer, id: string, expectedVersion: number, input: UpdateInvestorInput): Promise<Investor> {
    return this.transactions.run(viewer.userId, async (uow) => {
      // Read scope first: one the caller may not read is absent; one it may read but not write is FORBIDDEN (issue 7, defect 8).
      const investor = await this.investors.lock(recordScopeOf(viewer), id);
      if (!investor) throw notFound('Investor', id);
      this.assertOwnOffice(viewer, investor.ownerOfficeId);
      assertVersion(investor, expectedVersion, 'Investor');
      const { sectorCodes, ...patch } = input;
      const changed = applyPatch(investor, { ...patch, countryCode: patch.countryCode?.toUpperCase() } as Partial<Investor>);
      await this.validate(investor, sectorCodes ?? []);
      if (sectorCodes) {
        await this.investors.replaceSectors(id, unique(sectorCodes));
        changed.push('sectorCodes');
      }
      // The account manager belongs to the owner office (issue 9): a hand-over leaves the lead without one.
      if (changed.includes('ownerOfficeId') && investor.accountManagerId) {
        investor.accountManagerId = null;
        changed.push('accountManager');
      }
      if (changed.length === 0) return investor;
      // Touch the row even when only sectors changed, so that the version moves on.
      investor.updatedAt = this.clock.now();
      if (changed.includes('ownerOfficeId')) await uow.readersMayChange(INVESTOR_POLICY, id);
      // Its ownership decides its projects' pool eligibility (paragraph 2.8-1), which the database re-derives.
      const initiated = { sql: 'row.initiator_id = $1', params: [id] };
      const saved = await uow.rederives(PROJECT_POLICY, initiated, PROJECT_DERIVED_COLUMNS, () => this.investors.save(investor));
      uow.changed(INVESTOR_POLICY, saved.id, ChangeAction.UPDATED, changed);
      return saved;
    });
  }

  /** Investors are written by the OFFICERs and ADMINs of the office that owns them. */
  private assertOwnOffice(viewer: Viewer, ownerOfficeId: string): void {
    if (ownerOfficeId !== viewer.office.id) throw forbidden('Only the office that owns an investor may write it');
  }

  private async validate(investor: Investor, sectorCodes: string[]): Promise<void> {
    if (!isCountryCode(investor.countryCode))
      throw badInput(`${investor.countryCode} is not an ISO 3166-1 alpha-2 country code`, { field: 'countryCode' });
    if ((investor.origin === InvestorOrigin.DOMESTIC) !== (investor.countryCode === 'KZ')) {
      throw badInput('A domestic investor is from KZ and a foreign one from another country', { field: 'origin' });
    }
    const codes = unique(sectorCodes);
    if ((await this.investors.countExistingSectors(codes)) !== codes.length) {
      throw badInput(`Unknown sector code among ${codes.join(', ')}: use OKED division codes such as "10"`, { field: 'sectorCodes' });
    }
    if (!(await this.offices.findById(investor.ownerOfficeId))) throw notFound('Office', investor.ownerOfficeId);
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
