import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MCI_RATES, REGIONS, RULE_SETS, SECTORS } from '../src/reference/reference.data';

/**
 * Reference data that is always present after migrating: regions (ISO 3166-2:KZ), OKED
 * divisions, the MCI table and the 2019 rule set. Sources are in the data file's rows.
 */
export class ReferenceData1795326309600 implements MigrationInterface {
  name = 'ReferenceData1795326309600';

  public async up(q: QueryRunner): Promise<void> {
    for (const r of REGIONS) {
      await q.query(`INSERT INTO region (code, kind, name, name_kk, name_ru, centre) VALUES ($1, $2, $3, $4, $5, $6)`, [
        r.code,
        r.kind,
        r.name,
        r.nameKk,
        r.nameRu,
        r.centre,
      ]);
    }
    for (const s of SECTORS) {
      await q.query(`INSERT INTO sector (code, name, section, resource) VALUES ($1, $2, $3, $4)`, [s.code, s.name, s.section, s.resource]);
    }
    for (const m of MCI_RATES) {
      await q.query(`INSERT INTO mci_rate (valid_from, purpose, value_kzt, source) VALUES ($1, $2, $3, $4)`, [
        m.validFrom,
        m.purpose.toUpperCase(),
        m.valueKzt,
        m.source,
      ]);
    }
    for (const r of RULE_SETS) {
      await q.query(
        `INSERT INTO rule_set (code, title, effective_from, task_force_min_mci, national_company_min_mci, pool_min_volume_kzt,
           request_answer_working_days, handoff_working_days, regional_report_due_day, external_report_due_day,
           consolidated_report_due_day, source)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          r.code,
          r.title,
          r.effectiveFrom,
          r.taskForceMinMci,
          r.nationalCompanyMinMci,
          r.poolMinVolumeKzt,
          r.requestAnswerWorkingDays,
          r.handoffWorkingDays,
          r.regionalReportDueDay,
          r.externalReportDueDay,
          r.consolidatedReportDueDay,
          r.source,
        ],
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM rule_set`);
    await q.query(`DELETE FROM mci_rate`);
    await q.query(`DELETE FROM sector`);
    await q.query(`DELETE FROM region`);
  }
}
