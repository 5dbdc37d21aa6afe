import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsOptional, Length, MaxLength } from 'class-validator';
import { RequestKind, RequestStatus } from './investor-request.entity';

@InputType({ description: 'A request received from an investor.' })
export class SubmitInvestorRequestInput {
  @Field(() => ID, { description: 'The investor; the caller must be able to read it.' })
  investorId!: string;

  @Field(() => RequestKind, { description: 'What is asked for.' })
  kind!: RequestKind;

  @Field({ description: 'Short subject.' })
  @Length(1, 500)
  subject!: string;

  @Field(() => String, { nullable: true, description: 'The request as received.' })
  @IsOptional()
  @MaxLength(20000)
  body?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was received (paper arrives late): now by default, never in the future.' })
  receivedAt?: Date | null;

  @Field(() => ID, { nullable: true, description: "The office that must answer; the caller's office by default." })
  assignedOfficeId?: string | null;
}

@ArgsType()
export class AnswerInvestorRequestArgs {
  @Field(() => ID, { description: 'The request.' })
  id!: string;

  @Field({ description: 'The answer given to the investor.' })
  @Length(1, 20000)
  answer!: string;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was really answered: now by default; never in the future, before receipt or before the last hand-off.',
  })
  at?: Date | null;
}

@ArgsType()
export class ForwardInvestorRequestArgs {
  @Field(() => ID, { description: 'The request.' })
  id!: string;

  @Field(() => ID, { description: 'The office that must answer from now on.' })
  toOfficeId!: string;

  @Field(() => String, { nullable: true, description: 'A note to the receiving office.' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: 'Filters for investor requests; all optional and combined with AND.' })
export class InvestorRequestFilter {
  @Field(() => RequestStatus, { nullable: true, description: 'Open or answered.' }) status?: RequestStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Only requests open past their due time (true) or all others (false), as of now.' })
  overdue?: boolean | null;

  @Field(() => RequestKind, { nullable: true, description: 'What is asked for.' }) kind?: RequestKind | null;
  @Field(() => ID, { nullable: true, description: 'The office that must answer.' }) assignedOfficeId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The investor.' }) investorId?: string | null;
  @Field(() => Date, { nullable: true, description: 'Received at or after this instant.' }) receivedFrom?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Received before this instant.' }) receivedTo?: Date | null;
}
