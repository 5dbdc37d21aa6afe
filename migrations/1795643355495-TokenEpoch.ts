import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Token revocation: a user's tokens carry the epoch they were issued under; bumping it refuses them. */
export class TokenEpoch1795643355495 implements MigrationInterface {
  name = 'TokenEpoch1795643355495';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "app_user" ADD "token_epoch" integer NOT NULL DEFAULT '0'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "app_user" DROP COLUMN "token_epoch"`);
  }
}
