import { definePolicy, SEES_EVERYTHING } from '../auth/audience';
import { OfficeLevel } from '../offices/office.entity';
import { PROJECT_CHANGES } from './project.entity';

/**
 * Who reads a project: the regional offices of its region, every central and external front
 * office (they promote projects, paragraph 6, external level 8), and those who read everything.
 */
export const PROJECT_POLICY = definePolicy({
  kind: PROJECT_CHANGES,
  table: 'project',
  region: 'row.region_code',
  grants: [{ kinds: SEES_EVERYTHING }, { levels: [OfficeLevel.CENTRAL, OfficeLevel.EXTERNAL] }, { region: 'row.region_code' }],
});

/** What the database derives for a project from facts other rows hold (the project_assess trigger): field name to column. */
export const PROJECT_DERIVED_COLUMNS = { supportTier: 'support_tier', poolEligible: 'pool_eligible', poolReasons: 'pool_reasons' };
