import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { DateScalar, DecimalScalar } from '../common/scalars';
import { AgreementKind, AgreementStatus } from './agreement.entity';
import { CommitmentStatus } from './commitment.entity';

@InputType({ description: 'One commitment of an agreement.' })
export class CommitmentInput {
  @Field({ description: 'What is promised.' })
  @Length(1, 2000)
  description!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'An amount in KZT: not negative, at most 2 decimal places.' })
  amountKzt?: string | null;

  @Field(() => Int, { nullable: true, description: 'Jobs to be created: not negative.' })
  jobs?: number | null;

  @Field(() => DateScalar, { description: 'The day by which it is due; not before the agreement was signed.' })
  dueOn!: string;
}

@InputType({ description: "An agreement signed with an investor the caller may read, recorded by the caller's office." })
export class RecordAgreementInput {
  @Field(() => AgreementKind, { description: 'What kind of document.' })
  kind!: AgreementKind;

  @Field({ description: 'Its title.' })
  @Length(1, 500)
  title!: string;

  @Field(() => ID, { description: 'The investor; the caller must be able to read it.' })
  investorId!: string;

  @Field(() => ID, { nullable: true, description: 'The project it is about; the caller must be able to read it.' })
  projectId?: string | null;

  @Field(() => DateScalar, { description: 'The day it was signed; never in the future (Asia/Almaty).' })
  signedOn!: string;

  @Field(() => [String], { description: 'Who signed it.' })
  @ArrayMaxSize(50)
  @MaxLength(500, { each: true })
  parties!: string[];

  @Field(() => [CommitmentInput], { description: 'What it commits to (up to 100).' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  commitments!: CommitmentInput[];
}

@ArgsType()
export class UpdateCommitmentArgs {
  @Field(() => ID, { description: 'The commitment.' })
  id!: string;

  @Field(() => CommitmentStatus, { description: 'Its new status.' })
  status!: CommitmentStatus;

  @Field(() => String, { nullable: true, description: 'What to note with it; the previous note stays when omitted.' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => Int, { description: 'The commitment version the change is based on; a stale one is CONFLICT and changes nothing.' })
  expectedVersion!: number;
}

@InputType({ description: 'Filters for agreements; all optional and combined with AND.' })
export class AgreementFilter {
  @Field(() => ID, { nullable: true, description: 'The investor.' }) investorId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The project.' }) projectId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The office that recorded it.' }) officeId?: string | null;
  @Field(() => AgreementKind, { nullable: true, description: 'What kind of document.' }) kind?: AgreementKind | null;
  @Field(() => AgreementStatus, { nullable: true, description: 'ACTIVE, FULFILLED or BREACHED.' }) status?: AgreementStatus | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'With a commitment open past its due day (true), or with none (false), as of today in Asia/Almaty.',
  })
  overdue?: boolean | null;
}
