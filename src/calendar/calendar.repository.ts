import { CalendarDayTransfer, CalendarHoliday, CalendarKurbanAit } from './calendar.entities';
import type { WorkingDayCalendarData } from './working-day-calendar';
import type { Db } from '../db/transactions';

/** All SQL about the working-day calendar tables. */
export class CalendarRepository {
  constructor(private readonly db: Db) {}

  /** Everything the calendar is built from (one statement after another: it may be read in a transaction). */
  async loadData(): Promise<WorkingDayCalendarData> {
    const holidays = await this.db.manager.getRepository(CalendarHoliday).find();
    const kurbanAit = await this.db.manager.getRepository(CalendarKurbanAit).find();
    const transfers = await this.db.manager.getRepository(CalendarDayTransfer).find();
    return { holidays, kurbanAit, transfers };
  }

  listKurbanAit(): Promise<CalendarKurbanAit[]> {
    return this.db.manager.getRepository(CalendarKurbanAit).find({ order: { year: 'ASC' } });
  }

  /** Transfers in date order; of one year when given (a transfer never spans two). */
  listTransfers(year: number | null): Promise<CalendarDayTransfer[]> {
    const qb = this.db.manager.getRepository(CalendarDayTransfer).createQueryBuilder('t').orderBy('t.worked_on', 'ASC');
    if (year !== null) qb.where('extract(year FROM t.worked_on) = :year', { year });
    return qb.getMany();
  }

  /** Inserts or replaces the year's first day of Kurban Ait. */
  async upsertKurbanAit(row: CalendarKurbanAit): Promise<CalendarKurbanAit> {
    await this.db.manager
      .createQueryBuilder()
      .insert()
      .into(CalendarKurbanAit)
      .values(row)
      .orUpdate(['date', 'source'], ['year'])
      .execute();
    return row;
  }

  async insertTransfer(row: CalendarDayTransfer): Promise<CalendarDayTransfer> {
    await this.db.manager.getRepository(CalendarDayTransfer).insert(row);
    return row;
  }

  /** Deletes a transfer; the deleted row, or null when there was none. */
  async deleteTransfer(workedOn: string): Promise<CalendarDayTransfer | null> {
    const repo = this.db.manager.getRepository(CalendarDayTransfer);
    const row = await repo.findOneBy({ workedOn });
    if (row) await repo.delete({ workedOn });
    return row;
  }
}
