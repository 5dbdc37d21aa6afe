import type { Viewer } from '../auth/viewer';
import { addCalendarDays, startOfAlmatyDay } from '../calendar/almaty-time';
import { toCsv } from '../common/csv';
import { badInput, forbidden } from '../common/errors';
import { OfficeKind } from '../offices/office.entity';
import { ServiceStepPerformance } from './service-step.entity';
import type { ServiceStepRepository } from './service-step.repository';
import type { StateServiceRepository } from './state-service.repository';

/**
 * Where a provider's time goes (paragraph 28 shows only that the whole term was broken): per
 * step of a service, how many were completed in a period, how many late, and the median
 * working time they took. The authorized body and the National Company see every provider;
 * a provider sees its own applications of the services it provides.
 */
export class ServiceStepPerformanceService {
  constructor(
    private readonly steps: ServiceStepRepository,
    private readonly catalogue: StateServiceRepository,
  ) {}

  /** Days `from` to `to`, both included, in Almaty. */
  async figures(viewer: Viewer, serviceCode: string, from: string, to: string): Promise<ServiceStepPerformance[]> {
    if (from > to) throw badInput('from must not be after to', { field: 'from' });
    const service = await this.catalogue.findByCode(serviceCode);
    if (!service) throw badInput(`No state service ${serviceCode}`, { field: 'serviceCode' });
    let providerOfficeId: string | null = null;
    if (viewer.office.kind === OfficeKind.SERVICE_PROVIDER) {
      if (service.providerOfficeCode !== viewer.office.code)
        throw forbidden('Only the provider of this service, the authorized body and the National Company see its steps');
      providerOfficeId = viewer.office.id;
    } else if (viewer.office.kind !== OfficeKind.AUTHORIZED_BODY && viewer.office.kind !== OfficeKind.NATIONAL_COMPANY) {
      throw forbidden('Only the provider of this service, the authorized body and the National Company see its steps');
    }
    const rows = await this.steps.figures(service.code, startOfAlmatyDay(from), startOfAlmatyDay(addCalendarDays(to, 1)), providerOfficeId);
    return service.steps.map((s) => {
      const row = rows.find((r) => r.order === s.order);
      return Object.assign(new ServiceStepPerformance(), {
        order: s.order,
        name: s.name,
        completed: row?.completed ?? 0,
        late: row?.late ?? 0,
        medianWorkingMinutes: row?.medianWorkingMinutes ?? null,
      });
    });
  }

  /** The same figures as a CSV download. */
  async csv(viewer: Viewer, serviceCode: string, from: string, to: string): Promise<{ filename: string; body: string }> {
    const figures = await this.figures(viewer, serviceCode, from, to);
    const rows = figures.map((f) => [
      String(f.order),
      f.name,
      String(f.completed),
      String(f.late),
      f.medianWorkingMinutes === null ? '' : String(f.medianWorkingMinutes),
    ]);
    return {
      filename: `service-step-performance-${serviceCode}-${from}-${to}.csv`,
      body: toCsv([['order', 'name', 'completed', 'late', 'median_working_minutes'], ...rows]),
    };
  }
}
