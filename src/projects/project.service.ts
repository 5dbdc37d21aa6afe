import { Decimal } from 'decimal.js';
import { recordScopeOf, type RecordScope } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import type { Clock } from '../common/clock';
import { badInput, forbidden, notFound } from '../common/errors';
import type { Connection, PageArgs } from '../common/pagination';
import { applyPatch, assertVersion } from '../common/versioning';
import { todayInAlmaty } from '../calendar/almaty-time';
import type { Transactions } from '../db/transactions';
import { ChangeAction } from '../events/change-event.entity';
import type { InvestorRepository } from '../investors/investor.repository';
import { OfficeKind } from '../offices/office.entity';
import type { IndustrialSiteRepository } from '../sites/industrial-site.repository';
import { SupportTier } from './project-assessment';
import { Project } from './project.entity';
import type { CreateProjectInput, ProjectFilter, UpdateProjectInput } from './project.inputs';
import { PROJECT_POLICY } from './project.policy';
import type { ProjectListReads, ProjectRepository } from './project.repository';

/** The earliest day the MCI table covers (facts/mci.csv). */
const FIRST_MCI_DAY = '2015-01-01';

export class ProjectService {
  constructor(
    private readonly projects: ProjectRepository,
    private readonly investors: InvestorRepository,
    private readonly sites: IndustrialSiteRepository,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  list(viewer: Viewer, filter: ProjectFilter | undefined, page: PageArgs, reads: ProjectListReads = {}): Promise<Connection<Project>> {
    return this.projects.list(recordScopeOf(viewer), filter, page, reads);
  }

  async get(viewer: Viewer, id: string): Promise<Project> {
    const [project] = await this.projects.findByIds(recordScopeOf(viewer), [id]);
    if (!project) throw notFound('Project', id);
    return project;
  }

  async create(viewer: Viewer, input: CreateProjectInput): Promise<Project> {
    const project = Object.assign(new Project(), {
      ...input,
      assessedOn: input.assessedOn ?? todayInAlmaty(this.clock.now()),
      initiatorId: input.initiatorId ?? null,
      siteId: input.siteId ?? null,
    });
    return this.transactions.run(viewer.userId, async (uow) => {
      await this.validate(recordScopeOf(viewer), project);
      const saved = await this.projects.save(project);
      // Judged by the tier the database derived for the saved row: the rule lives in one place.
      this.assertMayWrite(viewer, saved);
      uow.changed(PROJECT_POLICY, saved.id, ChangeAction.CREATED);
      return saved;
    });
  }

  async update(viewer: Viewer, id: string, expectedVersion: number, input: UpdateProjectInput): Promise<Project> {
    const scope = recordScopeOf(viewer);
    return this.transactions.run(viewer.userId, async (uow) => {
      const project = await this.projects.lock(scope, id);
      if (!project) throw notFound('Project', id);
      this.assertMayWrite(viewer, project);
      assertVersion(project, expectedVersion, 'Project');
      const changed = applyPatch(project, input as Partial<Project>);
      if (changed.length === 0) return project;
      // A project moved out of a region is still seen there as it leaves (issue 7, defect 3).
      if (changed.includes('regionCode')) await uow.readersMayChange(PROJECT_POLICY, id);
      await this.validate(scope, project);
      const saved = await this.projects.save(project);
      // The result must be writable too (a moved region, a tier raised by the volume): the
      // throw rolls the save back (issue 7, defect 3).
      this.assertMayWrite(viewer, saved);
      uow.changed(PROJECT_POLICY, saved.id, ChangeAction.UPDATED, changed);
      return saved;
    });
  }

  /**
   * Written by OFFICERs and ADMINs of the responsible office, or of the National Company
   * and Task Force above it (paragraph 5).
   */
  assertMayWrite(viewer: Viewer, project: Project): void {
    const { office } = viewer;
    if (office.kind === OfficeKind.NATIONAL_COMPANY || office.kind === OfficeKind.TASK_FORCE) return;
    const isResponsibleRegionalOrganization =
      project.supportTier === SupportTier.REGIONAL_ORGANIZATION &&
      office.kind === OfficeKind.REGIONAL_ORGANIZATION &&
      office.regionCode === project.regionCode;
    if (!isResponsibleRegionalOrganization) {
      throw forbidden('Only the responsible office of a project, or the National Company and Task Force, may write it');
    }
  }

  private async validate(scope: RecordScope, p: Project): Promise<void> {
    if (!new Decimal(p.investmentVolumeKzt).greaterThan(0)) {
      throw badInput('investmentVolumeKzt must be more than zero', { field: 'investmentVolumeKzt' });
    }
    if (p.assessedOn < FIRST_MCI_DAY || p.assessedOn > todayInAlmaty(this.clock.now())) {
      throw badInput(`assessedOn must be between ${FIRST_MCI_DAY} and today`, { field: 'assessedOn' });
    }
    const refs = await this.projects.references(p);
    if (!refs.sectorExists) throw badInput(`Unknown sector ${p.sectorCode}`, { field: 'sectorCode' });
    if (!refs.regionExists) throw badInput(`Unknown region ${p.regionCode}`, { field: 'regionCode' });
    // References must be readable by the caller (issue 7, defect 2).
    if (p.initiatorId) await this.investors.readable(scope, p.initiatorId);
    if (p.siteId && (await this.sites.readable(scope, p.siteId)).regionCode !== p.regionCode) {
      throw badInput('The industrial site is in another region', { field: 'siteId' });
    }
  }
}
