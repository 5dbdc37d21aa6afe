import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { DateScalar } from '../common/scalars';
import { InteractionKind } from './interaction.entity';

@InputType({ description: 'The next step owed after an interaction.' })
export class FollowUpInput {
  @Field({ description: 'What must be done.' })
  @Length(1, 2000)
  action!: string;

  @Field(() => DateScalar, { description: 'The day it is due: not before the interaction.' })
  dueOn!: string;
}

@InputType({ description: 'An interaction with an investor, as it happened.' })
export class RecordInteractionInput {
  @Field(() => InteractionKind, { description: 'Meeting, visit, call, correspondence or event.' })
  kind!: InteractionKind;

  @Field(() => ID, { description: 'The investor; the caller must be able to read it.' })
  investorId!: string;

  @Field(() => ID, { nullable: true, description: 'The project discussed, if any; the caller must be able to read it.' })
  projectId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The investment event it happened at, if any (paragraph 6: a meeting at a forum, road show or business council); the caller must be able to read it, and occurredOn must be one of its days.',
  })
  eventId?: string | null;

  @Field(() => DateScalar, { description: 'The day it happened: today (Asia/Almaty) or earlier.' })
  occurredOn!: string;

  @Field({ description: 'What was discussed; not empty.' })
  @MaxLength(20000)
  summary!: string;

  @Field(() => String, { nullable: true, description: 'What came of it.' })
  @IsOptional()
  @MaxLength(20000)
  outcome?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'Who took part (names, positions).' })
  @ArrayMaxSize(100)
  @Length(1, 300, { each: true })
  participants!: string[];

  @Field(() => FollowUpInput, { nullable: true, description: 'The next step owed, if any (a planned meeting is one).' })
  @IsOptional()
  @ValidateNested()
  followUp?: FollowUpInput | null;
}

@InputType({ description: 'Filters for interactions; all optional and combined with AND.' })
export class InteractionFilter {
  @Field(() => ID, { nullable: true, description: 'The investor.' }) investorId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The project discussed.' }) projectId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The office that recorded it.' }) officeId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The investment event it happened at.' }) eventId?: string | null;
  @Field(() => InteractionKind, { nullable: true, description: 'How the office was in contact.' }) kind?: InteractionKind | null;
  @Field(() => DateScalar, { nullable: true, description: 'Happened on or after this day.' }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Happened on or before this day.' }) to?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only those whose follow-up is overdue (true), or all others (false), as of today in Asia/Almaty.',
  })
  followUpOverdue?: boolean | null;
}

@ArgsType()
export class CompleteFollowUpArgs {
  @Field(() => ID, { description: 'The follow-up.' })
  id!: string;

  @Field(() => Date, { nullable: true, description: 'When it was really done: now by default; never in the future.' })
  at?: Date | null;
}
