import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 9, relationship management: the whole engagement domain (src/engagement, one module) in
 * one migration.
 * - Leads, interactions and follow-ups: the account manager of an investor, its status history,
 *   interactions and follow-ups. The status history is written by the database (trigger
 *   `investor_status_history`), so every change of status through any mutation, seed or SQL is
 *   kept, with the acting user the transaction names (`irm.actor_id`, src/db/transactions.ts);
 *   existing investors start their history with their current status at their creation (what
 *   they were before is not known). Follow-ups decide the investor list's `followUpOverdue`
 *   filter, so their writes bump the investor list's read generation (migration ReadGeneration).
 * - Investment events with their participants (paragraphs 6, 8.9), agreements and their
 *   commitments (paragraph 6). An interaction may be held at an event (`interaction.event_id`,
 *   RESTRICT like its other references: see interaction.entity.ts).
 */
export class Engagement1795646000000 implements MigrationInterface {
  name = 'Engagement1795646000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Leads, interactions and follow-ups
    await queryRunner.query(
      `CREATE TABLE "investor_status_change" ("seq" BIGSERIAL NOT NULL, "investor_id" uuid NOT NULL, "status" "public"."investor_status" NOT NULL, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "actor_id" uuid, CONSTRAINT "PK_f977347ac16b066a7aadb3b0430" PRIMARY KEY ("seq"))`,
    );
    await queryRunner.query(`CREATE INDEX "investor_status_change_of_investor" ON "investor_status_change"  ("investor_id", "seq") `);
    await queryRunner.query(`CREATE TYPE "public"."interaction_kind" AS ENUM('MEETING', 'VISIT', 'CALL', 'CORRESPONDENCE', 'EVENT')`);
    await queryRunner.query(
      `CREATE TABLE "interaction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "kind" "public"."interaction_kind" NOT NULL, "investor_id" uuid NOT NULL, "project_id" uuid, "occurred_on" date NOT NULL, "summary" text NOT NULL, "outcome" text, "participants" text array NOT NULL DEFAULT '{}', "office_id" uuid NOT NULL, "author_id" uuid NOT NULL, "event_id" uuid, CONSTRAINT "PK_9204371ccb2c9dab5428b406413" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ce7076d4c6b5811050736fd21e" ON "interaction"  ("kind") `);
    await queryRunner.query(`CREATE INDEX "IDX_ddf633dd2e2145fb0f7663c2e5" ON "interaction"  ("project_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_40765d604cb0d4be70c5b850eb" ON "interaction"  ("author_id") `);
    await queryRunner.query(
      `CREATE INDEX "interaction_of_office_newest_first" ON "interaction"  ("office_id", "occurred_on", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "interaction_of_investor_newest_first" ON "interaction"  ("investor_id", "occurred_on", "created_at", "id") `,
    );
    await queryRunner.query(`CREATE INDEX "interaction_newest_first" ON "interaction"  ("occurred_on", "created_at", "id") `);
    await queryRunner.query(
      `CREATE INDEX "interaction_at_event_newest_first" ON "interaction"  ("event_id", "occurred_on", "created_at", "id") WHERE event_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "follow_up" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "interaction_id" uuid NOT NULL, "investor_id" uuid NOT NULL, "action" text NOT NULL, "due_on" date NOT NULL, "done_at" TIMESTAMP(3) WITH TIME ZONE, "done_by_id" uuid, "overdue_recorded_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_5c0a5f5b32937e47e0ab09d596c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_26066535a2c3a9fbc4c46f8626" ON "follow_up"  ("interaction_id") `);
    await queryRunner.query(`CREATE INDEX "follow_up_open_of_investor" ON "follow_up"  ("investor_id", "due_on") WHERE done_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "follow_up_open_by_due" ON "follow_up"  ("due_on") WHERE done_at IS NULL`);
    await queryRunner.query(`ALTER TABLE "investor" ADD "account_manager_id" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_c294253fe237dd042eb1cc6040" ON "investor"  ("account_manager_id") `);
    await queryRunner.query(
      `CREATE INDEX "investor_multinational_newest_first" ON "investor"  ("created_at", "id") WHERE is_multinational`,
    );
    await queryRunner.query(`CREATE INDEX "investor_anchor_newest_first" ON "investor"  ("created_at", "id") WHERE is_anchor`);
    await queryRunner.query(
      `ALTER TABLE "investor" ADD CONSTRAINT "FK_c294253fe237dd042eb1cc6040f" FOREIGN KEY ("account_manager_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "investor_status_change" ADD CONSTRAINT "FK_a4aa77ccdd0bf66d0fe341e24b5" FOREIGN KEY ("investor_id") REFERENCES "investor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "investor_status_change" ADD CONSTRAINT "FK_a6b6802c582f379ce06d20640a5" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interaction" ADD CONSTRAINT "FK_5ded70e5c6746ef6772e2ddd74a" FOREIGN KEY ("investor_id") REFERENCES "investor"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interaction" ADD CONSTRAINT "FK_ddf633dd2e2145fb0f7663c2e57" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interaction" ADD CONSTRAINT "FK_4a0f78af03c455214ce82294ee0" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interaction" ADD CONSTRAINT "FK_40765d604cb0d4be70c5b850eba" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up" ADD CONSTRAINT "FK_26066535a2c3a9fbc4c46f86263" FOREIGN KEY ("interaction_id") REFERENCES "interaction"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up" ADD CONSTRAINT "FK_ca322c03d2f421a42feaf1d4b5e" FOREIGN KEY ("investor_id") REFERENCES "investor"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up" ADD CONSTRAINT "FK_27d4608b67ff7616c8d687ba125" FOREIGN KEY ("done_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
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
    await queryRunner.query(
      `INSERT INTO investor_status_change (investor_id, status, at) SELECT id, status, created_at FROM investor ORDER BY created_at, id`,
    );
    await queryRunner.query(`CREATE CONSTRAINT TRIGGER follow_up_read_generation AFTER INSERT OR UPDATE OR DELETE ON follow_up
          DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_read_generation('investor')`);
    await queryRunner.query(`CREATE TRIGGER follow_up_read_generation_truncate AFTER TRUNCATE ON follow_up
          FOR EACH STATEMENT EXECUTE FUNCTION bump_read_generation('investor')`);

    // Investment events and agreements
    await queryRunner.query(
      `CREATE TYPE "public"."investment_event_kind" AS ENUM('ROAD_SHOW', 'BUSINESS_FORUM', 'CONFERENCE', 'ROUND_TABLE', 'SEMINAR', 'WEBINAR', 'BUSINESS_COUNCIL', 'EXHIBITION')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."investment_event_status" AS ENUM('PROPOSED', 'APPROVED', 'REJECTED', 'CANCELLED')`);
    await queryRunner.query(
      `CREATE TABLE "investment_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "kind" "public"."investment_event_kind" NOT NULL, "title" text NOT NULL, "country_code" character varying(2) NOT NULL, "city" text, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "description" text, "status" "public"."investment_event_status" NOT NULL, "organizer_office_id" uuid NOT NULL, "proposed_by_id" uuid NOT NULL, "decided_by_id" uuid, "decided_at" TIMESTAMP(3) WITH TIME ZONE, "decision_note" text, "cancelled_at" TIMESTAMP(3) WITH TIME ZONE, "cancellation_note" text, CONSTRAINT "PK_b0fe6155f0a7ea0503eb6a17afa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6c46e98f4bf0aad5c49e32624a" ON "investment_event"  ("kind") `);
    await queryRunner.query(`CREATE INDEX "IDX_49a7aefa4dec65f88f22ade862" ON "investment_event"  ("country_code") `);
    await queryRunner.query(`CREATE INDEX "IDX_4d1a88824e1304fe97bc21de33" ON "investment_event"  ("starts_on") `);
    await queryRunner.query(`CREATE INDEX "IDX_5046cfa3e467ca9ce697dcc3be" ON "investment_event"  ("ends_on") `);
    await queryRunner.query(`CREATE INDEX "IDX_b0ea1664f984e5fd47bebfad17" ON "investment_event"  ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_caa183a11c2858f2d77a016ccc" ON "investment_event"  ("organizer_office_id") `);
    await queryRunner.query(`CREATE INDEX "investment_event_newest_first" ON "investment_event"  ("created_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "investment_event_participant" ("event_id" uuid NOT NULL, "investor_id" uuid NOT NULL, "added_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "added_by_id" uuid NOT NULL, CONSTRAINT "PK_cdda664f3a83238693281e6b976" PRIMARY KEY ("event_id", "investor_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b3420a4f7f7a47d931a9b55a15" ON "investment_event_participant"  ("investor_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."agreement_kind" AS ENUM('MEMORANDUM', 'LETTER_OF_INTENT', 'INVESTMENT_AGREEMENT', 'ROADMAP', 'OTHER')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."agreement_status" AS ENUM('ACTIVE', 'FULFILLED', 'BREACHED')`);
    await queryRunner.query(
      `CREATE TABLE "agreement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "kind" "public"."agreement_kind" NOT NULL, "title" text NOT NULL, "investor_id" uuid NOT NULL, "project_id" uuid, "office_id" uuid NOT NULL, "recorded_by_id" uuid NOT NULL, "signed_on" date NOT NULL, "parties" text array NOT NULL DEFAULT '{}', "status" "public"."agreement_status" NOT NULL DEFAULT 'ACTIVE', CONSTRAINT "PK_e7537188219eeef56233a609753" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_8f75ccb172d41b61ac90876a8d" ON "agreement"  ("kind") `);
    await queryRunner.query(`CREATE INDEX "IDX_ba6b8a3a03c8e5b824ac96d063" ON "agreement"  ("investor_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_654d64b50ef891de2fe2466de9" ON "agreement"  ("project_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_acf1a4f8c0c3e55f4ad763eee8" ON "agreement"  ("office_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_84b1ff1cfeded8a3e259d39613" ON "agreement"  ("signed_on") `);
    await queryRunner.query(`CREATE INDEX "IDX_c85a663cfb368738498c7df5f7" ON "agreement"  ("status") `);
    await queryRunner.query(`CREATE INDEX "agreement_newest_first" ON "agreement"  ("created_at", "id") `);
    await queryRunner.query(`CREATE TYPE "public"."commitment_status" AS ENUM('OPEN', 'MET', 'MISSED', 'WAIVED')`);
    await queryRunner.query(
      `CREATE TABLE "commitment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "agreement_id" uuid NOT NULL, "position" integer NOT NULL, "description" text NOT NULL, "amount_kzt" numeric(20,2), "jobs" integer, "due_on" date NOT NULL, "status" "public"."commitment_status" NOT NULL DEFAULT 'OPEN', "note" text, "updated_by_id" uuid, "overdue_recorded_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_7a0899978d100f72269b3045d7e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7c1f75ed3b0ed9e2bec2250442" ON "commitment"  ("agreement_id") `);
    await queryRunner.query(`CREATE INDEX "commitment_open_by_due" ON "commitment"  ("due_on") WHERE status = 'OPEN'`);
    await queryRunner.query(
      `ALTER TABLE "investment_event" ADD CONSTRAINT "FK_caa183a11c2858f2d77a016ccc8" FOREIGN KEY ("organizer_office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "investment_event" ADD CONSTRAINT "FK_df8aaf2be8dc331e73e3b5e9234" FOREIGN KEY ("proposed_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "investment_event" ADD CONSTRAINT "FK_fc7d59b5493e8ae8f8e7b9356ef" FOREIGN KEY ("decided_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // An interaction held at an event (paragraph 6: meetings at forums, road shows, business councils).
    await queryRunner.query(
      `ALTER TABLE "interaction" ADD CONSTRAINT "FK_f8c72e5ef3234b311d5ab85e670" FOREIGN KEY ("event_id") REFERENCES "investment_event"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "investment_event_participant" ADD CONSTRAINT "FK_54c4a0e6d3f62e0380d8e3045d1" FOREIGN KEY ("event_id") REFERENCES "investment_event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "investment_event_participant" ADD CONSTRAINT "FK_b3420a4f7f7a47d931a9b55a157" FOREIGN KEY ("investor_id") REFERENCES "investor"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "investment_event_participant" ADD CONSTRAINT "FK_f3a99be90a86e8af5ddafd727b9" FOREIGN KEY ("added_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement" ADD CONSTRAINT "FK_ba6b8a3a03c8e5b824ac96d0638" FOREIGN KEY ("investor_id") REFERENCES "investor"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement" ADD CONSTRAINT "FK_654d64b50ef891de2fe2466de98" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement" ADD CONSTRAINT "FK_acf1a4f8c0c3e55f4ad763eee87" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement" ADD CONSTRAINT "FK_5eaeddd62ed932461700c9ec85f" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "commitment" ADD CONSTRAINT "FK_7c1f75ed3b0ed9e2bec22504428" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "commitment" ADD CONSTRAINT "FK_5b10814f60ae38a4abe6fae9e7a" FOREIGN KEY ("updated_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "interaction" DROP CONSTRAINT "FK_f8c72e5ef3234b311d5ab85e670"`);
    // Investment events and agreements
    await queryRunner.query(`ALTER TABLE "commitment" DROP CONSTRAINT "FK_5b10814f60ae38a4abe6fae9e7a"`);
    await queryRunner.query(`ALTER TABLE "commitment" DROP CONSTRAINT "FK_7c1f75ed3b0ed9e2bec22504428"`);
    await queryRunner.query(`ALTER TABLE "agreement" DROP CONSTRAINT "FK_5eaeddd62ed932461700c9ec85f"`);
    await queryRunner.query(`ALTER TABLE "agreement" DROP CONSTRAINT "FK_acf1a4f8c0c3e55f4ad763eee87"`);
    await queryRunner.query(`ALTER TABLE "agreement" DROP CONSTRAINT "FK_654d64b50ef891de2fe2466de98"`);
    await queryRunner.query(`ALTER TABLE "agreement" DROP CONSTRAINT "FK_ba6b8a3a03c8e5b824ac96d0638"`);
    await queryRunner.query(`ALTER TABLE "investment_event_participant" DROP CONSTRAINT "FK_f3a99be90a86e8af5ddafd727b9"`);
    await queryRunner.query(`ALTER TABLE "investment_event_participant" DROP CONSTRAINT "FK_b3420a4f7f7a47d931a9b55a157"`);
    await queryRunner.query(`ALTER TABLE "investment_event_participant" DROP CONSTRAINT "FK_54c4a0e6d3f62e0380d8e3045d1"`);
    await queryRunner.query(`ALTER TABLE "investment_event" DROP CONSTRAINT "FK_fc7d59b5493e8ae8f8e7b9356ef"`);
    await queryRunner.query(`ALTER TABLE "investment_event" DROP CONSTRAINT "FK_df8aaf2be8dc331e73e3b5e9234"`);
    await queryRunner.query(`ALTER TABLE "investment_event" DROP CONSTRAINT "FK_caa183a11c2858f2d77a016ccc8"`);
    await queryRunner.query(`DROP INDEX "public"."commitment_open_by_due"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7c1f75ed3b0ed9e2bec2250442"`);
    await queryRunner.query(`DROP TABLE "commitment"`);
    await queryRunner.query(`DROP TYPE "public"."commitment_status"`);
    await queryRunner.query(`DROP INDEX "public"."agreement_newest_first"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c85a663cfb368738498c7df5f7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_84b1ff1cfeded8a3e259d39613"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_acf1a4f8c0c3e55f4ad763eee8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_654d64b50ef891de2fe2466de9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ba6b8a3a03c8e5b824ac96d063"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8f75ccb172d41b61ac90876a8d"`);
    await queryRunner.query(`DROP TABLE "agreement"`);
    await queryRunner.query(`DROP TYPE "public"."agreement_status"`);
    await queryRunner.query(`DROP TYPE "public"."agreement_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b3420a4f7f7a47d931a9b55a15"`);
    await queryRunner.query(`DROP TABLE "investment_event_participant"`);
    await queryRunner.query(`DROP INDEX "public"."investment_event_newest_first"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_caa183a11c2858f2d77a016ccc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b0ea1664f984e5fd47bebfad17"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5046cfa3e467ca9ce697dcc3be"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4d1a88824e1304fe97bc21de33"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_49a7aefa4dec65f88f22ade862"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6c46e98f4bf0aad5c49e32624a"`);
    await queryRunner.query(`DROP TABLE "investment_event"`);
    await queryRunner.query(`DROP TYPE "public"."investment_event_status"`);
    await queryRunner.query(`DROP TYPE "public"."investment_event_kind"`);
    // Leads, interactions and follow-ups
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
    await queryRunner.query(`DROP INDEX "public"."interaction_at_event_newest_first"`);
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
