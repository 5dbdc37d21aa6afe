import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The region a project left, so that the offices of that region still see the change (issue 7, defect 3). */
export class ChangeEventPreviousRegion1795643433845 implements MigrationInterface {
  name = 'ChangeEventPreviousRegion1795643433845';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "change_event" ADD "previous_region_code" character varying(6)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "change_event" DROP COLUMN "previous_region_code"`);
  }
}
