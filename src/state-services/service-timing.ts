import { almatyDateOf } from '../calendar/almaty-time';
import type { CalendarService } from '../calendar/calendar.service';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { Clock } from '../common/clock';
import { badInput } from '../common/errors';
import type { ReferenceRepository } from '../reference/reference.repository';
import type { RuleSet } from '../reference/rule-set.entity';

/** The calendar and the rule set a deadline is computed with. */
export interface Timing {
  calendar: WorkingDayCalendar;
  ruleSet: RuleSet;
}

/** When a step happened and what its deadlines are computed with. */
export class ServiceTiming {
  constructor(
    private readonly calendar: CalendarService,
    private readonly reference: ReferenceRepository,
    private readonly clock: Clock,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  /** A step's time: now by default; paper arrives late, but nothing happens in the future. */
  pastOrNow(at: Date | null | undefined, field: string): Date {
    const now = this.clock.now();
    const when = at ?? now;
    if (when.getTime() > now.getTime()) throw badInput(`${field} may not be in the future`, { field });
    return when;
  }

  /** The calendar and the rule set in force on the Almaty date of `at` (in the caller's transaction, if any). */
  async on(at: Date): Promise<Timing> {
    return { calendar: await this.calendar.current(), ruleSet: await this.reference.ruleSetOn(almatyDateOf(at)) };
  }
}
