import { notFound } from '../common/errors';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RecordScope } from '../auth/scope';
import { setPreloaded } from '../common/batch';
import { Investor } from '../investors/investor.entity';
import { applyInvestorScope, INVESTOR_BRIEF, INVESTOR_ROWS, whereInvestorReadable } from '../investors/investor.repository';
import {
  asDate,
  briefRows,
  paginate,
  ReaderCache,
  readRows,
  relatedRows,
  type Connection,
  type KeysetOrder,
  type PageArgs,
  type RowReader,
} from '../common/pagination';
import { IndustrialSite } from '../sites/industrial-site.entity';
import { INDUSTRIAL_SITE_POLICY } from '../sites/industrial-site.policy';
import { SITE_BRIEF, SITE_ROWS } from '../sites/industrial-site.repository';
import { SearchStatistics, searchWords, whereSearch } from '../common/search';
import type { PoolIneligibility, SupportTier } from './project-assessment';
import { Project, type ProjectKind, type ProjectStage } from './project.entity';
import type { ProjectFilter } from './project.inputs';
import { OfficeLevel } from '../offices/office.entity';
import { PROJECT_POLICY } from './project.policy';
import type { Db } from '../db/transactions';

const NEWEST_FIRST: KeysetOrder[] = [
  { column: 'created_at', property: 'createdAt', kind: 'timestamp' },
  { column: 'id', property: 'id', kind: 'uuid' },
];

/**
 * Reads (lists and loaders) without TypeORM's hydration: the entity's columns, mapped by hand
 * (issue 12). A column added to Project is added here too. The date and the numerics are read as text, as the
 * entity holds them (also when read as JSON, see relatedRows).
 */
export const PROJECT_ROWS: RowReader<Project> = {
  columns: (a) =>
    `${a}.id, ${a}.version, ${a}.created_at, ${a}.updated_at, ${a}.title, ${a}.kind, ${a}.stage, ${a}.sector_code, ` +
    `${a}.region_code, ${a}.investment_volume_kzt::text AS investment_volume_kzt, ${a}.assessed_on::text AS assessed_on, ${a}.initiator_id, ` +
    `${a}.site_id, ${a}.is_public_private_partnership, ${a}.rule_set_code, ${a}.mci_kzt::text AS mci_kzt, ` +
    `${a}.volume_mci::text AS volume_mci, ${a}.support_tier, ` +
    `${a}.pool_reasons, ${a}.pool_eligible`,
  // An instance, not a plain object: type-graphql copies a plain root into one for every field resolver it calls.
  map: (r) =>
    Object.assign(new Project(), {
      id: r.id as string,
      version: r.version as number,
      createdAt: asDate(r.created_at),
      updatedAt: asDate(r.updated_at),
      title: r.title as string,
      kind: r.kind as ProjectKind,
      stage: r.stage as ProjectStage,
      sectorCode: r.sector_code as string,
      regionCode: r.region_code as string,
      investmentVolumeKzt: r.investment_volume_kzt as string,
      assessedOn: r.assessed_on as string,
      initiatorId: r.initiator_id as string | null,
      siteId: r.site_id as string | null,
      isPublicPrivatePartnership: r.is_public_private_partnership as boolean,
      ruleSetCode: r.rule_set_code as string,
      mciKzt: r.mci_kzt as string,
      volumeMci: r.volume_mci as string,
      supportTier: r.support_tier as SupportTier,
      poolReasons: r.pool_reasons as PoolIneligibility[],
      poolEligible: r.pool_eligible as boolean,
    }),
};

/** Row scope for projects (project.policy.ts): a regional office reads its own region's. */
export function applyProjectScope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, scope: RecordScope, alias = qb.alias): void {
  PROJECT_POLICY.applyTo(qb, scope.reader, alias);
}

/** What a project list reads besides its page: each selected by the operation (selectsPath). */
export interface ProjectListReads {
  /** totalCount: read in the page's statement (see paginate). */
  total?: boolean;
  /** The initiator's selected fields (selectedFields): only the columns they need when they are brief. */
  initiator?: readonly string[] | null;
  /** The site's selected fields, likewise. */
  site?: readonly string[] | null;
}

/** All SQL about projects (the tier and pool eligibility are kept on the row by the database). */
export class ProjectRepository {
  /** Page readers with initiators and sites, per scope and selection. */
  private readonly readers = new ReaderCache<Project>();

  private readonly searchStatistics: SearchStatistics;

  constructor(private readonly db: Db) {
    this.searchStatistics = new SearchStatistics(db, 'project');
  }

  private query(scope: RecordScope): SelectQueryBuilder<Project> {
    const qb = this.db.manager.getRepository(Project).createQueryBuilder('p');
    applyProjectScope(qb, scope);
    return qb;
  }

  async list(
    scope: RecordScope,
    filter: ProjectFilter | undefined,
    page: PageArgs,
    reads: ProjectListReads = {},
  ): Promise<Connection<Project>> {
    const qb = this.query(scope);
    const f = filter ?? {};
    const words = searchWords(f.search ?? '');
    if (words.length > 0) whereSearch(qb, 'p.search_vector', words, await this.searchStatistics.shares());
    if (f.regionCode) qb.andWhere('p.region_code = :regionCode', { regionCode: f.regionCode });
    if (f.sectorCode) qb.andWhere('p.sector_code = :sectorCode', { sectorCode: f.sectorCode });
    if (f.stage) qb.andWhere('p.stage = :stage', { stage: f.stage });
    if (f.initiatorId) {
      qb.andWhere('p.initiator_id = :initiatorId', { initiatorId: f.initiatorId });
      whereInvestorReadable(qb, scope, 'p.initiator_id');
    }
    if (f.minVolumeKzt) qb.andWhere('p.investment_volume_kzt >= :minVolume', { minVolume: f.minVolumeKzt });
    if (f.maxVolumeKzt) qb.andWhere('p.investment_volume_kzt <= :maxVolume', { maxVolume: f.maxVolumeKzt });
    if (f.supportTier) qb.andWhere('p.support_tier = :tier', { tier: f.supportTier });
    if (typeof f.poolEligible === 'boolean') qb.andWhere('p.pool_eligible = :eligible', { eligible: f.poolEligible });
    return paginate(qb, NEWEST_FIRST, page, {
      countKind: 'project',
      reader: this.pageReader(scope, reads),
      withTotal: reads.total,
      planEachTime: Boolean(words.length > 0 || f.minVolumeKzt || f.maxVolumeKzt),
    });
  }

  /**
   * The page's rows with, when the operation selects them, each project's initiator and site as
   * JSON in the same statement (issue 12: Projects in one statement), each read in the caller's
   * scope by its domain's own scope function: one the caller may not read comes back null, as
   * the loaders answer.
   */
  private pageReader(scope: RecordScope, reads: ProjectListReads): RowReader<Project> {
    if (!reads.initiator && !reads.site) return PROJECT_ROWS;
    const wanted = { initiator: reads.initiator ?? null, site: reads.site ?? null };
    return this.readers.get(JSON.stringify([scope, wanted]), () => this.withRelated(scope, wanted));
  }

  private withRelated(
    scope: RecordScope,
    reads: { initiator: readonly string[] | null; site: readonly string[] | null },
  ): RowReader<Project> {
    const related: string[] = [];
    const params: ObjectLiteral = {};
    const initiators = reads.initiator && (briefRows(() => new Investor(), INVESTOR_BRIEF, reads.initiator) ?? INVESTOR_ROWS);
    const sites = reads.site && (briefRows(() => new IndustrialSite(), SITE_BRIEF, reads.site) ?? SITE_ROWS);
    if (initiators) {
      const sub = this.db.manager.createQueryBuilder().from(Investor, 'rel_i').where('rel_i.id = p.initiator_id');
      applyInvestorScope(sub, scope);
      related.push(`${relatedRows(sub, initiators)} AS rel_initiator`);
      Object.assign(params, sub.getParameters());
    }
    if (sites) {
      const sub = this.db.manager.createQueryBuilder().from(IndustrialSite, 'rel_s').where('rel_s.id = p.site_id');
      INDUSTRIAL_SITE_POLICY.applyTo(sub, scope.reader);
      related.push(`${relatedRows(sub, sites)} AS rel_site`);
      Object.assign(params, sub.getParameters());
    }
    const extra = related.join(', ');
    return {
      columns: (a) => `${PROJECT_ROWS.columns(a)}, ${extra}`,
      params,
      map: (r) => {
        const project = PROJECT_ROWS.map(r);
        if (initiators)
          setPreloaded(project, 'initiator', r.rel_initiator ? initiators.map(r.rel_initiator as Record<string, unknown>) : null);
        if (sites) setPreloaded(project, 'site', r.rel_site ? sites.map(r.rel_site as Record<string, unknown>) : null);
        return project;
      },
    };
  }

  findByIds(scope: RecordScope, ids: readonly string[]): Promise<Project[]> {
    return readRows(this.query(scope).andWhere('p.id = ANY(:ids)', { ids }), PROJECT_ROWS);
  }

  byInitiators(scope: RecordScope, investorIds: readonly string[]): Promise<Project[]> {
    const qb = this.query(scope).andWhere('p.initiator_id = ANY(:investorIds)', { investorIds });
    return readRows(qb.orderBy('p.created_at', 'DESC').addOrderBy('p.id', 'DESC'), PROJECT_ROWS);
  }

  /** The row locked for update if the caller may read it: out of scope is absent (issue 7, defect 8). */
  lock(scope: RecordScope, id: string): Promise<Project | null> {
    return this.query(scope).setLock('pessimistic_write').andWhere('p.id = :id', { id }).getOne();
  }

  /** A project referenced by an input, checked in the caller's scope inside the writing transaction: out of scope is absent. */
  async readable(scope: RecordScope, id: string): Promise<Project> {
    const project = await this.query(scope).andWhere('p.id = :id', { id }).getOne();
    if (!project) throw notFound('Project', id);
    return project;
  }

  /** Saves and reads the row back, so that callers see the stored (canonical) values. */
  async save(project: Project): Promise<Project> {
    const repo = this.db.manager.getRepository(Project);
    const { id } = await repo.save(project);
    return repo.findOneByOrFail({ id });
  }

  /**
   * Projects in an office's sight that existed before `to`, by tier and stage (its quarterly
   * report, chapter 5): a regional office's region's projects; another office's, those its
   * investors initiate.
   */
  countsByTierAndStage(officeId: string, to: Date): Promise<ProjectCount[]> {
    return this.db.manager.query(
      `SELECT p.support_tier::text AS tier, p.stage::text AS stage, count(*)::int AS count
         FROM office o
         JOIN project p ON CASE WHEN o.level = $3 THEN p.region_code = o.region_code
                                ELSE EXISTS (SELECT 1 FROM investor i WHERE i.id = p.initiator_id AND i.owner_office_id = o.id) END
        WHERE o.id = $1 AND p.created_at < $2
        GROUP BY 1, 2`,
      [officeId, to, OfficeLevel.REGIONAL],
    );
  }

  /** Checks in one statement the reference data a project names (records are checked in the caller's scope). */
  async references(p: Project): Promise<ProjectReferences> {
    const [row]: { s: boolean; r: boolean }[] = await this.db.manager.query(
      `SELECT EXISTS (SELECT 1 FROM sector WHERE code = $1) AS s, EXISTS (SELECT 1 FROM region WHERE code = $2) AS r`,
      [p.sectorCode, p.regionCode],
    );
    return { sectorExists: row.s, regionExists: row.r };
  }
}

/** How many projects of one support tier and stage. */
export interface ProjectCount {
  tier: SupportTier;
  stage: ProjectStage;
  count: number;
}

export interface ProjectReferences {
  sectorExists: boolean;
  regionExists: boolean;
}
