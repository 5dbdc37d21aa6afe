import { recordScopeOf } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import type { Clock } from '../common/clock';
import { badInput, forbidden, notFound } from '../common/errors';
import type { Connection, PageArgs } from '../common/pagination';
import { applyPatch, assertVersion } from '../common/versioning';
import type { Transactions, UnitOfWork } from '../db/transactions';
import { ChangeAction } from '../events/change-event.entity';
import type { InvestorRepository } from '../investors/investor.repository';
import type { ProjectRepository } from '../projects/project.repository';
import { InvestorIssue, IssueStatus } from './issue.entity';
import type { IssueRepository } from './issue.repository';
import type { InvestorIssueFilter, RaiseInvestorIssueInput, UpdateInvestorIssueInput } from './monitoring.inputs';
import { INVESTOR_ISSUE_POLICY, mayUpdateIssue } from './monitoring.policy';

/** Investors' problems taken up by the front offices (paragraph 6: external 15, regional 9; paragraphs 7.1, 7.3, 20). */
export class IssueService {
  constructor(
    private readonly issues: IssueRepository,
    private readonly investors: InvestorRepository,
    private readonly projects: ProjectRepository,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  list(viewer: Viewer, filter: InvestorIssueFilter | undefined, page: PageArgs): Promise<Connection<InvestorIssue>> {
    return this.issues.list(recordScopeOf(viewer), filter, page);
  }

  allOpen(viewer: Viewer): Promise<InvestorIssue[]> {
    return this.issues.allOpen(recordScopeOf(viewer));
  }

  /** By an OFFICER or ADMIN of an office that may read the investor (and the project, when named). */
  raise(viewer: Viewer, input: RaiseInvestorIssueInput): Promise<InvestorIssue> {
    const scope = recordScopeOf(viewer);
    return this.transactions.run(viewer.userId, async (uow) => {
      await this.investors.readable(scope, input.investorId);
      if (input.projectId) await this.projects.readable(scope, input.projectId);
      const issue = Object.assign(new InvestorIssue(), {
        investorId: input.investorId,
        projectId: input.projectId ?? null,
        title: input.title,
        description: input.description,
        category: input.category,
        systemic: input.systemic,
        status: IssueStatus.OPEN,
        resolution: null,
        raisedByOfficeId: viewer.office.id,
        raisedByUserId: viewer.userId,
      });
      const saved = await this.issues.save(issue);
      await this.issues.insertStatus({
        issueId: saved.id,
        status: saved.status,
        at: this.clock.now(),
        actorId: viewer.userId,
      });
      uow.changed(INVESTOR_ISSUE_POLICY, saved.id, ChangeAction.CREATED);
      return saved;
    });
  }

  /** By the raising office, the project's responsible office, the National Company, the Task Force and the authorized body. */
  update(viewer: Viewer, id: string, input: UpdateInvestorIssueInput): Promise<InvestorIssue> {
    return this.transactions.run(viewer.userId, async (uow) => {
      const issue = await this.issues.lock(recordScopeOf(viewer), id);
      if (!issue) throw notFound('Investor issue', id);
      const project = await this.issues.projectOf(issue);
      if (!mayUpdateIssue(viewer, issue, project)) {
        throw forbidden(
          "Only the office that raised an issue, its project's responsible office, the National Company, the Task Force and the authorized body may update it",
        );
      }
      assertVersion(issue, input.expectedVersion, 'Investor issue');
      const { expectedVersion: _version, ...patch } = input;
      const previousStatus = issue.status;
      const changed = applyPatch(issue, patch as Partial<InvestorIssue>);
      if (issue.status === IssueStatus.RESOLVED && !issue.resolution?.trim()) {
        throw badInput('A RESOLVED issue needs a resolution', { field: 'resolution' });
      }
      if (changed.length === 0) return issue;
      return this.save(uow, viewer, issue, changed, previousStatus);
    });
  }

  /** Paragraph 7.2: an issue put on the Headquarters' agenda becomes ESCALATED (the caller holds the row's lock). */
  async escalate(uow: UnitOfWork, viewer: Viewer, issue: InvestorIssue): Promise<InvestorIssue> {
    if (issue.status === IssueStatus.ESCALATED) return issue;
    const previousStatus = issue.status;
    issue.status = IssueStatus.ESCALATED;
    return this.save(uow, viewer, issue, ['status'], previousStatus);
  }

  lock(viewer: Viewer, id: string): Promise<InvestorIssue | null> {
    return this.issues.lock(recordScopeOf(viewer), id);
  }

  private async save(
    uow: UnitOfWork,
    viewer: Viewer,
    issue: InvestorIssue,
    changed: string[],
    previousStatus: IssueStatus,
  ): Promise<InvestorIssue> {
    const saved = await this.issues.save(issue);
    if (saved.status !== previousStatus) {
      await this.issues.insertStatus({
        issueId: saved.id,
        status: saved.status,
        at: this.clock.now(),
        actorId: viewer.userId,
      });
    }
    uow.changed(INVESTOR_ISSUE_POLICY, saved.id, ChangeAction.UPDATED, changed);
    return saved;
  }
}
