import { definePolicy } from '../auth/audience';
import { INVESTOR_POLICY } from '../investors/investor.policy';
import { INVESTOR_REQUEST_CHANGES } from './investor-request.entity';

/** Who reads an investor's request: whoever reads the investor, and the office it is assigned to (paragraphs 12.7, 15-1.6). */
export const INVESTOR_REQUEST_POLICY = definePolicy({
  kind: INVESTOR_REQUEST_CHANGES,
  table: 'investor_request',
  grants: [{ readersOf: () => INVESTOR_POLICY, key: 'row.investor_id' }, { office: 'row.assigned_office_id' }],
});
