import { definePolicy, SEES_EVERYTHING } from '../auth/audience';
import { INVESTOR_CHANGES } from './investor.entity';

/**
 * Who reads an investor: the office that owns the lead, the external offices of its host country
 * (paragraph 6, external level), the regional offices of the regions of the projects it initiates
 * (paragraph 6, regional level), and those who read everything.
 */
export const INVESTOR_POLICY = definePolicy({
  kind: INVESTOR_CHANGES,
  table: 'investor',
  grants: [
    { kinds: SEES_EVERYTHING },
    { office: 'row.owner_office_id' },
    { country: 'row.country_code' },
    // The regions of its projects, kept on the row by the database (migration InvestorKeptArrays).
    { region: 'row.project_regions', many: true },
  ],
});
