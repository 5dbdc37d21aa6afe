import { recordScopeOf } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import { almatyDateOf } from '../calendar/almaty-time';
import { badInput, notFound } from '../common/errors';
import type { Connection, PageArgs } from '../common/pagination';
import type { Transactions } from '../db/transactions';
import { ChangeAction } from '../events/change-event.entity';
import type { InvestorRepository } from '../investors/investor.repository';
import { OfficeKind } from '../offices/office.entity';
import type { OfficeRepository } from '../offices/office.repository';
import type { QuarterFigure } from '../reports/quarter-figure-source';
import { SERVICE_APPLICATION_POLICY } from './service-application.policy';
import { ServiceApplication, ServiceApplicationStatus } from './service-application.entity';
import type { AcceptServiceApplicationInput } from './service-application.inputs';
import type { ApplicationFigures, ServiceApplicationRepository } from './service-application.repository';
import type { ServiceTiming } from './service-timing';
import type { StateServiceRepository } from './state-service.repository';

/**
 * Reading and accepting state-service applications (chapter 6), and their figures. The later
 * hand-offs are in ServiceTransitionService.
 */
export class ServiceApplicationService {
  constructor(
    private readonly applications: ServiceApplicationRepository,
    private readonly catalogue: StateServiceRepository,
    private readonly investors: InvestorRepository,
    private readonly offices: OfficeRepository,
    private readonly timing: ServiceTiming,
    private readonly transactions: Transactions,
  ) {}

  async get(viewer: Viewer, id: string): Promise<ServiceApplication> {
    const [application] = await this.applications.findByIds(recordScopeOf(viewer), [id]);
    if (!application) throw notFound('ServiceApplication', id);
    return application;
  }

  list(viewer: Viewer, status: ServiceApplicationStatus | undefined, page: PageArgs): Promise<Connection<ServiceApplication>> {
    return this.applications.list(recordScopeOf(viewer), status, page);
  }

  /**
   * Paragraphs 23-25: the front office accepts the Appendix application for an investor it may
   * read and gives a receipt whose result date is the forwarding deadline plus the service's
   * term (paragraph 27: the front office's own handling is outside the term).
   */
  async accept(viewer: Viewer, input: AcceptServiceApplicationInput): Promise<ServiceApplication> {
    if (!input.consentToDataUse) {
      throw badInput('The applicant must consent to the use of protected information (the Appendix form)', { field: 'consentToDataUse' });
    }
    const acceptedAt = this.timing.pastOrNow(input.acceptedAt, 'acceptedAt');
    // The investor's scope, the service and its provider are checked in the transaction that stores the application.
    return this.transactions.run(viewer.userId, async (uow) => {
      // Share-locked: the service's provider cannot change until this application is stored.
      const service = await this.catalogue.findByCode(input.serviceCode, true);
      if (!service) throw badInput(`No state service ${input.serviceCode}`, { field: 'serviceCode' });
      // The provider is a setting of the service, resolved now: offices may be loaded after the catalogue.
      const provider = service.providerOfficeCode ? await this.offices.findByCode(service.providerOfficeCode) : null;
      if (provider?.kind !== OfficeKind.SERVICE_PROVIDER) {
        throw badInput(`State service ${service.code} has no service-provider office set`, { field: 'serviceCode' });
      }
      const investor = await this.investors.readable(recordScopeOf(viewer), input.investorId);
      const { calendar, ruleSet } = await this.timing.on(acceptedAt);
      // Paragraph 24: forwarded within one working day of acceptance.
      const forwardDueAt = calendar.workingDayDeadline(acceptedAt, ruleSet.handoffWorkingDays);
      const expectedResultOn = calendar.addWorkingDays(almatyDateOf(forwardDueAt), service.termWorkingDays);
      const year = Number(almatyDateOf(acceptedAt).slice(0, 4));
      const sequence = await this.applications.nextReceiptNumber(year);
      const application = Object.assign(new ServiceApplication(), {
        serviceCode: service.code,
        investorId: investor.id,
        acceptedByOfficeId: viewer.office.id,
        providerOfficeId: provider.id,
        applicantName: input.applicantName,
        identityDocument: input.identityDocument,
        documents: input.documents.map(({ title }) => ({ title })),
        consentToDataUse: true,
        status: ServiceApplicationStatus.ACCEPTED,
        outcome: null,
        resultNote: null,
        round: 1,
        acceptedAt,
        receiptNumber: `${year}-${String(sequence).padStart(6, '0')}`,
        expectedResultOn,
        documentsReceivedAt: acceptedAt,
        forwardDueAt,
      });
      const saved = await this.applications.save(application);
      await this.applications.appendStep({
        applicationId: saved.id,
        status: saved.status,
        at: acceptedAt,
        actorId: viewer.userId,
        note: null,
      });
      uow.changed(SERVICE_APPLICATION_POLICY, saved.id, ChangeAction.CREATED);
      return saved;
    });
  }

  /** Chapter 5 figures of a front office for [from, to), for its quarterly report. */
  async quarterFigures(officeId: string, from: Date, to: Date): Promise<QuarterFigure[]> {
    const figures: ApplicationFigures = await this.applications.figures(officeId, from, to);
    return [
      { name: 'serviceApplicationsAccepted', value: String(figures.accepted) },
      { name: 'serviceApplicationsForwardedOnTime', value: String(figures.forwardedOnTime) },
      { name: 'serviceApplicationViolations', value: String(figures.violations) },
      // Paragraph 26: results handed over to investors in the quarter.
      { name: 'serviceResultsHandedOver', value: String(figures.handedOver) },
    ];
  }
}
