import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, ValidateNested } from 'class-validator';

@InputType({ description: 'A document attached to an application.' })
export class ServiceDocumentInput {
  @Field({ description: 'Title of the document.' })
  @Length(1, 300)
  title!: string;
}

@InputType({ description: 'The Appendix application form of the rules, as accepted by a front office.' })
export class AcceptServiceApplicationInput {
  @Field(() => ID, { description: 'The investor applying (one your office may read).' })
  investorId!: string;

  @Field({ description: 'Code of the state service, e.g. "INVESTOR_VISA_PETITION".' })
  @Length(1, 60)
  serviceCode!: string;

  @Field({ description: 'Name of the organization or full name of the applicant.' })
  @Length(1, 300)
  applicantName!: string;

  @Field({ description: 'Identity document: kind, date of issue and number.' })
  @Length(1, 300)
  identityDocument!: string;

  @Field(() => [ServiceDocumentInput], { description: 'The documents attached (at least one).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  documents!: ServiceDocumentInput[];

  @Field({ description: "The form's declaration: consent to the use of protected information. Required to be true." })
  consentToDataUse!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the documents were accepted (default now; never in the future).' })
  @IsOptional()
  acceptedAt?: Date | null;
}
