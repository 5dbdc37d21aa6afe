import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the rules derive from a project is stored on the project row, kept by the database so
 * that it is always current and can be filtered with an index:
 * - volume in MCI with the general MCI in force on `assessed_on` (truncated to 2 places, so it
 *   never shows a threshold the project does not reach);
 * - the support tier of paragraph 5 by the rule set in force on `assessed_on`, thresholds
 *   compared exactly (volume >= threshold x MCI);
 * - every reason the project is not in the unified pool (paragraph 2.8-1).
 * Recomputed when the project changes, and for the projects concerned when the MCI table, the
 * rule sets, a sector's resource flag or an initiator's ownership changes.
 * Replaces the `project_assessment` view (computing it per row did not scale to filters).
 */
export class StoredProjectAssessment1795327500000 implements MigrationInterface {
  name = 'StoredProjectAssessment1795327500000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW project_assessment`);
    await q.query(`ALTER TABLE project ADD rule_set_code character varying(40), ADD mci_kzt numeric(12,2),
      ADD volume_mci numeric(20,2), ADD support_tier support_tier, ADD pool_reasons text array, ADD pool_eligible boolean`);
    await q.query(`
      CREATE FUNCTION project_assess() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        mci numeric;
        rules record;
        is_resource boolean;
        initiator_ownership text;
      BEGIN
        SELECT value_kzt INTO mci FROM mci_period WHERE NEW.assessed_on >= valid_from AND NEW.assessed_on < valid_to;
        SELECT code, task_force_min_mci, national_company_min_mci, pool_min_volume_kzt INTO rules
          FROM rule_set_period WHERE NEW.assessed_on >= valid_from AND NEW.assessed_on < valid_to;
        SELECT resource INTO is_resource FROM sector WHERE code = NEW.sector_code;
        SELECT ownership::text INTO initiator_ownership FROM investor WHERE id = NEW.initiator_id;
        NEW.rule_set_code := rules.code;
        NEW.mci_kzt := mci;
        NEW.volume_mci := trunc(NEW.investment_volume_kzt / mci, 2);
        NEW.support_tier := CASE
          WHEN NEW.investment_volume_kzt >= rules.task_force_min_mci * mci THEN 'TASK_FORCE'
          WHEN NEW.investment_volume_kzt >= rules.national_company_min_mci * mci THEN 'NATIONAL_COMPANY'
          ELSE 'REGIONAL_ORGANIZATION' END::support_tier;
        NEW.pool_reasons := array_remove(ARRAY[
          CASE WHEN is_resource THEN 'RESOURCE_SECTOR' END,
          CASE WHEN NEW.investment_volume_kzt <= rules.pool_min_volume_kzt THEN 'VOLUME_NOT_OVER_500M' END,
          CASE WHEN initiator_ownership IS DISTINCT FROM 'PRIVATE' THEN 'NOT_PRIVATE_INITIATIVE' END,
          CASE WHEN NEW.stage = 'CANCELLED' THEN 'CANCELLED' END], NULL);
        NEW.pool_eligible := cardinality(NEW.pool_reasons) = 0;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER project_assess BEFORE INSERT OR UPDATE ON project FOR EACH ROW EXECUTE FUNCTION project_assess()`);
    // A change of the facts other rows hold re-assesses the projects concerned.
    await q.query(`CREATE FUNCTION project_reassess_all() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN UPDATE project SET assessed_on = assessed_on; RETURN NULL; END $$`);
    for (const table of ['mci_rate', 'rule_set', 'sector']) {
      await q.query(
        `CREATE TRIGGER ${table}_reassess AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION project_reassess_all()`,
      );
    }
    await q.query(`CREATE FUNCTION project_reassess_initiated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN UPDATE project SET assessed_on = assessed_on WHERE initiator_id = NEW.id; RETURN NULL; END $$`);
    await q.query(`CREATE TRIGGER investor_reassess AFTER UPDATE OF ownership ON investor FOR EACH ROW
      WHEN (OLD.ownership IS DISTINCT FROM NEW.ownership) EXECUTE FUNCTION project_reassess_initiated()`);
    await q.query(`UPDATE project SET assessed_on = assessed_on`);
    await q.query(`ALTER TABLE project ALTER rule_set_code SET NOT NULL, ALTER mci_kzt SET NOT NULL, ALTER volume_mci SET NOT NULL,
      ALTER support_tier SET NOT NULL, ALTER pool_reasons SET NOT NULL, ALTER pool_eligible SET NOT NULL`);
    await q.query(`CREATE INDEX "IDX_f02946f8cd5546320afeec835f" ON project (support_tier)`);
    await q.query(`CREATE INDEX "IDX_6cce22586254ed7018cab936c4" ON project (pool_eligible)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER investor_reassess ON investor`);
    for (const table of ['mci_rate', 'rule_set', 'sector']) await q.query(`DROP TRIGGER ${table}_reassess ON ${table}`);
    await q.query(`DROP TRIGGER project_assess ON project`);
    await q.query(`DROP FUNCTION project_reassess_initiated(), project_reassess_all(), project_assess()`);
    await q.query(
      `ALTER TABLE project DROP rule_set_code, DROP mci_kzt, DROP volume_mci, DROP support_tier, DROP pool_reasons, DROP pool_eligible`,
    );
  }
}
