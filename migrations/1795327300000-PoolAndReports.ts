import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The unified pool (contributions, their snapshots, the formed pool) and the quarterly reports
 * of chapter 5. Both entry tables share the support_tier type, created once.
 */
export class PoolAndReports1795327300000 implements MigrationInterface {
  name = 'PoolAndReports1795327300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "pool_contribution" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "year" integer NOT NULL, "quarter" integer NOT NULL, "office_id" uuid NOT NULL, "submitted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "project_count" integer NOT NULL, "total_volume_kzt" numeric(24,2) NOT NULL, CONSTRAINT "PK_7863abe3116f700c76778b739bd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_574c70153dae103743d99d0fcc" ON "pool_contribution"  ("office_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "pool_contribution_one_per_office_and_quarter" ON "pool_contribution"  ("year", "quarter", "office_id") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."support_tier" AS ENUM('TASK_FORCE', 'NATIONAL_COMPANY', 'REGIONAL_ORGANIZATION')`);
    await queryRunner.query(
      `CREATE TABLE "pool_contribution_entry" ("project_id" uuid NOT NULL, "title" text NOT NULL, "investment_volume_kzt" numeric(20,2) NOT NULL, "region_code" character varying(6) NOT NULL, "sector_code" character varying(2) NOT NULL, "stage" "public"."project_stage" NOT NULL, "support_tier" "public"."support_tier" NOT NULL, "contribution_id" uuid NOT NULL, CONSTRAINT "PK_c7a89a8a894edb8efe7851563e5" PRIMARY KEY ("project_id", "contribution_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "unified_pool" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "year" integer NOT NULL, "quarter" integer NOT NULL, "formed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "project_count" integer NOT NULL, "total_volume_kzt" numeric(24,2) NOT NULL, "missing_office_ids" uuid array NOT NULL DEFAULT '{}', CONSTRAINT "PK_f0a2b42c4595e8467d33dbfbef5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "unified_pool_one_per_quarter" ON "unified_pool"  ("year", "quarter") `);
    await queryRunner.query(
      `CREATE TABLE "unified_pool_entry" ("project_id" uuid NOT NULL, "title" text NOT NULL, "investment_volume_kzt" numeric(20,2) NOT NULL, "region_code" character varying(6) NOT NULL, "sector_code" character varying(2) NOT NULL, "stage" "public"."project_stage" NOT NULL, "support_tier" "public"."support_tier" NOT NULL, "pool_id" uuid NOT NULL, CONSTRAINT "PK_e1f2b039c7013b688158ca938d7" PRIMARY KEY ("project_id", "pool_id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."report_kind" AS ENUM('REGIONAL', 'EXTERNAL', 'CONSOLIDATED')`);
    await queryRunner.query(
      `CREATE TABLE "quarterly_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "year" integer NOT NULL, "quarter" integer NOT NULL, "kind" "public"."report_kind" NOT NULL, "office_id" uuid NOT NULL, "due_on" date NOT NULL, "submitted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "resubmitted_at" TIMESTAMP(3) WITH TIME ZONE, "on_time" boolean NOT NULL, "figures" jsonb NOT NULL DEFAULT '[]', "source_report_ids" uuid array NOT NULL DEFAULT '{}', "missing_office_ids" uuid array NOT NULL DEFAULT '{}', CONSTRAINT "PK_364373d9b85854b0da9f5414c8e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b7e96638fe404a0720b2ce31be" ON "quarterly_report"  ("office_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "quarterly_report_one_per_office_and_quarter" ON "quarterly_report"  ("year", "quarter", "office_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "pool_contribution" ADD CONSTRAINT "FK_574c70153dae103743d99d0fcc5" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pool_contribution_entry" ADD CONSTRAINT "FK_47b5b18151317ab95a655695ff8" FOREIGN KEY ("contribution_id") REFERENCES "pool_contribution"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pool_contribution_entry" ADD CONSTRAINT "FK_ae20f6d84042b70856d3fabc3e2" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unified_pool_entry" ADD CONSTRAINT "FK_49470a3a3d937f8dfbb5e9fd714" FOREIGN KEY ("pool_id") REFERENCES "unified_pool"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unified_pool_entry" ADD CONSTRAINT "FK_762bfc432785f92862f46140cfa" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quarterly_report" ADD CONSTRAINT "FK_b7e96638fe404a0720b2ce31bef" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quarterly_report" DROP CONSTRAINT "FK_b7e96638fe404a0720b2ce31bef"`);
    await queryRunner.query(`ALTER TABLE "unified_pool_entry" DROP CONSTRAINT "FK_762bfc432785f92862f46140cfa"`);
    await queryRunner.query(`ALTER TABLE "unified_pool_entry" DROP CONSTRAINT "FK_49470a3a3d937f8dfbb5e9fd714"`);
    await queryRunner.query(`ALTER TABLE "pool_contribution_entry" DROP CONSTRAINT "FK_ae20f6d84042b70856d3fabc3e2"`);
    await queryRunner.query(`ALTER TABLE "pool_contribution_entry" DROP CONSTRAINT "FK_47b5b18151317ab95a655695ff8"`);
    await queryRunner.query(`ALTER TABLE "pool_contribution" DROP CONSTRAINT "FK_574c70153dae103743d99d0fcc5"`);
    await queryRunner.query(`DROP INDEX "public"."quarterly_report_one_per_office_and_quarter"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b7e96638fe404a0720b2ce31be"`);
    await queryRunner.query(`DROP TABLE "quarterly_report"`);
    await queryRunner.query(`DROP TYPE "public"."report_kind"`);
    await queryRunner.query(`DROP TABLE "unified_pool_entry"`);
    await queryRunner.query(`DROP INDEX "public"."unified_pool_one_per_quarter"`);
    await queryRunner.query(`DROP TABLE "unified_pool"`);
    await queryRunner.query(`DROP TABLE "pool_contribution_entry"`);
    await queryRunner.query(`DROP TYPE "public"."support_tier"`);
    await queryRunner.query(`DROP INDEX "public"."pool_contribution_one_per_office_and_quarter"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_574c70153dae103743d99d0fcc"`);
    await queryRunner.query(`DROP TABLE "pool_contribution"`);
  }
}
