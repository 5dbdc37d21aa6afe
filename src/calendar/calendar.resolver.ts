import { Arg, Args, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Permission } from '../auth/permissions';
import { DateScalar } from '../common/scalars';
import { viewerOf, type Context } from '../context/context';
import { CalendarDayTransfer, CalendarKurbanAit } from './calendar.entities';
import { AddDayTransferArgs, AddWorkingDaysArgs, DayOff, SetKurbanAitArgs } from './calendar.inputs';

/** Kazakhstan's working-day calendar (facts/calendar.md), days counted in Asia/Almaty. */
@Resolver()
export class CalendarResolver {
  @Authorized(Permission.SignedIn)
  @Query(() => DateScalar, { description: 'The N-th working day after a day (the day itself never counts).' })
  addWorkingDays(@Ctx() ctx: Context, @Args(() => AddWorkingDaysArgs) args: AddWorkingDaysArgs): Promise<string> {
    return ctx.app.workingDays.addWorkingDays(args.from, args.days);
  }

  @Authorized(Permission.SignedIn)
  @Query(() => Boolean, { description: 'Whether a day is a working day.' })
  isWorkingDay(@Ctx() ctx: Context, @Arg('on', () => DateScalar, { description: 'The day.' }) on: string): Promise<boolean> {
    return ctx.app.workingDays.isWorkingDay(on);
  }

  @Authorized(Permission.SignedIn)
  @Query(() => [DayOff], { description: 'The Monday–Friday days off of a year, with their reasons, in date order.' })
  daysOff(@Ctx() ctx: Context, @Arg('year', () => Int, { description: 'The year.' }) year: number): Promise<DayOff[]> {
    return ctx.app.workingDays.daysOff(year);
  }

  @Authorized(Permission.SignedIn)
  @Query(() => [CalendarKurbanAit], { description: 'The first day of Kurban Ait of each year entered, by year.' })
  calendarKurbanAit(@Ctx() ctx: Context): Promise<CalendarKurbanAit[]> {
    return ctx.app.workingDays.listKurbanAit();
  }

  @Authorized(Permission.SignedIn)
  @Query(() => [CalendarDayTransfer], { description: 'Government day transfers in date order.' })
  calendarDayTransfers(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { nullable: true, description: 'Only the transfers of this year.' }) year?: number | null,
  ): Promise<CalendarDayTransfer[]> {
    return ctx.app.workingDays.listTransfers(year ?? null);
  }

  @Authorized(Permission.ManageCalendar)
  @Mutation(() => CalendarKurbanAit, { description: "Sets (or corrects) a year's first day of Kurban Ait; later deadlines follow it." })
  setKurbanAit(@Ctx() ctx: Context, @Args(() => SetKurbanAitArgs) args: SetKurbanAitArgs): Promise<CalendarKurbanAit> {
    return ctx.app.workingDays.setKurbanAit(viewerOf(ctx), args);
  }

  @Authorized(Permission.ManageCalendar)
  @Mutation(() => CalendarDayTransfer, {
    description: 'Adds a day transfer (a weekend day worked, a weekday of the same year off); later deadlines follow it.',
  })
  addDayTransfer(@Ctx() ctx: Context, @Args(() => AddDayTransferArgs) args: AddDayTransferArgs): Promise<CalendarDayTransfer> {
    return ctx.app.workingDays.addDayTransfer(viewerOf(ctx), args);
  }

  @Authorized(Permission.ManageCalendar)
  @Mutation(() => CalendarDayTransfer, { description: 'Removes a day transfer entered in error; returns what was removed.' })
  removeDayTransfer(
    @Ctx() ctx: Context,
    @Arg('workedOn', () => DateScalar, { description: 'The worked weekend day of the transfer.' }) workedOn: string,
  ): Promise<CalendarDayTransfer> {
    return ctx.app.workingDays.removeDayTransfer(viewerOf(ctx), workedOn);
  }
}
