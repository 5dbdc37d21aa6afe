import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Monitoring (issue 10): project progress reports and stage history, investors' issues and
 * their status history, the Investment Headquarters' meetings, agenda and decisions, KPI
 * targets, and the rule sets' stall period (paragraph 7.2).
 */

export class Monitoring1795646520199 implements MigrationInterface {
  name = 'Monitoring1795646520199';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."issue_category" AS ENUM('LAND', 'PERMITS', 'UTILITIES', 'INFRASTRUCTURE', 'TAXES', 'CUSTOMS', 'VISAS_AND_LABOUR', 'FINANCING', 'REGULATION', 'OTHER')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."issue_status" AS ENUM('OPEN', 'IN_PROGRESS', 'ESCALATED', 'RESOLVED')`);
    await queryRunner.query(
      `CREATE TABLE "investor_issue" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "investor_id" uuid NOT NULL, "project_id" uuid, "title" text NOT NULL, "description" text NOT NULL, "category" "public"."issue_category" NOT NULL, "systemic" boolean NOT NULL, "status" "public"."issue_status" NOT NULL, "resolution" text, "raised_by_office_id" uuid NOT NULL, "raised_by_user_id" uuid NOT NULL, CONSTRAINT "PK_0bea799ab0f508d70d79c580f93" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c60088f45509f3c26230047c25" ON "investor_issue"  ("investor_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_feadc024ffaf104156539f00a1" ON "investor_issue"  ("project_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c5ba705f69328b1d8a6b78e755" ON "investor_issue"  ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_7332032b8e88030c07f244e4a2" ON "investor_issue"  ("raised_by_office_id") `);
    await queryRunner.query(`CREATE INDEX "investor_issue_newest_first" ON "investor_issue"  ("created_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "investor_issue_status_change" ("seq" BIGSERIAL NOT NULL, "issue_id" uuid NOT NULL, "status" "public"."issue_status" NOT NULL, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "actor_id" uuid NOT NULL, CONSTRAINT "PK_119f81839d3505072dfd209790f" PRIMARY KEY ("seq"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_928dea527d09bc2b7aad2c50d8" ON "investor_issue_status_change"  ("issue_id") `);
    await queryRunner.query(
      `CREATE TABLE "headquarters_meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "held_on" date NOT NULL, "title" text, CONSTRAINT "PK_1550da793c54d25f604c3003f82" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "headquarters_meeting_newest_first" ON "headquarters_meeting"  ("created_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "headquarters_agenda_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "meeting_id" uuid NOT NULL, "summary" text NOT NULL, "project_id" uuid, "issue_id" uuid, CONSTRAINT "PK_26071737454e836e8659721ffd0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6d97649b84ab05e08546419703" ON "headquarters_agenda_item"  ("meeting_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_dcb7d33acf1b93765af7d8536c" ON "headquarters_agenda_item"  ("project_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_729daa9b4dcca08333a050c579" ON "headquarters_agenda_item"  ("issue_id") `);
    await queryRunner.query(`CREATE TYPE "public"."headquarters_decision_status" AS ENUM('OPEN', 'DONE')`);
    await queryRunner.query(
      `CREATE TABLE "headquarters_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "agenda_item_id" uuid NOT NULL, "decision" text NOT NULL, "responsible_office_id" uuid NOT NULL, "due_on" date NOT NULL, "status" "public"."headquarters_decision_status" NOT NULL DEFAULT 'OPEN', "report" text, "completed_at" TIMESTAMP(3) WITH TIME ZONE, "completed_by_id" uuid, "overdue_recorded_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_7cf37e134e94703f5ff7b307116" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a92531d40bfff67d3aaba34f05" ON "headquarters_decision"  ("agenda_item_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_0fe53c494a1a1bf7c9143f006e" ON "headquarters_decision"  ("responsible_office_id") `);
    await queryRunner.query(
      `CREATE INDEX "headquarters_decision_open_by_due" ON "headquarters_decision"  ("due_on") WHERE status = 'OPEN'`,
    );
    await queryRunner.query(`CREATE INDEX "headquarters_decision_newest_first" ON "headquarters_decision"  ("created_at", "id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."kpi_indicator" AS ENUM('MEETINGS', 'VISITS', 'NEW_INVESTORS', 'AGREEMENTS_SIGNED', 'EVENTS_HELD', 'REQUESTS_ANSWERED_ON_TIME', 'SERVICE_VIOLATIONS')`,
    );
    await queryRunner.query(
      `CREATE TABLE "kpi_target" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "office_id" uuid NOT NULL, "year" integer NOT NULL, "quarter" integer, "indicator" "public"."kpi_indicator" NOT NULL, "target" numeric(20,2) NOT NULL, CONSTRAINT "PK_c34adc0d9347ab04e2a4f80909e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "kpi_target_one_per_quarter" ON "kpi_target"  ("office_id", "year", "quarter", "indicator") WHERE quarter IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "kpi_target_one_per_year" ON "kpi_target"  ("office_id", "year", "indicator") WHERE quarter IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "project_progress" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "as_of" date NOT NULL, "spent_kzt" numeric(20,2) NOT NULL, "jobs_created" integer NOT NULL, "stage" "public"."project_stage", "note" text, "recorded_by_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c0832cb86df19e7ae6d0494cd9a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "project_progress_latest" ON "project_progress"  ("project_id", "as_of") `);
    await queryRunner.query(
      `CREATE TABLE "project_stage_change" ("seq" BIGSERIAL NOT NULL, "project_id" uuid NOT NULL, "stage" "public"."project_stage" NOT NULL, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "actor_id" uuid, CONSTRAINT "PK_a8fc593fdd59dded0dc4f8ac6e6" PRIMARY KEY ("seq"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_dfc0be9697efa021a5a84dc67a" ON "project_stage_change"  ("project_id") `);
    await queryRunner.query(`ALTER TABLE "rule_set" ADD "stall_period_days" integer NOT NULL DEFAULT 180`);
    // Paragraph 7.2 names no period: 180 days is an assumption (README), kept as rule-set data.
    await queryRunner.query(`ALTER TABLE "rule_set" ALTER COLUMN "stall_period_days" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "investor_issue" ADD CONSTRAINT "FK_c60088f45509f3c26230047c255" FOREIGN KEY ("investor_id") REFERENCES "investor"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "investor_issue" ADD CONSTRAINT "FK_feadc024ffaf104156539f00a1b" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "investor_issue" ADD CONSTRAINT "FK_7332032b8e88030c07f244e4a2b" FOREIGN KEY ("raised_by_office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "investor_issue" ADD CONSTRAINT "FK_963dd8f447bff26d482cfc3958d" FOREIGN KEY ("raised_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "investor_issue_status_change" ADD CONSTRAINT "FK_928dea527d09bc2b7aad2c50d85" FOREIGN KEY ("issue_id") REFERENCES "investor_issue"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "investor_issue_status_change" ADD CONSTRAINT "FK_ff3655c3094e1f18b8161951730" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "headquarters_agenda_item" ADD CONSTRAINT "FK_6d97649b84ab05e085464197034" FOREIGN KEY ("meeting_id") REFERENCES "headquarters_meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "headquarters_agenda_item" ADD CONSTRAINT "FK_dcb7d33acf1b93765af7d8536ce" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "headquarters_agenda_item" ADD CONSTRAINT "FK_729daa9b4dcca08333a050c579c" FOREIGN KEY ("issue_id") REFERENCES "investor_issue"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "headquarters_decision" ADD CONSTRAINT "FK_a92531d40bfff67d3aaba34f059" FOREIGN KEY ("agenda_item_id") REFERENCES "headquarters_agenda_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "headquarters_decision" ADD CONSTRAINT "FK_0fe53c494a1a1bf7c9143f006eb" FOREIGN KEY ("responsible_office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "headquarters_decision" ADD CONSTRAINT "FK_abafaa53c4483592cc0181b3b83" FOREIGN KEY ("completed_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "kpi_target" ADD CONSTRAINT "FK_22d7852b67c083818540dceb214" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_progress" ADD CONSTRAINT "FK_341710327302fc4946b5b1ff83f" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_progress" ADD CONSTRAINT "FK_7d5144b88b93415b6a09bf86606" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_stage_change" ADD CONSTRAINT "FK_dfc0be9697efa021a5a84dc67a9" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_stage_change" ADD CONSTRAINT "FK_9a132b5b6e6208a1b757c42fb90" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // Stage history kept by the database, whatever writes the project (trigger below).
    await queryRunner.query(`
          CREATE FUNCTION record_project_stage() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
            -- Deferred to commit, when the writing transaction's change events exist: the
            -- project's latest one names the actor (none for writes made outside IRM).
            INSERT INTO project_stage_change (project_id, stage, at, actor_id)
            SELECT NEW.id, NEW.stage, CASE WHEN TG_OP = 'INSERT' THEN NEW.created_at ELSE now() END,
                   (SELECT e.actor_id FROM change_event e
                     WHERE e.tx_id = current_tx_id() AND e.entity = 'PROJECT' AND e.entity_id = NEW.id
                     ORDER BY e.seq DESC LIMIT 1)
             WHERE EXISTS (SELECT 1 FROM project p WHERE p.id = NEW.id);
            RETURN NULL;
          END $$`);
    await queryRunner.query(`CREATE CONSTRAINT TRIGGER project_stage_history_insert AFTER INSERT ON project
          DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION record_project_stage()`);
    await queryRunner.query(`CREATE CONSTRAINT TRIGGER project_stage_history_update AFTER UPDATE OF stage ON project
          DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.stage IS DISTINCT FROM NEW.stage) EXECUTE FUNCTION record_project_stage()`);
    // Projects registered before: their history starts with the stage they have now.
    await queryRunner.query(
      `INSERT INTO project_stage_change (project_id, stage, at) SELECT id, stage, created_at FROM project ORDER BY created_at, id`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER project_stage_history_update ON project`);
    await queryRunner.query(`DROP TRIGGER project_stage_history_insert ON project`);
    await queryRunner.query(`DROP FUNCTION record_project_stage()`);
    await queryRunner.query(`ALTER TABLE "project_stage_change" DROP CONSTRAINT "FK_9a132b5b6e6208a1b757c42fb90"`);
    await queryRunner.query(`ALTER TABLE "project_stage_change" DROP CONSTRAINT "FK_dfc0be9697efa021a5a84dc67a9"`);
    await queryRunner.query(`ALTER TABLE "project_progress" DROP CONSTRAINT "FK_7d5144b88b93415b6a09bf86606"`);
    await queryRunner.query(`ALTER TABLE "project_progress" DROP CONSTRAINT "FK_341710327302fc4946b5b1ff83f"`);
    await queryRunner.query(`ALTER TABLE "kpi_target" DROP CONSTRAINT "FK_22d7852b67c083818540dceb214"`);
    await queryRunner.query(`ALTER TABLE "headquarters_decision" DROP CONSTRAINT "FK_abafaa53c4483592cc0181b3b83"`);
    await queryRunner.query(`ALTER TABLE "headquarters_decision" DROP CONSTRAINT "FK_0fe53c494a1a1bf7c9143f006eb"`);
    await queryRunner.query(`ALTER TABLE "headquarters_decision" DROP CONSTRAINT "FK_a92531d40bfff67d3aaba34f059"`);
    await queryRunner.query(`ALTER TABLE "headquarters_agenda_item" DROP CONSTRAINT "FK_729daa9b4dcca08333a050c579c"`);
    await queryRunner.query(`ALTER TABLE "headquarters_agenda_item" DROP CONSTRAINT "FK_dcb7d33acf1b93765af7d8536ce"`);
    await queryRunner.query(`ALTER TABLE "headquarters_agenda_item" DROP CONSTRAINT "FK_6d97649b84ab05e085464197034"`);
    await queryRunner.query(`ALTER TABLE "investor_issue_status_change" DROP CONSTRAINT "FK_ff3655c3094e1f18b8161951730"`);
    await queryRunner.query(`ALTER TABLE "investor_issue_status_change" DROP CONSTRAINT "FK_928dea527d09bc2b7aad2c50d85"`);
    await queryRunner.query(`ALTER TABLE "investor_issue" DROP CONSTRAINT "FK_963dd8f447bff26d482cfc3958d"`);
    await queryRunner.query(`ALTER TABLE "investor_issue" DROP CONSTRAINT "FK_7332032b8e88030c07f244e4a2b"`);
    await queryRunner.query(`ALTER TABLE "investor_issue" DROP CONSTRAINT "FK_feadc024ffaf104156539f00a1b"`);
    await queryRunner.query(`ALTER TABLE "investor_issue" DROP CONSTRAINT "FK_c60088f45509f3c26230047c255"`);
    await queryRunner.query(`ALTER TABLE "rule_set" DROP COLUMN "stall_period_days"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dfc0be9697efa021a5a84dc67a"`);
    await queryRunner.query(`DROP TABLE "project_stage_change"`);
    await queryRunner.query(`DROP INDEX "public"."project_progress_latest"`);
    await queryRunner.query(`DROP TABLE "project_progress"`);
    await queryRunner.query(`DROP INDEX "public"."kpi_target_one_per_year"`);
    await queryRunner.query(`DROP INDEX "public"."kpi_target_one_per_quarter"`);
    await queryRunner.query(`DROP TABLE "kpi_target"`);
    await queryRunner.query(`DROP TYPE "public"."kpi_indicator"`);
    await queryRunner.query(`DROP INDEX "public"."headquarters_decision_newest_first"`);
    await queryRunner.query(`DROP INDEX "public"."headquarters_decision_open_by_due"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0fe53c494a1a1bf7c9143f006e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a92531d40bfff67d3aaba34f05"`);
    await queryRunner.query(`DROP TABLE "headquarters_decision"`);
    await queryRunner.query(`DROP TYPE "public"."headquarters_decision_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_729daa9b4dcca08333a050c579"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dcb7d33acf1b93765af7d8536c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6d97649b84ab05e08546419703"`);
    await queryRunner.query(`DROP TABLE "headquarters_agenda_item"`);
    await queryRunner.query(`DROP INDEX "public"."headquarters_meeting_newest_first"`);
    await queryRunner.query(`DROP TABLE "headquarters_meeting"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_928dea527d09bc2b7aad2c50d8"`);
    await queryRunner.query(`DROP TABLE "investor_issue_status_change"`);
    await queryRunner.query(`DROP INDEX "public"."investor_issue_newest_first"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7332032b8e88030c07f244e4a2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c5ba705f69328b1d8a6b78e755"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_feadc024ffaf104156539f00a1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c60088f45509f3c26230047c25"`);
    await queryRunner.query(`DROP TABLE "investor_issue"`);
    await queryRunner.query(`DROP TYPE "public"."issue_status"`);
    await queryRunner.query(`DROP TYPE "public"."issue_category"`);
  }
}
