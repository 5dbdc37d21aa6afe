// The bench data set in bulk SQL, on top of the demo data (offices, sectors, regions, users).
import { Client } from 'pg';
import type { BenchData } from './bench-database';

/** Bulk rows in SQL: names, countries, owners, sectors and volumes spread like the demo data. */
export async function fill(url: string, { investors: INVESTORS, projects: PROJECTS }: BenchData): Promise<void> {
  const db = new Client({ connectionString: url });
  await db.connect();
  await db.query(
    `
    INSERT INTO investor (name, origin, country_code, ownership, status, owner_office_id, notes, created_at)
    SELECT 'Bench Investor ' || g || ' ' || (ARRAY['Steppe','Altai','Caspian','Silk Road','Tengri','Baikonur'])[1 + g % 6] || ' LLP',
           CASE WHEN g % 3 = 0 THEN 'DOMESTIC' ELSE 'FOREIGN' END::investor_origin,
           CASE WHEN g % 3 = 0 THEN 'KZ' ELSE (ARRAY['CN','DE','KR','TR','AE','US','GB','JP'])[1 + g % 8] END,
           CASE WHEN g % 17 = 0 THEN 'STATE' ELSE 'PRIVATE' END::ownership,
           (ARRAY['LEAD','ENGAGED','COMMITTED','ACTIVE','LOST'])[1 + g % 5]::investor_status,
           (ARRAY(SELECT id FROM office ORDER BY code))[1 + g % 30],
           'generated for the benchmark',
           now() - (g || ' seconds')::interval
      FROM generate_series(1, $1) g`,
    [INVESTORS],
  );
  await db.query(`INSERT INTO investor_sector (investor_id, sector_code)
    SELECT i.id, s.code FROM investor i JOIN LATERAL (SELECT code FROM sector ORDER BY code OFFSET (abs(hashtext(i.id::text)) % 80) LIMIT 2) s ON true
     WHERE i.notes = 'generated for the benchmark'`);
  await db.query(
    `
    WITH inv AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM investor WHERE notes = 'generated for the benchmark'),
         sec AS (SELECT code, row_number() OVER (ORDER BY code) - 1 AS n FROM sector),
         reg AS (SELECT code, row_number() OVER (ORDER BY code) - 1 AS n FROM region)
    INSERT INTO project (title, kind, stage, sector_code, region_code, investment_volume_kzt, assessed_on, initiator_id, created_at)
    SELECT 'Bench project ' || g,
           (ARRAY['NEW','EXPANSION','MODERNIZATION'])[1 + g % 3]::project_kind,
           (ARRAY['PROPOSED','PREPARATION','IMPLEMENTATION','IMPLEMENTED','SUSPENDED','CANCELLED'])[1 + g % 6]::project_stage,
           sec.code,
           reg.code,
           round((exp(ln(50000000) + (g % 1000) / 1000.0 * (ln(500000000000) - ln(50000000))))::numeric, 2),
           DATE '2024-01-01' + (g % 1000),
           inv.id,
           now() - (g || ' seconds')::interval
      FROM generate_series(1, $1) g
      JOIN inv ON inv.n = 1 + (g * 7) % $2
      JOIN sec ON sec.n = g % (SELECT count(*) FROM sector)
      JOIN reg ON reg.n = g % 20`,
    [PROJECTS, INVESTORS],
  );
  // VACUUM as well: freshly inserted rows are not all-visible, so index-only scans (the scope's
  // project_region_initiator, counts) would still read the table until autovacuum gets there.
  await db.query('VACUUM ANALYZE');
  await db.end();
}
