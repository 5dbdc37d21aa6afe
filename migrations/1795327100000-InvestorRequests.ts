import { MigrationInterface, QueryRunner } from 'typeorm';

/** Investor information requests (paragraphs 12.7, 15-1.6) and their hand-offs between offices (paragraph 13.2). */
export class InvestorRequests1795327100000 implements MigrationInterface {
  name = 'InvestorRequests1795327100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."request_kind" AS ENUM('INFORMATION', 'PARTNER_SEARCH', 'SITE_SELECTION', 'STATE_SUPPORT', 'PERMITS', 'OTHER')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."request_status" AS ENUM('OPEN', 'ANSWERED')`);
    await queryRunner.query(
      `CREATE TABLE "investor_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "investor_id" uuid NOT NULL, "kind" "public"."request_kind" NOT NULL, "subject" text NOT NULL, "body" text, "received_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "status" "public"."request_status" NOT NULL DEFAULT 'OPEN', "assigned_office_id" uuid NOT NULL, "answer" text, "answered_at" TIMESTAMP(3) WITH TIME ZONE, "answered_by_id" uuid, "overdue_recorded_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_1097e3ea4215325ceec0f2ebc88" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_63d2270923627a424a04b18265" ON "investor_request"  ("investor_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6e34b0a557da8a83860759650d" ON "investor_request"  ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_59e9b1bea3c4387fddd622aa96" ON "investor_request"  ("assigned_office_id") `);
    await queryRunner.query(`CREATE INDEX "investor_request_open_by_due" ON "investor_request"  ("due_at") WHERE status = 'OPEN'`);
    await queryRunner.query(`CREATE INDEX "investor_request_newest_first" ON "investor_request"  ("received_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "investor_request_handoff" ("seq" BIGSERIAL NOT NULL, "request_id" uuid NOT NULL, "from_office_id" uuid NOT NULL, "to_office_id" uuid NOT NULL, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "actor_id" uuid NOT NULL, "note" text, CONSTRAINT "PK_abcdc3ae359632982d4041ea183" PRIMARY KEY ("seq"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ae1db65497b67a81bd405195f6" ON "investor_request_handoff"  ("request_id") `);
    await queryRunner.query(
      `ALTER TABLE "investor_request" ADD CONSTRAINT "FK_63d2270923627a424a04b182654" FOREIGN KEY ("investor_id") REFERENCES "investor"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "investor_request" ADD CONSTRAINT "FK_59e9b1bea3c4387fddd622aa96a" FOREIGN KEY ("assigned_office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "investor_request" ADD CONSTRAINT "FK_f20321702927018a85d47f457f6" FOREIGN KEY ("answered_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "investor_request_handoff" ADD CONSTRAINT "FK_ae1db65497b67a81bd405195f6c" FOREIGN KEY ("request_id") REFERENCES "investor_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "investor_request_handoff" ADD CONSTRAINT "FK_b78a0d06dc94c02e190dd0ddf3b" FOREIGN KEY ("from_office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "investor_request_handoff" ADD CONSTRAINT "FK_83a6be14c7d42126e52a483cd28" FOREIGN KEY ("to_office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "investor_request_handoff" ADD CONSTRAINT "FK_a920a4cb1d025ecb57bfb8b4f43" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "investor_request_handoff" DROP CONSTRAINT "FK_a920a4cb1d025ecb57bfb8b4f43"`);
    await queryRunner.query(`ALTER TABLE "investor_request_handoff" DROP CONSTRAINT "FK_83a6be14c7d42126e52a483cd28"`);
    await queryRunner.query(`ALTER TABLE "investor_request_handoff" DROP CONSTRAINT "FK_b78a0d06dc94c02e190dd0ddf3b"`);
    await queryRunner.query(`ALTER TABLE "investor_request_handoff" DROP CONSTRAINT "FK_ae1db65497b67a81bd405195f6c"`);
    await queryRunner.query(`ALTER TABLE "investor_request" DROP CONSTRAINT "FK_f20321702927018a85d47f457f6"`);
    await queryRunner.query(`ALTER TABLE "investor_request" DROP CONSTRAINT "FK_59e9b1bea3c4387fddd622aa96a"`);
    await queryRunner.query(`ALTER TABLE "investor_request" DROP CONSTRAINT "FK_63d2270923627a424a04b182654"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ae1db65497b67a81bd405195f6"`);
    await queryRunner.query(`DROP TABLE "investor_request_handoff"`);
    await queryRunner.query(`DROP INDEX "public"."investor_request_newest_first"`);
    await queryRunner.query(`DROP INDEX "public"."investor_request_open_by_due"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_59e9b1bea3c4387fddd622aa96"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6e34b0a557da8a83860759650d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_63d2270923627a424a04b18265"`);
    await queryRunner.query(`DROP TABLE "investor_request"`);
    await queryRunner.query(`DROP TYPE "public"."request_status"`);
    await queryRunner.query(`DROP TYPE "public"."request_kind"`);
  }
}
