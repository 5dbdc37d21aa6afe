import { definePolicy, SEES_EVERYTHING } from '../auth/audience';
import { OfficeLevel } from '../offices/office.entity';
import { INDUSTRIAL_SITE_CHANGES } from './industrial-site.entity';

/** Who reads an industrial site: as a project (its region's offices, every central and external front office). */
export const INDUSTRIAL_SITE_POLICY = definePolicy({
  kind: INDUSTRIAL_SITE_CHANGES,
  table: 'industrial_site',
  region: 'row.region_code',
  grants: [{ kinds: SEES_EVERYTHING }, { levels: [OfficeLevel.CENTRAL, OfficeLevel.EXTERNAL] }, { region: 'row.region_code' }],
});
