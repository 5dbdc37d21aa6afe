import type { SelectQueryBuilder } from 'typeorm';
import type { RecordScope } from '../auth/scope';
import { paginate, type Connection, type KeysetOrder, type PageArgs } from '../common/pagination';
import { whereInvestorReadable } from '../investors/investor.repository';
import { applyProjectScope } from '../projects/project.repository';
import { Project } from '../projects/project.entity';
import { Agreement } from './agreement.entity';
import type { AgreementFilter } from './agreement.inputs';
import { Commitment, CommitmentStatus } from './commitment.entity';
import type { Db } from '../db/transactions';

const NEWEST_FIRST: KeysetOrder[] = [
  { column: 'created_at', property: 'createdAt', kind: 'timestamp' },
  { column: 'id', property: 'id', kind: 'uuid' },
];

/** A commitment the deadline sweep has just found overdue. */
export interface NewlyOverdueCommitment {
  commitmentId: string;
  agreementId: string;
  officeId: string;
  investorId: string;
}

/** One line of the agreement-monitoring download. */
export interface MonitoringRow {
  agreementId: string;
  kind: string;
  title: string;
  signedOn: string;
  status: string;
  investorName: string;
  investorCountry: string;
  officeCode: string;
  position: number | null;
  description: string | null;
  amountKzt: string | null;
  jobs: number | null;
  dueOn: string | null;
  commitmentStatus: string | null;
  overdue: boolean | null;
  note: string | null;
}

/** All SQL about agreements and their commitments. An agreement is read by exactly those who read its investor. */
export class AgreementRepository {
  constructor(private readonly db: Db) {}

  private query(scope: RecordScope): SelectQueryBuilder<Agreement> {
    const qb = this.db.manager.getRepository(Agreement).createQueryBuilder('a');
    whereInvestorReadable(qb, scope, 'a.investor_id');
    return qb;
  }

  /** The filter as SQL; `today` (Asia/Almaty) decides `overdue` exactly as Commitment.isOverdueOn does. */
  filtered(scope: RecordScope, filter: AgreementFilter | undefined | null, today: string): SelectQueryBuilder<Agreement> {
    const qb = this.query(scope);
    const f = filter ?? {};
    if (f.investorId) qb.andWhere('a.investor_id = :investorId', { investorId: f.investorId });
    if (f.projectId) qb.andWhere('a.project_id = :projectId', { projectId: f.projectId });
    if (f.officeId) qb.andWhere('a.office_id = :officeId', { officeId: f.officeId });
    if (f.kind) qb.andWhere('a.kind = :kind', { kind: f.kind });
    if (f.status) qb.andWhere('a.status = :status', { status: f.status });
    if (typeof f.overdue === 'boolean') {
      const overdue = `EXISTS (SELECT 1 FROM commitment f_c WHERE f_c.agreement_id = a.id AND f_c.status = :openStatus AND f_c.due_on < :today)`;
      qb.andWhere(f.overdue ? overdue : `NOT ${overdue}`, { openStatus: CommitmentStatus.OPEN, today });
    }
    return qb;
  }

  list(scope: RecordScope, filter: AgreementFilter | undefined, today: string, page: PageArgs): Promise<Connection<Agreement>> {
    return paginate(this.filtered(scope, filter, today), NEWEST_FIRST, page);
  }

  findByIds(scope: RecordScope, ids: readonly string[]): Promise<Agreement[]> {
    return this.query(scope).andWhere('a.id IN (:...ids)', { ids }).getMany();
  }

  byInvestors(scope: RecordScope, investorIds: readonly string[]): Promise<Agreement[]> {
    return this.query(scope)
      .andWhere('a.investor_id IN (:...investorIds)', { investorIds })
      .orderBy('a.signed_on', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .getMany();
  }

  commitmentsOf(agreementIds: readonly string[]): Promise<Commitment[]> {
    return this.db.manager
      .getRepository(Commitment)
      .createQueryBuilder('c')
      .where('c.agreement_id IN (:...agreementIds)', { agreementIds })
      .orderBy('c.position', 'ASC')
      .getMany();
  }

  /** A project the caller may read, inside the writing transaction (out of scope is absent). */
  readableProject(scope: RecordScope, id: string): Promise<Project | null> {
    const qb = this.db.manager.getRepository(Project).createQueryBuilder('p').where('p.id = :id', { id });
    applyProjectScope(qb, scope);
    return qb.getOne();
  }

  /**
   * A commitment and its agreement, both locked for update, if the caller may read the
   * agreement's investor. The agreement is locked first: every change to its commitments
   * serializes on it, so its derived status is always computed from committed commitments.
   */
  async lockCommitment(scope: RecordScope, id: string): Promise<{ agreement: Agreement; commitment: Commitment } | null> {
    const [ref]: { agreement_id: string }[] = await this.db.manager.query(`SELECT agreement_id FROM commitment WHERE id = $1`, [id]);
    if (!ref) return null;
    const agreement = await this.query(scope).setLock('pessimistic_write').andWhere('a.id = :aid', { aid: ref.agreement_id }).getOne();
    if (!agreement) return null;
    const commitment = await this.db.manager
      .getRepository(Commitment)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.id = :id AND c.agreement_id = :aid', { id, aid: agreement.id })
      .getOne();
    return commitment ? { agreement, commitment } : null;
  }

  async commitmentStatuses(agreementId: string): Promise<CommitmentStatus[]> {
    const rows: { status: CommitmentStatus }[] = await this.db.manager.query(`SELECT status FROM commitment WHERE agreement_id = $1`, [
      agreementId,
    ]);
    return rows.map((r) => r.status);
  }

  /** Saves and reads the row back (canonical values). */
  async saveAgreement(agreement: Agreement): Promise<Agreement> {
    const repo = this.db.manager.getRepository(Agreement);
    const { id } = await repo.save(agreement);
    return repo.findOneByOrFail({ id });
  }

  async saveCommitment(commitment: Commitment): Promise<Commitment> {
    const repo = this.db.manager.getRepository(Commitment);
    const { id } = await repo.save(commitment);
    return repo.findOneByOrFail({ id });
  }

  async insertCommitments(commitments: Commitment[]): Promise<void> {
    if (commitments.length > 0) await this.db.manager.getRepository(Commitment).save(commitments);
  }

  /** The office that owns the agreement's investor: it monitors the commitments too. */
  async investorOwnerOf(investorId: string): Promise<string> {
    const [row]: { owner_office_id: string }[] = await this.db.manager.query(`SELECT owner_office_id FROM investor WHERE id = $1`, [
      investorId,
    ]);
    if (!row) throw new Error(`Investor ${investorId} of an agreement is missing`);
    return row.owner_office_id;
  }

  /**
   * Marks, once, the open commitments whose due day is before `today`; returns them. Rows
   * another transaction holds are skipped (the next sweep takes them), so sweeps never wait.
   */
  async markOverdue(today: string, now: Date): Promise<NewlyOverdueCommitment[]> {
    const rows: { id: string; agreement_id: string; office_id: string; investor_id: string }[] = await this.db.manager.query(
      `WITH due AS (
         SELECT id FROM commitment
          WHERE status = $3 AND due_on < $1 AND overdue_recorded_at IS NULL
          ORDER BY id FOR UPDATE SKIP LOCKED),
       marked AS (
         UPDATE commitment c SET overdue_recorded_at = $2 FROM due WHERE c.id = due.id
         RETURNING c.id, c.agreement_id)
       SELECT m.id, m.agreement_id, a.office_id, a.investor_id
         FROM marked m JOIN agreement a ON a.id = m.agreement_id
        ORDER BY m.agreement_id, m.id`,
      [today, now, CommitmentStatus.OPEN],
    );
    return rows.map((r) => ({ commitmentId: r.id, agreementId: r.agreement_id, officeId: r.office_id, investorId: r.investor_id }));
  }

  /**
   * Agreement monitoring as rows: one per commitment (one with empty commitment columns for an
   * agreement without any), newest agreement first, at most `limit` agreements.
   */
  monitoringRows(scope: RecordScope, filter: AgreementFilter | null, today: string, limit: number): Promise<MonitoringRow[]> {
    const ids = this.filtered(scope, filter, today).select('a.id').orderBy('a.created_at', 'DESC').addOrderBy('a.id', 'DESC').limit(limit);
    return this.db.manager
      .createQueryBuilder()
      .select([
        'a.id AS "agreementId"',
        'a.kind AS "kind"',
        'a.title AS "title"',
        'a.signed_on::text AS "signedOn"',
        'a.status AS "status"',
        'i.name AS "investorName"',
        'i.country_code AS "investorCountry"',
        'o.code AS "officeCode"',
        'c.position AS "position"',
        'c.description AS "description"',
        'c.amount_kzt::text AS "amountKzt"',
        'c.jobs AS "jobs"',
        'c.due_on::text AS "dueOn"',
        'c.status AS "commitmentStatus"',
        `(c.status = :csvOpen AND c.due_on < :csvToday) AS "overdue"`,
        'c.note AS "note"',
      ])
      .from(`(${ids.getQuery()})`, 'picked')
      .innerJoin(Agreement, 'a', 'a.id = picked.a_id')
      .innerJoin('investor', 'i', 'i.id = a.investor_id')
      .innerJoin('office', 'o', 'o.id = a.office_id')
      .leftJoin(Commitment, 'c', 'c.agreement_id = a.id')
      .setParameters({ ...ids.getParameters(), csvOpen: CommitmentStatus.OPEN, csvToday: today })
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .addOrderBy('c.position', 'ASC')
      .getRawMany<MonitoringRow>();
  }

  /** Chapter 5: agreements the office recorded that were signed between two days, inclusive. */
  async countSigned(officeId: string, firstDay: string, lastDay: string): Promise<number> {
    const [row]: { n: number }[] = await this.db.manager.query(
      `SELECT count(*)::int AS n FROM agreement WHERE office_id = $1 AND signed_on BETWEEN $2 AND $3`,
      [officeId, firstDay, lastDay],
    );
    return row?.n ?? 0;
  }
}
