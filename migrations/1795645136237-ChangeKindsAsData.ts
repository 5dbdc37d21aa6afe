import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Change kinds as data: the change log stores the kind as text, so a new domain's kind needs no ALTER TYPE. */
export class ChangeKindsAsData1795645136237 implements MigrationInterface {
  name = 'ChangeKindsAsData1795645136237';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "change_event" ALTER COLUMN "entity" TYPE character varying(40) USING "entity"::text`);
    await queryRunner.query(`DROP TYPE "public"."entity_kind"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."entity_kind" AS ENUM('INVESTOR', 'PROJECT', 'INDUSTRIAL_SITE', 'INVESTOR_REQUEST', 'SERVICE_APPLICATION', 'POOL_CONTRIBUTION', 'UNIFIED_POOL', 'QUARTERLY_REPORT', 'OFFICE', 'USER')`,
    );
    await queryRunner.query(
      `ALTER TABLE "change_event" ALTER COLUMN "entity" TYPE "public"."entity_kind" USING "entity"::"public"."entity_kind"`,
    );
  }
}
