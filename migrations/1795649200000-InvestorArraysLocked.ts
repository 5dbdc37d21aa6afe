import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The arrays' re-read, as migration InvestorKeptArrays wrote it (the function's body before and, after the lock, now). */
const REREAD = `
  UPDATE investor i SET project_regions = k.regions, sector_codes = k.sectors
  FROM (
    SELECT t.id,
      ARRAY(SELECT DISTINCT p.region_code::text FROM project p WHERE p.initiator_id = t.id ORDER BY 1) AS regions,
      ARRAY(SELECT s.sector_code::text FROM investor_sector s WHERE s.investor_id = t.id ORDER BY 1) AS sectors
    FROM unnest(ids) t(id)
  ) k
  WHERE i.id = k.id AND (i.project_regions, i.sector_codes) IS DISTINCT FROM (k.regions, k.sectors)`;

const rereadFunction = (body: string) =>
  `CREATE OR REPLACE FUNCTION investor_reread_arrays(ids uuid[]) RETURNS void LANGUAGE sql AS $$${body}$$`;

/**
 * The kept arrays of an investor (migration InvestorKeptArrays) were computed with the snapshot
 * of the statement that wrote a project: a transaction that waited for another's lock on the
 * investor then wrote arrays without the other's project (two projects of one investor created
 * at once: one region lost, so one regional office stopped reading the investor). The investors
 * are now locked first, in id order (two writers never wait on each other in a cycle), and the
 * arrays read in the next statement, whose snapshot has what the lock waited for (READ COMMITTED).
 */
export class InvestorArraysLocked1795649200000 implements MigrationInterface {
  name = 'InvestorArraysLocked1795649200000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(rereadFunction(`SELECT 1 FROM investor WHERE id = ANY(ids) ORDER BY id FOR UPDATE; ${REREAD};`));
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(rereadFunction(REREAD));
  }
}
