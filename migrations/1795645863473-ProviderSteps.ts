import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: office working hours (default 09:00–18:00, break 13:00–14:00: an assumption), the
 * provider's regulated steps per application and forwarding round (Order 489), the signing step
 * of the investor-visa petition, and the hand-over of the result (paragraphs 26-27).
 */
export class ProviderSteps1795645863473 implements MigrationInterface {
  name = 'ProviderSteps1795645863473';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."delivery_method" AS ENUM('COURIER', 'MAIL')`);
    await queryRunner.query(
      `CREATE TABLE "service_step" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "round" integer NOT NULL, "step_order" integer NOT NULL, "started_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "completed_at" TIMESTAMP(3) WITH TIME ZONE, "completed_by_id" uuid, "assignee_id" uuid, "delivery_method" "public"."delivery_method", "working_minutes" double precision, "overdue_noted_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_1efcfd73ef8d27093d212b328c5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_66311b76bde21c9c1c278d8e0a" ON "service_step"  ("completed_at") `);
    await queryRunner.query(`CREATE INDEX "service_step_open_due" ON "service_step"  ("due_at") WHERE completed_at IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "service_step_once" ON "service_step"  ("application_id", "round", "step_order") `);
    await queryRunner.query(`ALTER TABLE "office" ADD "hours_starts_at" character varying(5) NOT NULL DEFAULT '09:00'`);
    await queryRunner.query(`ALTER TABLE "office" ADD "hours_ends_at" character varying(5) NOT NULL DEFAULT '18:00'`);
    await queryRunner.query(`ALTER TABLE "office" ADD "break_starts_at" character varying(5) DEFAULT '13:00'`);
    await queryRunner.query(`ALTER TABLE "office" ADD "break_ends_at" character varying(5) DEFAULT '14:00'`);
    await queryRunner.query(`ALTER TABLE "state_service" ADD "result_signing_step" integer`);
    // Order 489, paragraph 5.7: the head of the service provider signs the result at step 7.
    await queryRunner.query(`UPDATE "state_service" SET "result_signing_step" = 7 WHERE "code" = 'INVESTOR_VISA_PETITION'`);
    await queryRunner.query(`ALTER TABLE "service_application" ADD "result_received_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "service_application" ADD "handed_over_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "service_application" ADD "handed_over_on_document" text`);
    await queryRunner.query(`ALTER TYPE "public"."service_application_status" ADD VALUE 'RESULT_RECEIVED'`);
    await queryRunner.query(`ALTER TYPE "public"."service_application_status" ADD VALUE 'HANDED_OVER'`);
    await queryRunner.query(
      `ALTER TABLE "service_step" ADD CONSTRAINT "FK_df7c80be83984f47856ce750aeb" FOREIGN KEY ("application_id") REFERENCES "service_application"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "service_step" DROP CONSTRAINT "FK_df7c80be83984f47856ce750aeb"`);
    // The hand-over statuses go back to the result they followed; their history entries go.
    await queryRunner.query(`DELETE FROM "service_application_step" WHERE "status" IN ('RESULT_RECEIVED', 'HANDED_OVER')`);
    await queryRunner.query(
      `UPDATE "service_application" SET "status" = (CASE WHEN "outcome" = 'REFUSED' THEN 'REFUSED' ELSE 'RESULT_ISSUED' END)::"public"."service_application_status" WHERE "status" IN ('RESULT_RECEIVED', 'HANDED_OVER')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."service_application_status_old" AS ENUM('ACCEPTED', 'FORWARDED', 'RETURNED', 'INVESTOR_NOTIFIED', 'RESULT_ISSUED', 'REFUSED')`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_application_step" ALTER COLUMN "status" TYPE "public"."service_application_status_old" USING "status"::"text"::"public"."service_application_status_old"`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_application" ALTER COLUMN "status" TYPE "public"."service_application_status_old" USING "status"::"text"::"public"."service_application_status_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."service_application_status"`);
    await queryRunner.query(`ALTER TYPE "public"."service_application_status_old" RENAME TO "service_application_status"`);
    await queryRunner.query(`ALTER TABLE "service_application" DROP COLUMN "handed_over_on_document"`);
    await queryRunner.query(`ALTER TABLE "service_application" DROP COLUMN "handed_over_at"`);
    await queryRunner.query(`ALTER TABLE "service_application" DROP COLUMN "result_received_at"`);
    await queryRunner.query(`ALTER TABLE "state_service" DROP COLUMN "result_signing_step"`);
    await queryRunner.query(`ALTER TABLE "office" DROP COLUMN "break_ends_at"`);
    await queryRunner.query(`ALTER TABLE "office" DROP COLUMN "break_starts_at"`);
    await queryRunner.query(`ALTER TABLE "office" DROP COLUMN "hours_ends_at"`);
    await queryRunner.query(`ALTER TABLE "office" DROP COLUMN "hours_starts_at"`);
    await queryRunner.query(`DROP INDEX "public"."service_step_once"`);
    await queryRunner.query(`DROP INDEX "public"."service_step_open_due"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_66311b76bde21c9c1c278d8e0a"`);
    await queryRunner.query(`DROP TABLE "service_step"`);
    await queryRunner.query(`DROP TYPE "public"."delivery_method"`);
  }
}
