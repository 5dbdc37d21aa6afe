import type { SelectQueryBuilder } from 'typeorm';
import type { RecordScope } from '../auth/scope';
import { paginate, type Connection, type KeysetOrder, type PageArgs } from '../common/pagination';
import { whereInvestorReadable } from '../investors/investor.repository';
import { INVESTOR_REQUEST_POLICY } from './investor-request.policy';
import { InvestorRequest, InvestorRequestHandoff, RequestStatus } from './investor-request.entity';
import type { InvestorRequestFilter } from './investor-request.inputs';
import type { Db } from '../db/transactions';

const NEWEST_FIRST: KeysetOrder[] = [
  { column: 'received_at', property: 'receivedAt', kind: 'timestamp' },
  { column: 'id', property: 'id', kind: 'uuid' },
];

/** Row scope for requests (investor-request.policy.ts): the investor's readers, or the office it is assigned to. */
function applyRequestScope(qb: SelectQueryBuilder<InvestorRequest>, scope: RecordScope, alias = qb.alias): void {
  INVESTOR_REQUEST_POLICY.applyTo(qb, scope.reader, alias);
}

/** A request the deadline sweep has just found overdue. */
export interface NewlyOverdue {
  id: string;
}

/** What happened to one office's requests in a period, for its quarterly report and KPIs. */
export interface RequestCounts {
  received: number;
  answered: number;
  answeredOnTime: number;
  overdue: number;
}

/** All SQL about investor requests and their hand-offs. */
export class InvestorRequestRepository {
  constructor(private readonly db: Db) {}

  private query(scope: RecordScope): SelectQueryBuilder<InvestorRequest> {
    const qb = this.db.manager.getRepository(InvestorRequest).createQueryBuilder('r');
    applyRequestScope(qb, scope);
    return qb;
  }

  /** `now` decides `overdue` exactly as InvestorRequest.isOverdueAt does. */
  list(scope: RecordScope, filter: InvestorRequestFilter | undefined, now: Date, page: PageArgs): Promise<Connection<InvestorRequest>> {
    const qb = this.query(scope);
    const f = filter ?? {};
    if (f.status) qb.andWhere('r.status = :status', { status: f.status });
    if (typeof f.overdue === 'boolean') {
      const overdue = '(r.status = :openStatus AND r.due_at < :now)';
      qb.andWhere(f.overdue ? overdue : `NOT ${overdue}`, { openStatus: RequestStatus.OPEN, now });
    }
    if (f.kind) qb.andWhere('r.kind = :kind', { kind: f.kind });
    if (f.assignedOfficeId) qb.andWhere('r.assigned_office_id = :assignedOfficeId', { assignedOfficeId: f.assignedOfficeId });
    if (f.investorId) {
      qb.andWhere('r.investor_id = :investorId', { investorId: f.investorId });
      whereInvestorReadable(qb, scope, 'r.investor_id');
    }
    if (f.receivedFrom) qb.andWhere('r.received_at >= :receivedFrom', { receivedFrom: f.receivedFrom });
    if (f.receivedTo) qb.andWhere('r.received_at < :receivedTo', { receivedTo: f.receivedTo });
    return paginate(qb, NEWEST_FIRST, page);
  }

  findByIds(scope: RecordScope, ids: readonly string[]): Promise<InvestorRequest[]> {
    return this.query(scope).andWhere('r.id IN (:...ids)', { ids }).getMany();
  }

  /** The row locked for update if the caller may read it: out of scope is absent (issue 7, defect 8). */
  lock(scope: RecordScope, id: string): Promise<InvestorRequest | null> {
    const qb = this.db.manager
      .getRepository(InvestorRequest)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.id = :id', { id });
    applyRequestScope(qb, scope);
    return qb.getOne();
  }

  save(request: InvestorRequest): Promise<InvestorRequest> {
    return this.db.manager.getRepository(InvestorRequest).save(request);
  }

  async insertHandoff(handoff: Omit<InvestorRequestHandoff, 'seq'>): Promise<void> {
    await this.db.manager.getRepository(InvestorRequestHandoff).insert(handoff);
  }

  handoffsOf(requestIds: readonly string[]): Promise<InvestorRequestHandoff[]> {
    return this.db.manager
      .getRepository(InvestorRequestHandoff)
      .createQueryBuilder('h')
      .where('h.request_id IN (:...requestIds)', { requestIds })
      .orderBy('h.seq', 'ASC')
      .getMany();
  }

  async lastHandoffAt(requestId: string): Promise<Date | null> {
    const [row]: { at: Date | null }[] = await this.db.manager.query(
      `SELECT max(at) AS at FROM investor_request_handoff WHERE request_id = $1`,
      [requestId],
    );
    return row?.at ?? null;
  }

  /**
   * Marks, once, the open requests past due at `now`; returns them with their investor's facts.
   * Rows another transaction holds are skipped (a concurrent sweep marks them, or the next one
   * does), so sweeps never wait on each other nor deadlock.
   */
  async markOverdue(now: Date): Promise<NewlyOverdue[]> {
    return this.db.manager.query(
      `WITH due AS (
         SELECT id FROM investor_request
          WHERE status = $2 AND due_at < $1 AND overdue_recorded_at IS NULL
          ORDER BY id FOR UPDATE SKIP LOCKED),
       marked AS (
         UPDATE investor_request r SET overdue_recorded_at = $1 FROM due WHERE r.id = due.id RETURNING r.id)
       SELECT id FROM marked ORDER BY id`,
      [now, RequestStatus.OPEN],
    );
  }

  /**
   * What happened in [from, to) to the requests assigned to an office, each counted by the
   * instant it happened (so that a year's counts are the sum of its quarters'): received,
   * answered, answered on or before the due time, and due without an answer by the due time.
   */
  async countsForOffice(officeId: string, from: Date, to: Date): Promise<RequestCounts> {
    const [row]: RequestCounts[] = await this.db.manager.query(
      `SELECT count(*) FILTER (WHERE received_at >= $2 AND received_at < $3)::int AS "received",
              count(*) FILTER (WHERE answered_at >= $2 AND answered_at < $3)::int AS "answered",
              count(*) FILTER (WHERE answered_at >= $2 AND answered_at < $3 AND answered_at <= due_at)::int AS "answeredOnTime",
              count(*) FILTER (WHERE due_at >= $2 AND due_at < $3 AND (answered_at IS NULL OR answered_at > due_at))::int AS "overdue"
         FROM investor_request
        WHERE assigned_office_id = $1
          AND (received_at >= $2 AND received_at < $3 OR answered_at >= $2 AND answered_at < $3 OR due_at >= $2 AND due_at < $3)`,
      [officeId, from, to],
    );
    return row!;
  }
}
