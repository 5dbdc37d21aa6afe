import { toCsv } from '../common/csv';
import type { UnifiedPool, UnifiedPoolEntry } from './unified-pool.entity';

/** The formed pool as a spreadsheet: one row per project as listed. */
export function unifiedPoolCsv(pool: UnifiedPool, entries: UnifiedPoolEntry[]): { filename: string; body: string } {
  const header = ['project_id', 'title', 'region_code', 'sector_code', 'stage', 'support_tier', 'investment_volume_kzt'];
  const rows = entries.map((e) => [e.projectId, e.title, e.regionCode, e.sectorCode, e.stage, e.supportTier, e.investmentVolumeKzt]);
  return { filename: `unified-pool-${pool.year}-Q${pool.quarter}.csv`, body: toCsv([header, ...rows]) };
}
