import type { SelectQueryBuilder } from 'typeorm';
import { paginate, type Connection, type KeysetOrder, type PageArgs } from '../common/pagination';
import { ServiceApplication, ServiceApplicationStep, type ServiceApplicationStatus } from './service-application.entity';
import type { RecordScope } from '../auth/scope';
import { SERVICE_APPLICATION_POLICY } from './service-application.policy';
import type { Db } from '../db/transactions';

const NEWEST_FIRST: KeysetOrder[] = [
  { column: 'created_at', property: 'createdAt', kind: 'timestamp' },
  { column: 'id', property: 'id', kind: 'uuid' },
];

/** An office's figures for a period (chapter 5 quarterly reports). */
export interface ApplicationFigures {
  accepted: number;
  forwardedOnTime: number;
  violations: number;
  handedOver: number;
}

/** All SQL about state-service applications and their history. */
export class ServiceApplicationRepository {
  constructor(private readonly db: Db) {}

  private query(scope: RecordScope): SelectQueryBuilder<ServiceApplication> {
    const qb = this.db.manager.getRepository(ServiceApplication).createQueryBuilder('a');
    SERVICE_APPLICATION_POLICY.applyTo(qb, scope.reader);
    return qb;
  }

  findByIds(scope: RecordScope, ids: readonly string[]): Promise<ServiceApplication[]> {
    return this.query(scope).andWhere('a.id IN (:...ids)', { ids }).getMany();
  }

  /** The row locked for update if the caller may read it: out of scope is absent. */
  lock(scope: RecordScope, id: string): Promise<ServiceApplication | null> {
    return this.query(scope).setLock('pessimistic_write').andWhere('a.id = :id', { id }).getOne();
  }

  /** Rows read inside a transaction (the sweep's change events). */
  byIds(ids: readonly string[]): Promise<ServiceApplication[]> {
    return this.db.manager.getRepository(ServiceApplication).createQueryBuilder('a').where('a.id IN (:...ids)', { ids }).getMany();
  }

  list(scope: RecordScope, status: ServiceApplicationStatus | undefined, page: PageArgs): Promise<Connection<ServiceApplication>> {
    const qb = this.query(scope);
    if (status) qb.andWhere('a.status = :status', { status });
    return paginate(qb, NEWEST_FIRST, page);
  }

  save(application: ServiceApplication): Promise<ServiceApplication> {
    return this.db.manager.getRepository(ServiceApplication).save(application);
  }

  /**
   * The next receipt number of a year (paragraph 25): the year's counter row is incremented in
   * the accepting transaction, so concurrent accepts queue on the row and numbers never repeat
   * or skip (a rolled-back accept rolls its increment back too).
   */
  async nextReceiptNumber(year: number): Promise<number> {
    const rows: { last_number: number }[] = await this.db.manager.query(
      `INSERT INTO service_receipt_counter (year, last_number) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last_number = service_receipt_counter.last_number + 1
       RETURNING last_number`,
      [year],
    );
    return rows[0]!.last_number;
  }

  /** Appends a history step; the application row is locked, so the sequence cannot race. */
  async appendStep(step: Omit<ServiceApplicationStep, 'id' | 'seq' | 'recordedAt'>): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO service_application_step (application_id, seq, status, at, actor_id, note)
       SELECT $1, COALESCE(MAX(seq), 0) + 1, $2, $3, $4, $5 FROM service_application_step WHERE application_id = $1`,
      [step.applicationId, step.status, step.at, step.actorId, step.note],
    );
  }

  /** When the latest step happened: a later step may not be dated before it. */
  async lastStepAt(applicationId: string): Promise<Date | null> {
    const rows: { at: Date | null }[] = await this.db.manager.query(
      `SELECT MAX(at) AS at FROM service_application_step WHERE application_id = $1`,
      [applicationId],
    );
    return rows[0]?.at ?? null;
  }

  stepsOf(applicationIds: readonly string[]): Promise<ServiceApplicationStep[]> {
    return this.db.manager
      .getRepository(ServiceApplicationStep)
      .createQueryBuilder('s')
      .where('s.application_id IN (:...ids)', { ids: applicationIds })
      .orderBy('s.application_id')
      .addOrderBy('s.seq')
      .getMany();
  }

  /**
   * Chapter 5 figures of a front office for [from, to): applications it accepted then, those
   * whose (latest) forwarding then was on time, violations of its applications found then, and
   * results it handed to investors then (paragraph 26).
   */
  async figures(officeId: string, from: Date, to: Date): Promise<ApplicationFigures> {
    const rows: { accepted: string; forwarded_on_time: string; violations: string; handed_over: string }[] = await this.db.manager.query(
      `SELECT (SELECT COUNT(*) FROM service_application a
                WHERE a.accepted_by_office_id = $1 AND a.accepted_at >= $2 AND a.accepted_at < $3) AS accepted,
              (SELECT COUNT(*) FROM service_application a
                WHERE a.accepted_by_office_id = $1 AND a.forwarded_at >= $2 AND a.forwarded_at < $3 AND a.forwarded_on_time) AS forwarded_on_time,
              (SELECT COUNT(*) FROM service_violation v JOIN service_application a ON a.id = v.application_id
                WHERE a.accepted_by_office_id = $1 AND v.detected_at >= $2 AND v.detected_at < $3) AS violations,
              (SELECT COUNT(*) FROM service_application a
                WHERE a.accepted_by_office_id = $1 AND a.handed_over_at >= $2 AND a.handed_over_at < $3) AS handed_over`,
      [officeId, from, to],
    );
    const row = rows[0]!;
    return {
      accepted: Number(row.accepted),
      forwardedOnTime: Number(row.forwarded_on_time),
      violations: Number(row.violations),
      handedOver: Number(row.handed_over),
    };
  }
}
