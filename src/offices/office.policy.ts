import { definePolicy, EVERY_OFFICE } from '../auth/audience';
import { OFFICE_CHANGES } from './office.entity';

/** The offices of the front-office system are read by everyone signed in. */
export const OFFICE_POLICY = definePolicy({
  kind: OFFICE_CHANGES,
  table: 'office',
  region: 'row.region_code',
  grants: [{ kinds: EVERY_OFFICE }],
});
