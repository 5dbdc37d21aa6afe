import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12, a million investors: what a regional office reads of investors (those initiating a
 * project in its region, paragraph 6, regional level) and the sector filter were conditions on
 * other tables, which the planner can neither index together nor estimate together: a regional
 * office's investors of one sector (625 of 1,000,042) were found by walking 35,000 investors
 * newest first (80 ms; 400 ms for the first read, which counts). Both are now kept on the investor
 * row as arrays with GIN indexes, which PostgreSQL combines with each other and with the owner
 * office's index (13 ms; 9 ms for the count).
 *
 * Kept by the database, like a project's tier: statement triggers on `project` and
 * `investor_sector` re-read the arrays of the investors a write touched (also for writes made
 * outside IRM). `project` and `investor_sector` stay the records; the arrays are never written
 * by the application.
 */
export class InvestorKeptArrays1795649000000 implements MigrationInterface {
  name = 'InvestorKeptArrays1795649000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "investor" ADD "project_regions" text array NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "investor" ADD "sector_codes" text array NOT NULL DEFAULT '{}'`);
    await q.query(`
      CREATE FUNCTION investor_reread_arrays(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        UPDATE investor i SET project_regions = k.regions, sector_codes = k.sectors
        FROM (
          SELECT t.id,
            ARRAY(SELECT DISTINCT p.region_code::text FROM project p WHERE p.initiator_id = t.id ORDER BY 1) AS regions,
            ARRAY(SELECT s.sector_code::text FROM investor_sector s WHERE s.investor_id = t.id ORDER BY 1) AS sectors
          FROM unnest(ids) t(id)
        ) k
        WHERE i.id = k.id AND (i.project_regions, i.sector_codes) IS DISTINCT FROM (k.regions, k.sectors)
      $$`);
    // One function for both tables and the three writes; plpgsql plans a statement when it first
    // runs it, so each branch names only the transition tables its trigger has.
    await q.query(`
      CREATE FUNCTION investor_arrays_follow() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'project' THEN
          IF TG_OP = 'INSERT' THEN
            PERFORM investor_reread_arrays(ARRAY(SELECT DISTINCT initiator_id FROM added WHERE initiator_id IS NOT NULL));
          ELSIF TG_OP = 'DELETE' THEN
            PERFORM investor_reread_arrays(ARRAY(SELECT DISTINCT initiator_id FROM removed WHERE initiator_id IS NOT NULL));
          ELSE
            -- Only a project that changed initiator or region (a re-assessment rewrites every row).
            PERFORM investor_reread_arrays(ARRAY(
              SELECT DISTINCT x.id FROM removed o JOIN added n ON n.id = o.id,
                LATERAL (VALUES (o.initiator_id), (n.initiator_id)) x(id)
              WHERE x.id IS NOT NULL
                AND (o.initiator_id IS DISTINCT FROM n.initiator_id OR o.region_code IS DISTINCT FROM n.region_code)));
          END IF;
        ELSIF TG_OP = 'INSERT' THEN
          PERFORM investor_reread_arrays(ARRAY(SELECT DISTINCT investor_id FROM added));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM investor_reread_arrays(ARRAY(SELECT DISTINCT investor_id FROM removed));
        ELSE
          PERFORM investor_reread_arrays(ARRAY(SELECT investor_id FROM removed UNION SELECT investor_id FROM added));
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of ['project', 'investor_sector']) {
      await q.query(`CREATE TRIGGER ${table}_inserted_investor_arrays AFTER INSERT ON ${table}
        REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION investor_arrays_follow()`);
      await q.query(`CREATE TRIGGER ${table}_updated_investor_arrays AFTER UPDATE ON ${table}
        REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION investor_arrays_follow()`);
      await q.query(`CREATE TRIGGER ${table}_deleted_investor_arrays AFTER DELETE ON ${table}
        REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION investor_arrays_follow()`);
    }
    // The backfill changes no list's rows, so it bumps the investor lists' generation once rather
    // than queueing a deferred trigger event per investor (a million of them; and an index cannot
    // be created on a table with pending trigger events).
    await q.query(`ALTER TABLE investor DISABLE TRIGGER investor_read_generation`);
    await q.query(`SELECT investor_reread_arrays(ARRAY(SELECT id FROM investor))`);
    await q.query(`ALTER TABLE investor ENABLE TRIGGER investor_read_generation`);
    await q.query(`UPDATE read_generation SET value = value + 1 WHERE kind = 'investor'`);
    await q.query(`CREATE INDEX "investor_project_regions" ON "investor" USING gin ("project_regions") `);
    await q.query(`CREATE INDEX "investor_sector_codes" ON "investor" USING gin ("sector_codes") `);
    await q.query(`ANALYZE "investor"`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."investor_sector_codes"`);
    await q.query(`DROP INDEX "public"."investor_project_regions"`);
    for (const table of ['project', 'investor_sector']) {
      for (const write of ['inserted', 'updated', 'deleted']) await q.query(`DROP TRIGGER ${table}_${write}_investor_arrays ON ${table}`);
    }
    await q.query(`DROP FUNCTION investor_arrays_follow(), investor_reread_arrays(uuid[])`);
    await q.query(`ALTER TABLE "investor" DROP COLUMN "sector_codes"`);
    await q.query(`ALTER TABLE "investor" DROP COLUMN "project_regions"`);
  }
}
