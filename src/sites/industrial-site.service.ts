import { INDUSTRIAL_SITE_POLICY } from './industrial-site.policy';
import { Decimal } from 'decimal.js';
import { recordScopeOf } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import { badInput, forbidden, notFound } from '../common/errors';
import type { Connection, PageArgs } from '../common/pagination';
import { applyPatch, assertVersion } from '../common/versioning';
import type { Transactions } from '../db/transactions';
import { ChangeAction } from '../events/change-event.entity';
import { OfficeKind, OfficeLevel } from '../offices/office.entity';
import { IndustrialSite } from './industrial-site.entity';
import type { CreateIndustrialSiteInput, IndustrialSiteFilter, UpdateIndustrialSiteInput } from './industrial-site.inputs';
import type { IndustrialSiteRepository } from './industrial-site.repository';

export class IndustrialSiteService {
  constructor(
    private readonly sites: IndustrialSiteRepository,
    private readonly transactions: Transactions,
  ) {}

  list(viewer: Viewer, filter: IndustrialSiteFilter | undefined, page: PageArgs): Promise<Connection<IndustrialSite>> {
    return this.sites.list(recordScopeOf(viewer), filter, page);
  }

  async get(viewer: Viewer, id: string): Promise<IndustrialSite> {
    const [site] = await this.sites.findByIds(recordScopeOf(viewer), [id]);
    if (!site) throw notFound('Industrial site', id);
    return site;
  }

  async create(viewer: Viewer, input: CreateIndustrialSiteInput): Promise<IndustrialSite> {
    const site = Object.assign(new IndustrialSite(), {
      ...input,
      freeAreaHa: input.freeAreaHa ?? input.areaHa,
      utilities: input.utilities ?? [],
      location: input.location ?? '',
    });
    this.assertMayWrite(viewer, site);
    return this.transactions.run(viewer.userId, async (uow) => {
      await this.validate(site);
      const saved = await this.sites.save(site);
      uow.changed(INDUSTRIAL_SITE_POLICY, saved.id, ChangeAction.CREATED);
      return saved;
    });
  }

  async update(viewer: Viewer, id: string, expectedVersion: number, input: UpdateIndustrialSiteInput): Promise<IndustrialSite> {
    return this.transactions.run(viewer.userId, async (uow) => {
      const site = await this.sites.lock(recordScopeOf(viewer), id);
      if (!site) throw notFound('Industrial site', id);
      this.assertMayWrite(viewer, site);
      assertVersion(site, expectedVersion, 'Industrial site');
      const changed = applyPatch(site, input as Partial<IndustrialSite>);
      if (changed.length === 0) return site;
      if (changed.includes('regionCode')) await uow.readersMayChange(INDUSTRIAL_SITE_POLICY, id);
      await this.validate(site);
      const saved = await this.sites.save(site);
      // Checked on the result as well (issue 7, defect 3); the throw rolls the save back.
      this.assertMayWrite(viewer, saved);
      uow.changed(INDUSTRIAL_SITE_POLICY, saved.id, ChangeAction.UPDATED, changed);
      return saved;
    });
  }

  /** Sites are kept by the regional front offices of their region (paragraph 12.2.d) and by the National Company and Task Force. */
  private assertMayWrite(viewer: Viewer, site: IndustrialSite): void {
    const { office } = viewer;
    if (office.kind === OfficeKind.NATIONAL_COMPANY || office.kind === OfficeKind.TASK_FORCE) return;
    if (office.level === OfficeLevel.REGIONAL && office.regionCode === site.regionCode) return;
    throw forbidden("Only the region's front offices, the National Company and the Task Force may write its industrial sites");
  }

  private async validate(site: IndustrialSite): Promise<void> {
    const area = new Decimal(site.areaHa);
    const free = new Decimal(site.freeAreaHa);
    if (!area.greaterThan(0)) throw badInput('areaHa must be more than zero', { field: 'areaHa' });
    if (free.isNegative() || free.greaterThan(area)) throw badInput('freeAreaHa must be between 0 and areaHa', { field: 'freeAreaHa' });
    if (!(await this.sites.regionExists(site.regionCode))) throw badInput(`Unknown region ${site.regionCode}`, { field: 'regionCode' });
  }
}
