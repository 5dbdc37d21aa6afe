import type { Viewer } from '../auth/viewer';
import { definePolicy } from '../auth/audience';
import { INVESTOR_POLICY } from '../investors/investor.policy';
import { AGREEMENT_CHANGES, type Agreement } from './agreement.entity';

/** An agreement and its commitments: read by whoever reads its investor (paragraph 6: monitoring what was agreed). */
export const AGREEMENT_POLICY = definePolicy({
  kind: AGREEMENT_CHANGES,
  table: 'agreement',
  grants: [{ readersOf: () => INVESTOR_POLICY, key: 'row.investor_id' }],
});

/** Who keeps an agreement's commitments up to date: the office that recorded it and the investor's owner office. */
export function monitorsAgreement(viewer: Viewer, agreement: Pick<Agreement, 'officeId'>, investorOwnerOfficeId: string): boolean {
  return viewer.office.id === agreement.officeId || viewer.office.id === investorOwnerOfficeId;
}
