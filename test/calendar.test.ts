import {
  addCalendarDays,
  almatyDateOf,
  almatyUtcOffsetMinutes,
  endOfAlmatyDay,
  isIsoDate,
  startOfAlmatyDay,
  todayInAlmaty,
  weekdayOf,
} from '../src/calendar/almaty-time';
import { DAY_TRANSFERS, KURBAN_AIT_FIRST_DAYS, STATUTORY_HOLIDAYS } from '../src/calendar/calendar.data';
import { WorkingDayCalendar, type StatutoryHoliday } from '../src/calendar/working-day-calendar';

// Independent day-of-week check (JS Date in UTC), so each expectation below states its
// weekday and the test fails if the premise about the date is wrong.
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const dow = (date: string): string => DOW[new Date(`${date}T00:00:00Z`).getUTCDay()]!;

const cal = new WorkingDayCalendar({
  holidays: STATUTORY_HOLIDAYS,
  kurbanAit: KURBAN_AIT_FIRST_DAYS,
  transfers: DAY_TRANSFERS,
});

/** Asserts the weekday first, then whether the day is a working day. */
function expectDay(date: string, weekday: string, working: boolean): void {
  expect(`${date} ${dow(date)}`).toBe(`${date} ${weekday}`);
  expect(`${date} ${cal.isWorkingDay(date) ? 'working' : 'off'}`).toBe(`${date} ${working ? 'working' : 'off'}`);
}

const offDates = (year: number): string[] => cal.daysOff(year).map((d) => d.date.slice(5));

describe('almaty-time', () => {
  it("node's tz data has Almaty's move from UTC+6 to UTC+5 on 1 Mar 2024", () => {
    expect(almatyUtcOffsetMinutes(new Date('2024-01-15T12:00:00Z'))).toBe(360);
    expect(almatyUtcOffsetMinutes(new Date('2024-06-01T00:00:00Z'))).toBe(300);
    // 29 Feb 2024 24:00 (+06) became 29 Feb 23:00 (+05): that day lasted 25 hours.
    expect(almatyUtcOffsetMinutes(new Date('2024-02-29T17:59:59Z'))).toBe(360);
    expect(almatyUtcOffsetMinutes(new Date('2024-02-29T18:00:00Z'))).toBe(300);
  });

  it('gives the Almaty calendar date of an instant', () => {
    expect(almatyDateOf(new Date('2024-02-29T17:30:00Z'))).toBe('2024-02-29'); // 23:30 +06
    expect(almatyDateOf(new Date('2024-02-29T18:30:00Z'))).toBe('2024-02-29'); // 23:30 +05, the repeated hour
    expect(almatyDateOf(new Date('2024-02-29T18:59:59.999Z'))).toBe('2024-02-29');
    expect(almatyDateOf(new Date('2024-02-29T19:00:00Z'))).toBe('2024-03-01');
    expect(almatyDateOf(new Date('2024-02-29T20:00:00Z'))).toBe('2024-03-01'); // 01:00 +05
    expect(almatyDateOf(new Date('2023-12-31T17:59:59.999Z'))).toBe('2023-12-31');
    expect(almatyDateOf(new Date('2023-12-31T18:00:00Z'))).toBe('2024-01-01');
    expect(todayInAlmaty(new Date('2025-12-31T19:00:00Z'))).toBe('2026-01-01');
    expect(() => almatyDateOf(new Date('nope'))).toThrow(RangeError);
  });

  it('gives the first and last millisecond of an Almaty day on both sides of the change', () => {
    expect(startOfAlmatyDay('2024-02-28').toISOString()).toBe('2024-02-27T18:00:00.000Z');
    expect(endOfAlmatyDay('2024-02-28').toISOString()).toBe('2024-02-28T17:59:59.999Z');
    expect(startOfAlmatyDay('2024-02-29').toISOString()).toBe('2024-02-28T18:00:00.000Z');
    expect(endOfAlmatyDay('2024-02-29').toISOString()).toBe('2024-02-29T18:59:59.999Z');
    expect(startOfAlmatyDay('2024-03-01').toISOString()).toBe('2024-02-29T19:00:00.000Z');
    expect(endOfAlmatyDay('2024-03-01').toISOString()).toBe('2024-03-01T18:59:59.999Z');
    expect(endOfAlmatyDay('2026-03-26').toISOString()).toBe('2026-03-26T18:59:59.999Z');
  });

  it('does date-string arithmetic without the machine time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
        process.env.TZ = tz;
        expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
        expect(addCalendarDays('2024-02-28', 2)).toBe('2024-03-01');
        expect(addCalendarDays('2023-02-28', 1)).toBe('2023-03-01');
        expect(addCalendarDays('2025-12-31', 1)).toBe('2026-01-01');
        expect(addCalendarDays('2026-01-01', -1)).toBe('2025-12-31');
        expect(addCalendarDays('2000-03-01', -1)).toBe('2000-02-29');
        expect(weekdayOf('2026-03-21')).toBe(6);
        expect(endOfAlmatyDay('2024-03-01').toISOString()).toBe('2024-03-01T18:59:59.999Z');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('agrees with Date#getUTCDay for the weekday of every day 2015–2030', () => {
    const wrong: string[] = [];
    for (let d = '2015-01-01'; d < '2031-01-01'; d = addCalendarDays(d, 1)) {
      if (weekdayOf(d) !== new Date(`${d}T00:00:00Z`).getUTCDay()) wrong.push(d);
    }
    expect(wrong).toEqual([]);
  });

  it('rejects strings that are not real dates', () => {
    for (const bad of ['2023-02-29', '2024-13-01', '2024-1-1', '2024-01-32', '', '2024-01-01T00:00:00Z']) {
      expect(isIsoDate(bad)).toBe(false);
      expect(() => addCalendarDays(bad, 1)).toThrow(RangeError);
      expect(() => cal.isWorkingDay(bad)).toThrow(RangeError);
    }
    expect(isIsoDate('2024-02-29')).toBe(true);
  });
});

describe('calendar.data', () => {
  it('cites a source on every row and flags the unadopted 2024 transfer', () => {
    for (const row of [...STATUTORY_HOLIDAYS, ...KURBAN_AIT_FIRST_DAYS, ...DAY_TRANSFERS]) {
      expect(row.source.length).toBeGreaterThan(10);
    }
    expect(DAY_TRANSFERS.filter((t) => !t.verified).map((t) => t.workedOn)).toEqual(['2024-05-04']);
    expect(KURBAN_AIT_FIRST_DAYS.map((k) => k.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const k of KURBAN_AIT_FIRST_DAYS) expect(k.date.startsWith(`${k.year}-`)).toBe(true);
  });

  it('has every transfer move a weekend day to a weekday', () => {
    for (const t of DAY_TRANSFERS) {
      expect(['Sat', 'Sun']).toContain(dow(t.workedOn));
      expect(['Sat', 'Sun']).not.toContain(dow(t.dayOff));
    }
  });
});

describe('official worked examples (calendar.md)', () => {
  it('2016: New Year on Fri 1 and Sat 2 Jan → Mon 4 Jan off', () => {
    expectDay('2016-01-01', 'Fri', false);
    expectDay('2016-01-02', 'Sat', false);
    expectDay('2016-01-04', 'Mon', false);
    expectDay('2016-01-05', 'Tue', true);
  });

  it('2026: Nauryz Sat 21, Sun 22, Mon 23 Mar → moved days Tue 24 and Wed 25 Mar', () => {
    expectDay('2026-03-20', 'Fri', true);
    expectDay('2026-03-23', 'Mon', false);
    expectDay('2026-03-24', 'Tue', false);
    expectDay('2026-03-25', 'Wed', false);
    expectDay('2026-03-26', 'Thu', true);
  });

  it('2026: 8 Mar → 9 Mar, 9 May → 11 May, 30 Aug → 31 Aug, 25 Oct → 26 Oct', () => {
    expectDay('2026-03-08', 'Sun', false);
    expectDay('2026-03-09', 'Mon', false);
    expectDay('2026-03-10', 'Tue', true);
    expectDay('2026-05-09', 'Sat', false);
    expectDay('2026-05-11', 'Mon', false);
    expectDay('2026-05-12', 'Tue', true);
    expectDay('2026-08-30', 'Sun', false);
    expectDay('2026-08-31', 'Mon', false);
    expectDay('2026-09-01', 'Tue', true);
    expectDay('2026-10-25', 'Sun', false);
    expectDay('2026-10-26', 'Mon', false);
    expectDay('2026-10-27', 'Tue', true);
  });

  it('2025: Republic Day on Sat 25 Oct → Mon 27 Oct off', () => {
    expectDay('2025-10-25', 'Sat', false);
    expectDay('2025-10-27', 'Mon', false);
    expectDay('2025-10-28', 'Tue', true);
  });
});

describe('days off by year', () => {
  it('2026 lists every weekday off with its reason', () => {
    expect(offDates(2026)).toEqual([
      '01-01',
      '01-02', // New Year, Thu–Fri
      '01-07', // Orthodox Christmas, Wed
      '03-09', // 8 Mar (Sun) moved
      '03-23',
      '03-24',
      '03-25', // Nauryz Mon + two moved days
      '05-01',
      '05-07', // Fri, Thu
      '05-11', // 9 May (Sat) moved
      '05-27', // Kurban Ait, Wed
      '07-06', // Capital Day, Mon
      '08-31', // 30 Aug (Sun) moved
      '10-26', // 25 Oct (Sun) moved
      '12-16', // Independence Day, Wed
    ]);
    const byDate = new Map(cal.daysOff(2026).map((d) => [d.date, d.reason]));
    expect(byDate.get('2026-03-24')).toMatch(/moved.*Nauryz.*2026-03-21/);
    expect(byDate.get('2026-03-25')).toMatch(/moved.*Nauryz.*2026-03-22/);
    expect(byDate.get('2026-05-27')).toMatch(/Kurban Ait/);
    expect(byDate.get('2026-01-07')).toMatch(/Orthodox Christmas/);
  });

  it('2025 includes the transfer of Sun 5 Jan to Fri 3 Jan and the moved days', () => {
    expect(offDates(2025)).toEqual([
      '01-01',
      '01-02',
      '01-03',
      '01-07',
      '03-10', // 8 Mar (Sat) → Mon 10 Mar (Sun 9 is in the block)
      '03-21',
      '03-24',
      '03-25', // Nauryz Fri, Sat 22 and Sun 23 moved to Mon 24, Tue 25
      '05-01',
      '05-07',
      '05-09',
      '06-06', // Kurban Ait, Fri
      '07-07', // 6 Jul (Sun) moved
      '09-01', // 30 Aug (Sat) → Mon 1 Sep
      '10-27',
      '12-16',
    ]);
    expectDay('2025-01-05', 'Sun', true);
    expectDay('2025-01-03', 'Fri', false);
    expect(cal.daysOff(2025).find((d) => d.date === '2025-01-03')?.reason).toMatch(/transfer.*2025-01-05/);
  });

  it('2022: a year with the law change and three transfers', () => {
    expect(offDates(2022)).toEqual([
      '01-03',
      '01-04', // 1–2 Jan on Sat–Sun
      '01-07', // Fri
      '03-07',
      '03-08', // transfer from Sat 5 Mar; 8 Mar Tue
      '03-21',
      '03-22',
      '03-23',
      '05-02', // 1 May (Sun)
      '05-09',
      '05-10', // 7 May (Sat) → after the block Sat 7–Mon 9 → Tue 10
      '07-06',
      '08-29',
      '08-30', // transfer from Sat 27 Aug; Constitution Day Tue
      '10-24',
      '10-25', // transfer from Sat 22 Oct; Republic Day Tue
      '12-16', // 17 Dec (Sat) no longer a holiday; 1 Dec no longer a holiday
    ]);
  });

  it('returns only Monday–Friday days, sorted', () => {
    for (let y = 2016; y <= 2027; y++) {
      const days = cal.daysOff(y).map((d) => d.date);
      expect([...days].sort()).toEqual(days);
      for (const d of days) {
        expect(d.startsWith(`${y}-`)).toBe(true);
        expect(['Sat', 'Sun']).not.toContain(dow(d));
      }
    }
  });
});

describe('weekend holiday blocks', () => {
  it('moves a holiday past the whole block of days off', () => {
    // 2021: Nauryz Sun 21, Mon 22, Tue 23 → Wed 24
    expectDay('2021-03-24', 'Wed', false);
    expectDay('2021-03-25', 'Thu', true);
    // 2019: Nauryz Thu 21, Fri 22, Sat 23 → Mon 25
    expectDay('2019-03-25', 'Mon', false);
    expectDay('2019-03-26', 'Tue', true);
    // 2020 has 2026's weekdays: Nauryz Sat–Mon → Tue 24, Wed 25
    expectDay('2020-03-24', 'Tue', false);
    expectDay('2020-03-25', 'Wed', false);
    expectDay('2020-03-26', 'Thu', true);
    // 2021: 7 May Fri, 9 May Sun → Mon 10; 1 May Sat → Mon 3
    expectDay('2021-05-03', 'Mon', false);
    expectDay('2021-05-10', 'Mon', false);
    expectDay('2021-05-11', 'Tue', true);
    // 2023: 1 Jan Sun, 2 Jan Mon → Tue 3; 16 Dec Sat → Mon 18 only (17 Dec no longer a holiday)
    expectDay('2023-01-03', 'Tue', false);
    expectDay('2023-01-04', 'Wed', true);
    expectDay('2023-12-18', 'Mon', false);
    expectDay('2023-12-19', 'Tue', true);
    // 2024: 6 Jul Sat → Mon 8 Jul; Nauryz Thu–Sat → Mon 25
    expectDay('2024-07-08', 'Mon', false);
    expectDay('2024-03-25', 'Mon', false);
    expectDay('2024-03-26', 'Tue', true);
    // 2019: 1 Dec Sun (still a holiday) → Mon 2 Dec
    expectDay('2019-12-02', 'Mon', false);
  });

  it('does not move 7 January when it falls on a weekend', () => {
    expectDay('2023-01-07', 'Sat', false);
    expectDay('2023-01-09', 'Mon', true);
    expectDay('2024-01-07', 'Sun', false);
    expectDay('2024-01-08', 'Mon', true);
    expectDay('2025-01-07', 'Tue', false);
  });

  it('does not move the first day of Kurban Ait off a weekend', () => {
    expectDay('2022-07-09', 'Sat', false);
    expectDay('2022-07-11', 'Mon', true);
    expectDay('2024-06-16', 'Sun', false);
    expectDay('2024-06-17', 'Mon', true); // the published calendar had it off; it was moved back
    expectDay('2019-08-11', 'Sun', false);
    expectDay('2019-08-12', 'Mon', true);
    for (const [d, w] of [
      ['2020-07-31', 'Fri'],
      ['2021-07-20', 'Tue'],
      ['2023-06-28', 'Wed'],
      ['2025-06-06', 'Fri'],
      ['2026-05-27', 'Wed'],
    ] as const) {
      expectDay(d, w, false);
    }
  });

  it('skips days already off when placing a moved day (built from other data)', () => {
    const capital: StatutoryHoliday = { month: 7, day: 6, name: 'Capital Day', movesOffWeekend: true, fromYear: null, toYear: null };
    // 6 Jul 2024 is a Saturday; say Kurban Ait fell on Mon 8 Jul: the block runs Sat–Mon → Tue 9.
    const c = new WorkingDayCalendar({ holidays: [capital], kurbanAit: [{ date: '2024-07-08' }], transfers: [] });
    expect(dow('2024-07-09')).toBe('Tue');
    expect(c.isWorkingDay('2024-07-08')).toBe(false);
    expect(c.isWorkingDay('2024-07-09')).toBe(false);
    expect(c.isWorkingDay('2024-07-10')).toBe(true);
  });

  it('sees a block that runs over New Year whole', () => {
    const h = (month: number, day: number): StatutoryHoliday => ({
      month,
      day,
      name: `${month}/${day}`,
      movesOffWeekend: true,
      fromYear: null,
      toYear: null,
    });
    // Sat 31 Dec 2022, Sun 1 Jan 2023, Mon 2 Jan 2023 → moved Tue 3 and Wed 4 Jan.
    expect([dow('2022-12-31'), dow('2023-01-01'), dow('2023-01-02')]).toEqual(['Sat', 'Sun', 'Mon']);
    const c = new WorkingDayCalendar({ holidays: [h(12, 31), h(1, 1), h(1, 2)], kurbanAit: [], transfers: [] });
    expect(c.daysOff(2023).map((d) => d.date)).toEqual(['2023-01-02', '2023-01-03', '2023-01-04']);
    expect(c.isWorkingDay('2023-01-05')).toBe(true);
    // 2022 itself: its own 1–2 Jan fell on Sat–Sun → Mon 3, Tue 4; nothing from 31 Dec leaks back.
    expect(c.daysOff(2022).map((d) => d.date)).toEqual(['2022-01-03', '2022-01-04']);
  });
});

describe('day transfers and the 2022 law change', () => {
  it('makes a transferred Saturday a working day and its weekday a day off', () => {
    expectDay('2022-03-05', 'Sat', true);
    expectDay('2022-03-07', 'Mon', false);
    expectDay('2023-07-01', 'Sat', true);
    expectDay('2023-07-07', 'Fri', false);
    expectDay('2018-12-29', 'Sat', true);
    expectDay('2018-12-31', 'Mon', false);
    expect(cal.addWorkingDays('2022-03-04', 1)).toBe('2022-03-05');
    // From Sat 5 Mar (worked): Mon 7 (transfer) and Tue 8 (8 Mar) are off → Wed 9.
    expect(cal.addWorkingDays('2022-03-05', 1)).toBe('2022-03-09');
  });

  it('follows the data: without the transfer rows the days are ordinary', () => {
    const plain = new WorkingDayCalendar({ holidays: STATUTORY_HOLIDAYS, kurbanAit: KURBAN_AIT_FIRST_DAYS, transfers: [] });
    expect(plain.isWorkingDay('2022-03-05')).toBe(false);
    expect(plain.isWorkingDay('2022-03-07')).toBe(true);
  });

  it('2027 Kurban Ait is unknown until an administrator enters it', () => {
    expect(cal.isWorkingDay('2027-05-17')).toBe(true);
    const withIt = new WorkingDayCalendar({
      holidays: STATUTORY_HOLIDAYS,
      kurbanAit: [...KURBAN_AIT_FIRST_DAYS, { date: '2027-05-17' }],
      transfers: DAY_TRANSFERS,
    });
    expect(withIt.isWorkingDay('2027-05-17')).toBe(false);
  });

  it('applies 25 Oct from 2022 and 1 Dec, 17 Dec until 2021', () => {
    expectDay('2021-10-25', 'Mon', true);
    expectDay('2022-10-25', 'Tue', false);
    expectDay('2021-12-01', 'Wed', false);
    expectDay('2022-12-01', 'Thu', true);
    expectDay('2021-12-16', 'Thu', false);
    expectDay('2021-12-17', 'Fri', false);
    expectDay('2024-12-17', 'Tue', true);
  });
});

describe('addWorkingDays', () => {
  it('counts across New Year', () => {
    // Tue 30 Dec 2025; Wed 31 Dec working; 1–2 Jan off; Mon 5 Jan; Tue 6; Wed 7 Jan off; Thu 8.
    expect(dow('2025-12-30')).toBe('Tue');
    expect(cal.addWorkingDays('2025-12-30', 1)).toBe('2025-12-31');
    expect(cal.addWorkingDays('2025-12-30', 2)).toBe('2026-01-05');
    expect(cal.addWorkingDays('2025-12-30', 3)).toBe('2026-01-06');
    expect(cal.addWorkingDays('2025-12-30', 4)).toBe('2026-01-08');
    // Fri 31 Dec 2021: Sat 1–Sun 2 Jan, moved Mon 3, Tue 4 → Wed 5, Thu 6, (Fri 7 off) Mon 10.
    expect(dow('2021-12-31')).toBe('Fri');
    expect(cal.addWorkingDays('2021-12-31', 1)).toBe('2022-01-05');
    expect(cal.addWorkingDays('2021-12-31', 3)).toBe('2022-01-10');
  });

  it('counts across Nauryz', () => {
    expect(cal.addWorkingDays('2026-03-20', 1)).toBe('2026-03-26');
    expect(cal.addWorkingDays('2026-03-20', 2)).toBe('2026-03-27');
    // Mon 16 Mar 2026: 17,18,19,20 (4), 26,27 (6), 30,31 (8), 1,2 Apr (10)
    expect(cal.addWorkingDays('2026-03-16', 10)).toBe('2026-04-02');
  });

  it('never counts the start day, working or not', () => {
    expect(cal.addWorkingDays('2026-03-21', 1)).toBe('2026-03-26'); // received on Sat 21 Mar
    expect(cal.addWorkingDays('2026-03-26', 1)).toBe('2026-03-27');
  });

  it('with 0 gives the day itself or the next working day', () => {
    expect(cal.addWorkingDays('2026-03-26', 0)).toBe('2026-03-26');
    expect(cal.addWorkingDays('2026-03-21', 0)).toBe('2026-03-26');
    expect(cal.nextWorkingDayOnOrAfter('2026-03-21')).toBe('2026-03-26');
    expect(cal.nextWorkingDayOnOrAfter('2026-03-27')).toBe('2026-03-27');
    expect(cal.nextWorkingDayOnOrAfter('2026-03-28')).toBe('2026-03-30');
  });

  it('rejects negative or fractional counts', () => {
    expect(() => cal.addWorkingDays('2026-03-26', -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026-03-26', 1.5)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026-03-26', Number.NaN)).toThrow(RangeError);
    expect(() => cal.daysOff(2026.5)).toThrow(RangeError);
  });

  it('agrees with stepping day by day over 2019–2026', () => {
    const naive = (from: string, n: number): string => {
      let d = from;
      if (n === 0) {
        while (!cal.isWorkingDay(d)) d = addCalendarDays(d, 1);
        return d;
      }
      for (let k = 0; k < n;) {
        d = addCalendarDays(d, 1);
        if (cal.isWorkingDay(d)) k++;
      }
      return d;
    };
    const mismatches: string[] = [];
    let i = 0;
    for (let d = '2019-01-01'; d < '2027-01-01'; d = addCalendarDays(d, 1), i++) {
      for (const n of i % 10 === 0 ? [0, 1, 2, 5, 10, 30, 300] : [0, 1, 2, 5]) {
        const got = cal.addWorkingDays(d, n);
        const want = naive(d, n);
        if (got !== want) mismatches.push(`${d}+${n}: ${got} != ${want}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('is fast: 1,000,000 calls in well under a few seconds', () => {
    const start = process.hrtime.bigint();
    let last = '';
    for (let i = 0; i < 1_000_000; i++) last = cal.addWorkingDays(i & 1 ? '2025-12-26' : '2026-03-19', i % 30);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    expect(last).not.toBe('');
    expect(ms).toBeLessThan(2000);
  });
});

describe('workingDayDeadline', () => {
  it('ends a deadline at 23:59:59.999 Almaty time of the N-th working day', () => {
    // Tue 20 Feb 2024 (+06): Wed 21, Thu 22, Fri 23, Mon 26, Tue 27 → end of 27 Feb at +06.
    expect(cal.workingDayDeadline(new Date('2024-02-20T10:00:00Z'), 5).toISOString()).toBe('2024-02-27T17:59:59.999Z');
    // 0 days on a working day: the end of that day.
    expect(cal.workingDayDeadline(new Date('2026-03-26T03:00:00Z'), 0).toISOString()).toBe('2026-03-26T18:59:59.999Z');
  });

  it('works across the 1 Mar 2024 time-zone change', () => {
    // 2024-02-29T20:00Z is Fri 1 Mar 01:00 in Almaty → 1 working day: Mon 4 Mar (+05).
    expect(dow('2024-03-04')).toBe('Mon');
    expect(cal.workingDayDeadline(new Date('2024-02-29T20:00:00Z'), 1).toISOString()).toBe('2024-03-04T18:59:59.999Z');
    // 2024-02-28T18:30Z is Thu 29 Feb 00:30 (+06) → Fri 1 Mar, which ends at +05.
    expect(cal.workingDayDeadline(new Date('2024-02-28T18:30:00Z'), 1).toISOString()).toBe('2024-03-01T18:59:59.999Z');
    // 2024-02-29T18:30Z is 29 Feb 23:30 in the repeated hour (+05): still Thu 29 Feb.
    expect(cal.workingDayDeadline(new Date('2024-02-29T18:30:00Z'), 1).toISOString()).toBe('2024-03-01T18:59:59.999Z');
    // Fri 15 Mar 2024, 15 working days over Nauryz (21, 22 and moved 25 Mar off) → Wed 10 Apr.
    expect(dow('2024-04-10')).toBe('Wed');
    expect(cal.workingDayDeadline(new Date('2024-03-15T06:00:00Z'), 15).toISOString()).toBe('2024-04-10T18:59:59.999Z');
  });

  it('starts counting from the next working day for something received on a Saturday', () => {
    // Sat 9 May 2026 10:00 Almaty; Mon 11 May is the moved Victory Day → Tue 12 May.
    expect(dow('2026-05-09')).toBe('Sat');
    expect(cal.workingDayDeadline(new Date('2026-05-09T05:00:00Z'), 1).toISOString()).toBe('2026-05-12T18:59:59.999Z');
    // Sat 7 Jun 2025: Mon 9 (1), Tue 10 (2), Wed 11 (3).
    expect(dow('2025-06-07')).toBe('Sat');
    expect(cal.workingDayDeadline(new Date('2025-06-07T12:00:00Z'), 3).toISOString()).toBe('2025-06-11T18:59:59.999Z');
    // Friday 22:00 Almaty is Friday 17:00Z: the day is Friday, so 1 working day is Monday.
    expect(cal.workingDayDeadline(new Date('2026-03-27T17:00:00Z'), 1).toISOString()).toBe('2026-03-30T18:59:59.999Z');
  });
});
