import { almatyDateOf, daysInMonth, formatIsoDate, parseIsoDate, startOfAlmatyDay } from '../calendar/almaty-time';
import { badInput } from './errors';

/** The first year IRM keeps quarters for: the rules (Resolution 585) date from 2019. */
const FIRST_YEAR = 2019;

/** A calendar quarter of Kazakhstan, its days and its instants in Asia/Almaty. */
export interface Quarter {
  year: number;
  quarter: number;
  /** First and last calendar day of the quarter. */
  firstDay: string;
  lastDay: string;
  /** [from, to): the quarter's instants in Asia/Almaty. */
  from: Date;
  to: Date;
}

/** The first day of a month; month 13 is January of the next year. */
function monthStart(year: number, month: number): string {
  return formatIsoDate(month > 12 ? year + 1 : year, month > 12 ? month - 12 : month, 1);
}

/** A checked quarter: 1-4 of a year from 2019 to next year (by `now` in Almaty), else BAD_USER_INPUT. */
export function quarterOf(year: number, quarter: number, now: Date): Quarter {
  const lastYear = Number(almatyDateOf(now).slice(0, 4)) + 1;
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw badInput('quarter must be 1, 2, 3 or 4', { field: 'quarter' });
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > lastYear) {
    throw badInput(`year must be from ${FIRST_YEAR} to ${lastYear}`, { field: 'year' });
  }
  const lastMonth = quarter * 3;
  return {
    year,
    quarter,
    firstDay: formatIsoDate(year, lastMonth - 2, 1),
    lastDay: formatIsoDate(year, lastMonth, daysInMonth(year, lastMonth)),
    from: startOfAlmatyDay(monthStart(year, lastMonth - 2)),
    to: startOfAlmatyDay(monthStart(year, lastMonth + 1)),
  };
}

/** The given day of the month after the quarter (chapter 5's due dates), clamped to that month's length. */
export function dayOfMonthAfter(q: Quarter, day: number): string {
  const { year, month } = parseIsoDate(monthStart(q.year, q.quarter * 3 + 1));
  return formatIsoDate(year, month, Math.min(day, daysInMonth(year, month)));
}
