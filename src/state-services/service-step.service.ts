import type { Viewer } from '../auth/viewer';
import { addWorkingTime, workingMinutesBetween } from '../calendar/working-time';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { badInput, forbidden, notFound } from '../common/errors';
import type { Transactions } from '../db/transactions';
import { ChangeAction } from '../events/change-event.entity';
import { hoursOf } from '../offices/office-hours';
import type { OfficeRepository } from '../offices/office.repository';
import type { UserRepository } from '../users/user.repository';
import { SERVICE_APPLICATION_POLICY } from './service-application.policy';
import { ServiceApplicationStatus, type ServiceApplication } from './service-application.entity';
import type { ServiceApplicationRepository } from './service-application.repository';
import { recordScopeOf } from '../auth/scope';
import { ApplicationStep, CurrentApplicationStep, type DeliveryMethod, type ServiceStepRecord } from './service-step.entity';
import type { ServiceStepRepository } from './service-step.repository';
import type { ServiceTiming } from './service-timing';
import type { StateService } from './state-service.entity';
import type { StateServiceRepository } from './state-service.repository';

const { FORWARDED, RESULT_ISSUED, REFUSED, RESULT_RECEIVED, HANDED_OVER } = ServiceApplicationStatus;

/**
 * The statuses in which the provider's steps run: from the forwarding on, the result may be
 * recorded after the signing step (paragraph 5.7) while steps 8 and 9 are still to come. A
 * return stops them; a new forwarding round starts them again from step 1.
 */
const STEPS_RUN_IN: readonly ServiceApplicationStatus[] = [FORWARDED, RESULT_ISSUED, REFUSED, RESULT_RECEIVED, HANDED_OVER];

export interface CompleteStepInput {
  applicationId: string;
  order: number;
  at?: Date | null;
  assigneeId?: string | null;
  deliveryMethod?: DeliveryMethod | null;
}

/**
 * The regulated steps of a state service inside the provider (Order 489, paragraphs 5 and 8),
 * each on the provider office's working-time clock: step 1 starts when the front office
 * forwards the application, each next one when the step before it is completed.
 */
export class ServiceStepService {
  constructor(
    private readonly applications: ServiceApplicationRepository,
    private readonly steps: ServiceStepRepository,
    private readonly catalogue: StateServiceRepository,
    private readonly offices: OfficeRepository,
    private readonly users: UserRepository,
    private readonly timing: ServiceTiming,
    private readonly transactions: Transactions,
  ) {}

  /** Starts step 1 of a forwarding round (inside the forwarding's transaction). Nothing for a service without steps. */
  async start(application: ServiceApplication, service: StateService, at: Date, calendar: WorkingDayCalendar): Promise<void> {
    const first = service.steps[0];
    if (!first) return;
    const provider = await this.offices.findById(application.providerOfficeId);
    await this.steps.save({
      applicationId: application.id,
      round: application.round,
      order: first.order,
      startedAt: at,
      dueAt: addWorkingTime(at, first.duration, hoursOf(provider), calendar),
    });
  }

  /**
   * Whether the provider may record the result yet: where the service names a signing step and
   * the round's steps were started, only once that step is done. (An application forwarded
   * before the steps were kept has none started and is not held back.)
   */
  async resultSigned(application: ServiceApplication, service: StateService): Promise<boolean> {
    if (!service.resultSigningStep) return true;
    const rows = await this.steps.ofRound(application.id, application.round);
    if (rows.length === 0) return true;
    return rows.some((r) => r.order === service.resultSigningStep && r.completedAt !== null);
  }

  /**
   * Completes the current step: an OFFICER or ADMIN of the provider office, only the step that
   * is open, at a time never in the future nor before the step started (the previous step's
   * completion); an assignee must be an active person of that office; the last step records
   * how the result was sent. The next step's clock starts at `at`.
   */
  async complete(viewer: Viewer, input: CompleteStepInput): Promise<ServiceApplication> {
    const at = this.timing.pastOrNow(input.at, 'at');
    return this.transactions.run(viewer.userId, async (uow) => {
      const { calendar } = await this.timing.on(at);
      const application = await this.applications.lock(recordScopeOf(viewer), input.applicationId);
      if (!application) throw notFound('ServiceApplication', input.applicationId);
      if (viewer.office.id !== application.providerOfficeId) throw forbidden('Only the service provider may do this');
      const service = (await this.catalogue.findByCode(application.serviceCode))!;
      const last = service.steps.length;
      if (last === 0) throw badInput(`State service ${service.code} has no regulated steps`, { field: 'order' });
      if (!STEPS_RUN_IN.includes(application.status)) {
        throw badInput(`The steps do not run while the application is ${application.status}`, { status: application.status });
      }
      const open = (await this.steps.ofRound(application.id, application.round)).find((r) => r.completedAt === null);
      if (!open) throw badInput('No step of this application is open', { field: 'order' });
      if (input.order !== open.order)
        throw badInput(`Step ${open.order} is the current step, not ${input.order}`, { field: 'order', current: open.order });
      if (at < open.startedAt) throw badInput(`at may not be before the step started (${open.startedAt.toISOString()})`, { field: 'at' });
      if (input.order === last && !input.deliveryMethod)
        throw badInput('The last step records how the result was sent: COURIER or MAIL', { field: 'deliveryMethod' });
      if (input.order !== last && input.deliveryMethod)
        throw badInput('Only the last step records a delivery method', { field: 'deliveryMethod' });
      if (input.assigneeId) await this.assignable(input.assigneeId, application.providerOfficeId);

      const hours = hoursOf(await this.offices.findById(application.providerOfficeId));
      Object.assign(open, {
        completedAt: at,
        completedById: viewer.userId,
        assigneeId: input.assigneeId ?? null,
        deliveryMethod: input.deliveryMethod ?? null,
        workingMinutes: workingMinutesBetween(open.startedAt, at, hours, calendar),
      });
      await this.steps.save(open);
      const next = service.steps.find((s) => s.order === open.order + 1);
      if (next) {
        await this.steps.save({
          applicationId: application.id,
          round: application.round,
          order: next.order,
          startedAt: at,
          dueAt: addWorkingTime(at, next.duration, hours, calendar),
        });
      }
      uow.changed(SERVICE_APPLICATION_POLICY, application.id, ChangeAction.UPDATED, ['steps', 'currentStep']);
      return application;
    });
  }

  /** A person the work may be handed to: active, of the provider office; anyone else looks like no one. */
  private async assignable(userId: string, officeId: string): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user || user.officeId !== officeId) throw notFound('User', userId);
    if (!user.active) throw badInput('The assignee is deactivated', { field: 'assigneeId' });
  }

  /**
   * The deadline sweeper's task: each step found open past its dueAt becomes one change event of
   * its application (no violation notice: paragraph 28 concerns the whole term). Returns how many.
   */
  async sweepOverdue(now: Date): Promise<number> {
    return this.transactions.run(null, async (uow) => {
      const applicationIds = await this.steps.noteOverdue(now, STEPS_RUN_IN);
      if (applicationIds.length === 0) return 0;
      for (const application of await this.applications.byIds([...new Set(applicationIds)])) {
        uow.changed(SERVICE_APPLICATION_POLICY, application.id, ChangeAction.UPDATED, ['currentStep']);
      }
      return applicationIds.length;
    });
  }
}

/** The catalogue's steps of a service with the times of the application's current round. */
export function stepsView(application: ServiceApplication, service: StateService, rows: readonly ServiceStepRecord[]): ApplicationStep[] {
  const ofRound = new Map(rows.filter((r) => r.round === application.round).map((r) => [r.order, r]));
  return service.steps.map((s) => {
    const row = ofRound.get(s.order);
    return Object.assign(new ApplicationStep(), {
      order: s.order,
      name: s.name,
      duration: s.duration,
      startedAt: row?.startedAt ?? null,
      dueAt: row?.dueAt ?? null,
      completedAt: row?.completedAt ?? null,
      onTime: row?.completedAt ? row.completedAt <= row.dueAt : null,
      deliveryMethod: row?.deliveryMethod ?? null,
      completedById: row?.completedById ?? null,
      assigneeId: row?.assigneeId ?? null,
    });
  });
}

/** The open step of the current round while the steps run, else null. */
export function currentStepView(
  application: ServiceApplication,
  rows: readonly ServiceStepRecord[],
  now: Date,
): CurrentApplicationStep | null {
  if (!STEPS_RUN_IN.includes(application.status)) return null;
  const open = rows.find((r) => r.round === application.round && r.completedAt === null);
  if (!open) return null;
  return Object.assign(new CurrentApplicationStep(), { order: open.order, dueAt: open.dueAt, overdue: now > open.dueAt });
}
