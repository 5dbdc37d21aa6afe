import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '../common/scalars';

@ObjectType({ description: 'A statutory holiday (Law "On holidays", Art. 5; Labour Code Art. 84(5)).' })
@Entity('calendar_holiday')
export class CalendarHoliday {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Field(() => Int, { description: 'Month, 1-12.' }) @Column({ type: 'int' }) month!: number;
  @Field(() => Int, { description: 'Day of the month.' }) @Column({ type: 'int' }) day!: number;
  @Field({ description: 'Name of the holiday.' }) @Column({ type: 'text' }) name!: string;
  @Field({ description: 'Whether a weekend occurrence gives a day off after the holiday block.' })
  @Column({ type: 'boolean', name: 'moves_off_weekend' })
  movesOffWeekend!: boolean;
  @Field(() => Int, { nullable: true, description: 'First year it applies.' })
  @Column({ type: 'int', name: 'from_year', nullable: true })
  fromYear!: number | null;
  @Field(() => Int, { nullable: true, description: 'Last year it applies.' })
  @Column({ type: 'int', name: 'to_year', nullable: true })
  toYear!: number | null;
  @Field({ description: 'Legal source.' }) @Column({ type: 'text' }) source!: string;
}

@ObjectType({ description: 'The first day of Kurban Ait of a year: a day off, not moved off a weekend.' })
@Entity('calendar_kurban_ait')
export class CalendarKurbanAit {
  @Field(() => Int, { description: 'Year.' }) @Column({ type: 'int', primary: true }) year!: number;
  @Field(() => DateScalar, { description: 'The day.' }) @Column({ type: 'date', unique: true }) date!: string;
  @Field({ description: 'Source or note.' }) @Column({ type: 'text' }) source!: string;
}

@ObjectType({ description: 'A government day transfer (Labour Code Art. 85(3)): a weekend day worked, a weekday off.' })
@Entity('calendar_day_transfer')
export class CalendarDayTransfer {
  @Field(() => DateScalar, { description: 'The weekend day that becomes a working day.' })
  @Column({ type: 'date', name: 'worked_on', primary: true })
  workedOn!: string;
  @Field(() => DateScalar, { description: 'The weekday that becomes a day off.' })
  @Column({ type: 'date', name: 'day_off', unique: true })
  dayOff!: string;
  @Field({ description: 'Legal source.' }) @Column({ type: 'text' }) source!: string;
  @Field({ description: 'Whether the act was verified as adopted.' }) @Column({ type: 'boolean', default: true }) verified!: boolean;
}
