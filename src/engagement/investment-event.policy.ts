import { recordScopeOf } from '../auth/scope';
import type { Viewer } from '../auth/viewer';
import type { ChangeInput } from '../db/transactions';
import type { ChangeAction } from '../events/change-event.entity';
import { OfficeKind } from '../offices/office.entity';
import { INVESTMENT_EVENT_CHANGES, InvestmentEventStatus, type InvestmentEvent } from './investment-event.entity';

/**
 * Paragraph 8.9: the authorized body coordinates the subject, date and place of the events of
 * the National Company (its Task Force included) and of the regional organizations; their
 * events start PROPOSED. Every other office's events start APPROVED.
 */
const COORDINATED = new Set([OfficeKind.NATIONAL_COMPANY, OfficeKind.TASK_FORCE, OfficeKind.REGIONAL_ORGANIZATION]);

export function initialStatusOf(organizerKind: OfficeKind): InvestmentEventStatus {
  return COORDINATED.has(organizerKind) ? InvestmentEventStatus.PROPOSED : InvestmentEventStatus.APPROVED;
}

/** Who reads events: every front office (they are coordinated in the open); a service provider none. */
export function readsInvestmentEvents(viewer: Viewer | null): boolean {
  return recordScopeOf(viewer).kind !== 'NONE';
}

/**
 * The one place that says who hears of a change to an event: every front office, i.e. every
 * office but the service providers (`frontOfficeIds`, read in the writing transaction), and the
 * organizer. Interim: the lead converts this to the per-domain audience policy.
 */
export function investmentEventChange(
  event: InvestmentEvent,
  action: ChangeAction,
  changedFields: string[],
  frontOfficeIds: string[],
): ChangeInput {
  return {
    entity: INVESTMENT_EVENT_CHANGES,
    entityId: event.id,
    action,
    changedFields,
    regionCode: null,
    officeIds: [event.organizerOfficeId, ...frontOfficeIds],
    countryCode: null,
  };
}
