import { Decimal } from 'decimal.js';
import type { Viewer } from '../auth/viewer';
import { startOfAlmatyDay } from '../calendar/almaty-time';
import type { Clock } from '../common/clock';
import { badInput, forbidden, notFound } from '../common/errors';
import { quarterOf } from '../common/quarter';
import type { Transactions } from '../db/transactions';
import { ChangeAction } from '../events/change-event.entity';
import { OfficeKind, type Office } from '../offices/office.entity';
import type { OfficeRepository } from '../offices/office.repository';
import type { QuarterFigureSource } from '../reports/quarter-figure-source';
import { KPI_FIGURES, KPI_ORDER } from './kpi-figures';
import type { KpiTarget, OfficePerformance } from './kpi.entity';
import type { KpiRepository } from './kpi.repository';
import type { KpiTargetInput } from './monitoring.inputs';
import { KPI_TARGET_POLICY, mayReadPerformance } from './monitoring.policy';

/** A year, or a quarter of it, as [from, to) instants in Asia/Almaty. */
interface Period {
  year: number;
  quarter: number | null;
  from: Date;
  to: Date;
}

/**
 * The front offices' key performance indicators (paragraphs 8.3, 8.4, 17): targets set by the
 * authorized body, actuals read from the same figures as the quarterly reports (kpi-figures.ts).
 */
export class KpiService {
  constructor(
    private readonly kpis: KpiRepository,
    private readonly offices: OfficeRepository,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    private readonly figureSources: QuarterFigureSource[],
  ) {}

  /** Setting the same office, period and indicator again replaces the target. */
  async setTarget(viewer: Viewer, input: KpiTargetInput): Promise<KpiTarget> {
    const period = this.period(input.year, input.quarter ?? null);
    if (new Decimal(input.target).isNegative()) throw badInput('target cannot be negative', { field: 'target' });
    return this.transactions.run(viewer.userId, async (uow) => {
      const office = await this.offices.findById(input.officeId);
      if (!office) throw notFound('Office', input.officeId);
      if (office.kind === OfficeKind.SERVICE_PROVIDER)
        throw badInput('Targets are set for front offices, not service providers', { field: 'officeId' });
      const { target, replaced } = await this.kpis.upsert({
        officeId: office.id,
        year: period.year,
        quarter: period.quarter,
        indicator: input.indicator,
        target: input.target,
      });
      uow.changed(KPI_TARGET_POLICY, target.id, replaced ? ChangeAction.UPDATED : ChangeAction.CREATED, replaced ? ['target'] : []);
      return target;
    });
  }

  /** Every indicator of the office for the year or quarter: target (for exactly that period), actual, percentage achieved. */
  async performance(viewer: Viewer, officeId: string, year: number, quarter: number | null): Promise<OfficePerformance> {
    const period = this.period(year, quarter);
    const office: Office | null = await this.offices.findById(officeId);
    if (!office) throw notFound('Office', officeId);
    if (!mayReadPerformance(viewer, office))
      throw forbidden(
        "Only the office itself, the authorized body, and the National Company for regional and central offices read an office's performance",
      );
    const [figures, targets] = await Promise.all([
      this.figures(office.id, period),
      this.kpis.targetsFor(office.id, period.year, period.quarter),
    ]);
    const targetOf = new Map(targets.map((t) => [t.indicator, t.target]));
    return {
      officeId: office.id,
      year: period.year,
      quarter: period.quarter,
      indicators: KPI_ORDER.map((indicator) => {
        const actual = new Decimal(figures.get(KPI_FIGURES[indicator]) ?? '0');
        const target = targetOf.get(indicator) ?? null;
        const t = target === null ? null : new Decimal(target);
        return {
          indicator,
          target,
          actual: actual.toFixed(),
          achievedPercent: t === null || t.isZero() ? null : actual.div(t).times(100).toFixed(2, Decimal.ROUND_HALF_UP),
        };
      }),
    };
  }

  /** The figures every module gives the office's quarterly report, here for any period. */
  private async figures(officeId: string, { from, to }: Period): Promise<Map<string, string>> {
    const rows = (await Promise.all(this.figureSources.map((s) => s.quarterFigures(officeId, from, to)))).flat();
    return new Map(rows.map((r) => [r.name, r.value]));
  }

  private period(year: number, quarter: number | null): Period {
    const now = this.clock.now();
    if (quarter !== null) return quarterOf(year, quarter, now);
    quarterOf(year, 1, now); // the same checks of the year
    return { year, quarter: null, from: startOfAlmatyDay(`${year}-01-01`), to: startOfAlmatyDay(`${year + 1}-01-01`) };
  }
}
