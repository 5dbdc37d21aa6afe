/**
 * The working-time clock: limits such as Order 489's "15 minutes", "2 hours" and "9 working
 * days" (paragraphs 5 and 8) counted on an office's hours and Kazakhstan's working-day calendar.
 *
 * A limit in minutes or hours counts only working time: working days of the calendar, within
 * the office's hours, outside its break. A limit in working days ends at the end (23:59:59.999
 * Almaty) of the last of those days, counted as request deadlines are: the day the clock starts
 * never counts, the next working day is day 1 (WorkingDayCalendar.workingDayDeadline).
 *
 * Pure and immutable: instants in, instants out; hours are local wall-clock times in
 * Asia/Almaty, turned into instants by Temporal (almaty-time.ts), never by a written offset.
 */
import { almatyDateOf, atAlmatyTime } from './almaty-time';
import type { WorkingDayCalendar } from './working-day-calendar';

/** An office's working day, as local "HH:MM" times in Asia/Almaty. */
export interface OfficeHours {
  readonly startsAt: string;
  readonly endsAt: string;
  /** Both break fields are null when the office works through without a break. */
  readonly breakStartsAt: string | null;
  readonly breakEndsAt: string | null;
}

/**
 * 09:00–18:00 with a 13:00–14:00 break: eight working hours a day, five days a week, the
 * Labour Code's normal 40-hour week (Art. 68). An assumption: offices set their own (Astana's
 * executive bodies work 08:30–18:00 with a break 13:00–14:30).
 */
export const DEFAULT_OFFICE_HOURS: OfficeHours = Object.freeze({
  startsAt: '09:00',
  endsAt: '18:00',
  breakStartsAt: '13:00',
  breakEndsAt: '14:00',
});

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

function minutesOfDay(field: string, value: string): number {
  const m = typeof value === 'string' ? HH_MM.exec(value) : null;
  if (!m) throw new RangeError(`${field} must be a local time "HH:MM", got ${JSON.stringify(value)}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * Checks office hours and returns a frozen copy: start < break start < break end < end, or
 * start < end with both break fields null. Throws RangeError otherwise.
 */
export function officeHours(input: OfficeHours): OfficeHours {
  const start = minutesOfDay('startsAt', input.startsAt);
  const end = minutesOfDay('endsAt', input.endsAt);
  if (input.breakStartsAt === null && input.breakEndsAt === null) {
    if (!(start < end)) throw new RangeError(`The working day must start before it ends (${input.startsAt}–${input.endsAt})`);
    return Object.freeze({ startsAt: input.startsAt, endsAt: input.endsAt, breakStartsAt: null, breakEndsAt: null });
  }
  if (input.breakStartsAt === null || input.breakEndsAt === null) {
    throw new RangeError('A break needs both breakStartsAt and breakEndsAt, or neither');
  }
  const breakStart = minutesOfDay('breakStartsAt', input.breakStartsAt);
  const breakEnd = minutesOfDay('breakEndsAt', input.breakEndsAt);
  if (!(start < breakStart && breakStart < breakEnd && breakEnd < end)) {
    throw new RangeError(
      `Office hours must run start < break start < break end < end, got ${input.startsAt}, ${input.breakStartsAt}–${input.breakEndsAt}, ${input.endsAt}`,
    );
  }
  return Object.freeze({ ...input });
}

/** The working periods of a day as [from, to) wall-clock pairs: the break splits the day in two. */
function periodsOf(hours: OfficeHours): ReadonlyArray<readonly [string, string]> {
  const h = officeHours(hours);
  return h.breakStartsAt === null || h.breakEndsAt === null
    ? [[h.startsAt, h.endsAt]]
    : [
        [h.startsAt, h.breakStartsAt],
        [h.breakEndsAt, h.endsAt],
      ];
}

/** A time limit: whole working days, or working minutes (hours are 60 minutes each). */
export type WorkingDuration =
  { readonly unit: 'workingDays'; readonly days: number } | { readonly unit: 'minutes'; readonly minutes: number };

// P<n>D, or PT with hours and/or minutes. No years, months or weeks (a working-day clock has
// no use for them), no seconds, no fractions, no sign, and never days and time together: the
// regulations give each step one or the other.
const DURATION = /^P(?:(\d{1,4})D|T(?=\d)(?:(\d{1,5})H)?(?:(\d{1,6})M)?)$/;

/** Parses an ISO-8601 duration where D counts working days (`PT15M`, `PT2H`, `P9D`). */
export function parseWorkingDuration(text: string): WorkingDuration {
  const m = typeof text === 'string' ? DURATION.exec(text) : null;
  if (m) {
    if (m[1] !== undefined) {
      const days = Number(m[1]);
      if (days > 0) return { unit: 'workingDays', days };
    } else {
      const minutes = Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
      if (minutes > 0) return { unit: 'minutes', minutes };
    }
  }
  throw new RangeError(`Not a positive working duration (PT<n>H<n>M or P<n>D): ${JSON.stringify(text)}`);
}

const MS_PER_MINUTE = 60_000;

function epochMsOf(instant: Date): number {
  const t = instant instanceof Date ? instant.getTime() : NaN;
  if (Number.isNaN(t)) throw new RangeError('Invalid Date');
  return t;
}

/** The working periods of an Almaty date as [from, to) epoch milliseconds. */
function periodsOn(date: string, periods: ReadonlyArray<readonly [string, string]>): Array<readonly [number, number]> {
  return periods.map(([from, to]) => [atAlmatyTime(date, from).getTime(), atAlmatyTime(date, to).getTime()] as const);
}

/**
 * When a limit that starts at `start` runs out. Minutes and hours count working time only; a
 * start outside it (night, weekend, holiday, the break) counts from the next working moment,
 * and a limit that runs out exactly at a break or at the end of the day ends there, not after
 * the gap. Working days end at 23:59:59.999 Almaty of the last day (Order 489 paragraph 5.5:
 * "9 working days from the receipt of the request").
 */
export function addWorkingTime(start: Date, duration: string, hours: OfficeHours, calendar: WorkingDayCalendar): Date {
  const t0 = epochMsOf(start);
  const limit = parseWorkingDuration(duration);
  if (limit.unit === 'workingDays') return calendar.workingDayDeadline(start, limit.days);
  const periods = periodsOf(hours);
  let remaining = limit.minutes * MS_PER_MINUTE;
  // Day by day over working days only: the calendar jumps weekends and holidays in one lookup.
  for (let date = calendar.nextWorkingDayOnOrAfter(almatyDateOf(start)); ; date = calendar.addWorkingDays(date, 1)) {
    for (const [from, to] of periodsOn(date, periods)) {
      const counting = Math.max(from, t0);
      if (counting >= to) continue;
      if (remaining <= to - counting) return new Date(counting + remaining);
      remaining -= to - counting;
    }
  }
}

/**
 * Working minutes between two instants on the same clock as addWorkingTime (fractional when the
 * instants are not on whole minutes); 0 when `to` is not after `from`. For "where the time goes":
 * the working time a step took, whatever nights and holidays it spanned.
 */
export function workingMinutesBetween(from: Date, to: Date, hours: OfficeHours, calendar: WorkingDayCalendar): number {
  const t0 = epochMsOf(from);
  const t1 = epochMsOf(to);
  const periods = periodsOf(hours);
  if (t1 <= t0) return 0;
  const lastDate = almatyDateOf(to);
  let ms = 0;
  // "YYYY-MM-DD" strings compare in date order.
  for (let date = calendar.nextWorkingDayOnOrAfter(almatyDateOf(from)); date <= lastDate; date = calendar.addWorkingDays(date, 1)) {
    for (const [start, end] of periodsOn(date, periods)) {
      const overlap = Math.min(end, t1) - Math.max(start, t0);
      if (overlap > 0) ms += overlap;
    }
  }
  return ms / MS_PER_MINUTE;
}
