import type { Viewer } from '../auth/viewer';
import { badInput, forbidden, notFound } from '../common/errors';
import type { Transactions } from '../db/transactions';
import { ChangeAction } from '../events/change-event.entity';
import { SERVICE_APPLICATION_POLICY } from './service-application.policy';
import { ServiceApplicationStatus, ServiceOutcome, type ServiceApplication, type ServiceDocument } from './service-application.entity';
import type { ServiceApplicationRepository } from './service-application.repository';
import { recordScopeOf } from '../auth/scope';
import type { ServiceTiming, Timing } from './service-timing';
import { ServiceViolationKind } from './service-violation.entity';
import type { ServiceViolationRepository, ViolationDraft } from './service-violation.repository';
import type { ServiceStepService } from './service-step.service';
import type { StateService } from './state-service.entity';
import type { StateServiceRepository } from './state-service.repository';

const { ACCEPTED, FORWARDED, RETURNED, INVESTOR_NOTIFIED, RESULT_ISSUED, REFUSED, RESULT_RECEIVED, HANDED_OVER } = ServiceApplicationStatus;

/** Who acts on a step: the front office that accepted the application, or its provider. */
type Actor = 'FRONT_OFFICE' | 'PROVIDER';

interface Step {
  /** For messages: "forward", "return", … */
  verb: string;
  from: ServiceApplicationStatus[];
  by: Actor;
  /** A further condition read inside the transaction; throws to refuse. */
  check?: (application: ServiceApplication, service: StateService) => Promise<void>;
}

/** What a step did to the application (already applied to it). */
interface StepResult {
  to: ServiceApplicationStatus;
  changedFields: string[];
  note: string | null;
  /** A deadline the step itself missed (recorded unless the sweeper already did). */
  missed: Omit<ViolationDraft, 'applicationId' | 'round'> | null;
}

interface StepContext extends Timing {
  at: Date;
  termWorkingDays: number;
}

/**
 * The hand-offs of paragraph 24 after acceptance, each with the time it really happened
 * (`at`: never in the future, never before the previous step). Illegal steps change nothing.
 */
export class ServiceTransitionService {
  constructor(
    private readonly applications: ServiceApplicationRepository,
    private readonly catalogue: StateServiceRepository,
    private readonly violations: ServiceViolationRepository,
    private readonly steps: ServiceStepService,
    private readonly timing: ServiceTiming,
    private readonly transactions: Transactions,
  ) {}

  /** Paragraph 24: forwarded within one working day; the provider's term starts here (paragraph 27). */
  forward(viewer: Viewer, id: string, at?: Date | null): Promise<ServiceApplication> {
    return this.step(viewer, id, at, { verb: 'forward', from: [ACCEPTED], by: 'FRONT_OFFICE' }, (a, ctx) =>
      this.sendToProvider(a, ctx, ctx.at),
    );
  }

  /** Paragraph 24: the provider returns documents that do not meet the standard; the investor is to be told within one working day. */
  return(viewer: Viewer, id: string, reason: string, at?: Date | null): Promise<ServiceApplication> {
    const why = requireText(reason, 'reason', 'A return needs its reason');
    return this.step(viewer, id, at, { verb: 'return', from: [FORWARDED], by: 'PROVIDER' }, (a, ctx) => {
      a.returnedAt = ctx.at;
      a.returnReason = why;
      a.notifyDueAt = ctx.calendar.workingDayDeadline(ctx.at, ctx.ruleSet.handoffWorkingDays);
      return { to: RETURNED, changedFields: ['returnedAt', 'returnReason', 'notifyDueAt'], note: why, missed: this.termMissed(a, ctx.at) };
    });
  }

  notifyInvestor(viewer: Viewer, id: string, at?: Date | null): Promise<ServiceApplication> {
    return this.step(viewer, id, at, { verb: 'notify the investor of', from: [RETURNED], by: 'FRONT_OFFICE' }, (a, ctx) => {
      const dueAt = a.notifyDueAt!;
      a.investorNotifiedAt = ctx.at;
      a.notifiedOnTime = ctx.at <= dueAt;
      const missed = a.notifiedOnTime ? null : { kind: ServiceViolationKind.LATE_INVESTOR_NOTICE, dueAt, officeId: a.acceptedByOfficeId };
      return { to: INVESTOR_NOTIFIED, changedFields: ['investorNotifiedAt', 'notifiedOnTime'], note: null, missed };
    });
  }

  /**
   * Paragraph 24: the corrected documents are re-sent within one working day of coming in.
   * `at` is when they were re-sent; `receivedAt` when the investor brought them (default `at`:
   * re-sent as soon as they came in). A new forwarding round starts, with the provider's term.
   */
  resubmit(
    viewer: Viewer,
    id: string,
    documents: ServiceDocument[],
    at?: Date | null,
    receivedAt?: Date | null,
  ): Promise<ServiceApplication> {
    if (documents.length === 0) throw badInput('Re-send at least one document', { field: 'documents' });
    return this.step(viewer, id, at, { verb: 're-send', from: [INVESTOR_NOTIFIED], by: 'FRONT_OFFICE' }, (a, ctx) => {
      const cameIn = receivedAt ?? ctx.at;
      if (cameIn > ctx.at) throw badInput('The documents cannot be re-sent before they came in', { field: 'receivedAt' });
      if (cameIn < a.returnedAt!) throw badInput('Corrected documents cannot come in before the return', { field: 'receivedAt' });
      a.round += 1;
      a.documents = documents.map(({ title }) => ({ title }));
      a.documentsReceivedAt = cameIn;
      a.forwardDueAt = ctx.calendar.workingDayDeadline(cameIn, ctx.ruleSet.handoffWorkingDays);
      const sent = this.sendToProvider(a, ctx, ctx.at);
      return { ...sent, changedFields: ['round', 'documents', 'documentsReceivedAt', 'forwardDueAt', ...sent.changedFields] };
    });
  }

  /** The provider's result; a refusal must be motivated. A result after the term breaks it (paragraph 28). */
  recordResult(
    viewer: Viewer,
    id: string,
    outcome: ServiceOutcome,
    note: string | null | undefined,
    at?: Date | null,
  ): Promise<ServiceApplication> {
    const text = note?.trim() || null;
    if (outcome === ServiceOutcome.REFUSED && !text) throw badInput('A refusal must be motivated: give the note', { field: 'note' });
    // Order 489, paragraph 5.7: there is a result to record once the head of the provider has signed it.
    const check = async (a: ServiceApplication, service: StateService) => {
      if (!(await this.steps.resultSigned(a, service))) {
        throw badInput(`The result can be recorded once step ${service.resultSigningStep} (signing) is done`, { field: 'id' });
      }
    };
    return this.step(viewer, id, at, { verb: 'record the result of', from: [FORWARDED], by: 'PROVIDER', check }, (a, ctx) => {
      a.outcome = outcome;
      a.resultNote = text;
      a.resultAt = ctx.at;
      const to = outcome === ServiceOutcome.ISSUED ? RESULT_ISSUED : REFUSED;
      return { to, changedFields: ['outcome', 'resultNote', 'resultAt'], note: text, missed: this.termMissed(a, ctx.at) };
    });
  }

  /** Paragraph 27: the executed documents come back from the provider to the front office (outside the term). */
  receiveResult(viewer: Viewer, id: string, at?: Date | null): Promise<ServiceApplication> {
    return this.step(viewer, id, at, { verb: 'receive the result of', from: [RESULT_ISSUED, REFUSED], by: 'FRONT_OFFICE' }, (a, ctx) => {
      a.resultReceivedAt = ctx.at;
      return { to: RESULT_RECEIVED, changedFields: ['resultReceivedAt'], note: null, missed: null };
    });
  }

  /**
   * Paragraph 26: the front office that accepted the application hands the result to the
   * investor on the receipt, on an identity document or a power of attorney; once.
   */
  handOverResult(
    viewer: Viewer,
    id: string,
    receiptNumber: string,
    identityDocument: string,
    at?: Date | null,
  ): Promise<ServiceApplication> {
    const document = requireText(
      identityDocument,
      'identityDocument',
      'The hand-over needs the identity document or power of attorney presented',
    );
    return this.step(viewer, id, at, { verb: 'hand over the result of', from: [RESULT_RECEIVED], by: 'FRONT_OFFICE' }, (a, ctx) => {
      if (receiptNumber.trim() !== a.receiptNumber)
        throw badInput('That is not the receipt of this application', { field: 'receiptNumber' });
      a.handedOverAt = ctx.at;
      a.handedOverOnDocument = document;
      return { to: HANDED_OVER, changedFields: ['handedOverAt', 'handedOverOnDocument'], note: `On ${document}`, missed: null };
    });
  }

  private sendToProvider(a: ServiceApplication, ctx: StepContext, at: Date): StepResult {
    a.forwardedAt = at;
    a.forwardedOnTime = at <= a.forwardDueAt;
    a.resultDueAt = ctx.calendar.workingDayDeadline(at, ctx.termWorkingDays);
    const missed = a.forwardedOnTime
      ? null
      : { kind: ServiceViolationKind.LATE_FORWARDING, dueAt: a.forwardDueAt, officeId: a.acceptedByOfficeId };
    return { to: FORWARDED, changedFields: ['forwardedAt', 'forwardedOnTime', 'resultDueAt'], note: null, missed };
  }

  private termMissed(a: ServiceApplication, at: Date): StepResult['missed'] {
    const dueAt = a.resultDueAt!;
    return at > dueAt ? { kind: ServiceViolationKind.PROVIDER_TERM_BREACHED, dueAt, officeId: a.providerOfficeId } : null;
  }

  private async step(
    viewer: Viewer,
    id: string,
    at: Date | null | undefined,
    step: Step,
    apply: (application: ServiceApplication, ctx: StepContext) => StepResult,
  ): Promise<ServiceApplication> {
    const when = this.timing.pastOrNow(at, 'at');
    return this.transactions.run(viewer.userId, async (uow) => {
      const timing = await this.timing.on(when);
      const application = await this.applications.lock(recordScopeOf(viewer), id);
      if (!application) throw notFound('ServiceApplication', id);
      const actingOffice = step.by === 'PROVIDER' ? application.providerOfficeId : application.acceptedByOfficeId;
      if (viewer.office.id !== actingOffice) {
        throw forbidden(
          step.by === 'PROVIDER'
            ? 'Only the service provider may do this'
            : 'Only the front office that accepted the application may do this',
        );
      }
      if (!step.from.includes(application.status)) {
        throw badInput(`Cannot ${step.verb} an application that is ${application.status}`, { status: application.status });
      }
      const previous = await this.applications.lastStepAt(id);
      if (previous && when < previous)
        throw badInput(`at may not be before the previous step (${previous.toISOString()})`, { field: 'at' });
      const service = (await this.catalogue.findByCode(application.serviceCode))!;
      await step.check?.(application, service);
      const result = apply(application, { ...timing, at: when, termWorkingDays: service.termWorkingDays });
      // The provider reads it from its forwarding on (paragraph 24): a status change can change who reads it.
      await uow.readersMayChange(SERVICE_APPLICATION_POLICY, id);
      application.status = result.to;
      const saved = await this.applications.save(application);
      // Order 489: each forwarding round starts the provider's steps from step 1.
      if (result.to === FORWARDED) await this.steps.start(saved, service, when, timing.calendar);
      await this.applications.appendStep({ applicationId: id, status: result.to, at: when, actorId: viewer.userId, note: result.note });
      const changed = [
        'status',
        ...result.changedFields,
        ...(result.to === FORWARDED && service.steps.length > 0 ? ['steps', 'currentStep'] : []),
      ];
      const missed = result.missed;
      if (missed && (await this.violations.insertOnce({ ...missed, applicationId: id, round: saved.round }, this.timing.now()))) {
        changed.push('violations');
      }
      uow.changed(SERVICE_APPLICATION_POLICY, saved.id, ChangeAction.UPDATED, changed);
      return saved;
    });
  }
}

function requireText(value: string, field: string, message: string): string {
  const text = value.trim();
  if (!text) throw badInput(message, { field });
  return text;
}
