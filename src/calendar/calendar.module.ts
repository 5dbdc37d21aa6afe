import { defineModule } from '../module';
import { CalendarDayTransfer, CalendarHoliday, CalendarKurbanAit } from './calendar.entities';
import { CalendarRepository } from './calendar.repository';
import { CalendarResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';
import { WorkingDaysService } from './working-days.service';

declare module '../app' {
  interface AppServices {
    /** The working-day calendar in force (holidays, transfers), reloaded when it changes. */
    calendar: CalendarService;
    /** Questions about working days, and an administrator's yearly additions. */
    workingDays: WorkingDaysService;
  }
  interface Repositories {
    calendar: CalendarRepository;
  }
}

/** Kazakhstan's working-day calendar, by which the rules count days. */
export const calendarModule = defineModule({
  name: 'calendar',
  entities: [CalendarHoliday, CalendarKurbanAit, CalendarDayTransfer],
  resolvers: [CalendarResolver],
  provide: ({ db, transactions, clock }) => {
    const repository = new CalendarRepository(db);
    const calendar = new CalendarService(repository, clock);
    return { repos: { calendar: repository }, calendar, workingDays: new WorkingDaysService(repository, calendar, transactions) };
  },
});
