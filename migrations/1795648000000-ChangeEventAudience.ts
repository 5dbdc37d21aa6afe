import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A change event's readers as one audience derived by its domain's policy (issue 8), replacing the
 * hand-chosen office, region and country fields. Earlier events keep the readers those fields
 * named, and the offices that read everything.
 */
export class ChangeEventAudience1795648000000 implements MigrationInterface {
  name = 'ChangeEventAudience1795648000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "change_event" ADD "audience" text array NOT NULL DEFAULT '{}'`);
    await q.query(`
      UPDATE "change_event" SET "audience" = ARRAY['kind:AUTHORIZED_BODY', 'kind:NATIONAL_COMPANY', 'kind:TASK_FORCE']
        || ARRAY(SELECT 'office:' || o FROM unnest("office_ids") o)
        || array_remove(ARRAY['region:' || "region_code", 'region:' || "previous_region_code", 'country:' || "country_code"], NULL)
        || CASE WHEN "entity" IN ('PROJECT', 'INDUSTRIAL_SITE') THEN ARRAY['level:CENTRAL', 'level:EXTERNAL'] ELSE '{}'::text[] END`);
    await q.query(`CREATE INDEX "change_event_audience" ON "change_event" USING gin ("audience")`);
    await q.query(`ALTER TABLE "change_event" DROP COLUMN "office_ids"`);
    await q.query(`ALTER TABLE "change_event" DROP COLUMN "country_code"`);
    await q.query(`ALTER TABLE "change_event" DROP COLUMN "previous_region_code"`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "change_event" ADD "previous_region_code" character varying(6)`);
    await q.query(`ALTER TABLE "change_event" ADD "country_code" character varying(2)`);
    await q.query(`ALTER TABLE "change_event" ADD "office_ids" uuid array NOT NULL DEFAULT '{}'`);
    await q.query(`DROP INDEX "change_event_audience"`);
    await q.query(`ALTER TABLE "change_event" DROP COLUMN "audience"`);
  }
}
