import { Field, InputType } from 'type-graphql';
import { Length, Matches } from 'class-validator';
import { OfficeKind, OfficeLevel } from './office.entity';

@InputType({ description: 'A new office. External offices need a host country, regional ones a region.' })
export class CreateOfficeInput {
  @Field({ description: 'Short unique code, upper case, e.g. "EMB-CN".' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,39}$/, { message: 'code must be 2-40 upper-case letters, digits or dashes' })
  code!: string;

  @Field({ description: 'Full name.' })
  @Length(2, 300)
  name!: string;

  @Field(() => OfficeKind, { description: 'Kind of body.' })
  kind!: OfficeKind;

  @Field(() => OfficeLevel, { description: 'Level of the front-office system.' })
  level!: OfficeLevel;

  @Field(() => String, { nullable: true, description: 'Host country (ISO 3166-1 alpha-2), for an external office.' })
  countryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Region (ISO 3166-2:KZ), for a regional office.' })
  regionCode?: string | null;
}
