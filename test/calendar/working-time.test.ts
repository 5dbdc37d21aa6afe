import { DAY_TRANSFERS, KURBAN_AIT_FIRST_DAYS, STATUTORY_HOLIDAYS } from '../../src/calendar/calendar.data';
import { WorkingDayCalendar } from '../../src/calendar/working-day-calendar';
import {
  DEFAULT_OFFICE_HOURS,
  addWorkingTime,
  officeHours,
  parseWorkingDuration,
  workingMinutesBetween,
  type OfficeHours,
} from '../../src/calendar/working-time';

const cal = new WorkingDayCalendar({ holidays: STATUTORY_HOLIDAYS, kurbanAit: KURBAN_AIT_FIRST_DAYS, transfers: DAY_TRANSFERS });

// Instants are written with their local offset (+06 before 1 Mar 2024, +05 since) and the
// weekday, which is checked independently (Date's UTC day of the local date), so an expectation
// built on a wrong premise about the date fails.
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
function at(weekday: string, local: string): Date {
  expect(`${local} ${DOW[new Date(`${local.slice(0, 10)}T00:00:00Z`).getUTCDay()]}`).toBe(`${local} ${weekday}`);
  return new Date(local);
}

const ASTANA: OfficeHours = { startsAt: '08:30', endsAt: '18:00', breakStartsAt: '13:00', breakEndsAt: '14:30' };
const NO_BREAK: OfficeHours = { startsAt: '09:00', endsAt: '17:00', breakStartsAt: null, breakEndsAt: null };

const add = (start: Date, duration: string, hours: OfficeHours = DEFAULT_OFFICE_HOURS) => addWorkingTime(start, duration, hours, cal);
const between = (from: Date, to: Date, hours: OfficeHours = DEFAULT_OFFICE_HOURS) => workingMinutesBetween(from, to, hours, cal);

describe('office hours', () => {
  it('defaults to 09:00–18:00 with a 13:00–14:00 break', () => {
    expect(DEFAULT_OFFICE_HOURS).toEqual({ startsAt: '09:00', endsAt: '18:00', breakStartsAt: '13:00', breakEndsAt: '14:00' });
    expect(Object.isFrozen(DEFAULT_OFFICE_HOURS)).toBe(true);
  });

  it('accepts ordered hours and a day without a break, as frozen copies', () => {
    expect(officeHours(ASTANA)).toEqual(ASTANA);
    expect(Object.isFrozen(officeHours(NO_BREAK))).toBe(true);
  });

  it.each<[string, OfficeHours]>([
    ['start after end', { startsAt: '18:00', endsAt: '09:00', breakStartsAt: null, breakEndsAt: null }],
    ['empty day', { startsAt: '09:00', endsAt: '09:00', breakStartsAt: null, breakEndsAt: null }],
    ['break before start', { startsAt: '09:00', endsAt: '18:00', breakStartsAt: '08:00', breakEndsAt: '10:00' }],
    ['break starting at start', { startsAt: '09:00', endsAt: '18:00', breakStartsAt: '09:00', breakEndsAt: '10:00' }],
    ['break ending at end', { startsAt: '09:00', endsAt: '18:00', breakStartsAt: '17:00', breakEndsAt: '18:00' }],
    ['empty break', { startsAt: '09:00', endsAt: '18:00', breakStartsAt: '13:00', breakEndsAt: '13:00' }],
    ['inverted break', { startsAt: '09:00', endsAt: '18:00', breakStartsAt: '14:00', breakEndsAt: '13:00' }],
    ['half a break', { startsAt: '09:00', endsAt: '18:00', breakStartsAt: '13:00', breakEndsAt: null }],
    ['not HH:MM', { startsAt: '9:00', endsAt: '18:00', breakStartsAt: null, breakEndsAt: null }],
    ['24:00', { startsAt: '09:00', endsAt: '24:00', breakStartsAt: null, breakEndsAt: null }],
    ['seconds', { startsAt: '09:00:00', endsAt: '18:00', breakStartsAt: null, breakEndsAt: null }],
  ])('refuses %s', (_, hours) => {
    expect(() => officeHours(hours)).toThrow(RangeError);
    expect(() => add(new Date('2026-03-18T10:00+05:00'), 'PT1H', hours)).toThrow(RangeError);
  });
});

describe('durations', () => {
  it.each([
    ['PT15M', { unit: 'minutes', minutes: 15 }],
    ['PT1H', { unit: 'minutes', minutes: 60 }],
    ['PT2H', { unit: 'minutes', minutes: 120 }],
    ['PT1H30M', { unit: 'minutes', minutes: 90 }],
    ['PT90M', { unit: 'minutes', minutes: 90 }],
    ['P9D', { unit: 'workingDays', days: 9 }],
  ])('reads %s', (text, expected) => {
    expect(parseWorkingDuration(text)).toEqual(expected);
  });

  it.each(['', 'P', 'PT', 'P0D', 'PT0M', 'PT0H0M', '-PT1H', 'P1Y', 'P1M', 'P1W', 'PT30S', 'PT1.5H', 'P1DT2H', 'pt1h', 'PT1H ', '2H'])(
    'refuses %j',
    (text) => {
      expect(() => parseWorkingDuration(text)).toThrow(RangeError);
    },
  );
});

describe('addWorkingTime: minutes and hours on the default hours (Order 489 paragraphs 5, 8)', () => {
  it('two hours from 12:30 skip the 13:00–14:00 break and end at 15:30', () => {
    expect(add(at('Wed', '2026-03-18T12:30+05:00'), 'PT2H')).toEqual(new Date('2026-03-18T15:30+05:00'));
  });

  it('two hours from 17:30 end at 10:30 the next working day', () => {
    expect(add(at('Wed', '2026-03-18T17:30+05:00'), 'PT2H')).toEqual(at('Thu', '2026-03-19T10:30+05:00'));
  });

  it('15 minutes and one hour within the morning', () => {
    expect(add(at('Wed', '2026-03-18T10:00+05:00'), 'PT15M')).toEqual(new Date('2026-03-18T10:15+05:00'));
    expect(add(at('Wed', '2026-03-18T10:00+05:00'), 'PT1H')).toEqual(new Date('2026-03-18T11:00+05:00'));
  });

  describe('at the boundaries', () => {
    it('the start of the day counts from 09:00 exactly', () => {
      expect(add(at('Wed', '2026-03-18T09:00+05:00'), 'PT15M')).toEqual(new Date('2026-03-18T09:15+05:00'));
      expect(add(at('Wed', '2026-03-18T08:59:59.999+05:00'), 'PT15M')).toEqual(new Date('2026-03-18T09:15+05:00'));
    });

    it('a limit that runs out at the break start ends there, not after the break', () => {
      expect(add(at('Wed', '2026-03-18T12:00+05:00'), 'PT1H')).toEqual(new Date('2026-03-18T13:00+05:00'));
      expect(add(at('Wed', '2026-03-18T12:59+05:00'), 'PT1M')).toEqual(new Date('2026-03-18T13:00+05:00'));
    });

    it('a start at the break start, during it, or at its end counts from 14:00', () => {
      expect(add(at('Wed', '2026-03-18T13:00+05:00'), 'PT1H')).toEqual(new Date('2026-03-18T15:00+05:00'));
      expect(add(at('Wed', '2026-03-18T13:30+05:00'), 'PT1H')).toEqual(new Date('2026-03-18T15:00+05:00'));
      expect(add(at('Wed', '2026-03-18T14:00+05:00'), 'PT1H')).toEqual(new Date('2026-03-18T15:00+05:00'));
    });

    it('a limit that runs out at 18:00 ends at 18:00, not the next morning', () => {
      expect(add(at('Wed', '2026-03-18T16:00+05:00'), 'PT2H')).toEqual(new Date('2026-03-18T18:00+05:00'));
      expect(add(at('Wed', '2026-03-18T17:59+05:00'), 'PT1M')).toEqual(new Date('2026-03-18T18:00+05:00'));
    });

    it('a start at 18:00 exactly or later counts from 09:00 the next working day', () => {
      expect(add(at('Wed', '2026-03-18T18:00+05:00'), 'PT15M')).toEqual(at('Thu', '2026-03-19T09:15+05:00'));
      expect(add(at('Wed', '2026-03-18T23:59:59.999+05:00'), 'PT15M')).toEqual(at('Thu', '2026-03-19T09:15+05:00'));
    });

    it('keeps milliseconds: a start at 10:00:30.5 ends 15 minutes later to the millisecond', () => {
      expect(add(at('Wed', '2026-03-18T10:00:30.500+05:00'), 'PT15M')).toEqual(new Date('2026-03-18T10:15:30.500+05:00'));
    });
  });

  it('a night start counts from 09:00', () => {
    expect(add(at('Thu', '2026-03-19T02:00+05:00'), 'PT2H')).toEqual(new Date('2026-03-19T11:00+05:00'));
  });

  it('a weekend start counts from Monday 09:00; Friday 17:00 + 2 h ends Monday 10:00', () => {
    expect(add(at('Sat', '2026-04-04T11:00+05:00'), 'PT2H')).toEqual(at('Mon', '2026-04-06T11:00+05:00'));
    expect(add(at('Sun', '2026-04-05T23:00+05:00'), 'PT15M')).toEqual(at('Mon', '2026-04-06T09:15+05:00'));
    expect(add(at('Fri', '2026-04-03T17:00+05:00'), 'PT2H')).toEqual(at('Mon', '2026-04-06T10:00+05:00'));
  });

  it('Nauryz 2026 (Sat 21 – Wed 25 Mar, with the moved days): Friday 17:00 + 2 h ends Thursday 26 at 10:00', () => {
    for (const [weekday, date] of [
      ['Sat', '2026-03-21'],
      ['Sun', '2026-03-22'],
      ['Mon', '2026-03-23'],
      ['Tue', '2026-03-24'],
      ['Wed', '2026-03-25'],
    ]) {
      at(weekday!, `${date!}T12:00+05:00`);
      expect(cal.isWorkingDay(date!)).toBe(false);
    }
    expect(add(at('Fri', '2026-03-20T17:00+05:00'), 'PT2H')).toEqual(at('Thu', '2026-03-26T10:00+05:00'));
    expect(add(at('Tue', '2026-03-24T10:00+05:00'), 'PT1H')).toEqual(at('Thu', '2026-03-26T10:00+05:00'));
  });

  it('a transferred working Saturday counts (2023: Sat 1 Jul worked, Fri 7 Jul off; Thu 6 Jul is Capital Day)', () => {
    expect(add(at('Fri', '2023-06-30T17:00+06:00'), 'PT2H')).toEqual(at('Sat', '2023-07-01T10:00+06:00'));
    expect(add(at('Sat', '2023-07-01T12:30+06:00'), 'PT2H')).toEqual(at('Sat', '2023-07-01T15:30+06:00'));
    expect([cal.isWorkingDay('2023-07-01'), cal.isWorkingDay('2023-07-06'), cal.isWorkingDay('2023-07-07')]).toEqual([true, false, false]);
    expect(add(at('Wed', '2023-07-05T17:00+06:00'), 'PT2H')).toEqual(at('Mon', '2023-07-10T10:00+06:00'));
  });

  it('the 2024 zone change (UTC+6 → UTC+5 on 1 Mar): Thursday 29 Feb 17:00 + 2 h ends Friday 1 Mar 10:00 local, 05:00Z', () => {
    const end = add(at('Thu', '2024-02-29T17:00+06:00'), 'PT2H');
    expect(end).toEqual(at('Fri', '2024-03-01T10:00+05:00'));
    expect(end.toISOString()).toBe('2024-03-01T05:00:00.000Z');
    // Before the change too: 09:00 +06 is 03:00Z.
    expect(add(at('Wed', '2024-02-28T18:30+06:00'), 'PT15M').toISOString()).toBe('2024-02-29T03:15:00.000Z');
  });

  it('custom hours: 08:30–18:00 with a 13:00–14:30 break', () => {
    expect(add(at('Wed', '2026-03-18T12:30+05:00'), 'PT2H', ASTANA)).toEqual(new Date('2026-03-18T16:00+05:00'));
    expect(add(at('Wed', '2026-03-18T17:30+05:00'), 'PT2H', ASTANA)).toEqual(at('Thu', '2026-03-19T10:00+05:00'));
    expect(add(at('Wed', '2026-03-18T07:00+05:00'), 'PT15M', ASTANA)).toEqual(new Date('2026-03-18T08:45+05:00'));
    expect(add(at('Wed', '2026-03-18T14:00+05:00'), 'PT1H', ASTANA)).toEqual(new Date('2026-03-18T15:30+05:00'));
  });

  it('hours without a break run straight through midday', () => {
    expect(add(at('Wed', '2026-03-18T12:30+05:00'), 'PT2H', NO_BREAK)).toEqual(new Date('2026-03-18T14:30+05:00'));
    expect(add(at('Wed', '2026-03-18T16:30+05:00'), 'PT1H', NO_BREAK)).toEqual(at('Thu', '2026-03-19T09:30+05:00'));
  });

  it('a limit longer than a day runs over several working days', () => {
    // 8 working hours a day: 20 h from Friday 10:00 = 7 h Fri + 8 h Mon + 5 h Tue → Tue 15:00.
    expect(add(at('Fri', '2026-04-03T10:00+05:00'), 'PT20H')).toEqual(at('Tue', '2026-04-07T15:00+05:00'));
  });

  it('refuses an invalid start', () => {
    expect(() => add(new Date('nope'), 'PT1H')).toThrow(RangeError);
  });
});

describe('addWorkingTime: working days', () => {
  it('9 working days end at 23:59:59.999 of the 9th working day after the start; the start day never counts', () => {
    // Wed 1 Apr 2026 → Thu 2 (1), Fri 3 (2), Mon 6 – Fri 10 (3–7), Mon 13 (8), Tue 14 (9).
    expect(add(at('Wed', '2026-04-01T10:00+05:00'), 'P9D')).toEqual(at('Tue', '2026-04-14T23:59:59.999+05:00'));
    // Counted as request deadlines are, whatever the hours: after 18:00 or on a Sunday alike.
    expect(add(at('Wed', '2026-04-01T19:00+05:00'), 'P9D')).toEqual(at('Tue', '2026-04-14T23:59:59.999+05:00'));
    expect(add(at('Sun', '2026-04-05T10:00+05:00'), 'P1D')).toEqual(at('Mon', '2026-04-06T23:59:59.999+05:00'));
    expect(add(at('Wed', '2026-04-01T10:00+05:00'), 'P9D')).toEqual(cal.workingDayDeadline(new Date('2026-04-01T10:00+05:00'), 9));
  });

  it('9 working days across Nauryz 2026: from Wed 18 Mar they end on Fri 3 Apr', () => {
    // Thu 19 (1), Fri 20 (2), Sat 21 – Wed 25 off, Thu 26 (3), Fri 27 (4), Mon 30 (5), Tue 31 (6),
    // Wed 1 Apr (7), Thu 2 (8), Fri 3 (9).
    expect(add(at('Wed', '2026-03-18T11:00+05:00'), 'P9D')).toEqual(at('Fri', '2026-04-03T23:59:59.999+05:00'));
  });
});

describe('workingMinutesBetween', () => {
  it('counts the examples back', () => {
    expect(between(at('Wed', '2026-03-18T12:30+05:00'), new Date('2026-03-18T15:30+05:00'))).toBe(120);
    expect(between(at('Wed', '2026-03-18T17:30+05:00'), at('Thu', '2026-03-19T10:30+05:00'))).toBe(120);
    expect(between(at('Fri', '2026-03-20T17:00+05:00'), at('Thu', '2026-03-26T10:00+05:00'))).toBe(120);
    expect(between(at('Thu', '2024-02-29T17:00+06:00'), at('Fri', '2024-03-01T10:00+05:00'))).toBe(120);
    expect(between(at('Fri', '2023-06-30T17:00+06:00'), at('Sat', '2023-07-01T10:00+06:00'))).toBe(120);
  });

  it('is 0 when to is not after from, and outside working time', () => {
    const t = at('Wed', '2026-03-18T10:00+05:00');
    expect(between(t, t)).toBe(0);
    expect(between(t, new Date('2026-03-18T09:00+05:00'))).toBe(0);
    expect(between(new Date('2026-03-18T13:00+05:00'), new Date('2026-03-18T14:00+05:00'))).toBe(0);
    expect(between(new Date('2026-03-18T18:00+05:00'), at('Thu', '2026-03-19T09:00+05:00'))).toBe(0);
    expect(between(at('Fri', '2026-03-20T18:00+05:00'), at('Thu', '2026-03-26T09:00+05:00'))).toBe(0);
  });

  it('gives fractions of a minute for instants off the minute', () => {
    expect(between(at('Wed', '2026-03-18T10:00+05:00'), new Date('2026-03-18T10:00:30+05:00'))).toBe(0.5);
  });

  it('counts a whole working day as 480 minutes on each of the hours (08:30–18:00 less 1 h 30 is 8 h too)', () => {
    const day = [at('Wed', '2026-03-18T00:00+05:00'), at('Thu', '2026-03-19T00:00+05:00')] as const;
    expect(between(...day)).toBe(480);
    expect(between(...day, ASTANA)).toBe(480);
    expect(between(at('Wed', '2026-03-18T08:00+05:00'), new Date('2026-03-18T09:00+05:00'), ASTANA)).toBe(30);
    expect(between(...day, NO_BREAK)).toBe(480);
  });

  it('spans years: 2025 has 480 minutes for each of its working days, 2024 too across the zone change', () => {
    for (const year of [2024, 2025]) {
      let workingDays = 0;
      for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; d.setUTCDate(d.getUTCDate() + 1)) {
        if (cal.isWorkingDay(d.toISOString().slice(0, 10))) workingDays++;
      }
      expect(workingDays).toBeGreaterThan(240);
      // Almaty was on +06 until 1 Mar 2024.
      const from = new Date(`${year}-01-01T00:00${year === 2024 ? '+06:00' : '+05:00'}`);
      const to = new Date(`${year + 1}-01-01T00:00+05:00`);
      expect(between(from, to)).toBe(workingDays * 480);
    }
  });
});

describe('addWorkingTime and workingMinutesBetween agree', () => {
  // mulberry32: a small seeded generator, so a failure reproduces.
  function random(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it.each<[string, OfficeHours, number]>([
    ['default hours', DEFAULT_OFFICE_HOURS, 1],
    ['Astana hours', ASTANA, 2],
    ['no break', NO_BREAK, 3],
  ])('minutes between a start and start + PTnM is n (%s, seeded)', (_, hours, seed) => {
    const next = random(seed);
    // Starts from 2023 to 2026, across the 2024 zone change, Nauryz and the transfers; any
    // millisecond of the day; n up to a few working days.
    const first = Date.parse('2023-01-01T00:00Z');
    const span = Date.parse('2027-01-01T00:00Z') - first;
    for (let i = 0; i < 400; i++) {
      const start = new Date(first + Math.floor(next() * span));
      const n = 1 + Math.floor(next() * (next() < 0.5 ? 240 : 3000));
      const end = addWorkingTime(start, `PT${n}M`, hours, cal);
      expect([start.toISOString(), n, workingMinutesBetween(start, end, hours, cal)]).toEqual([start.toISOString(), n, n]);
      // The end is a working moment: one millisecond less is not enough.
      expect(workingMinutesBetween(start, new Date(end.getTime() - 1), hours, cal)).toBeLessThan(n);
    }
  });
});
