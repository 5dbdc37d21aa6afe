import type { Viewer } from '../auth/viewer';
import type { ChangeInput } from '../db/transactions';
import type { ChangeAction } from '../events/change-event.entity';
import { AGREEMENT_CHANGES, type Agreement } from './agreement.entity';

/** What decides who reads an agreement: its investor's readers (see auth/scope.ts). */
export interface AgreementInvestorFacts {
  investorId: string;
  ownerOfficeId: string;
  countryCode: string;
  /** The regions of the investor's projects, and the regional offices there (they read the investor). */
  regionCodes: string[];
  regionalOfficeIds: string[];
}

/**
 * The one place that says who hears of a change to an agreement: exactly those who may read its
 * investor (the owner office, the offices of its country, the regional offices of its
 * projects' regions, the central offices that read everything), and the recording office.
 * Interim: the lead converts this to the per-domain audience policy.
 */
export function agreementChange(
  agreement: Pick<Agreement, 'id' | 'officeId'>,
  investor: AgreementInvestorFacts,
  action: ChangeAction,
  changedFields: string[],
): ChangeInput {
  return {
    entity: AGREEMENT_CHANGES,
    entityId: agreement.id,
    action,
    changedFields,
    regionCode: investor.regionCodes.length === 1 ? investor.regionCodes[0] : null,
    officeIds: [investor.ownerOfficeId, agreement.officeId, ...investor.regionalOfficeIds],
    countryCode: investor.countryCode,
  };
}

/** Who keeps an agreement's commitments up to date: the office that recorded it and the investor's owner office. */
export function monitorsAgreement(viewer: Viewer, agreement: Pick<Agreement, 'officeId'>, investorOwnerOfficeId: string): boolean {
  return viewer.office.id === agreement.officeId || viewer.office.id === investorOwnerOfficeId;
}
