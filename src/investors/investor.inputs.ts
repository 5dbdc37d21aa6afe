import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsEmail, IsOptional, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { InvestorOrigin, InvestorStatus, Ownership } from './investor.entity';

@InputType({ description: 'A contact person at an investor.' })
export class InvestorContactInput {
  @Field({ description: 'Full name.' })
  @Length(1, 200)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Position held.' })
  @IsOptional()
  @MaxLength(200)
  position?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address.' })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  @IsOptional()
  @Matches(/^[+0-9 ()-]{5,30}$/, { message: 'phone must be digits, spaces, +, ( ) or -' })
  phone?: string | null;
}

@InputType({ description: 'A new investor or lead.' })
export class CreateInvestorInput {
  @Field({ description: 'Company or person name.' })
  @Length(1, 300)
  name!: string;

  @Field(() => InvestorOrigin, { description: 'Domestic (country KZ) or foreign.' })
  origin!: InvestorOrigin;

  @Field({ description: 'Country (ISO 3166-1 alpha-2).' })
  countryCode!: string;

  @Field(() => Ownership, { defaultValue: Ownership.PRIVATE, description: 'Private (default) or state-owned.' })
  ownership!: Ownership;

  @Field(() => InvestorStatus, { defaultValue: InvestorStatus.LEAD, description: 'Relationship status (default LEAD).' })
  status!: InvestorStatus;

  @Field(() => [String], { defaultValue: [], description: 'OKED division codes of its business.' })
  @ArrayMaxSize(30)
  sectorCodes!: string[];

  @Field({ defaultValue: false, description: 'An anchor company.' })
  isAnchor!: boolean;

  @Field({ defaultValue: false, description: 'A multinational company.' })
  isMultinational!: boolean;

  @Field(() => ID, { nullable: true, description: "Owner office; the caller's office by default." })
  ownerOfficeId?: string | null;

  @Field(() => [InvestorContactInput], { nullable: true, description: 'Contact people.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  contacts?: InvestorContactInput[] | null;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  @IsOptional()
  @MaxLength(20000)
  notes?: string | null;
}

@InputType({ description: 'Changes to an investor; only the fields given change.' })
export class UpdateInvestorInput {
  @Field(() => String, { nullable: true, description: 'Company or person name.' }) @IsOptional() @Length(1, 300) name?: string | null;
  @Field(() => InvestorOrigin, { nullable: true, description: 'Domestic (country KZ) or foreign.' }) origin?: InvestorOrigin | null;
  @Field(() => String, { nullable: true, description: 'Country (ISO 3166-1 alpha-2).' }) countryCode?: string | null;
  @Field(() => Ownership, { nullable: true, description: 'Private or state-owned.' }) ownership?: Ownership | null;
  @Field(() => InvestorStatus, { nullable: true, description: 'Relationship status.' }) status?: InvestorStatus | null;
  @Field(() => [String], { nullable: true, description: 'OKED division codes of its business; replaces the list.' })
  @IsOptional()
  @ArrayMaxSize(30)
  sectorCodes?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'An anchor company (paragraph 6).' }) isAnchor?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'A multinational company (paragraph 6).' }) isMultinational?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Hands the investor over to another office.' })
  ownerOfficeId?: string | null;

  @Field(() => [InvestorContactInput], { nullable: true, description: 'Contact people; replaces the list.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  contacts?: InvestorContactInput[] | null;

  @Field(() => String, { nullable: true, description: 'Notes.' }) @IsOptional() @MaxLength(20000) notes?: string | null;
}

@InputType({ description: 'Filters for investors; all optional and combined with AND.' })
export class InvestorFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Full-text search in name and notes: every word must occur; the words before the last are whole words, the last may be the beginning of one (search as you type).',
  })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;

  @Field(() => InvestorOrigin, { nullable: true, description: 'Domestic or foreign investors.' }) origin?: InvestorOrigin | null;
  @Field(() => String, { nullable: true, description: 'Investors of this country (ISO 3166-1 alpha-2).' }) countryCode?: string | null;
  @Field(() => InvestorStatus, { nullable: true, description: 'Investors with this relationship status.' }) status?: InvestorStatus | null;
  @Field(() => String, { nullable: true, description: 'Investors active in this OKED division.' }) sectorCode?: string | null;
  @Field(() => ID, { nullable: true, description: 'Investors owned by this office.' }) ownerOfficeId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Anchor companies (true) or the others (false).' }) isAnchor?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Multinationals, the list of large foreign companies (true), or the others (false).',
  })
  isMultinational?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Leads owned by this account manager.' }) accountManagerId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Leads with a follow-up past its due day in Asia/Almaty and not done (true), or with none (false).',
  })
  followUpOverdue?: boolean | null;
}
