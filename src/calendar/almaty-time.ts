import { Temporal } from 'temporal-polyfill';

/**
 * Time in Kazakhstan, and arithmetic on calendar dates written as "YYYY-MM-DD".
 *
 * All of Kazakhstan has been on UTC+5 since 1 Mar 2024 (Government Decree No. 20 of
 * 19 Jan 2024); Almaty was on UTC+6 before. Zone arithmetic is Temporal's (the polyfill reads
 * the IANA data Node ships), so that change and any later one come from the tz data, never
 * from an offset written here. Dates are plain civil dates (day numbers), never local `Date`s,
 * so nothing depends on the machine's TZ.
 */

const ALMATY_TIME_ZONE = 'Asia/Almaty';

const MS_PER_DAY = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Splits "YYYY-MM-DD"; throws RangeError if it is not a real date (year 0001–9999). */
export function parseIsoDate(value: string): { year: number; month: number; day: number } {
  const m = typeof value === 'string' ? DATE_RE.exec(value) : null;
  if (m) {
    const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    // A day that does not exist (30 Feb) rolls over into another month: the round trip tells.
    const back =
      date.year >= 1 && date.month >= 1 && date.month <= 12 ? civilFromDays(daysFromCivil(date.year, date.month, date.day)) : null;
    if (back && back.month === date.month && back.day === date.day) return date;
  }
  throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
}

/** True for a real calendar date written exactly as "YYYY-MM-DD" (year 0001–9999). */
export function isIsoDate(value: string): boolean {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isLeapYear(year: number): boolean {
  return Temporal.PlainDate.from({ year, month: 1, day: 1 }).inLeapYear;
}

export function daysInMonth(year: number, month: number): number {
  return Temporal.PlainYearMonth.from({ year, month }).daysInMonth;
}

/**
 * Day number (days since 1970-01-01) of a civil date; month 1–12. The working-day calendar
 * counts in these integers because it walks thousands of days per deadline: the proleptic
 * Gregorian arithmetic of `Date`'s UTC fields is exact and many times faster than Temporal here.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return utc.getTime() / MS_PER_DAY;
}

/** Inverse of {@link daysFromCivil}. */
export function civilFromDays(dayNumber: number): { year: number; month: number; day: number } {
  const utc = new Date(dayNumber * MS_PER_DAY);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/** "YYYY-MM-DD" → days since 1970-01-01. */
export function toDayNumber(date: string): number {
  const { year, month, day } = parseIsoDate(date);
  return daysFromCivil(year, month, day);
}

/** Days since 1970-01-01 → "YYYY-MM-DD". */
export function fromDayNumber(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
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

function epochMsOf(instant: Date): number {
  const t = instant instanceof Date ? instant.getTime() : NaN;
  if (Number.isNaN(t)) throw new RangeError('Invalid Date');
  return t;
}

const zoned = (t: number) => Temporal.Instant.fromEpochMilliseconds(t).toZonedDateTimeISO(ALMATY_TIME_ZONE);

/** UTC offset of Asia/Almaty at an instant, in minutes (+300 since 1 Mar 2024, +360 before). */
export function almatyUtcOffsetMinutes(instant: Date): number {
  return zoned(epochMsOf(instant)).offsetNanoseconds / 60e9;
}

// Deadlines ask for day boundaries over and over with few distinct dates, and a zone
// conversion costs microseconds, so both directions are memoised per day; the bound only keeps
// a runaway caller from growing them.
const CACHE_LIMIT = 50_000;
const startCache = new Map<string, number>();
const dateSplitCache = new Map<number, { before: string; after: string; at: number }>();
const wallTimeCache = new Map<string, number>();

function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

function startMs(date: string): number {
  parseIsoDate(date);
  // Temporal resolves a midnight that falls in a clock gap to the first instant of the day.
  return (
    startCache.get(date) ??
    remember(startCache, date, Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: ALMATY_TIME_ZONE }).epochMilliseconds)
  );
}

/** The calendar date ("YYYY-MM-DD") in Almaty at the given instant. */
export function almatyDateOf(instant: Date): string {
  const t = epochMsOf(instant);
  // Almaty's offset has always been +4..+7 h, so each UTC day holds exactly one local
  // midnight: before it one date, from it the next.
  const utcDay = Math.floor(t / MS_PER_DAY);
  let split = dateSplitCache.get(utcDay);
  if (split === undefined) {
    const before = zoned(utcDay * MS_PER_DAY)
      .toPlainDate()
      .toString();
    const after = zoned((utcDay + 1) * MS_PER_DAY - 1)
      .toPlainDate()
      .toString();
    split = remember(dateSplitCache, utcDay, { before, after, at: before === after ? Number.POSITIVE_INFINITY : startMs(after) });
  }
  return t < split.at ? split.before : split.after;
}

/** Today's date in Almaty; `now` is passed in so callers (and tests) control the clock. */
export function todayInAlmaty(now: Date): string {
  return almatyDateOf(now);
}

/** The first instant of a calendar day in Almaty (00:00:00.000 local). */
export function startOfAlmatyDay(date: string): Date {
  return new Date(startMs(date));
}

/** The last millisecond of a calendar day in Almaty (23:59:59.999 local). */
export function endOfAlmatyDay(date: string): Date {
  return new Date(startMs(addCalendarDays(date, 1)) - 1);
}

/**
 * The instant at which Almaty's clocks show `time` ("HH:MM") on `date`. Temporal resolves the
 * zone, so office hours stay at their wall-clock times across the 2024 change (a time in a
 * clock gap would resolve forward: Temporal's "compatible" rule). Memoised like day starts:
 * working-time clocks ask for the same few office times of the same days over and over.
 */
export function atAlmatyTime(date: string, time: string): Date {
  const key = `${date}T${time}`;
  let t = wallTimeCache.get(key);
  if (t === undefined) {
    parseIsoDate(date);
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) throw new RangeError(`Not a local time (HH:MM): ${JSON.stringify(time)}`);
    t = remember(wallTimeCache, key, Temporal.ZonedDateTime.from(`${key}[${ALMATY_TIME_ZONE}]`).epochMilliseconds);
  }
  return new Date(t);
}
