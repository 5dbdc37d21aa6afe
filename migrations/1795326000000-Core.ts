import { MigrationInterface, QueryRunner } from 'typeorm';

export class Core1795326000000 implements MigrationInterface {
  name = 'Core1795326000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The writing transaction's id, for reading the change log in a safe order (events/).
    await queryRunner.query(
      `CREATE FUNCTION current_tx_id() RETURNS bigint LANGUAGE sql VOLATILE AS 'SELECT pg_current_xact_id()::text::bigint'`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."entity_kind" AS ENUM('INVESTOR', 'PROJECT', 'INDUSTRIAL_SITE', 'INVESTOR_REQUEST', 'SERVICE_APPLICATION', 'POOL_CONTRIBUTION', 'UNIFIED_POOL', 'QUARTERLY_REPORT', 'OFFICE', 'USER')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."change_action" AS ENUM('CREATED', 'UPDATED', 'DELETED')`);
    await queryRunner.query(
      `CREATE TABLE "change_event" ("seq" BIGSERIAL NOT NULL, "tx_id" bigint NOT NULL DEFAULT current_tx_id(), "entity" "public"."entity_kind" NOT NULL, "entity_id" uuid NOT NULL, "action" "public"."change_action" NOT NULL, "changed_fields" text array NOT NULL DEFAULT '{}', "actor_id" uuid, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "region_code" character varying(6), "office_ids" uuid array NOT NULL DEFAULT '{}', "country_code" character varying(2), CONSTRAINT "PK_5bc9e39578d4b29addc565aa112" PRIMARY KEY ("seq"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f5952aac88d9cb670ce5963c9b" ON "change_event"  ("entity_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_741663c92e8f80014f2b384557" ON "change_event"  ("at") `);
    await queryRunner.query(`CREATE INDEX "change_event_order" ON "change_event"  ("tx_id", "seq") `);
    await queryRunner.query(`CREATE TYPE "public"."region_kind" AS ENUM('REGION', 'CITY')`);
    await queryRunner.query(
      `CREATE TABLE "region" ("code" character varying(6) NOT NULL, "kind" "public"."region_kind" NOT NULL, "name" text NOT NULL, "name_kk" text NOT NULL, "name_ru" text NOT NULL, "centre" text, CONSTRAINT "PK_74f7723fdff738f92929c0056cb" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."office_kind" AS ENUM('AUTHORIZED_BODY', 'NATIONAL_COMPANY', 'TASK_FORCE', 'NATIONAL_COMPANY_REPRESENTATIVE', 'CENTRAL_STATE_BODY', 'FOREIGN_INSTITUTION', 'REGIONAL_ORGANIZATION', 'LOCAL_EXECUTIVE_BODY', 'SERVICE_PROVIDER')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."office_level" AS ENUM('EXTERNAL', 'CENTRAL', 'REGIONAL')`);
    await queryRunner.query(
      `CREATE TABLE "office" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "code" character varying(40) NOT NULL, "name" text NOT NULL, "kind" "public"."office_kind" NOT NULL, "level" "public"."office_level" NOT NULL, "country_code" character varying(2), "region_code" character varying(6), CONSTRAINT "UQ_f327efa51a74e5c588b9df2170d" UNIQUE ("code"), CONSTRAINT "PK_200185316ba169fda17e3b6ba00" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6130e632fe4bb48d932f5ad4f0" ON "office"  ("region_code") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "office_one_regional_organization_per_region" ON "office"  ("region_code") WHERE kind = 'REGIONAL_ORGANIZATION'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "office_one_per_unique_kind" ON "office"  ("kind") WHERE kind IN ('AUTHORIZED_BODY', 'NATIONAL_COMPANY', 'TASK_FORCE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "sector" ("code" character varying(2) NOT NULL, "name" text NOT NULL, "section" character varying(1) NOT NULL, "resource" boolean NOT NULL, CONSTRAINT "PK_6f86c8dca9dc64884a1feecfda4" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."investor_origin" AS ENUM('DOMESTIC', 'FOREIGN')`);
    await queryRunner.query(`CREATE TYPE "public"."ownership" AS ENUM('PRIVATE', 'STATE')`);
    await queryRunner.query(`CREATE TYPE "public"."investor_status" AS ENUM('LEAD', 'ENGAGED', 'COMMITTED', 'ACTIVE', 'LOST')`);
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)`,
      [
        'public',
        'investor',
        'GENERATED_COLUMN',
        'search_vector',
        "to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(notes, ''))",
      ],
    );
    await queryRunner.query(
      `CREATE TABLE "investor" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "origin" "public"."investor_origin" NOT NULL, "country_code" character varying(2) NOT NULL, "ownership" "public"."ownership" NOT NULL DEFAULT 'PRIVATE', "status" "public"."investor_status" NOT NULL DEFAULT 'LEAD', "is_anchor" boolean NOT NULL DEFAULT false, "is_multinational" boolean NOT NULL DEFAULT false, "owner_office_id" uuid NOT NULL, "contacts" jsonb NOT NULL DEFAULT '[]', "notes" text NOT NULL DEFAULT '', "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(notes, ''))) STORED NOT NULL, CONSTRAINT "PK_c60a173349549955c39d3703551" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c5f99b4a0e61448b26b11d0b26" ON "investor"  ("origin") `);
    await queryRunner.query(`CREATE INDEX "IDX_86cbbf51ecc062aa0ab1cb884d" ON "investor"  ("country_code") `);
    await queryRunner.query(`CREATE INDEX "IDX_03ae3f6062ecae3c3d6d145414" ON "investor"  ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_e99669aece984f3c47acb8c7e3" ON "investor"  ("owner_office_id") `);
    await queryRunner.query(`CREATE INDEX "investor_search" ON "investor" USING gin ("search_vector") `);
    await queryRunner.query(`CREATE INDEX "investor_newest_first" ON "investor"  ("created_at", "id") `);
    await queryRunner.query(`CREATE TYPE "public"."industrial_site_kind" AS ENUM('SPECIAL_ECONOMIC_ZONE', 'INDUSTRIAL_ZONE', 'LAND_PLOT')`);
    await queryRunner.query(`CREATE TYPE "public"."industrial_site_status" AS ENUM('READY', 'PLANNED')`);
    await queryRunner.query(
      `CREATE TABLE "industrial_site" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "kind" "public"."industrial_site_kind" NOT NULL, "status" "public"."industrial_site_status" NOT NULL, "region_code" character varying(6) NOT NULL, "area_ha" numeric(12,2) NOT NULL, "free_area_ha" numeric(12,2) NOT NULL, "utilities" text array NOT NULL DEFAULT '{}', "location" text NOT NULL DEFAULT '', CONSTRAINT "PK_6c341a631c45857cf4335cd99d8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c4ad9ea75afffd8ab6db2c801e" ON "industrial_site"  ("kind") `);
    await queryRunner.query(`CREATE INDEX "IDX_a0185d892a055dea729ae98c37" ON "industrial_site"  ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_dbc6b73f33daf6ca4d4fa40307" ON "industrial_site"  ("region_code") `);
    await queryRunner.query(`CREATE INDEX "IDX_17b4d6eb0e164e4681c66ed708" ON "industrial_site"  ("free_area_ha") `);
    await queryRunner.query(`CREATE INDEX "industrial_site_newest_first" ON "industrial_site"  ("created_at", "id") `);
    await queryRunner.query(`CREATE TYPE "public"."project_kind" AS ENUM('NEW', 'EXPANSION', 'MODERNIZATION')`);
    await queryRunner.query(
      `CREATE TYPE "public"."project_stage" AS ENUM('PROPOSED', 'PREPARATION', 'IMPLEMENTATION', 'IMPLEMENTED', 'SUSPENDED', 'CANCELLED')`,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)`,
      ['public', 'project', 'GENERATED_COLUMN', 'search_vector', "to_tsvector('simple', coalesce(title, ''))"],
    );
    await queryRunner.query(
      `CREATE TABLE "project" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "title" text NOT NULL, "kind" "public"."project_kind" NOT NULL, "stage" "public"."project_stage" NOT NULL, "sector_code" character varying(2) NOT NULL, "region_code" character varying(6) NOT NULL, "investment_volume_kzt" numeric(20,2) NOT NULL, "assessed_on" date NOT NULL, "initiator_id" uuid, "site_id" uuid, "is_public_private_partnership" boolean NOT NULL DEFAULT false, "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, ''))) STORED NOT NULL, CONSTRAINT "PK_4d68b1358bb5b766d3e78f32f57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_857bdf571c2ea824446a04e5d7" ON "project"  ("stage") `);
    await queryRunner.query(`CREATE INDEX "IDX_cbc6bb896f9ea2cbd786b388c1" ON "project"  ("sector_code") `);
    await queryRunner.query(`CREATE INDEX "IDX_323313f0f18c6712d25ae951c6" ON "project"  ("region_code") `);
    await queryRunner.query(`CREATE INDEX "IDX_d5be7b6ef2d6578b9f9ca802d7" ON "project"  ("investment_volume_kzt") `);
    await queryRunner.query(`CREATE INDEX "IDX_ef8913e18f47528088e0eed3a9" ON "project"  ("initiator_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4715e942d48b4aa4562f4f44cd" ON "project"  ("site_id") `);
    await queryRunner.query(`CREATE INDEX "project_search" ON "project" USING gin ("search_vector") `);
    await queryRunner.query(`CREATE INDEX "project_newest_first" ON "project"  ("created_at", "id") `);
    await queryRunner.query(`CREATE TYPE "public"."mci_purpose" AS ENUM('GENERAL', 'SOCIAL_PAYMENTS')`);
    await queryRunner.query(
      `CREATE TABLE "mci_rate" ("valid_from" date NOT NULL, "purpose" "public"."mci_purpose" NOT NULL, "value_kzt" numeric(12,2) NOT NULL, "source" text NOT NULL, CONSTRAINT "PK_8d0bb27cf9f7d6b8029c3a66ed5" PRIMARY KEY ("valid_from", "purpose"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "rule_set" ("code" character varying(40) NOT NULL, "title" text NOT NULL, "effective_from" date NOT NULL, "task_force_min_mci" numeric(20,2) NOT NULL, "national_company_min_mci" numeric(20,2) NOT NULL, "pool_min_volume_kzt" numeric(20,2) NOT NULL, "request_answer_working_days" integer NOT NULL, "handoff_working_days" integer NOT NULL, "regional_report_due_day" integer NOT NULL, "external_report_due_day" integer NOT NULL, "consolidated_report_due_day" integer NOT NULL, "source" text NOT NULL, CONSTRAINT "UQ_8795222a8d4800bb4ed9cc98788" UNIQUE ("effective_from"), CONSTRAINT "PK_5186dc05ce2702e386b5201c658" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."user_role" AS ENUM('ADMIN', 'OFFICER', 'VIEWER')`);
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "email" text NOT NULL, "name" text NOT NULL, "role" "public"."user_role" NOT NULL, "office_id" uuid NOT NULL, "active" boolean NOT NULL DEFAULT true, "password_hash" text NOT NULL, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "app_user_email_unique" ON "app_user"  ("email") `);
    await queryRunner.query(`CREATE INDEX "IDX_586eb0a8b42a13145878378c84" ON "app_user"  ("office_id") `);
    await queryRunner.query(
      `CREATE TABLE "investor_sector" ("investor_id" uuid NOT NULL, "sector_code" character varying(2) NOT NULL, CONSTRAINT "PK_892480de2d3a21d590c9d548fdb" PRIMARY KEY ("investor_id", "sector_code"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_3060f405cb530b33a6ee64c5dc" ON "investor_sector"  ("investor_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_3739d5d1923abbbc9f54bc44b8" ON "investor_sector"  ("sector_code") `);
    await queryRunner.query(
      `ALTER TABLE "office" ADD CONSTRAINT "FK_6130e632fe4bb48d932f5ad4f0c" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "investor" ADD CONSTRAINT "FK_e99669aece984f3c47acb8c7e3d" FOREIGN KEY ("owner_office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "industrial_site" ADD CONSTRAINT "FK_dbc6b73f33daf6ca4d4fa40307f" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project" ADD CONSTRAINT "FK_cbc6bb896f9ea2cbd786b388c12" FOREIGN KEY ("sector_code") REFERENCES "sector"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project" ADD CONSTRAINT "FK_323313f0f18c6712d25ae951c6d" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project" ADD CONSTRAINT "FK_ef8913e18f47528088e0eed3a98" FOREIGN KEY ("initiator_id") REFERENCES "investor"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project" ADD CONSTRAINT "FK_4715e942d48b4aa4562f4f44cd9" FOREIGN KEY ("site_id") REFERENCES "industrial_site"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_586eb0a8b42a13145878378c84d" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "investor_sector" ADD CONSTRAINT "FK_3060f405cb530b33a6ee64c5dc5" FOREIGN KEY ("investor_id") REFERENCES "investor"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "investor_sector" ADD CONSTRAINT "FK_3739d5d1923abbbc9f54bc44b8b" FOREIGN KEY ("sector_code") REFERENCES "sector"("code") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "investor_sector" DROP CONSTRAINT "FK_3739d5d1923abbbc9f54bc44b8b"`);
    await queryRunner.query(`ALTER TABLE "investor_sector" DROP CONSTRAINT "FK_3060f405cb530b33a6ee64c5dc5"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_586eb0a8b42a13145878378c84d"`);
    await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_4715e942d48b4aa4562f4f44cd9"`);
    await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_ef8913e18f47528088e0eed3a98"`);
    await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_323313f0f18c6712d25ae951c6d"`);
    await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_cbc6bb896f9ea2cbd786b388c12"`);
    await queryRunner.query(`ALTER TABLE "industrial_site" DROP CONSTRAINT "FK_dbc6b73f33daf6ca4d4fa40307f"`);
    await queryRunner.query(`ALTER TABLE "investor" DROP CONSTRAINT "FK_e99669aece984f3c47acb8c7e3d"`);
    await queryRunner.query(`ALTER TABLE "office" DROP CONSTRAINT "FK_6130e632fe4bb48d932f5ad4f0c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3739d5d1923abbbc9f54bc44b8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3060f405cb530b33a6ee64c5dc"`);
    await queryRunner.query(`DROP TABLE "investor_sector"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_586eb0a8b42a13145878378c84"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_email_unique"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
    await queryRunner.query(`DROP TABLE "rule_set"`);
    await queryRunner.query(`DROP TABLE "mci_rate"`);
    await queryRunner.query(`DROP TYPE "public"."mci_purpose"`);
    await queryRunner.query(`DROP INDEX "public"."project_newest_first"`);
    await queryRunner.query(`DROP INDEX "public"."project_search"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4715e942d48b4aa4562f4f44cd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ef8913e18f47528088e0eed3a9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d5be7b6ef2d6578b9f9ca802d7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_323313f0f18c6712d25ae951c6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cbc6bb896f9ea2cbd786b388c1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_857bdf571c2ea824446a04e5d7"`);
    await queryRunner.query(`DROP TABLE "project"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4`,
      ['GENERATED_COLUMN', 'search_vector', 'public', 'project'],
    );
    await queryRunner.query(`DROP TYPE "public"."project_stage"`);
    await queryRunner.query(`DROP TYPE "public"."project_kind"`);
    await queryRunner.query(`DROP INDEX "public"."industrial_site_newest_first"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_17b4d6eb0e164e4681c66ed708"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dbc6b73f33daf6ca4d4fa40307"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a0185d892a055dea729ae98c37"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c4ad9ea75afffd8ab6db2c801e"`);
    await queryRunner.query(`DROP TABLE "industrial_site"`);
    await queryRunner.query(`DROP TYPE "public"."industrial_site_status"`);
    await queryRunner.query(`DROP TYPE "public"."industrial_site_kind"`);
    await queryRunner.query(`DROP INDEX "public"."investor_newest_first"`);
    await queryRunner.query(`DROP INDEX "public"."investor_search"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e99669aece984f3c47acb8c7e3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_03ae3f6062ecae3c3d6d145414"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_86cbbf51ecc062aa0ab1cb884d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c5f99b4a0e61448b26b11d0b26"`);
    await queryRunner.query(`DROP TABLE "investor"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4`,
      ['GENERATED_COLUMN', 'search_vector', 'public', 'investor'],
    );
    await queryRunner.query(`DROP TYPE "public"."investor_status"`);
    await queryRunner.query(`DROP TYPE "public"."ownership"`);
    await queryRunner.query(`DROP TYPE "public"."investor_origin"`);
    await queryRunner.query(`DROP TABLE "sector"`);
    await queryRunner.query(`DROP INDEX "public"."office_one_per_unique_kind"`);
    await queryRunner.query(`DROP INDEX "public"."office_one_regional_organization_per_region"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6130e632fe4bb48d932f5ad4f0"`);
    await queryRunner.query(`DROP TABLE "office"`);
    await queryRunner.query(`DROP TYPE "public"."office_level"`);
    await queryRunner.query(`DROP TYPE "public"."office_kind"`);
    await queryRunner.query(`DROP TABLE "region"`);
    await queryRunner.query(`DROP TYPE "public"."region_kind"`);
    await queryRunner.query(`DROP INDEX "public"."change_event_order"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_741663c92e8f80014f2b384557"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f5952aac88d9cb670ce5963c9b"`);
    await queryRunner.query(`DROP TABLE "change_event"`);
    await queryRunner.query(`DROP TYPE "public"."change_action"`);
    await queryRunner.query(`DROP TYPE "public"."entity_kind"`);
    await queryRunner.query(`DROP FUNCTION current_tx_id()`);
  }
}
