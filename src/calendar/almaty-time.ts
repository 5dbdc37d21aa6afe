/**
 * Time in Kazakhstan, and arithmetic on calendar dates written as "YYYY-MM-DD".
 *
 * All of Kazakhstan has been on UTC+5 since 1 Mar 2024 (Government Decree No. 20 of
 * 19 Jan 2024); Almaty was on UTC+6 before. We use the IANA zone `Asia/Almaty` through
 * `Intl` so the runtime's tz data carries that change (and any later one); no offset is
 * hard-coded here.
 *
 * Date strings are handled as plain civil dates (integer day numbers), never through
 * `new Date(...)` local time, so nothing depends on the machine's TZ.
 */

export const ALMATY_TIME_ZONE = 'Asia/Almaty';

const MS_PER_DAY = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

// ---------------------------------------------------------------------------
// Civil-date arithmetic (proleptic Gregorian, days since 1970-01-01).
// Algorithms from H. Hinnant, "chrono-Compatible Low-Level Date Algorithms".
// ---------------------------------------------------------------------------

/** Day number (days since 1970-01-01) of a civil date; month 1–12. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Inverse of {@link daysFromCivil}. */
export function civilFromDays(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** True for a real calendar date written exactly as "YYYY-MM-DD" (year 0001–9999). */
export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Splits "YYYY-MM-DD"; throws RangeError if it is not a real date. */
export function parseIsoDate(value: string): { year: number; month: number; day: number } {
  const m = DATE_RE.exec(value);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return { year, month, day };
    }
  }
  throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
}

export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** "YYYY-MM-DD" → days since 1970-01-01. */
export function toDayNumber(date: string): number {
  const { year, month, day } = parseIsoDate(date);
  return daysFromCivil(year, month, day);
}

/** Days since 1970-01-01 → "YYYY-MM-DD". */
export function fromDayNumber(dayNumber: number): string {
  const { year, month, day } = civilFromDays(dayNumber);
  return formatIsoDate(year, month, day);
}

/** Adds (or with a negative count subtracts) calendar days to a "YYYY-MM-DD". */
export function addCalendarDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/** Day of week of a day number: 0 = Sunday … 6 = Saturday (as Date#getUTCDay). */
export function weekdayOfDayNumber(dayNumber: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Day of week of a "YYYY-MM-DD": 0 = Sunday … 6 = Saturday (as Date#getUTCDay). */
export function weekdayOf(date: string): number {
  return weekdayOfDayNumber(toDayNumber(date));
}

// ---------------------------------------------------------------------------
// Asia/Almaty wall-clock time.
// ---------------------------------------------------------------------------

const almatyWallClock = new Intl.DateTimeFormat('en-US', {
  timeZone: ALMATY_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function assertValidInstant(instant: Date): number {
  const t = instant instanceof Date ? instant.getTime() : NaN;
  if (Number.isNaN(t)) throw new RangeError('Invalid Date');
  return t;
}

/** Almaty wall-clock fields of an instant (ms since epoch, whole seconds). */
function wallClock(t: number): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const f = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of almatyWallClock.formatToParts(t)) {
    if (p.type in f) f[p.type as keyof typeof f] = Number(p.value);
  }
  return f;
}

/** UTC offset of Asia/Almaty at an instant, in milliseconds (e.g. +5 h = 18 000 000). */
function offsetMsAt(t: number): number {
  const whole = Math.floor(t / 1000) * 1000;
  const w = wallClock(whole);
  const asUtc = daysFromCivil(w.year, w.month, w.day) * MS_PER_DAY + ((w.hour * 60 + w.minute) * 60 + w.second) * 1000;
  return asUtc - whole;
}

/** UTC offset of Asia/Almaty at an instant, in minutes (+300 since 1 Mar 2024, +360 before). */
export function almatyUtcOffsetMinutes(instant: Date): number {
  return offsetMsAt(assertValidInstant(instant)) / 60_000;
}

// Day boundaries are asked for over and over with few distinct dates (deadlines of one
// calendar), so they are memoised; the bound only keeps a runaway caller from growing them.
const CACHE_LIMIT = 50_000;
const startCache = new Map<string, number>();
const dateSplitCache = new Map<number, { before: string; after: string; at: number }>();

/** The calendar date ("YYYY-MM-DD") in Almaty at the given instant. */
export function almatyDateOf(instant: Date): string {
  const t = assertValidInstant(instant);
  // Intl is slow (microseconds a call), so remember per UTC day where Almaty's midnight
  // falls. Almaty's offset has always been +4..+7 h, so each UTC day holds exactly one
  // local midnight: before it one date, from it the next.
  const utcDay = Math.floor(t / MS_PER_DAY);
  let split = dateSplitCache.get(utcDay);
  if (split === undefined) {
    const before = dateOfMs(utcDay * MS_PER_DAY);
    const after = dateOfMs((utcDay + 1) * MS_PER_DAY - 1);
    split = { before, after, at: before === after ? Number.POSITIVE_INFINITY : startMs(after) };
    if (dateSplitCache.size >= CACHE_LIMIT) dateSplitCache.clear();
    dateSplitCache.set(utcDay, split);
  }
  return t < split.at ? split.before : split.after;
}

/** Today's date in Almaty; `now` is passed in so callers (and tests) control the clock. */
export function todayInAlmaty(now: Date): string {
  return almatyDateOf(now);
}

function dateOfMs(t: number): string {
  const w = wallClock(t);
  return formatIsoDate(w.year, w.month, w.day);
}

function computeStartOfDay(date: string): number {
  const localMidnightAsUtc = toDayNumber(date) * MS_PER_DAY;
  // Local midnight = UTC midnight minus the offset in force then. The offset may change
  // around that day (e.g. 29 Feb 2024 was 25 hours long), so try the offsets of the day
  // before, the day itself and the day after, and keep the earliest instant that is on
  // `date` while the millisecond before it is not. If midnight fell in a clock gap, this
  // yields the moment of the change, which is then the first instant of the day.
  const candidates = new Set<number>();
  for (const probe of [-MS_PER_DAY, 0, MS_PER_DAY]) {
    candidates.add(localMidnightAsUtc - offsetMsAt(localMidnightAsUtc + probe));
  }
  let best = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    if (c < best && dateOfMs(c) === date && dateOfMs(c - 1) !== date) best = c;
  }
  if (best === Number.POSITIVE_INFINITY) {
    throw new RangeError(`Cannot find the start of ${date} in ${ALMATY_TIME_ZONE}`);
  }
  return best;
}

function startMs(date: string): number {
  let t = startCache.get(date);
  if (t === undefined) {
    t = computeStartOfDay(date);
    if (startCache.size >= CACHE_LIMIT) startCache.clear();
    startCache.set(date, t);
  }
  return t;
}

/** The first instant of a calendar day in Almaty (00:00:00.000 local). */
export function startOfAlmatyDay(date: string): Date {
  return new Date(startMs(date));
}

/** The last millisecond of a calendar day in Almaty (23:59:59.999 local). */
export function endOfAlmatyDay(date: string): Date {
  return new Date(startMs(addCalendarDays(date, 1)) - 1);
}
