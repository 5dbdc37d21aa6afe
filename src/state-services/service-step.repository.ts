import { ServiceStepRecord } from './service-step.entity';
import type { ServiceApplicationStatus } from './service-application.entity';
import type { Db } from '../db/transactions';

/** One step's figures over a period, as the database counts them. */
export interface StepFigures {
  order: number;
  completed: number;
  late: number;
  medianWorkingMinutes: number | null;
}

/** All SQL about the regulated steps of applications inside the provider. */
export class ServiceStepRepository {
  constructor(private readonly db: Db) {}

  /** Every step row of the applications, all rounds, in order (the resolvers keep the current round). */
  ofApplications(applicationIds: readonly string[]): Promise<ServiceStepRecord[]> {
    return this.db.manager
      .getRepository(ServiceStepRecord)
      .createQueryBuilder('s')
      .where('s.application_id IN (:...ids)', { ids: applicationIds })
      .orderBy('s.application_id')
      .addOrderBy('s.round')
      .addOrderBy('s.step_order')
      .getMany();
  }

  /** The steps of one round, in order; the application row is locked by the caller. */
  ofRound(applicationId: string, round: number): Promise<ServiceStepRecord[]> {
    return this.db.manager.getRepository(ServiceStepRecord).find({ where: { applicationId, round }, order: { order: 'ASC' } });
  }

  save(step: Partial<ServiceStepRecord>): Promise<ServiceStepRecord> {
    const repo = this.db.manager.getRepository(ServiceStepRecord);
    return repo.save(repo.create(step));
  }

  /**
   * Notes, once, every step of an application's current round left open past its dueAt while
   * the steps run; rows a transition holds locked are skipped (the next sweep sees them).
   * Returns the applications touched (a SELECT around the UPDATE: TypeORM gives an UPDATE's
   * rows in another shape).
   */
  async noteOverdue(now: Date, running: readonly ServiceApplicationStatus[]): Promise<string[]> {
    const rows: { application_id: string }[] = await this.db.manager.query(
      `WITH due AS (
         SELECT s.id FROM service_step s
           JOIN service_application a ON a.id = s.application_id AND a.round = s.round
          WHERE s.completed_at IS NULL AND s.overdue_noted_at IS NULL AND s.due_at < $1 AND a.status = ANY($2::service_application_status[])
            FOR UPDATE OF a, s SKIP LOCKED
       ), noted AS (
         UPDATE service_step s SET overdue_noted_at = $1 FROM due WHERE s.id = due.id RETURNING s.application_id
       )
       SELECT application_id FROM noted`,
      [now, running],
    );
    return rows.map((r) => r.application_id);
  }

  /**
   * Per step of a service, over [from, to): steps completed then, those completed after their
   * dueAt, and the median working minutes they took; only a provider's applications when given.
   */
  async figures(serviceCode: string, from: Date, to: Date, providerOfficeId: string | null): Promise<StepFigures[]> {
    const rows: { step_order: number; completed: string; late: string; median: number | null }[] = await this.db.manager.query(
      `SELECT s.step_order, COUNT(*) AS completed, COUNT(*) FILTER (WHERE s.completed_at > s.due_at) AS late,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY s.working_minutes) AS median
         FROM service_step s JOIN service_application a ON a.id = s.application_id
        WHERE a.service_code = $1 AND s.completed_at >= $2 AND s.completed_at < $3 AND ($4::uuid IS NULL OR a.provider_office_id = $4::uuid)
        GROUP BY s.step_order`,
      [serviceCode, from, to, providerOfficeId],
    );
    return rows.map((r) => ({
      order: Number(r.step_order),
      completed: Number(r.completed),
      late: Number(r.late),
      medianWorkingMinutes: r.median === null ? null : Number(r.median),
    }));
  }
}
