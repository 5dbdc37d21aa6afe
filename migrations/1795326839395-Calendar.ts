import { MigrationInterface, QueryRunner } from 'typeorm';
import { DAY_TRANSFERS, KURBAN_AIT_FIRST_DAYS, STATUTORY_HOLIDAYS } from '../src/calendar/calendar.data';

/** The working-day calendar tables, seeded from facts/calendar.md (each row with its source). */

export class Calendar1795326839395 implements MigrationInterface {
  name = 'Calendar1795326839395';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "calendar_holiday" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "month" integer NOT NULL, "day" integer NOT NULL, "name" text NOT NULL, "moves_off_weekend" boolean NOT NULL, "from_year" integer, "to_year" integer, "source" text NOT NULL, CONSTRAINT "PK_16f3ff2a51ca90b022805473375" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "calendar_kurban_ait" ("year" integer NOT NULL, "date" date NOT NULL, "source" text NOT NULL, CONSTRAINT "UQ_9841c52c6057d20300d72937853" UNIQUE ("date"), CONSTRAINT "PK_0a2da6e63dc571f23ba18786714" PRIMARY KEY ("year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "calendar_day_transfer" ("worked_on" date NOT NULL, "day_off" date NOT NULL, "source" text NOT NULL, "verified" boolean NOT NULL DEFAULT true, CONSTRAINT "UQ_79c8829429ba8a8a88a83f0e640" UNIQUE ("day_off"), CONSTRAINT "PK_dd7d019b95eb9a1cfbcb3a7c4ca" PRIMARY KEY ("worked_on"))`,
    );
    for (const h of STATUTORY_HOLIDAYS) {
      await queryRunner.query(
        `INSERT INTO calendar_holiday (month, day, name, moves_off_weekend, from_year, to_year, source) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [h.month, h.day, h.name, h.movesOffWeekend, h.fromYear, h.toYear, h.source],
      );
    }
    for (const k of KURBAN_AIT_FIRST_DAYS) {
      await queryRunner.query(`INSERT INTO calendar_kurban_ait (year, date, source) VALUES ($1, $2, $3)`, [
        k.year,
        k.date,
        k.note ? `${k.source}; ${k.note}` : k.source,
      ]);
    }
    for (const t of DAY_TRANSFERS) {
      await queryRunner.query(`INSERT INTO calendar_day_transfer (worked_on, day_off, source, verified) VALUES ($1, $2, $3, $4)`, [
        t.workedOn,
        t.dayOff,
        t.source,
        t.verified,
      ]);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "calendar_day_transfer"`);
    await queryRunner.query(`DROP TABLE "calendar_kurban_ait"`);
    await queryRunner.query(`DROP TABLE "calendar_holiday"`);
  }
}
