import type { Clock } from '../common/clock';
import type { CalendarRepository } from './calendar.repository';
import { WorkingDayCalendar } from './working-day-calendar';

/** How long an instance trusts its copy of the calendar tables before reading them again. */
const REFRESH_MS = 60_000;

/**
 * Kazakhstan's working-day calendar as stored (an administrator extends it each year).
 * Deadlines are computed from the current copy; a change made here takes effect at once on
 * this instance and within a minute on the others. The minute is the injected clock's, so that a
 * test moves time instead of waiting; a clock moved back reads the tables again.
 */
export class CalendarService {
  private cached: { calendar: WorkingDayCalendar; loadedAt: number } | null = null;

  constructor(
    private readonly repository: CalendarRepository,
    private readonly clock: Clock,
  ) {}

  async current(): Promise<WorkingDayCalendar> {
    const age = this.cached ? this.clock.now().getTime() - this.cached.loadedAt : Infinity;
    if (this.cached && age >= 0 && age < REFRESH_MS) return this.cached.calendar;
    return this.reload();
  }

  async reload(): Promise<WorkingDayCalendar> {
    const calendar = new WorkingDayCalendar(await this.repository.loadData());
    this.cached = { calendar, loadedAt: this.clock.now().getTime() };
    return calendar;
  }
}
