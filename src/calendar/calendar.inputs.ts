import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { Length, Max, Min } from 'class-validator';
import { DateScalar } from '../common/scalars';

/** Longest span a deadline question may ask for: ten years of calendar days is far beyond any term in the rules. */
const MAX_WORKING_DAYS = 3650;

@ObjectType({ description: 'A Monday–Friday day off and why it is off.' })
export class DayOff {
  @Field(() => DateScalar, { description: 'The day.' })
  date!: string;

  @Field({ description: 'Why: the holiday, a moved holiday, Kurban Ait or a day transfer (several joined by "; ").' })
  reason!: string;
}

@ArgsType()
export class AddWorkingDaysArgs {
  @Field(() => DateScalar, { description: 'The day counted from; it never counts itself.' })
  from!: string;

  @Field(() => Int, { description: `How many working days, 0 to ${MAX_WORKING_DAYS}; 0 gives the first working day on or after from.` })
  @Min(0)
  @Max(MAX_WORKING_DAYS)
  days!: number;
}

@ArgsType()
export class SetKurbanAitArgs {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => DateScalar, { description: 'The first day of Kurban Ait in that year.' })
  date!: string;

  @Field({ description: 'The act or announcement it comes from.' })
  @Length(1, 1000)
  source!: string;
}

@ArgsType()
export class AddDayTransferArgs {
  @Field(() => DateScalar, { description: 'The Saturday or Sunday that becomes a working day.' })
  workedOn!: string;

  @Field(() => DateScalar, { description: 'The weekday of the same year that becomes a day off.' })
  dayOff!: string;

  @Field({ description: 'The act it comes from (Labour Code Art. 85(3)).' })
  @Length(1, 1000)
  source!: string;
}
