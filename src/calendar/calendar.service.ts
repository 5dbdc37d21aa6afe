import type { CalendarRepository } from './calendar.repository';
import { WorkingDayCalendar } from './working-day-calendar';

/** How long an instance trusts its copy of the calendar tables before reading them again. */
const REFRESH_MS = 60_000;

/**
 * Kazakhstan's working-day calendar as stored (an administrator extends it each year).
 * Deadlines are computed from the current copy; a change made here takes effect at once on
 * this instance and within a minute on the others.
 */
export class CalendarService {
  private cached: { calendar: WorkingDayCalendar; loadedAt: number } | null = null;

  constructor(private readonly repository: CalendarRepository) {}

  async current(): Promise<WorkingDayCalendar> {
    if (this.cached && Date.now() - this.cached.loadedAt < REFRESH_MS) return this.cached.calendar;
    return this.reload();
  }

  async reload(): Promise<WorkingDayCalendar> {
    const calendar = new WorkingDayCalendar(await this.repository.loadData());
    this.cached = { calendar, loadedAt: Date.now() };
    return calendar;
  }
}
