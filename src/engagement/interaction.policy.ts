import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RecordScope } from '../auth/scope';
import type { ChangeInput } from '../db/transactions';
import { whereInvestorReadable } from '../investors/investor.repository';

/**
 * Who may read the engagement records bound to an investor (interactions, their follow-ups, its
 * status history): exactly those who may read the investor (issue 9). Said once here, used as
 * the SQL filter of every list and look-up and (below) as the audience of every change event.
 */
export function applyInvestorBoundScope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, scope: RecordScope, alias = qb.alias): void {
  whereInvestorReadable(qb, scope, `${alias}.investor_id`);
}

/** What decides who may read an investor (src/auth/scope.ts), read in one statement (InteractionRepository.audienceFacts). */
export interface InvestorAudienceFacts {
  investorId: string;
  ownerOfficeId: string;
  countryCode: string;
  /** The regions of the projects it initiates: their regional offices read it. */
  regionCodes: string[];
  /** The regional offices of those regions (one event has one region field; an investor may have several). */
  regionalOfficeIds: string[];
}

/**
 * The audience of a change to a record bound to an investor, the one place it is computed:
 * the investor's owner office and host-country offices, the regional offices of its projects'
 * regions, and the record's own office. (Interim: issue 8 replaces hand-built audiences with
 * per-domain policies; this function is what to convert.)
 */
export function investorBoundAudience(
  facts: InvestorAudienceFacts,
  recordOfficeId?: string | null,
): Required<Pick<ChangeInput, 'regionCode' | 'officeIds' | 'countryCode'>> {
  return {
    regionCode: facts.regionCodes.length === 1 ? facts.regionCodes[0]! : null,
    officeIds: [facts.ownerOfficeId, recordOfficeId, ...facts.regionalOfficeIds],
    countryCode: facts.countryCode,
  };
}
