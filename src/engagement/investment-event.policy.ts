import { definePolicy } from '../auth/audience';
import { OfficeKind, OfficeLevel } from '../offices/office.entity';
import { INVESTMENT_EVENT_CHANGES, InvestmentEventStatus } from './investment-event.entity';

/**
 * Paragraph 8.9: the authorized body coordinates the subject, date and place of the events of
 * the National Company (its Task Force included) and of the regional organizations; their
 * events start PROPOSED. Every other office's events start APPROVED.
 */
const COORDINATED = new Set([OfficeKind.NATIONAL_COMPANY, OfficeKind.TASK_FORCE, OfficeKind.REGIONAL_ORGANIZATION]);

export function initialStatusOf(organizerKind: OfficeKind): InvestmentEventStatus {
  return COORDINATED.has(organizerKind) ? InvestmentEventStatus.PROPOSED : InvestmentEventStatus.APPROVED;
}

/** Events are coordinated in the open (paragraph 8.9): every front office reads them, a service provider none. */
export const INVESTMENT_EVENT_POLICY = definePolicy({
  kind: INVESTMENT_EVENT_CHANGES,
  table: 'investment_event',
  grants: [{ levels: Object.values(OfficeLevel) }],
});
