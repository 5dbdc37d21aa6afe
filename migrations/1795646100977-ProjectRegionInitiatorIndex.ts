import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProjectRegionInitiatorIndex1795646100977 implements MigrationInterface {
  name = 'ProjectRegionInitiatorIndex1795646100977';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "project_region_initiator" ON "project"  ("region_code", "initiator_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."project_region_initiator"`);
  }
}
