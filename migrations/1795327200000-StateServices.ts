import { MigrationInterface, QueryRunner } from 'typeorm';
import { STATE_SERVICES } from '../src/state-services/state-service.data';

/** State services through the front office (chapter 6): catalogue (seeded), applications, history, violations, receipt counters. */

export class StateServices1795327200000 implements MigrationInterface {
  name = 'StateServices1795327200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "state_service" ("code" character varying(60) NOT NULL, "name" text NOT NULL, "term_working_days" integer NOT NULL, "steps" jsonb NOT NULL DEFAULT '[]', "provider_office_code" character varying(40), "source" text NOT NULL, CONSTRAINT "PK_d6db59c8e60d709d3835926104e" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."service_application_status" AS ENUM('ACCEPTED', 'FORWARDED', 'RETURNED', 'INVESTOR_NOTIFIED', 'RESULT_ISSUED', 'REFUSED')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."service_outcome" AS ENUM('ISSUED', 'REFUSED')`);
    await queryRunner.query(
      `CREATE TABLE "service_application" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "service_code" character varying(60) NOT NULL, "investor_id" uuid NOT NULL, "accepted_by_office_id" uuid NOT NULL, "provider_office_id" uuid NOT NULL, "applicant_name" text NOT NULL, "identity_document" text NOT NULL, "documents" jsonb NOT NULL, "consent_to_data_use" boolean NOT NULL, "status" "public"."service_application_status" NOT NULL, "outcome" "public"."service_outcome", "result_note" text, "round" integer NOT NULL DEFAULT '1', "accepted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "receipt_number" character varying(11) NOT NULL, "expected_result_on" date NOT NULL, "documents_received_at" TIMESTAMP(3) WITH TIME ZONE, "forward_due_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "forwarded_at" TIMESTAMP(3) WITH TIME ZONE, "forwarded_on_time" boolean, "result_due_at" TIMESTAMP(3) WITH TIME ZONE, "returned_at" TIMESTAMP(3) WITH TIME ZONE, "return_reason" text, "notify_due_at" TIMESTAMP(3) WITH TIME ZONE, "investor_notified_at" TIMESTAMP(3) WITH TIME ZONE, "notified_on_time" boolean, "result_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "UQ_c609c031e57aefe55d39ca7c188" UNIQUE ("receipt_number"), CONSTRAINT "PK_3f08aa3ee783973df7b523521c1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_033235b7533356f87215b2b2cf" ON "service_application"  ("investor_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_7dd818bcaf5f71e8dc4c595d2b" ON "service_application"  ("provider_office_id", "accepted_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6d7ec6f464ccf15ebbca760223" ON "service_application"  ("accepted_by_office_id", "accepted_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "service_application_step" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "seq" integer NOT NULL, "status" "public"."service_application_status" NOT NULL, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "actor_id" uuid NOT NULL, "note" text, "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_da992d75a09fc6afe4e7c43f0ad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_5cdcbcafbbeffcd33def6ed49c" ON "service_application_step"  ("application_id", "seq") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."service_violation_kind" AS ENUM('PROVIDER_TERM_BREACHED', 'LATE_FORWARDING', 'LATE_INVESTOR_NOTICE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "service_violation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "kind" "public"."service_violation_kind" NOT NULL, "round" integer NOT NULL, "due_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "detected_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "notice_office_ids" uuid array NOT NULL, CONSTRAINT "PK_094cdc44306e43a6766b205d4f0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ddb8b2c949b5699048a8c5754d" ON "service_violation"  ("detected_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "service_violation_once" ON "service_violation"  ("application_id", "kind", "round") `);
    await queryRunner.query(
      `CREATE TABLE "service_receipt_counter" ("year" integer NOT NULL, "last_number" integer NOT NULL, CONSTRAINT "PK_ff04abc6127f231eab7660ab0c8" PRIMARY KEY ("year"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_application" ADD CONSTRAINT "FK_e8075c61607b3161a3979c9aefb" FOREIGN KEY ("service_code") REFERENCES "state_service"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_application" ADD CONSTRAINT "FK_033235b7533356f87215b2b2cf5" FOREIGN KEY ("investor_id") REFERENCES "investor"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_application" ADD CONSTRAINT "FK_b3d9251b2eddad43e998dd3acf7" FOREIGN KEY ("accepted_by_office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_application" ADD CONSTRAINT "FK_a1971b6934d51309c590e88a266" FOREIGN KEY ("provider_office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_application_step" ADD CONSTRAINT "FK_ec9c7b1d0201ad31ab23db552e0" FOREIGN KEY ("application_id") REFERENCES "service_application"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_violation" ADD CONSTRAINT "FK_7480e5b42dea4332afb7210845c" FOREIGN KEY ("application_id") REFERENCES "service_application"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    for (const service of STATE_SERVICES) {
      await queryRunner.query(
        `INSERT INTO state_service (code, name, term_working_days, steps, provider_office_code, source) VALUES ($1, $2, $3, $4, $5, $6)`,
        [service.code, service.name, service.termWorkingDays, JSON.stringify(service.steps), service.providerOfficeCode, service.source],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "service_violation" DROP CONSTRAINT "FK_7480e5b42dea4332afb7210845c"`);
    await queryRunner.query(`ALTER TABLE "service_application_step" DROP CONSTRAINT "FK_ec9c7b1d0201ad31ab23db552e0"`);
    await queryRunner.query(`ALTER TABLE "service_application" DROP CONSTRAINT "FK_a1971b6934d51309c590e88a266"`);
    await queryRunner.query(`ALTER TABLE "service_application" DROP CONSTRAINT "FK_b3d9251b2eddad43e998dd3acf7"`);
    await queryRunner.query(`ALTER TABLE "service_application" DROP CONSTRAINT "FK_033235b7533356f87215b2b2cf5"`);
    await queryRunner.query(`ALTER TABLE "service_application" DROP CONSTRAINT "FK_e8075c61607b3161a3979c9aefb"`);
    await queryRunner.query(`DROP TABLE "service_receipt_counter"`);
    await queryRunner.query(`DROP INDEX "public"."service_violation_once"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ddb8b2c949b5699048a8c5754d"`);
    await queryRunner.query(`DROP TABLE "service_violation"`);
    await queryRunner.query(`DROP TYPE "public"."service_violation_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5cdcbcafbbeffcd33def6ed49c"`);
    await queryRunner.query(`DROP TABLE "service_application_step"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6d7ec6f464ccf15ebbca760223"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7dd818bcaf5f71e8dc4c595d2b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_033235b7533356f87215b2b2cf"`);
    await queryRunner.query(`DROP TABLE "service_application"`);
    await queryRunner.query(`DROP TYPE "public"."service_outcome"`);
    await queryRunner.query(`DROP TYPE "public"."service_application_status"`);
    await queryRunner.query(`DROP TABLE "state_service"`);
  }
}
