import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateScalar, DecimalScalar } from '../common/scalars';
import { TrackedEntity } from '../common/tracked.entity';
import { Investor } from '../investors/investor.entity';
import { Region } from '../reference/region.entity';
import { Sector } from '../reference/sector.entity';
import { IndustrialSite } from '../sites/industrial-site.entity';
import { PoolIneligibility, SupportTier } from './project-assessment';
import { changeKind } from '../events/change-kinds';

/** Paragraph 2.9: creation of new, expansion or updating (modernization) of production. */
export enum ProjectKind {
  NEW = 'NEW',
  EXPANSION = 'EXPANSION',
  MODERNIZATION = 'MODERNIZATION',
}
registerEnumType(ProjectKind, {
  name: 'ProjectKind',
  description: 'What the project does (paragraph 2.9).',
  valuesConfig: {
    NEW: { description: 'Creation of new production facilities (paragraph 2.9).' },
    EXPANSION: { description: 'Expansion of existing production facilities (paragraph 2.9).' },
    MODERNIZATION: { description: 'Updating of existing production facilities (paragraph 2.9).' },
  },
});

export enum ProjectStage {
  PROPOSED = 'PROPOSED',
  PREPARATION = 'PREPARATION',
  IMPLEMENTATION = 'IMPLEMENTATION',
  IMPLEMENTED = 'IMPLEMENTED',
  SUSPENDED = 'SUSPENDED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ProjectStage, {
  name: 'ProjectStage',
  description: 'Where the project stands.',
  valuesConfig: {
    PROPOSED: { description: 'Proposed: an idea or offer, not yet prepared.' },
    PREPARATION: { description: 'Being developed: documents, financing and permits in preparation.' },
    IMPLEMENTATION: { description: 'Being carried out.' },
    IMPLEMENTED: { description: 'Carried out: the facilities work.' },
    SUSPENDED: { description: 'On hold; still counts as developed for the unified pool.' },
    CANCELLED: { description: 'Abandoned; leaves the unified pool (paragraph 2.8-1).' },
  },
});

@ObjectType({ description: 'An investment project (paragraph 2.9).' })
@Entity('project')
@Index('project_newest_first', ['createdAt', 'id'])
@Index('project_search', ['searchVector'], { type: 'gin' })
// A regional office's investors are those its region's projects name (investors/investor.repository.ts
// applyInvestorScope): read from this index alone, not from the project rows (issue 12, a million investors).
@Index('project_region_initiator', ['regionCode', 'initiatorId'])
// A regional office reads its region's projects newest first; by stage too, a rare pair is read
// from this index alone instead of walking every project (issue 12, a million investors).
@Index('project_region_stage_newest_first', ['regionCode', 'stage', 'createdAt', 'id'])
export class Project extends TrackedEntity {
  @Field({ description: 'Title of the project.' })
  @Column({ type: 'text' })
  title!: string;

  @Field(() => ProjectKind, { description: 'New production, expansion or modernization.' })
  @Column({ type: 'enum', enum: ProjectKind, enumName: 'project_kind' })
  kind!: ProjectKind;

  @Field(() => ProjectStage, { description: 'Stage of the project.' })
  @Index()
  @Column({ type: 'enum', enum: ProjectStage, enumName: 'project_stage' })
  stage!: ProjectStage;

  @Index()
  @Column({ type: 'varchar', length: 2, name: 'sector_code' })
  sectorCode!: string;

  @ManyToOne(() => Sector, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sector_code' })
  sectorRef?: Relation<Sector>;

  @Index()
  @Column({ type: 'varchar', length: 6, name: 'region_code' })
  regionCode!: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  regionRef?: Relation<Region>;

  @Field(() => DecimalScalar, { description: 'Investment volume in KZT, exact.' })
  @Index()
  @Column({ type: 'numeric', precision: 20, scale: 2, name: 'investment_volume_kzt' })
  investmentVolumeKzt!: string;

  @Field(() => DateScalar, { description: 'The day the volume was assessed; the MCI and rule set of that day apply.' })
  @Column({ type: 'date', name: 'assessed_on' })
  assessedOn!: string;

  @Index()
  @Column({ type: 'uuid', name: 'initiator_id', nullable: true })
  initiatorId!: string | null;

  @ManyToOne(() => Investor, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'initiator_id' })
  initiatorRef?: Relation<Investor>;

  @Index()
  @Column({ type: 'uuid', name: 'site_id', nullable: true })
  siteId!: string | null;

  @ManyToOne(() => IndustrialSite, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'site_id' })
  siteRef?: Relation<IndustrialSite>;

  @Field({ description: 'Carried out as a public-private partnership or concession (paragraph 2.9).' })
  @Column({ type: 'boolean', name: 'is_public_private_partnership', default: false })
  isPublicPrivatePartnership!: boolean;

  /*
   * What the rules derive from the facts above, kept by the database (trigger `project_assess`,
   * migration StoredProjectAssessment) so that it can be filtered and indexed, and always current:
   * recomputed when the project, the MCI table, the rule sets, a sector's resource flag or the
   * initiator's ownership changes. Never written by the application.
   */
  @Column({ type: 'varchar', length: 40, name: 'rule_set_code', insert: false, update: false })
  ruleSetCode!: string;

  @Column({ type: 'numeric', precision: 12, scale: 2, name: 'mci_kzt', insert: false, update: false })
  mciKzt!: string;

  @Field(() => DecimalScalar, { description: 'Volume in MCI: volume / the general MCI in force on assessedOn, truncated to 2 places.' })
  @Column({ type: 'numeric', precision: 20, scale: 2, name: 'volume_mci', insert: false, update: false })
  volumeMci!: string;

  @Field(() => SupportTier, { description: 'Who serves it under paragraph 5, by the rule set in force on assessedOn.' })
  @Index()
  @Column({ type: 'enum', enum: SupportTier, enumName: 'support_tier', name: 'support_tier', insert: false, update: false })
  supportTier!: SupportTier;

  @Column({ type: 'text', array: true, name: 'pool_reasons', insert: false, update: false })
  poolReasons!: PoolIneligibility[];

  @Index()
  @Column({ type: 'boolean', name: 'pool_eligible', insert: false, update: false })
  poolEligible!: boolean;

  @Column({
    type: 'tsvector',
    name: 'search_vector',
    generatedType: 'STORED',
    asExpression: `to_tsvector('simple', coalesce(title, ''))`,
    select: false,
    insert: false,
    update: false,
  })
  searchVector?: string;
}

/** Changes to this record in the change log. */
export const PROJECT_CHANGES = changeKind('PROJECT', 'An investment project (paragraph 5: its support tier).');
