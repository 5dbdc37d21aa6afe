/**
 * Seed data for Kazakhstan's working-day calendar (see /work/shared/facts/calendar.md).
 * These rows seed the database tables; the calendar itself is built from whatever the
 * tables hold, so an administrator can add each year's Kurban Ait date and day transfers.
 */
import type { DayTransfer, KurbanAitFirstDay, StatutoryHoliday } from './working-day-calendar';

interface Sourced {
  source: string;
}
export type StatutoryHolidayRow = StatutoryHoliday & Sourced;
export type KurbanAitRow = KurbanAitFirstDay & Sourced & { year: number; note?: string };
export type DayTransferRow = DayTransfer & Sourced & { verified: boolean };

const LAW = 'Law "On holidays in the Republic of Kazakhstan" Art. 5';
const LAW_2022 = `${LAW}, as amended 29 Sep 2022`;
const LABOUR_84 = 'Labour Code Art. 84(5)';
const ENBEK = 'enbek.gov.kz/en/node/363012';
const YK = 'yk-news.kz/node/10882';
const INFORM_2026 = 'inform.kz "Как будут отдыхать казахстанцы в 2026 году"';

const holiday = (
  month: number,
  day: number,
  name: string,
  opts: { moves?: boolean; from?: number; to?: number; source?: string } = {},
): StatutoryHolidayRow => ({
  month,
  day,
  name,
  movesOffWeekend: opts.moves ?? true,
  fromYear: opts.from ?? null,
  toYear: opts.to ?? null,
  source: opts.source ?? `${LAW}; ${ENBEK}; ${INFORM_2026}`,
});

export const STATUTORY_HOLIDAYS: StatutoryHolidayRow[] = [
  holiday(1, 1, 'New Year'),
  holiday(1, 2, 'New Year'),
  // A day off, but not moved off a weekend.
  holiday(1, 7, 'Orthodox Christmas', { moves: false, source: `${LABOUR_84}; ${LAW}; ${ENBEK}; ${INFORM_2026}` }),
  holiday(3, 8, "International Women's Day"),
  holiday(3, 21, 'Nauryz'),
  holiday(3, 22, 'Nauryz'),
  holiday(3, 23, 'Nauryz'),
  holiday(5, 1, 'Unity Day of the People of Kazakhstan'),
  holiday(5, 7, 'Defender of the Fatherland Day'),
  holiday(5, 9, 'Victory Day'),
  holiday(7, 6, 'Capital Day'),
  holiday(8, 30, 'Constitution Day'),
  // The 29 Sep 2022 amendment restored 25 Oct and dropped 1 Dec and 17 Dec.
  holiday(10, 25, 'Republic Day', { from: 2022, source: `${LAW_2022}; ${ENBEK}` }),
  holiday(12, 1, "First President's Day", { to: 2021, source: `${LAW_2022}; ${ENBEK}` }),
  holiday(12, 16, 'Independence Day'),
  holiday(12, 17, 'Independence Day (second day)', { to: 2021, source: `${LAW_2022}; ${ENBEK}` }),
];

/** First day of Kurban Ait: a day off, not moved when on a weekend (Labour Code Art. 84(5)). */
const kurban = (year: number, date: string, note?: string, extra?: string): KurbanAitRow => ({
  year,
  date,
  ...(note === undefined ? {} : { note }),
  source: `${LABOUR_84}; ${ENBEK}; ${YK}${extra ? `; ${extra}` : ''}`,
});

export const KURBAN_AIT_FIRST_DAYS: KurbanAitRow[] = [
  kurban(2019, '2019-08-11'),
  kurban(2020, '2020-07-31'),
  kurban(2021, '2021-07-20'),
  kurban(2022, '2022-07-09', 'Saturday; not moved'),
  kurban(2023, '2023-06-28'),
  kurban(2024, '2024-06-16', 'Sunday; the published calendar said Mon 17 Jun, moved on 7 Jun 2024, so 17 Jun was a working day'),
  kurban(2025, '2025-06-06'),
  kurban(2026, '2026-05-27', 'as planned', INFORM_2026),
];

/** Government day transfers (Labour Code Art. 85(3)): weekend day worked → weekday off. */
const transfer = (workedOn: string, dayOff: string, source: string, verified = true): DayTransferRow => ({
  workedOn,
  dayOff,
  source,
  verified,
});
const RESOLUTION = 'Government resolution (Labour Code Art. 85(3))';

export const DAY_TRANSFERS: DayTransferRow[] = [
  transfer('2018-03-03', '2018-03-09', `${RESOLUTION}; ${ENBEK}; ${YK}`),
  transfer('2018-04-28', '2018-04-30', `${RESOLUTION}; ${ENBEK}; ${YK}`),
  transfer('2018-05-05', '2018-05-08', `${RESOLUTION}; ${ENBEK}; ${YK}`),
  transfer('2018-08-25', '2018-08-31', `${RESOLUTION}; ${ENBEK}; ${YK}`),
  transfer('2018-12-29', '2018-12-31', `${RESOLUTION}; ${ENBEK}; ${YK}`),
  transfer('2022-03-05', '2022-03-07', `${RESOLUTION}; ${ENBEK}; ${YK}`),
  transfer('2022-08-27', '2022-08-29', `${RESOLUTION}; ${ENBEK}; ${YK}`),
  transfer('2022-10-22', '2022-10-24', `${RESOLUTION}; ${ENBEK}; ${YK}`),
  transfer('2023-07-01', '2023-07-07', `${RESOLUTION}; ${ENBEK}; ${YK}`),
  // Seen as a draft order of the Minister of Labour; adoption not verified.
  transfer('2024-05-04', '2024-05-08', `Draft order of the Minister of Labour (Labour Code Art. 85(3)); ${ENBEK}; ${YK}`, false),
  transfer('2025-01-05', '2025-01-03', `Order of the Minister of Labour No. 436 of 21 Nov 2024 (Labour Code Art. 85(3)); ${ENBEK}; ${YK}`),
];
