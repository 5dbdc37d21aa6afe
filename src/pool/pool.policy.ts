import { definePolicy, SEES_EVERYTHING } from '../auth/audience';
import { OfficeKind } from '../offices/office.entity';
import { POOL_CONTRIBUTION_CHANGES } from './pool-contribution.entity';
import { UNIFIED_POOL_CHANGES } from './unified-pool.entity';

/** The formed unified pool: the authorized body, the National Company and the Task Force (paragraph 2.8-1). */
export const UNIFIED_POOL_POLICY = definePolicy({
  kind: UNIFIED_POOL_CHANGES,
  table: 'unified_pool',
  grants: [{ kinds: SEES_EVERYTHING }],
});

/** An office's list for the pool: the office itself and the authorized body that forms the pool (paragraphs 12.4, 15-1.4). */
export const POOL_CONTRIBUTION_POLICY = definePolicy({
  kind: POOL_CONTRIBUTION_CHANGES,
  table: 'pool_contribution',
  region: '(SELECT aud_o.region_code FROM office aud_o WHERE aud_o.id = row.office_id)',
  grants: [{ office: 'row.office_id' }, { kinds: [OfficeKind.AUTHORIZED_BODY] }],
});
