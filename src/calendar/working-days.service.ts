import type { Viewer } from '../auth/viewer';
import { badInput, notFound } from '../common/errors';
import type { Transactions } from '../db/transactions';
import { parseIsoDate, weekdayOf } from './almaty-time';
import { CalendarDayTransfer, CalendarKurbanAit } from './calendar.entities';
import type { AddDayTransferArgs, DayOff, SetKurbanAitArgs } from './calendar.inputs';
import type { CalendarRepository } from './calendar.repository';
import type { CalendarService } from './calendar.service';

/**
 * Years the API answers for. The calendar builds and keeps a table per year asked about, so
 * a client may not make it build thousands; the stored data starts in 2018.
 */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

const isWeekend = (date: string): boolean => [0, 6].includes(weekdayOf(date));

/** The working-day calendar through the API: questions about days, and an administrator's yearly additions. */
export class WorkingDaysService {
  constructor(
    private readonly repository: CalendarRepository,
    private readonly calendar: CalendarService,
    private readonly transactions: Transactions,
  ) {}

  async addWorkingDays(from: string, days: number): Promise<string> {
    assertCoveredYear(parseIsoDate(from).year, 'from');
    return (await this.calendar.current()).addWorkingDays(from, days);
  }

  async isWorkingDay(on: string): Promise<boolean> {
    assertCoveredYear(parseIsoDate(on).year, 'on');
    return (await this.calendar.current()).isWorkingDay(on);
  }

  async daysOff(year: number): Promise<DayOff[]> {
    assertCoveredYear(year, 'year');
    return (await this.calendar.current()).daysOff(year);
  }

  listKurbanAit(): Promise<CalendarKurbanAit[]> {
    return this.repository.listKurbanAit();
  }

  listTransfers(year: number | null): Promise<CalendarDayTransfer[]> {
    return this.repository.listTransfers(year);
  }

  /** Labour Code Art. 84(5): the first day of Kurban Ait is announced each year. */
  async setKurbanAit(viewer: Viewer, args: SetKurbanAitArgs): Promise<CalendarKurbanAit> {
    assertCoveredYear(args.year, 'year');
    if (parseIsoDate(args.date).year !== args.year) throw badInput(`${args.date} is not in ${args.year}`, { field: 'date' });
    const row = Object.assign(new CalendarKurbanAit(), { year: args.year, date: args.date, source: args.source.trim() });
    const saved = await this.transactions.run(viewer.userId, () => this.repository.upsertKurbanAit(row));
    await this.calendar.reload();
    return saved;
  }

  /** Labour Code Art. 85(3): a weekend day is worked and a weekday of the same year is off instead. */
  async addDayTransfer(viewer: Viewer, args: AddDayTransferArgs): Promise<CalendarDayTransfer> {
    const { workedOn, dayOff } = args;
    assertCoveredYear(parseIsoDate(workedOn).year, 'workedOn');
    if (!isWeekend(workedOn)) throw badInput(`${workedOn} is not a Saturday or Sunday`, { field: 'workedOn' });
    if (isWeekend(dayOff)) throw badInput(`${dayOff} is not a Monday to Friday`, { field: 'dayOff' });
    if (parseIsoDate(dayOff).year !== parseIsoDate(workedOn).year) throw badInput('A transfer stays within one year', { field: 'dayOff' });
    const row = Object.assign(new CalendarDayTransfer(), { workedOn, dayOff, source: args.source.trim(), verified: true });
    const saved = await this.transactions.run(viewer.userId, async () => {
      if (!(await this.calendar.current()).isWorkingDay(dayOff)) throw badInput(`${dayOff} is already a day off`, { field: 'dayOff' });
      return this.repository.insertTransfer(row);
    });
    await this.calendar.reload();
    return saved;
  }

  async removeDayTransfer(viewer: Viewer, workedOn: string): Promise<CalendarDayTransfer> {
    const removed = await this.transactions.run(viewer.userId, () => this.repository.deleteTransfer(workedOn));
    if (!removed) throw notFound('Day transfer worked on', workedOn);
    await this.calendar.reload();
    return removed;
  }
}

function assertCoveredYear(year: number, field: string): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw badInput(`The calendar answers for the years ${FIRST_YEAR} to ${LAST_YEAR}`, { field });
  }
}
