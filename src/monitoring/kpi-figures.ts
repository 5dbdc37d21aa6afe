import { KpiIndicator } from './kpi.entity';

/**
 * The one mapping of each indicator to the quarterly-report figure that counts it (chapter 5:
 * the modules' figure sources, src/reports/quarter-figure-source.ts). The KPIs read the same
 * figures as the reports, so the two cannot show different actuals. An indicator whose figure
 * no module provides would count 0 (test/monitoring/kpi.test.ts holds that every one is provided).
 *
 * - NEW_INVESTORS, 'investors.new' (src/investors/investor-figures.ts): investors the office owns
 *   created in the period.
 * - REQUESTS_ANSWERED_ON_TIME, 'requestsAnsweredOnTime' (src/requests): requests assigned to
 *   the office that it answered in the period (answeredAt in it, whenever received) on or before
 *   their due time.
 * - SERVICE_VIOLATIONS, 'serviceApplicationViolations' (src/state-services): violations on the
 *   applications the office accepted (it handles them), detected in the period.
 * - MEETINGS, VISITS, 'interactions.meetingsHeld', 'interactions.visits' (src/engagement): the
 *   office's interactions of kind MEETING, VISIT with occurredOn in the period.
 * - AGREEMENTS_SIGNED, 'agreements.signed' (src/engagement/agreement.service.ts): the office's
 *   agreements with signedOn in the period.
 * - EVENTS_HELD, 'events.held' (src/engagement/investment-event.service.ts): approved events the
 *   office organized whose last day is in the period.
 */
export const KPI_FIGURES: Record<KpiIndicator, string> = {
  [KpiIndicator.MEETINGS]: 'interactions.meetingsHeld',
  [KpiIndicator.VISITS]: 'interactions.visits',
  [KpiIndicator.NEW_INVESTORS]: 'investors.new',
  [KpiIndicator.AGREEMENTS_SIGNED]: 'agreements.signed',
  [KpiIndicator.EVENTS_HELD]: 'events.held',
  [KpiIndicator.REQUESTS_ANSWERED_ON_TIME]: 'requestsAnsweredOnTime',
  [KpiIndicator.SERVICE_VIOLATIONS]: 'serviceApplicationViolations',
};

/** The indicators in the order officePerformance lists them. */
export const KPI_ORDER: KpiIndicator[] = Object.values(KpiIndicator);
