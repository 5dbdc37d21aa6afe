import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 9, leads, interactions and follow-ups: the account manager of an investor, its status
 * history, interactions and follow-ups. The status history is written by the database (trigger
 * `investor_status_history`), so every change of status through any mutation, seed or SQL is
 * kept, with the acting user the transaction names (`irm.actor_id`, src/db/transactions.ts);
 * existing investors start their history with their current status at their creation (what they
 * were before is not known). Follow-ups decide the investor list's `followUpOverdue` filter, so
 * their writes bump the investor list's read generation (migration ReadGeneration).
 */
export class EngagementLeads1795646000000 implements MigrationInterface {
    name = 'EngagementLeads1795646000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "investor_status_change" ("seq" BIGSERIAL NOT NULL, "investor_id" uuid NOT NULL, "status" "public"."investor_status" NOT NULL, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "actor_id" uuid, CONSTRAINT "PK_f977347ac16b066a7aadb3b0430" PRIMARY KEY ("seq"))`);
        await queryRunner.query(`CREATE INDEX "investor_status_change_of_investor" ON "investor_status_change"  ("investor_id", "seq") `);
        await queryRunner.query(`CREATE TYPE "public"."interaction_kind" AS ENUM('MEETING', 'VISIT', 'CALL', 'CORRESPONDENCE', 'EVENT')`);
        await queryRunner.query(`CREATE TABLE "interaction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "kind" "public"."interaction_kind" NOT NULL, "investor_id" uuid NOT NULL, "project_id" uuid, "occurred_on" date NOT NULL, "summary" text NOT NULL, "outcome" text, "participants" text array NOT NULL DEFAULT '{}', "office_id" uuid NOT NULL, "author_id" uuid NOT NULL, CONSTRAINT "PK_9204371ccb2c9dab5428b406413" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_ce7076d4c6b5811050736fd21e" ON "interaction"  ("kind") `);
        await queryRunner.query(`CREATE INDEX "IDX_ddf633dd2e2145fb0f7663c2e5" ON "interaction"  ("project_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_40765d604cb0d4be70c5b850eb" ON "interaction"  ("author_id") `);
        await queryRunner.query(`CREATE INDEX "interaction_of_office_newest_first" ON "interaction"  ("office_id", "occurred_on", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "interaction_of_investor_newest_first" ON "interaction"  ("investor_id", "occurred_on", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "interaction_newest_first" ON "interaction"  ("occurred_on", "created_at", "id") `);
        await queryRunner.query(`CREATE TABLE "follow_up" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "interaction_id" uuid NOT NULL, "investor_id" uuid NOT NULL, "action" text NOT NULL, "due_on" date NOT NULL, "done_at" TIMESTAMP(3) WITH TIME ZONE, "done_by_id" uuid, "overdue_recorded_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_5c0a5f5b32937e47e0ab09d596c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_26066535a2c3a9fbc4c46f8626" ON "follow_up"  ("interaction_id") `);
        await queryRunner.query(`CREATE INDEX "follow_up_open_of_investor" ON "follow_up"  ("investor_id", "due_on") WHERE done_at IS NULL`);
        await queryRunner.query(`CREATE INDEX "follow_up_open_by_due" ON "follow_up"  ("due_on") WHERE done_at IS NULL`);
        await queryRunner.query(`ALTER TABLE "investor" ADD "account_manager_id" uuid`);
        await queryRunner.query(`CREATE INDEX "IDX_c294253fe237dd042eb1cc6040" ON "investor"  ("account_manager_id") `);
        await queryRunner.query(`CREATE INDEX "investor_multinational_newest_first" ON "investor"  ("created_at", "id") WHERE is_multinational`);
        await queryRunner.query(`CREATE INDEX "investor_anchor_newest_first" ON "investor"  ("created_at", "id") WHERE is_anchor`);
        await queryRunner.query(`ALTER TABLE "investor" ADD CONSTRAINT "FK_c294253fe237dd042eb1cc6040f" FOREIGN KEY ("account_manager_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "investor_status_change" ADD CONSTRAINT "FK_a4aa77ccdd0bf66d0fe341e24b5" FOREIGN KEY ("investor_id") REFERENCES "investor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "investor_status_change" ADD CONSTRAINT "FK_a6b6802c582f379ce06d20640a5" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "interaction" ADD CONSTRAINT "FK_5ded70e5c6746ef6772e2ddd74a" FOREIGN KEY ("investor_id") REFERENCES "investor"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "interaction" ADD CONSTRAINT "FK_ddf633dd2e2145fb0f7663c2e57" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "interaction" ADD CONSTRAINT "FK_4a0f78af03c455214ce82294ee0" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "interaction" ADD CONSTRAINT "FK_40765d604cb0d4be70c5b850eba" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "follow_up" ADD CONSTRAINT "FK_26066535a2c3a9fbc4c46f86263" FOREIGN KEY ("interaction_id") REFERENCES "interaction"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "follow_up" ADD CONSTRAINT "FK_ca322c03d2f421a42feaf1d4b5e" FOREIGN KEY ("investor_id") REFERENCES "investor"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "follow_up" ADD CONSTRAINT "FK_27d4608b67ff7616c8d687ba125" FOREIGN KEY ("done_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`
          CREATE FUNCTION record_investor_status() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
            IF TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status THEN
              INSERT INTO investor_status_change (investor_id, status, at, actor_id)
              VALUES (NEW.id, NEW.status, CASE WHEN TG_OP = 'INSERT' THEN NEW.created_at ELSE now() END,
                      nullif(current_setting('irm.actor_id', true), '')::uuid);
            END IF;
            RETURN NULL;
          END $$`);
        await queryRunner.query(`CREATE TRIGGER investor_status_history AFTER INSERT OR UPDATE OF status ON investor
          FOR EACH ROW EXECUTE FUNCTION record_investor_status()`);
        await queryRunner.query(`INSERT INTO investor_status_change (investor_id, status, at) SELECT id, status, created_at FROM investor ORDER BY created_at, id`);
        await queryRunner.query(`CREATE CONSTRAINT TRIGGER follow_up_read_generation AFTER INSERT OR UPDATE OR DELETE ON follow_up
          DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_read_generation('investor')`);
        await queryRunner.query(`CREATE TRIGGER follow_up_read_generation_truncate AFTER TRUNCATE ON follow_up
          FOR EACH STATEMENT EXECUTE FUNCTION bump_read_generation('investor')`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER follow_up_read_generation_truncate ON follow_up`);
        await queryRunner.query(`DROP TRIGGER follow_up_read_generation ON follow_up`);
        await queryRunner.query(`DROP TRIGGER investor_status_history ON investor`);
        await queryRunner.query(`DROP FUNCTION record_investor_status()`);
        await queryRunner.query(`ALTER TABLE "follow_up" DROP CONSTRAINT "FK_27d4608b67ff7616c8d687ba125"`);
        await queryRunner.query(`ALTER TABLE "follow_up" DROP CONSTRAINT "FK_ca322c03d2f421a42feaf1d4b5e"`);
        await queryRunner.query(`ALTER TABLE "follow_up" DROP CONSTRAINT "FK_26066535a2c3a9fbc4c46f86263"`);
        await queryRunner.query(`ALTER TABLE "interaction" DROP CONSTRAINT "FK_40765d604cb0d4be70c5b850eba"`);
        await queryRunner.query(`ALTER TABLE "interaction" DROP CONSTRAINT "FK_4a0f78af03c455214ce82294ee0"`);
        await queryRunner.query(`ALTER TABLE "interaction" DROP CONSTRAINT "FK_ddf633dd2e2145fb0f7663c2e57"`);
        await queryRunner.query(`ALTER TABLE "interaction" DROP CONSTRAINT "FK_5ded70e5c6746ef6772e2ddd74a"`);
        await queryRunner.query(`ALTER TABLE "investor_status_change" DROP CONSTRAINT "FK_a6b6802c582f379ce06d20640a5"`);
        await queryRunner.query(`ALTER TABLE "investor_status_change" DROP CONSTRAINT "FK_a4aa77ccdd0bf66d0fe341e24b5"`);
        await queryRunner.query(`ALTER TABLE "investor" DROP CONSTRAINT "FK_c294253fe237dd042eb1cc6040f"`);
        await queryRunner.query(`DROP INDEX "public"."investor_anchor_newest_first"`);
        await queryRunner.query(`DROP INDEX "public"."investor_multinational_newest_first"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c294253fe237dd042eb1cc6040"`);
        await queryRunner.query(`ALTER TABLE "investor" DROP COLUMN "account_manager_id"`);
        await queryRunner.query(`DROP INDEX "public"."follow_up_open_by_due"`);
        await queryRunner.query(`DROP INDEX "public"."follow_up_open_of_investor"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_26066535a2c3a9fbc4c46f8626"`);
        await queryRunner.query(`DROP TABLE "follow_up"`);
        await queryRunner.query(`DROP INDEX "public"."interaction_newest_first"`);
        await queryRunner.query(`DROP INDEX "public"."interaction_of_investor_newest_first"`);
        await queryRunner.query(`DROP INDEX "public"."interaction_of_office_newest_first"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_40765d604cb0d4be70c5b850eb"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ddf633dd2e2145fb0f7663c2e5"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ce7076d4c6b5811050736fd21e"`);
        await queryRunner.query(`DROP TABLE "interaction"`);
        await queryRunner.query(`DROP TYPE "public"."interaction_kind"`);
        await queryRunner.query(`DROP INDEX "public"."investor_status_change_of_investor"`);
        await queryRunner.query(`DROP TABLE "investor_status_change"`);
    }

}
