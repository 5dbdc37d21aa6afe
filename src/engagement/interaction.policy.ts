import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RecordScope } from '../auth/scope';
import { definePolicy } from '../auth/audience';
import { INVESTOR_POLICY } from '../investors/investor.policy';
import { whereInvestorReadable } from '../investors/investor.repository';
import { INTERACTION_CHANGES } from './interaction.entity';

/**
 * Who may read the engagement records bound to an investor (interactions, their follow-ups, its
 * status history): exactly those who may read the investor (issue 9). Said once here, used as
 * the SQL filter of every list and look-up; INTERACTION_POLICY gives the same readers to change events.
 */
export function applyInvestorBoundScope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, scope: RecordScope, alias = qb.alias): void {
  whereInvestorReadable(qb, scope, `${alias}.investor_id`);
}

/** An interaction and its follow-up: read by whoever reads its investor. */
export const INTERACTION_POLICY = definePolicy({
  kind: INTERACTION_CHANGES,
  table: 'interaction',
  grants: [{ readersOf: () => INVESTOR_POLICY, key: 'row.investor_id' }],
});
