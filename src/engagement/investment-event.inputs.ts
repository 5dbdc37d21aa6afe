import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsOptional, Length, MaxLength } from 'class-validator';
import { DateScalar } from '../common/scalars';
import { InvestmentEventKind, InvestmentEventStatus } from './investment-event.entity';

@InputType({ description: "An investment event the caller's office organizes." })
export class ProposeInvestmentEventInput {
  @Field(() => InvestmentEventKind, { description: 'What kind of event.' })
  kind!: InvestmentEventKind;

  @Field({ description: 'Its subject, as announced.' })
  @Length(1, 500)
  title!: string;

  @Field({ description: 'Where it takes place (ISO 3166-1 alpha-2; KZ at home).' })
  countryCode!: string;

  @Field(() => String, { nullable: true, description: 'The city.' })
  @IsOptional()
  @MaxLength(200)
  city?: string | null;

  @Field(() => DateScalar, { description: 'First day.' })
  startsOn!: string;

  @Field(() => DateScalar, { description: 'Last day; not before startsOn.' })
  endsOn!: string;

  @Field(() => String, { nullable: true, description: 'Programme, audience, partners.' })
  @IsOptional()
  @MaxLength(20000)
  description?: string | null;
}

@ArgsType()
export class DecideInvestmentEventArgs {
  @Field(() => ID, { description: 'A PROPOSED event.' })
  id!: string;

  @Field({ description: 'true approves it, false rejects it.' })
  approve!: boolean;

  @Field(() => String, { nullable: true, description: 'What the authorized body writes with its decision.' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@ArgsType()
export class CancelInvestmentEventArgs {
  @Field(() => ID, { description: 'A PROPOSED or APPROVED event that has not ended.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Why it is cancelled.' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@ArgsType()
export class AddEventParticipantArgs {
  @Field(() => ID, { description: "An event the caller's office organizes, neither rejected nor cancelled." })
  eventId!: string;

  @Field(() => ID, { description: 'An investor the caller may read.' })
  investorId!: string;
}

@InputType({ description: 'Filters for investment events; all optional and combined with AND.' })
export class InvestmentEventFilter {
  @Field(() => InvestmentEventStatus, { nullable: true, description: 'Where the event stands.' }) status?: InvestmentEventStatus | null;
  @Field(() => InvestmentEventKind, { nullable: true, description: 'What kind of event.' }) kind?: InvestmentEventKind | null;
  @Field(() => String, { nullable: true, description: 'Where it takes place (ISO 3166-1 alpha-2).' }) countryCode?: string | null;
  @Field(() => ID, { nullable: true, description: 'The organizing office.' }) organizerOfficeId?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Events still going on or after this day (endsOn >= from).' }) from?:
    string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Events begun on or before this day (startsOn <= to).' }) to?: string | null;
}
