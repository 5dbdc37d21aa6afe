import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12, a million investors: filters that a scope made rare were found by walking the whole
 * newest-first index (an embassy asking for DOMESTIC investors: 1,000,042 rows read for none; a
 * regional office asking for a stage with 2 projects in its region: 500,067).
 */
export class ScopedFilterIndexes1795647300000 implements MigrationInterface {
  name = 'ScopedFilterIndexes1795647300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "investor_owner_origin" ON "investor"  ("owner_office_id", "origin") `);
    await queryRunner.query(`CREATE INDEX "investor_country_origin" ON "investor"  ("country_code", "origin") `);
    await queryRunner.query(`CREATE INDEX "project_region_stage_newest_first" ON "project"  ("region_code", "stage", "created_at", "id") `);
    // How origin goes with an embassy's two scope columns (a country's investors are almost all of
    // one origin): without it the planner takes the scope's OR and an origin as independent and
    // expects the walk of the newest-first index to find a page at once. Not an entity matter
    // (TypeORM does not model statistics): the next ANALYZE fills it.
    await queryRunner.query(
      `CREATE STATISTICS "investor_scope_origin" (mcv) ON "country_code", "owner_office_id", "origin" FROM "investor"`,
    );
    await queryRunner.query(`ANALYZE "investor"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP STATISTICS "public"."investor_scope_origin"`);
    await queryRunner.query(`DROP INDEX "public"."project_region_stage_newest_first"`);
    await queryRunner.query(`DROP INDEX "public"."investor_country_origin"`);
    await queryRunner.query(`DROP INDEX "public"."investor_owner_origin"`);
  }
}
