import { In } from 'typeorm';
import type { RecordScope } from '../auth/scope';
import { PROJECT_POLICY } from '../projects/project.policy';
import { isIsoDate } from '../calendar/almaty-time';
import { badInput } from '../common/errors';
import { isUuid } from '../common/input-guard';
import { decodeCursor, encodeCursor, type Connection, type PageArgs } from '../common/pagination';
import { Project, ProjectStage } from '../projects/project.entity';
import { ProjectProgress, ProjectStageChange } from './progress.entity';
import type { Db } from '../db/transactions';

/** Stages in which a project is expected to progress (paragraph 7.2: "no progress in implementation"). */
const MONITORED_STAGES = [ProjectStage.PREPARATION, ProjectStage.IMPLEMENTATION];

/**
 * A project's last progress day: the asOf of its latest report, else the day it was registered
 * in IRM (Asia/Almaty). `p` is the project's alias.
 */
const LAST_PROGRESS = `(SELECT COALESCE(max(pp.as_of), (p.created_at AT TIME ZONE 'Asia/Almaty')::date) FROM project_progress pp WHERE pp.project_id = p.id)`;

const DEFAULT_PAGE = 20;

/** A stalled project and its last progress day, for the CSV download. */
export interface StalledRow {
  project: Project;
  lastProgressOn: string;
}

/** All SQL about project progress, stage history and stalled projects. */
export class ProgressRepository {
  constructor(private readonly db: Db) {}

  async insert(progress: Partial<ProjectProgress>): Promise<ProjectProgress> {
    const repo = this.db.manager.getRepository(ProjectProgress);
    const saved = await repo.save(repo.create(progress));
    return repo.findOneByOrFail({ id: saved.id });
  }

  /** Newest first: by the day described, then by entry. */
  progressOf(projectIds: readonly string[]): Promise<ProjectProgress[]> {
    return this.db.manager
      .getRepository(ProjectProgress)
      .createQueryBuilder('pp')
      .where('pp.project_id IN (:...projectIds)', { projectIds })
      .orderBy('pp.as_of', 'DESC')
      .addOrderBy('pp.created_at', 'DESC')
      .addOrderBy('pp.id', 'DESC')
      .getMany();
  }

  /** Oldest first, in the order the database recorded them. */
  stageHistoryOf(projectIds: readonly string[]): Promise<ProjectStageChange[]> {
    return this.db.manager
      .getRepository(ProjectStageChange)
      .createQueryBuilder('s')
      .where('s.project_id IN (:...projectIds)', { projectIds })
      .orderBy('s.seq', 'ASC')
      .getMany();
  }

  async lastProgressOn(projectIds: readonly string[]): Promise<{ projectId: string; lastProgressOn: string }[]> {
    const rows: { id: string; d: string }[] = await this.db.manager.query(
      `SELECT p.id, ${LAST_PROGRESS}::text AS d FROM project p WHERE p.id = ANY($1::uuid[])`,
      [projectIds],
    );
    return rows.map((r) => ({ projectId: r.id, lastProgressOn: r.d }));
  }

  /**
   * Projects in PREPARATION or IMPLEMENTATION, in the caller's project scope, whose last
   * progress day is before `before` (today minus the stall period): longest stalled first.
   */
  async stalled(scope: RecordScope, before: string, page: PageArgs): Promise<Connection<Project>> {
    const first = page.first ?? DEFAULT_PAGE;
    const where = this.stalledWhere(scope, before);
    const params = [...where.params];
    let keyset = '';
    if (page.after) {
      const [day, id] = decodeCursor(page.after, 2);
      if (typeof day !== 'string' || !isIsoDate(day) || typeof id !== 'string' || !isUuid(id)) {
        throw badInput('The cursor is not valid: pass an endCursor from a previous page', { argument: 'after' });
      }
      params.push(day, id);
      keyset = ` AND (${LAST_PROGRESS}, p.id) > ($${params.length - 1}::date, $${params.length}::uuid)`;
    }
    params.push(first + 1);
    const rows: { id: string; d: string }[] = await this.db.manager.query(
      `SELECT p.id, ${LAST_PROGRESS}::text AS d FROM project p WHERE ${where.sql}${keyset}
        ORDER BY ${LAST_PROGRESS}, p.id LIMIT $${params.length}`,
      params,
    );
    const pageRows = rows.slice(0, first);
    const projects = await this.projectsInOrder(pageRows.map((r) => r.id));
    const edges = projects.map((node, i) => ({ node, cursor: encodeCursor([pageRows[i]!.d, node.id]) }));
    const count = async () => {
      const [row]: { n: number }[] = await this.db.manager.query(
        `SELECT count(*)::int AS n FROM project p WHERE ${where.sql}`,
        where.params,
      );
      return row!.n;
    };
    return {
      get totalCount() {
        return count();
      },
      edges,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: Boolean(page.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }

  /** Every stalled project in scope, longest stalled first (CSV). */
  async allStalled(scope: RecordScope, before: string): Promise<StalledRow[]> {
    const where = this.stalledWhere(scope, before);
    const rows: { id: string; d: string }[] = await this.db.manager.query(
      `SELECT p.id, ${LAST_PROGRESS}::text AS d FROM project p WHERE ${where.sql} ORDER BY ${LAST_PROGRESS}, p.id`,
      where.params,
    );
    const projects = await this.projectsInOrder(rows.map((r) => r.id));
    return projects.map((project, i) => ({ project, lastProgressOn: rows[i]!.d }));
  }

  private stalledWhere(scope: RecordScope, before: string): { sql: string; params: unknown[] } {
    const readable = PROJECT_POLICY.condition(scope.reader, 'p', 3);
    return {
      sql: `p.stage::text = ANY($1::text[]) AND ${LAST_PROGRESS} < $2::date AND (${readable.sql})`,
      params: [MONITORED_STAGES, before, ...readable.params],
    };
  }

  private async projectsInOrder(ids: string[]): Promise<Project[]> {
    if (ids.length === 0) return [];
    const byId = new Map((await this.db.manager.getRepository(Project).findBy({ id: In(ids) })).map((p) => [p.id, p]));
    return ids.map((id) => byId.get(id)).filter((p): p is Project => Boolean(p));
  }
}
