import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, Length, MaxLength } from 'class-validator';
import { DateScalar, DecimalScalar } from '../common/scalars';
import { SupportTier } from './project-assessment';
import { ProjectKind, ProjectStage } from './project.entity';

@InputType({ description: 'A new investment project.' })
export class CreateProjectInput {
  @Field({ description: 'Title.' }) @Length(1, 500) title!: string;
  @Field(() => ProjectKind, { description: 'New, expansion or modernization.' }) kind!: ProjectKind;
  @Field(() => ProjectStage, { description: 'Stage.' }) stage!: ProjectStage;
  @Field({ description: 'OKED division code.' }) sectorCode!: string;
  @Field({ description: 'Region (ISO 3166-2:KZ).' }) regionCode!: string;
  @Field(() => DecimalScalar, { description: 'Investment volume in KZT, more than zero.' }) investmentVolumeKzt!: string;

  @Field(() => DateScalar, { nullable: true, description: 'When the volume was assessed; today in Asia/Almaty by default.' })
  assessedOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'The investor who initiates it.' }) initiatorId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The industrial site it uses (same region).' }) siteId?: string | null;
  @Field({ defaultValue: false, description: 'A public-private partnership or concession.' }) isPublicPrivatePartnership!: boolean;
}

@InputType({ description: 'Changes to a project; only the fields given change.' })
export class UpdateProjectInput {
  @Field(() => String, { nullable: true, description: 'New title.' }) @IsOptional() @Length(1, 500) title?: string | null;
  @Field(() => ProjectKind, { nullable: true, description: 'New, expansion or modernization (paragraph 2.9).' }) kind?: ProjectKind | null;
  @Field(() => ProjectStage, { nullable: true, description: 'New stage.' }) stage?: ProjectStage | null;
  @Field(() => String, { nullable: true, description: 'OKED division code.' }) sectorCode?: string | null;
  @Field(() => String, { nullable: true, description: "Region (ISO 3166-2:KZ); must stay in the writer's scope." }) regionCode?:
    string | null;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Investment volume in KZT, more than zero; sets the support tier (paragraph 5).',
  })
  investmentVolumeKzt?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'When the volume was assessed (its MCI rate converts it, paragraph 5).' })
  assessedOn?: string | null;
  @Field(() => ID, { nullable: true, description: 'The investor who initiates it.' }) initiatorId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The industrial site it uses (same region).' }) siteId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'A public-private partnership or concession (paragraph 2.9).' })
  isPublicPrivatePartnership?: boolean | null;
}

@InputType({ description: 'Filters for projects; all optional and combined with AND.' })
export class ProjectFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Full-text search in the title: every word must occur; the words before the last are whole words, the last may be the beginning of one (search as you type).',
  })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Projects in this region (ISO 3166-2:KZ).' }) regionCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Projects in this OKED division.' }) sectorCode?: string | null;
  @Field(() => ProjectStage, { nullable: true, description: 'Projects at this stage.' }) stage?: ProjectStage | null;
  @Field(() => SupportTier, { nullable: true, description: 'Projects supported at this tier (paragraph 5).' })
  supportTier?: SupportTier | null;
  @Field(() => Boolean, { nullable: true, description: 'Only projects that are (true) or are not (false) eligible for the unified pool.' })
  poolEligible?: boolean | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Volume at least this (KZT).' }) minVolumeKzt?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Volume at most this (KZT).' }) maxVolumeKzt?: string | null;
  @Field(() => ID, { nullable: true, description: 'Projects of this initiator.' }) initiatorId?: string | null;
}
