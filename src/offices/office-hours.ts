import { Field, InputType, ObjectType } from 'type-graphql';
import { DEFAULT_OFFICE_HOURS, officeHours, type OfficeHours } from '../calendar/working-time';
import { badInput } from '../common/errors';
import type { Office } from './office.entity';

@ObjectType({
  description:
    'The working day of an office, local times "HH:MM" in Asia/Almaty. Limits in minutes and hours (Order 489, paragraph 5) count only this time, on working days.',
})
export class WorkingHours implements OfficeHours {
  @Field({ description: 'When the working day starts, e.g. "09:00".' })
  startsAt!: string;

  @Field({ description: 'When the working day ends, e.g. "18:00".' })
  endsAt!: string;

  @Field(() => String, { nullable: true, description: 'When the break starts, e.g. "13:00"; null when the office works through.' })
  breakStartsAt!: string | null;

  @Field(() => String, { nullable: true, description: 'When the break ends, e.g. "14:00"; null when the office works through.' })
  breakEndsAt!: string | null;
}

@InputType({
  description:
    'An office\'s working day: start < break start < break end < end, local "HH:MM" in Asia/Almaty; both break times or neither.',
})
export class WorkingHoursInput {
  @Field({ description: 'When the working day starts, "HH:MM".' })
  startsAt!: string;

  @Field({ description: 'When the working day ends, "HH:MM".' })
  endsAt!: string;

  @Field(() => String, { nullable: true, description: 'When the break starts, "HH:MM"; leave out both break times for none.' })
  breakStartsAt?: string | null;

  @Field(() => String, { nullable: true, description: 'When the break ends, "HH:MM".' })
  breakEndsAt?: string | null;
}

/** The hours an office's clocks count (the default when its columns were never set). */
export function hoursOf(
  office: Pick<Office, 'hoursStartsAt' | 'hoursEndsAt' | 'breakStartsAt' | 'breakEndsAt'> | null | undefined,
): OfficeHours {
  // A row inserted without reading its defaults back has none in memory: the database gave it the default.
  if (!office || office.hoursStartsAt === undefined) return DEFAULT_OFFICE_HOURS;
  return {
    startsAt: office.hoursStartsAt,
    endsAt: office.hoursEndsAt,
    breakStartsAt: office.breakStartsAt,
    breakEndsAt: office.breakEndsAt,
  };
}

/** Checked hours from the input: BAD_USER_INPUT naming what is wrong. */
export function validHours(input: WorkingHoursInput): OfficeHours {
  try {
    return officeHours({
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      breakStartsAt: input.breakStartsAt ?? null,
      breakEndsAt: input.breakEndsAt ?? null,
    });
  } catch (e) {
    if (e instanceof RangeError) throw badInput(e.message, { field: 'input' });
    throw e;
  }
}
