import { PROJECT_CHANGES } from './project.entity';
import type { EntityManager } from 'typeorm';
import { Decimal } from 'decimal.js';
import { recordScopeOf, type RecordScope } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import type { Clock } from '../common/clock';
import { badInput, forbidden, notFound } from '../common/errors';
import type { Connection, PageArgs } from '../common/pagination';
import { applyPatch, assertVersion } from '../common/versioning';
import { todayInAlmaty } from '../calendar/almaty-time';
import type { Transactions, UnitOfWork } from '../db/transactions';
import { ChangeAction } from '../events/change-event.entity';
import type { InvestorRepository } from '../investors/investor.repository';
import { OfficeKind } from '../offices/office.entity';
import type { IndustrialSiteRepository } from '../sites/industrial-site.repository';
import { SupportTier } from './project-assessment';
import { Project } from './project.entity';
import type { CreateProjectInput, ProjectFilter, UpdateProjectInput } from './project.inputs';
import { projectReferences, type ProjectListReads, type ProjectRepository } from './project.repository';

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
      await this.validate(uow.manager, recordScopeOf(viewer), project);
      const saved = await this.projects.save(uow.manager, project);
      // Judged by the tier the database derived for the saved row: the rule lives in one place.
      this.assertMayWrite(viewer, saved);
      this.record(uow, saved, ChangeAction.CREATED, []);
      return saved;
    });
  }

  async update(viewer: Viewer, id: string, expectedVersion: number, input: UpdateProjectInput): Promise<Project> {
    const scope = recordScopeOf(viewer);
    return this.transactions.run(viewer.userId, async (uow) => {
      const project = await this.projects.lock(uow.manager, scope, id);
      if (!project) throw notFound('Project', id);
      this.assertMayWrite(viewer, project);
      assertVersion(project, expectedVersion, 'Project');
      const previousRegionCode = project.regionCode;
      const changed = applyPatch(project, input as Partial<Project>);
      if (changed.length === 0) return project;
      await this.validate(uow.manager, scope, project);
      const saved = await this.projects.save(uow.manager, project);
      // The result must be writable too (a moved region, a tier raised by the volume): the
      // throw rolls the save back (issue 7, defect 3).
      this.assertMayWrite(viewer, saved);
      this.record(uow, saved, ChangeAction.UPDATED, changed, previousRegionCode);
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

  private async validate(manager: EntityManager, scope: RecordScope, p: Project): Promise<void> {
    if (!new Decimal(p.investmentVolumeKzt).greaterThan(0)) {
      throw badInput('investmentVolumeKzt must be more than zero', { field: 'investmentVolumeKzt' });
    }
    if (p.assessedOn < FIRST_MCI_DAY || p.assessedOn > todayInAlmaty(this.clock.now())) {
      throw badInput(`assessedOn must be between ${FIRST_MCI_DAY} and today`, { field: 'assessedOn' });
    }
    const refs = await projectReferences(manager, p);
    if (!refs.sectorExists) throw badInput(`Unknown sector ${p.sectorCode}`, { field: 'sectorCode' });
    if (!refs.regionExists) throw badInput(`Unknown region ${p.regionCode}`, { field: 'regionCode' });
    // References must be readable by the caller (issue 7, defect 2).
    if (p.initiatorId) await this.investors.readable(manager, scope, p.initiatorId);
    if (p.siteId && (await this.sites.readable(manager, scope, p.siteId)).regionCode !== p.regionCode) {
      throw badInput('The industrial site is in another region', { field: 'siteId' });
    }
  }

  /** A project moved out of a region is still seen there: its previous region is on the event (issue 7, defect 3). */
  private record(uow: UnitOfWork, project: Project, action: ChangeAction, changedFields: string[], previousRegionCode?: string): void {
    uow.record({ entity: PROJECT_CHANGES, entityId: project.id, action, changedFields, regionCode: project.regionCode, previousRegionCode });
  }
}
