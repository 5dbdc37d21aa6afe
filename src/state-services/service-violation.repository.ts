import { paginate, type Connection, type KeysetOrder, type PageArgs } from '../common/pagination';
import { ServiceApplication } from './service-application.entity';
import type { RecordScope } from '../auth/scope';
import { SERVICE_APPLICATION_POLICY } from './service-application.policy';
import { ServiceViolation, type ServiceViolationKind } from './service-violation.entity';
import type { Db } from '../db/transactions';

const NEWEST_FIRST: KeysetOrder[] = [
  { column: 'detected_at', property: 'detectedAt', kind: 'timestamp' },
  { column: 'id', property: 'id', kind: 'uuid' },
];

/** Paragraph 28: the notice goes to the office that must act and to the authorized body. */
const NOTICE_OFFICES = `array_remove(ARRAY[%s, (SELECT id FROM office WHERE kind = 'AUTHORIZED_BODY' LIMIT 1)], NULL)`;

export interface ViolationDraft {
  applicationId: string;
  kind: ServiceViolationKind;
  round: number;
  dueAt: Date;
  /** The office that missed the deadline (and must act on the notice). */
  officeId: string;
}

/** All SQL about violations of state-service deadlines. */
export class ServiceViolationRepository {
  constructor(private readonly db: Db) {}

  /** Records a violation unless one of that kind and round exists; true when it was new. */
  async insertOnce(draft: ViolationDraft, detectedAt: Date): Promise<boolean> {
    const rows: unknown[] = await this.db.manager.query(
      `INSERT INTO service_violation (application_id, kind, round, due_at, detected_at, notice_office_ids)
       VALUES ($1, $2, $3, $4, $5, ${NOTICE_OFFICES.replace('%s', '$6::uuid')})
       ON CONFLICT (application_id, kind, round) DO NOTHING
       RETURNING id`,
      [draft.applicationId, draft.kind, draft.round, draft.dueAt, detectedAt, draft.officeId],
    );
    return rows.length > 0;
  }

  /**
   * Records, in one statement, every deadline passed before `now` that the application's
   * status says is still unmet: the forwarding (ACCEPTED), the provider's term (FORWARDED), the
   * investor's notice (RETURNED). Rows a transition holds locked are skipped: the transition
   * decides for itself, and the next sweep sees what it left. Returns the applications touched.
   */
  async recordPassedDeadlines(now: Date): Promise<string[]> {
    const rows: { application_id: string }[] = await this.db.manager.query(
      `WITH due AS (
         SELECT a.id, a.round, d.kind, d.due_at, d.office_id
           FROM service_application a
           CROSS JOIN LATERAL (VALUES
             ('LATE_FORWARDING'::service_violation_kind, a.forward_due_at, a.accepted_by_office_id, a.status = 'ACCEPTED'),
             ('PROVIDER_TERM_BREACHED'::service_violation_kind, a.result_due_at, a.provider_office_id, a.status = 'FORWARDED'),
             ('LATE_INVESTOR_NOTICE'::service_violation_kind, a.notify_due_at, a.accepted_by_office_id, a.status = 'RETURNED')
           ) AS d(kind, due_at, office_id, applies)
          WHERE a.status IN ('ACCEPTED', 'FORWARDED', 'RETURNED') AND d.applies AND d.due_at < $1
            AND NOT EXISTS (SELECT 1 FROM service_violation x WHERE x.application_id = a.id AND x.kind = d.kind AND x.round = a.round)
            FOR UPDATE OF a SKIP LOCKED
       )
       INSERT INTO service_violation (application_id, kind, round, due_at, detected_at, notice_office_ids)
       SELECT due.id, due.kind, due.round, due.due_at, $1, ${NOTICE_OFFICES.replace('%s', 'due.office_id')} FROM due
       ON CONFLICT (application_id, kind, round) DO NOTHING
       RETURNING application_id`,
      [now],
    );
    return rows.map((r) => r.application_id);
  }

  byApplicationIds(applicationIds: readonly string[]): Promise<ServiceViolation[]> {
    return this.db.manager
      .getRepository(ServiceViolation)
      .createQueryBuilder('v')
      .where('v.application_id IN (:...ids)', { ids: applicationIds })
      .orderBy('v.detected_at')
      .addOrderBy('v.id')
      .getMany();
  }

  list(scope: RecordScope, page: PageArgs): Promise<Connection<ServiceViolation>> {
    const qb = this.db.manager
      .getRepository(ServiceViolation)
      .createQueryBuilder('v')
      .innerJoin(ServiceApplication, 'a', 'a.id = v.application_id');
    SERVICE_APPLICATION_POLICY.applyTo(qb, scope.reader, 'a');
    return paginate(qb, NEWEST_FIRST, page);
  }
}
