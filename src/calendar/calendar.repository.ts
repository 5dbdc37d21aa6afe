import type { DataSource, EntityManager } from 'typeorm';
import { CalendarDayTransfer, CalendarHoliday, CalendarKurbanAit } from './calendar.entities';
import type { WorkingDayCalendarData } from './working-day-calendar';

/** All SQL about the working-day calendar tables. */
export class CalendarRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Everything the calendar is built from. */
  async loadData(): Promise<WorkingDayCalendarData> {
    const [holidays, kurbanAit, transfers] = await Promise.all([
      this.dataSource.getRepository(CalendarHoliday).find(),
      this.dataSource.getRepository(CalendarKurbanAit).find(),
      this.dataSource.getRepository(CalendarDayTransfer).find(),
    ]);
    return { holidays, kurbanAit, transfers };
  }

  listKurbanAit(): Promise<CalendarKurbanAit[]> {
    return this.dataSource.getRepository(CalendarKurbanAit).find({ order: { year: 'ASC' } });
  }

  /** Transfers in date order; of one year when given (a transfer never spans two). */
  listTransfers(year: number | null): Promise<CalendarDayTransfer[]> {
    const qb = this.dataSource.getRepository(CalendarDayTransfer).createQueryBuilder('t').orderBy('t.worked_on', 'ASC');
    if (year !== null) qb.where('extract(year FROM t.worked_on) = :year', { year });
    return qb.getMany();
  }

  /** Inserts or replaces the year's first day of Kurban Ait. */
  async upsertKurbanAit(manager: EntityManager, row: CalendarKurbanAit): Promise<CalendarKurbanAit> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(CalendarKurbanAit)
      .values(row)
      .orUpdate(['date', 'source'], ['year'])
      .execute();
    return row;
  }

  async insertTransfer(manager: EntityManager, row: CalendarDayTransfer): Promise<CalendarDayTransfer> {
    await manager.getRepository(CalendarDayTransfer).insert(row);
    return row;
  }

  /** Deletes a transfer; the deleted row, or null when there was none. */
  async deleteTransfer(manager: EntityManager, workedOn: string): Promise<CalendarDayTransfer | null> {
    const repo = manager.getRepository(CalendarDayTransfer);
    const row = await repo.findOneBy({ workedOn });
    if (row) await repo.delete({ workedOn });
    return row;
  }
}
