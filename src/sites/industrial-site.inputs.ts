import { Field, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, MaxLength } from 'class-validator';
import { DecimalScalar } from '../common/scalars';
import { IndustrialSiteKind, IndustrialSiteStatus } from './industrial-site.entity';

@InputType({ description: 'A new industrial site.' })
export class CreateIndustrialSiteInput {
  @Field({ description: 'Name.' }) @Length(1, 300) name!: string;
  @Field(() => IndustrialSiteKind, { description: 'Kind of site.' }) kind!: IndustrialSiteKind;
  @Field(() => IndustrialSiteStatus, { description: 'Ready or planned.' }) status!: IndustrialSiteStatus;
  @Field({ description: 'Region (ISO 3166-2:KZ).' }) regionCode!: string;
  @Field(() => DecimalScalar, { description: 'Total area, hectares.' }) areaHa!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Free area, hectares; the whole area by default.' }) freeAreaHa?:
    string | null;
  @Field(() => [String], { nullable: true, description: 'Utilities on site.' }) @IsOptional() @ArrayMaxSize(30) utilities?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Address or description.' }) @IsOptional() @MaxLength(1000) location?: string | null;
}

@InputType({ description: 'Changes to an industrial site; only the fields given change.' })
export class UpdateIndustrialSiteInput {
  @Field(() => String, { nullable: true, description: 'Name.' }) @IsOptional() @Length(1, 300) name?: string | null;
  @Field(() => IndustrialSiteKind, { nullable: true, description: 'Kind of site.' }) kind?: IndustrialSiteKind | null;
  @Field(() => IndustrialSiteStatus, { nullable: true, description: 'Ready or planned (paragraph 10.2.d).' })
  status?: IndustrialSiteStatus | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Total area, hectares.' }) areaHa?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Free area, hectares; at most the total area.' }) freeAreaHa?: string | null;
  @Field(() => [String], { nullable: true, description: 'Utilities on site; replaces the list.' })
  @IsOptional()
  @ArrayMaxSize(30)
  utilities?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Address or description.' }) @IsOptional() @MaxLength(1000) location?: string | null;
}

@InputType({ description: 'Filters for industrial sites; all optional and combined with AND.' })
export class IndustrialSiteFilter {
  @Field(() => String, { nullable: true, description: 'Sites in this region (ISO 3166-2:KZ).' }) regionCode?: string | null;
  @Field(() => IndustrialSiteKind, { nullable: true, description: 'Sites of this kind.' }) kind?: IndustrialSiteKind | null;
  @Field(() => IndustrialSiteStatus, { nullable: true, description: 'Ready or planned sites.' }) status?: IndustrialSiteStatus | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'At least this much free area, hectares.' }) minFreeAreaHa?: string | null;
}
