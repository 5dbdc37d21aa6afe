/**
 * Kazakhstan's working-day calendar, built from data (statutory holidays, Kurban Ait dates,
 * government day transfers) so an administrator can add each year's decisions.
 *
 * A working day is Monday–Friday that is not a day off. Days off beyond weekends:
 *  - holidays (Law "On holidays in the Republic of Kazakhstan", Art. 5): when one falls on a
 *    Saturday or Sunday, the next working day after the holiday block is a day off;
 *  - 7 January and the first day of Kurban Ait (Labour Code Art. 84(5)): off, never moved;
 *  - government day transfers (Labour Code Art. 85(3)): a weekend day worked, a weekday off.
 *
 * The class is immutable: the server builds a new one when the data changes.
 */
import {
  civilFromDays,
  daysFromCivil,
  endOfAlmatyDay,
  almatyDateOf,
  fromDayNumber,
  isLeapYear,
  parseIsoDate,
  toDayNumber,
  weekdayOfDayNumber,
} from './almaty-time';

export interface StatutoryHoliday {
  month: number;
  day: number;
  name: string;
  /** False for 7 January (Labour Code Art. 84(5)): a day off that is not moved off a weekend. */
  movesOffWeekend: boolean;
  /** First year the holiday applies (inclusive), null = always. */
  fromYear: number | null;
  /** Last year the holiday applies (inclusive), null = still in force. */
  toYear: number | null;
}

export interface KurbanAitFirstDay {
  date: string;
}

export interface DayTransfer {
  /** A Saturday or Sunday that becomes a working day. */
  workedOn: string;
  /** The weekday that becomes a day off instead. */
  dayOff: string;
}

export interface WorkingDayCalendarData {
  holidays: readonly StatutoryHoliday[];
  kurbanAit: readonly KurbanAitFirstDay[];
  transfers: readonly DayTransfer[];
}

export interface DayOff {
  date: string;
  reason: string;
}

/** Precomputed facts of one year, indexed by day of year (0 = 1 January). */
interface YearTable {
  year: number;
  firstDay: number;
  /** "YYYY-MM-DD" of each day, and back: the hot path does no date arithmetic at all. */
  dates: string[];
  indexOf: Map<string, number>;
  /** 1 where the day is a working day. */
  working: Uint8Array;
  /** Day-of-year indexes of the working days, ascending. */
  workingIdx: Int32Array;
  /** rank[i] = number of working days on or before day i. */
  rank: Int32Array;
  /** Why each Monday–Friday day off is off (by day number). */
  reasons: Map<number, string[]>;
}

const isWeekend = (dayNumber: number): boolean => {
  const wd = weekdayOfDayNumber(dayNumber);
  return wd === 0 || wd === 6;
};

export class WorkingDayCalendar {
  private readonly holidays: readonly StatutoryHoliday[];
  private readonly kurbanAit = new Set<number>();
  private readonly workedOn = new Map<number, number>(); // worked weekend day → its day off
  private readonly transferDaysOff = new Map<number, number>(); // day off → worked weekend day
  private readonly years = new Map<number, YearTable>();

  constructor(data: WorkingDayCalendarData) {
    this.holidays = data.holidays.map((h) => {
      if (!Number.isInteger(h.month) || h.month < 1 || h.month > 12 || !Number.isInteger(h.day) || h.day < 1 || h.day > 31) {
        throw new RangeError(`Bad holiday date ${h.month}/${h.day} (${h.name})`);
      }
      return { ...h };
    });
    for (const k of data.kurbanAit) this.kurbanAit.add(toDayNumber(k.date));
    for (const t of data.transfers) {
      const worked = toDayNumber(t.workedOn);
      const off = toDayNumber(t.dayOff);
      this.workedOn.set(worked, off);
      this.transferDaysOff.set(off, worked);
    }
  }

  isWorkingDay(date: string): boolean {
    const { table, index } = this.locate(date);
    return table.working[index] === 1;
  }

  /** Every Monday–Friday day off of the year with its reason(s), by date. */
  daysOff(year: number): DayOff[] {
    if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`Bad year ${year}`);
    const table = this.table(year);
    return [...table.reasons.entries()]
      .sort(([a], [b]) => a - b)
      .map(([dayNumber, reasons]) => ({ date: fromDayNumber(dayNumber), reason: reasons.join('; ') }));
  }

  /**
   * The N-th working day after `from`; `from` itself never counts, whether or not it is a
   * working day (something received on a day off starts counting the same way).
   * N = 0 gives `from` if it is a working day, else the next working day.
   */
  addWorkingDays(from: string, days: number): string {
    // (`days % 1` rather than Number.isInteger: this is a hot path, see locate())
    if (typeof days !== 'number' || !(days >= 0) || days % 1 !== 0) {
      throw new RangeError(`days must be a non-negative integer, got ${days}`);
    }
    let { table, index } = this.locate(from);
    if (days === 0) {
      if (table.working[index] === 1) return from;
      days = 1;
    }
    // Working days wanted counted from 1 January of table's year.
    let target = table.rank[index]! + days;
    while (target > table.workingIdx.length) {
      target -= table.workingIdx.length;
      table = this.table(table.year + 1);
    }
    return table.dates[table.workingIdx[target - 1]!]!;
  }

  nextWorkingDayOnOrAfter(date: string): string {
    return this.addWorkingDays(date, 0);
  }

  /**
   * "Within N working days of D": the end (23:59:59.999 Almaty time) of the N-th working day
   * after the Almaty date of `receivedAt`.
   */
  workingDayDeadline(receivedAt: Date, days: number): Date {
    return endOfAlmatyDay(this.addWorkingDays(almatyDateOf(receivedAt), days));
  }

  // -------------------------------------------------------------------------

  /**
   * Finds a date in its year's table by string lookup. Only real dates are in the tables,
   * so a miss means a malformed date. No Math/Number calls here: besides being cheap, this
   * keeps the hot path fast inside jest's vm sandbox, where every global lookup is slow.
   */
  private locate(date: string): { table: YearTable; index: number } {
    let year = 0;
    for (let i = 0; i < 4; i++) {
      const digit = date.charCodeAt(i) - 48;
      year = digit >= 0 && digit <= 9 ? year * 10 + digit : -1;
      if (year < 0) break;
    }
    const table = year >= 1 && date.length === 10 ? this.table(year) : undefined;
    const index = table?.indexOf.get(date);
    if (table === undefined || index === undefined) {
      parseIsoDate(date); // throws the RangeError
      throw new RangeError(`Not a calendar date: ${date}`);
    }
    return { table, index };
  }

  private table(year: number): YearTable {
    let t = this.years.get(year);
    if (!t) {
      t = this.buildYear(year);
      this.years.set(year, t);
    }
    return t;
  }

  /** Holidays in force on a day, by the holiday's own year (law amended 29 Sep 2022). */
  private holidaysOn(dayNumber: number): StatutoryHoliday[] {
    const { year, month, day } = civilFromDays(dayNumber);
    return this.holidays.filter(
      (h) => h.month === month && h.day === day && (h.fromYear === null || year >= h.fromYear) && (h.toYear === null || year <= h.toYear),
    );
  }

  /** Off before weekend holidays are moved: weekends (unless worked), holidays, Kurban Ait, transfers. */
  private isOffUnmoved(dayNumber: number): boolean {
    if (isWeekend(dayNumber)) return !this.workedOn.has(dayNumber);
    return this.holidaysOn(dayNumber).length > 0 || this.kurbanAit.has(dayNumber) || this.transferDaysOff.has(dayNumber);
  }

  /**
   * Days off that holidays on a weekend move to (Law "On holidays", Art. 5): each gives one
   * day off on the next working day after the whole block of consecutive days off it belongs
   * to. Taken in date order, so a second weekend holiday in the same block sees the first
   * one's moved day as part of the block and lands on the day after it (2026: Nauryz on Sat 21
   * and Sun 22 Mar, Mon 23 itself Nauryz → Tue 24 and Wed 25). Only holidays with
   * movesOffWeekend count; 7 Jan and Kurban Ait give nothing (Labour Code Art. 84(5)).
   *
   * Starts from the previous December so a block running over New Year is seen whole.
   */
  private movedDays(year: number): Map<number, string> {
    const moved = new Map<number, string>(); // moved day → reason
    const isOff = (d: number) => this.isOffUnmoved(d) || moved.has(d);
    const first = daysFromCivil(year - 1, 12, 1);
    const last = daysFromCivil(year, 12, 31);
    for (let d = first; d <= last; d++) {
      if (!isWeekend(d)) continue;
      for (const h of this.holidaysOn(d)) {
        if (!h.movesOffWeekend) continue;
        let end = d;
        while (isOff(end + 1)) end++;
        // The day after a block is not off, but it may be a worked Saturday; a moved day
        // off only ever replaces a Monday–Friday.
        let target = end + 1;
        while (isWeekend(target) || isOff(target)) target++;
        moved.set(target, `moved holiday: ${h.name} (${fromDayNumber(d)})`);
      }
    }
    return moved;
  }

  private buildYear(year: number): YearTable {
    const firstDay = daysFromCivil(year, 1, 1);
    const length = isLeapYear(year) ? 366 : 365;
    const moved = this.movedDays(year);
    const dates: string[] = [];
    const indexOf = new Map<string, number>();
    const working = new Uint8Array(length);
    const rank = new Int32Array(length);
    const workingIdx: number[] = [];
    const reasons = new Map<number, string[]>();
    for (let i = 0; i < length; i++) {
      const d = firstDay + i;
      dates.push(fromDayNumber(d));
      indexOf.set(dates[i]!, i);
      if (isWeekend(d)) {
        working[i] = this.workedOn.has(d) ? 1 : 0;
      } else {
        const why = this.holidaysOn(d).map((h) => `holiday: ${h.name}`);
        if (this.kurbanAit.has(d)) why.push('Kurban Ait (first day)');
        const movedReason = moved.get(d);
        if (movedReason) why.push(movedReason);
        const worked = this.transferDaysOff.get(d);
        if (worked !== undefined) why.push(`day transfer: worked on ${fromDayNumber(worked)}`);
        if (why.length > 0) reasons.set(d, why);
        working[i] = why.length === 0 ? 1 : 0;
      }
      if (working[i]) workingIdx.push(i);
      rank[i] = workingIdx.length;
    }
    return { year, firstDay, dates, indexOf, working, workingIdx: Int32Array.from(workingIdx), rank, reasons };
  }
}
