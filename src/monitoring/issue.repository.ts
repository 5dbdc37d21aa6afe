import type { SelectQueryBuilder } from 'typeorm';
import type { RecordScope } from '../auth/scope';
import { paginate, type Connection, type KeysetOrder, type PageArgs } from '../common/pagination';
import { whereInvestorReadable } from '../investors/investor.repository';
import { Project } from '../projects/project.entity';
import { applyProjectScope } from '../projects/project.repository';
import { InvestorIssue, IssueStatus, IssueStatusChange } from './issue.entity';
import type { InvestorIssueFilter } from './monitoring.inputs';
import type { Db } from '../db/transactions';

const NEWEST_FIRST: KeysetOrder[] = [
  { column: 'created_at', property: 'createdAt', kind: 'timestamp' },
  { column: 'id', property: 'id', kind: 'uuid' },
];

/** All SQL about investors' issues and their status history. An issue is read by exactly those who may read its investor. */
export class IssueRepository {
  constructor(private readonly db: Db) {}

  private query(scope: RecordScope): SelectQueryBuilder<InvestorIssue> {
    const qb = this.db.manager.getRepository(InvestorIssue).createQueryBuilder('x');
    whereInvestorReadable(qb, scope, 'x.investor_id');
    return qb;
  }

  list(scope: RecordScope, filter: InvestorIssueFilter | undefined, page: PageArgs): Promise<Connection<InvestorIssue>> {
    const qb = this.query(scope);
    const f = filter ?? {};
    if (f.investorId) qb.andWhere('x.investor_id = :investorId', { investorId: f.investorId });
    if (f.projectId) {
      // A project out of the caller's scope finds nothing, as one that does not exist.
      const readable = qb.subQuery().select('1').from(Project, 'fp').where('fp.id = x.project_id');
      applyProjectScope(readable, scope, 'fp');
      qb.andWhere('x.project_id = :projectId', { projectId: f.projectId }).andWhere(
        `EXISTS ${readable.getQuery()}`,
        readable.getParameters(),
      );
    }
    if (f.status) qb.andWhere('x.status = :status', { status: f.status });
    if (f.category) qb.andWhere('x.category = :category', { category: f.category });
    if (typeof f.systemic === 'boolean') qb.andWhere('x.systemic = :systemic', { systemic: f.systemic });
    if (f.raisedByOfficeId) qb.andWhere('x.raised_by_office_id = :raisedBy', { raisedBy: f.raisedByOfficeId });
    return paginate(qb, NEWEST_FIRST, page);
  }

  /** Every issue not yet RESOLVED in scope, newest first (CSV). */
  allOpen(scope: RecordScope): Promise<InvestorIssue[]> {
    return this.query(scope)
      .andWhere('x.status <> :resolved', { resolved: IssueStatus.RESOLVED })
      .orderBy('x.created_at', 'DESC')
      .addOrderBy('x.id', 'DESC')
      .getMany();
  }

  findByIds(scope: RecordScope, ids: readonly string[]): Promise<InvestorIssue[]> {
    return this.query(scope).andWhere('x.id IN (:...ids)', { ids }).getMany();
  }

  byProjects(scope: RecordScope, projectIds: readonly string[]): Promise<InvestorIssue[]> {
    return this.query(scope)
      .andWhere('x.project_id IN (:...projectIds)', { projectIds })
      .orderBy('x.created_at', 'DESC')
      .addOrderBy('x.id', 'DESC')
      .getMany();
  }

  /** The row locked for update if the caller may read it: out of scope is absent. */
  lock(scope: RecordScope, id: string): Promise<InvestorIssue | null> {
    return this.query(scope).setLock('pessimistic_write').andWhere('x.id = :id', { id }).getOne();
  }

  async save(issue: InvestorIssue): Promise<InvestorIssue> {
    const repo = this.db.manager.getRepository(InvestorIssue);
    const { id } = await repo.save(issue);
    return repo.findOneByOrFail({ id });
  }

  /** The issue's project whoever may read it (who may update the issue depends on its responsible office). */
  projectOf(issue: InvestorIssue): Promise<Project | null> {
    return issue.projectId ? this.db.manager.getRepository(Project).findOneBy({ id: issue.projectId }) : Promise.resolve(null);
  }

  async insertStatus(change: Omit<IssueStatusChange, 'seq'>): Promise<void> {
    await this.db.manager.getRepository(IssueStatusChange).insert(change);
  }

  historyOf(issueIds: readonly string[]): Promise<IssueStatusChange[]> {
    return this.db.manager
      .getRepository(IssueStatusChange)
      .createQueryBuilder('h')
      .where('h.issue_id IN (:...issueIds)', { issueIds })
      .orderBy('h.seq', 'ASC')
      .getMany();
  }
}
