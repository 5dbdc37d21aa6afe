import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the rules derive from a project's stored facts, always current:
 * - volume in MCI with the general MCI in force on `assessed_on`;
 * - the support tier of paragraph 5 (Task Force / National Company / regional organization),
 *   by the rule set in force on `assessed_on` (the earliest one for older dates);
 * - the reasons a project is not eligible for the unified pool (paragraph 2.8-1).
 * Thresholds are compared exactly (volume >= threshold x MCI), never on a rounded value, and the
 * shown volume in MCI is truncated, so it never displays a threshold the project does not reach.
 */
export class ProjectAssessment1795326309700 implements MigrationInterface {
  name = 'ProjectAssessment1795326309700';

  public async up(q: QueryRunner): Promise<void> {
    // Periods in force: each MCI value and rule set until the next one. A project before the
    // first period is judged by the first one (open start), so every project has an assessment.
    await q.query(`
      CREATE VIEW mci_period AS
      SELECT CASE WHEN row_number() OVER (ORDER BY valid_from) = 1 THEN DATE '-infinity' ELSE valid_from END AS valid_from,
             COALESCE(lead(valid_from) OVER (ORDER BY valid_from), DATE 'infinity') AS valid_to,
             value_kzt
        FROM mci_rate WHERE purpose = 'GENERAL'`);
    await q.query(`
      CREATE VIEW rule_set_period AS
      SELECT CASE WHEN row_number() OVER (ORDER BY effective_from) = 1 THEN DATE '-infinity' ELSE effective_from END AS valid_from,
             COALESCE(lead(effective_from) OVER (ORDER BY effective_from), DATE 'infinity') AS valid_to,
             rule_set.*
        FROM rule_set`);
    await q.query(`
      CREATE VIEW project_assessment AS
      SELECT p.id AS project_id,
             r.code AS rule_set_code,
             m.value_kzt AS mci_kzt,
             trunc(p.investment_volume_kzt / m.value_kzt, 2) AS volume_mci,
             CASE
               WHEN p.investment_volume_kzt >= r.task_force_min_mci * m.value_kzt THEN 'TASK_FORCE'
               WHEN p.investment_volume_kzt >= r.national_company_min_mci * m.value_kzt THEN 'NATIONAL_COMPANY'
               ELSE 'REGIONAL_ORGANIZATION'
             END AS support_tier,
             array_remove(ARRAY[
               CASE WHEN s.resource THEN 'RESOURCE_SECTOR' END,
               CASE WHEN p.investment_volume_kzt <= r.pool_min_volume_kzt THEN 'VOLUME_NOT_OVER_500M' END,
               CASE WHEN i.id IS NULL OR i.ownership <> 'PRIVATE' THEN 'NOT_PRIVATE_INITIATIVE' END,
               CASE WHEN p.stage = 'CANCELLED' THEN 'CANCELLED' END
             ], NULL) AS pool_reasons
      FROM project p
      JOIN sector s ON s.code = p.sector_code
      LEFT JOIN investor i ON i.id = p.initiator_id
      JOIN mci_period m ON p.assessed_on >= m.valid_from AND p.assessed_on < m.valid_to
      JOIN rule_set_period r ON p.assessed_on >= r.valid_from AND p.assessed_on < r.valid_to`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW project_assessment`);
    await q.query(`DROP VIEW rule_set_period`);
    await q.query(`DROP VIEW mci_period`);
  }
}
