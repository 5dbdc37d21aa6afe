import { In, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { RecordScope } from '../auth/scope';
import { setPreloaded } from '../common/batch';
import { notFound } from '../common/errors';
import { Project } from '../projects/project.entity';
import { applyProjectScope, PROJECT_ROWS } from '../projects/project.repository';
import {
  asDate,
  paginate,
  ReaderCache,
  readRows,
  relatedRows,
  type BriefColumns,
  type Connection,
  type KeysetOrder,
  type PageArgs,
  type RowReader,
} from '../common/pagination';
import { SearchStatistics, searchWords, whereSearch } from '../common/search';
import { Sector } from '../reference/sector.entity';
import { INVESTOR_POLICY } from './investor.policy';
import { Investor, type InvestorContact, type InvestorOrigin, type InvestorStatus, type Ownership } from './investor.entity';
import type { InvestorFilter } from './investor.inputs';
import type { Db } from '../db/transactions';

const NEWEST_FIRST: KeysetOrder[] = [
  { column: 'created_at', property: 'createdAt', kind: 'timestamp' },
  { column: 'id', property: 'id', kind: 'uuid' },
];

/**
 * Reads (lists and loaders) without TypeORM's hydration: the entity's columns, mapped by hand
 * (issue 12). A column added to Investor is added here too (test/core/investors.test.ts reads them all).
 */
export const INVESTOR_ROWS: RowReader<Investor> = {
  columns: (a) =>
    `${a}.id, ${a}.version, ${a}.created_at, ${a}.updated_at, ${a}.name, ${a}.origin, ${a}.country_code, ${a}.ownership, ` +
    `${a}.status, ${a}.is_anchor, ${a}.is_multinational, ${a}.owner_office_id, ${a}.account_manager_id, ${a}.contacts, ${a}.notes, ` +
    // The sector codes kept on the row (the sectors themselves come from the reference cache).
    `${a}.sector_codes`,
  // An instance, not a plain object: type-graphql copies a plain root into one for every field resolver it calls.
  map: (r) =>
    Object.assign(new Investor(), {
      id: r.id as string,
      version: r.version as number,
      createdAt: asDate(r.created_at),
      updatedAt: asDate(r.updated_at),
      name: r.name as string,
      origin: r.origin as InvestorOrigin,
      countryCode: r.country_code as string,
      ownership: r.ownership as Ownership,
      status: r.status as InvestorStatus,
      isAnchor: r.is_anchor as boolean,
      isMultinational: r.is_multinational as boolean,
      ownerOfficeId: r.owner_office_id as string,
      accountManagerId: r.account_manager_id as string | null,
      contacts: r.contacts as InvestorContact[],
      notes: r.notes as string,
      sectorCodes: r.sector_codes as string[],
    }),
};

/** The columns an investor read with another row may be read with alone (briefRows). */
export const INVESTOR_BRIEF: BriefColumns = {
  id: 'id',
  version: 'version',
  name: 'name',
  origin: 'origin',
  countryCode: 'country_code',
  ownership: 'ownership',
  status: 'status',
  isAnchor: 'is_anchor',
  isMultinational: 'is_multinational',
};

/** Row scope for investors: investor.policy.ts. */
export function applyInvestorScope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, scope: RecordScope, alias = qb.alias): void {
  INVESTOR_POLICY.applyTo(qb, scope.reader, alias);
}

/**
 * Keeps the rows whose investor (the uuid in `column`) the caller may read: a filter by an
 * investor out of scope finds nothing, as for one that does not exist (issue 7, defect 8).
 */
export function whereInvestorReadable<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, scope: RecordScope, column: string): void {
  if (INVESTOR_POLICY.readsAll(scope.reader)) return;
  const readable = qb.subQuery().select('1').from(Investor, 'readable_i').where(`readable_i.id = ${column}`);
  applyInvestorScope(readable, scope);
  qb.andWhere(`EXISTS ${readable.getQuery()}`, readable.getParameters());
}

/** What an investor list reads besides its page: each selected by the operation (selectsPath). */
export interface InvestorListReads {
  /** totalCount: read in the page's statement (see paginate). */
  total?: boolean;
  projects?: boolean;
}

/** All SQL about investors. */
export class InvestorRepository {
  /** Page readers with each investor's projects, per scope. */
  private readonly readers = new ReaderCache<Investor>();

  private readonly searchStatistics: SearchStatistics;

  constructor(private readonly db: Db) {
    this.searchStatistics = new SearchStatistics(db, 'investor');
  }

  private query(scope: RecordScope): SelectQueryBuilder<Investor> {
    const qb = this.db.manager.getRepository(Investor).createQueryBuilder('i');
    applyInvestorScope(qb, scope);
    return qb;
  }

  /** `today` (Asia/Almaty) decides `followUpOverdue` exactly as FollowUp.overdue does. */
  async list(
    scope: RecordScope,
    filter: InvestorFilter | undefined,
    page: PageArgs,
    today: string,
    reads: InvestorListReads = {},
  ): Promise<Connection<Investor>> {
    const qb = this.query(scope);
    const f = filter ?? {};
    const words = searchWords(f.search ?? '');
    if (words.length > 0) whereSearch(qb, 'i.search_vector', words, await this.searchStatistics.shares());
    if (f.origin) qb.andWhere('i.origin = :origin', { origin: f.origin });
    if (f.countryCode) qb.andWhere('i.country_code = :countryCode', { countryCode: f.countryCode.toUpperCase() });
    if (f.status) qb.andWhere('i.status = :status', { status: f.status });
    if (f.ownerOfficeId) qb.andWhere('i.owner_office_id = :ownerOfficeId', { ownerOfficeId: f.ownerOfficeId });
    if (typeof f.isAnchor === 'boolean') qb.andWhere('i.is_anchor = :isAnchor', { isAnchor: f.isAnchor });
    if (typeof f.isMultinational === 'boolean')
      qb.andWhere('i.is_multinational = :isMultinational', { isMultinational: f.isMultinational });
    if (f.accountManagerId) qb.andWhere('i.account_manager_id = :accountManagerId', { accountManagerId: f.accountManagerId });
    if (typeof f.followUpOverdue === 'boolean') {
      // The follow_up table is the engagement module's (src/engagement/follow-up.entity.ts); its writes bump the investor list's generation.
      const overdue = 'EXISTS (SELECT 1 FROM follow_up f_f WHERE f_f.investor_id = i.id AND f_f.done_at IS NULL AND f_f.due_on < :today)';
      qb.andWhere(f.followUpOverdue ? overdue : `NOT ${overdue}`, { today });
    }
    if (f.sectorCode) {
      qb.andWhere('i.sector_codes @> ARRAY[:sectorCode]::text[]', { sectorCode: f.sectorCode });
    }
    return paginate(qb, NEWEST_FIRST, page, {
      countKind: 'investor',
      reader: this.pageReader(scope, reads),
      withTotal: reads.total,
      planEachTime: Boolean(words.length > 0 || f.sectorCode),
    });
  }

  /**
   * The page's rows with, when the operation selects them, each investor's projects (newest
   * first, as the loader reads them) as JSON in the same statement (issue 12: InvestorLeads in
   * one statement), in the caller's scope by the projects' own scope function.
   */
  private pageReader(scope: RecordScope, reads: InvestorListReads): RowReader<Investor> {
    if (!reads.projects) return INVESTOR_ROWS;
    return this.readers.get(JSON.stringify(scope), () => this.withProjects(scope));
  }

  private withProjects(scope: RecordScope): RowReader<Investor> {
    const sub = this.db.manager.createQueryBuilder().from(Project, 'rel_p').where('rel_p.initiator_id = i.id');
    applyProjectScope(sub, scope);
    const projects = relatedRows(sub, PROJECT_ROWS, { orderBy: 'rel_x.created_at DESC, rel_x.id DESC' });
    return {
      columns: (a) => `${INVESTOR_ROWS.columns(a)}, ${projects} AS rel_projects`,
      params: sub.getParameters(),
      map: (r) => {
        const investor = INVESTOR_ROWS.map(r);
        setPreloaded(investor, 'projects', (r.rel_projects as Record<string, unknown>[]).map(PROJECT_ROWS.map));
        return investor;
      },
    };
  }

  findByIds(scope: RecordScope, ids: readonly string[]): Promise<Investor[]> {
    return readRows(this.query(scope).andWhere('i.id = ANY(:ids)', { ids }), INVESTOR_ROWS);
  }

  /** The row locked for update if the caller may read it: out of scope is absent (issue 7, defect 8). */
  lock(scope: RecordScope, id: string): Promise<Investor | null> {
    return this.query(scope).setLock('pessimistic_write').andWhere('i.id = :id', { id }).getOne();
  }

  /**
   * The one check of an investor referenced by any input (a project's initiator, a request's or
   * an application's investor), inside the writing transaction: one the caller may not read
   * answers exactly as one that does not exist (issue 7, defects 2 and 8).
   */
  async readable(scope: RecordScope, id: string): Promise<Investor> {
    const investor = await this.query(scope).andWhere('i.id = :id', { id }).getOne();
    if (!investor) throw notFound('Investor', id);
    return investor;
  }

  /** The sector codes of investors not read by INVESTOR_ROWS (e.g. just written), by code. */
  async sectorCodesOf(investorIds: readonly string[]): Promise<{ investorId: string; code: string }[]> {
    const rows: { investor_id: string; sector_code: string }[] = await this.db.manager.query(
      `SELECT investor_id, sector_code FROM investor_sector WHERE investor_id = ANY($1::uuid[]) ORDER BY sector_code`,
      [investorIds],
    );
    return rows.map((r) => ({ investorId: r.investor_id, code: r.sector_code }));
  }

  async countExistingSectors(codes: string[]): Promise<number> {
    return codes.length === 0 ? 0 : this.db.manager.getRepository(Sector).countBy({ code: In(codes) });
  }

  /** Saves and reads the row back, so that callers see the stored (canonical) values. */
  async save(investor: Investor): Promise<Investor> {
    const repo = this.db.manager.getRepository(Investor);
    const { id } = await repo.save(investor);
    return repo.findOneByOrFail({ id });
  }

  async replaceSectors(investorId: string, codes: string[]): Promise<void> {
    await this.db.manager.query(`DELETE FROM investor_sector WHERE investor_id = $1`, [investorId]);
    if (codes.length > 0) {
      await this.db.manager.query(`INSERT INTO investor_sector (investor_id, sector_code) SELECT $1, unnest($2::varchar[])`, [
        investorId,
        codes,
      ]);
    }
  }

  /** Investors the office owns that were created in [from, to) (its quarterly report, chapter 5; the NEW_INVESTORS KPI). */
  async countCreated(ownerOfficeId: string, from: Date, to: Date): Promise<number> {
    const [row]: { n: number }[] = await this.db.manager.query(
      `SELECT count(*)::int AS n FROM investor WHERE owner_office_id = $1 AND created_at >= $2 AND created_at < $3`,
      [ownerOfficeId, from, to],
    );
    return row.n;
  }
}
