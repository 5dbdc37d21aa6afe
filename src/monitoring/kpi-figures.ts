import { KpiIndicator } from './kpi.entity';

/**
 * The one mapping of each indicator to the quarterly-report figure that counts it (chapter 5:
 * the modules' figure sources, src/reports/quarter-figure-source.ts). The KPIs read the same
 * figures as the reports, so the two cannot show different actuals. An indicator whose figure
 * no module provides yet counts 0.
 *
 * - NEW_INVESTORS, 'investors.new' (src/reports/record-figures.ts): investors the office owns
 *   created in the period.
 * - REQUESTS_ANSWERED_ON_TIME, 'requestsAnsweredOnTime' (src/requests): requests assigned to
 *   the office, received in the period and answered within their term by its end.
 * - SERVICE_VIOLATIONS, 'serviceApplicationViolations' (src/state-services): violations on the
 *   applications the office accepted (it handles them), detected in the period.
 * - MEETINGS, VISITS, AGREEMENTS_SIGNED, EVENTS_HELD: the engagement module's figures
 *   (interactions by occurredOn, agreements by signedOn, approved events it organized by the
 *   day they ended).
 */
export const KPI_FIGURES: Record<KpiIndicator, string> = {
  [KpiIndicator.MEETINGS]: 'Meetings held',
  [KpiIndicator.VISITS]: 'Visits',
  [KpiIndicator.NEW_INVESTORS]: 'investors.new',
  [KpiIndicator.AGREEMENTS_SIGNED]: 'Agreements signed',
  [KpiIndicator.EVENTS_HELD]: 'Events held',
  [KpiIndicator.REQUESTS_ANSWERED_ON_TIME]: 'requestsAnsweredOnTime',
  [KpiIndicator.SERVICE_VIOLATIONS]: 'serviceApplicationViolations',
};

/** The indicators in the order officePerformance lists them. */
export const KPI_ORDER: KpiIndicator[] = Object.values(KpiIndicator);
