import { definePolicy, EVERY_OFFICE } from '../auth/audience';
import { REFERENCE_CHANGES } from './reference-cache';

/** Reference data (regions, sectors, thresholds) is read by everyone signed in. */
export const REFERENCE_POLICY = definePolicy({ kind: REFERENCE_CHANGES, grants: [{ kinds: EVERY_OFFICE }] });
