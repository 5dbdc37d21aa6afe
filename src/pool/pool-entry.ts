import { Field, ID, ObjectType } from 'type-graphql';
import { Column, PrimaryColumn } from 'typeorm';
import { DecimalScalar } from '../common/scalars';
import { SupportTier } from '../projects/project-assessment';
import { ProjectStage } from '../projects/project.entity';

/**
 * A project as it stood when an office listed it for the unified pool: later edits of the
 * project do not rewrite a contribution or a formed pool (paragraph 2.8-1, 12.4, 15-1.4).
 * The entries of contributions and of pools share these columns.
 */
@ObjectType('PoolEntry', { description: 'A project in the unified pool (or a contribution to it), as it stood when listed.' })
export abstract class PoolEntry {
  @PrimaryColumn({ type: 'uuid', name: 'project_id' })
  projectId!: string;

  /** Exposed through `project { id title }`: the title as snapshotted. */
  @Column({ type: 'text' })
  title!: string;

  @Field(() => DecimalScalar, { description: 'Investment volume in KZT when listed, exact.' })
  @Column({ type: 'numeric', precision: 20, scale: 2, name: 'investment_volume_kzt' })
  investmentVolumeKzt!: string;

  @Column({ type: 'varchar', length: 6, name: 'region_code' })
  regionCode!: string;

  @Column({ type: 'varchar', length: 2, name: 'sector_code' })
  sectorCode!: string;

  @Field(() => ProjectStage, { description: 'Stage when listed.' })
  @Column({ type: 'enum', enum: ProjectStage, enumName: 'project_stage' })
  stage!: ProjectStage;

  @Field(() => SupportTier, { description: 'Support tier (paragraph 5) when listed.' })
  @Column({ type: 'enum', enum: SupportTier, enumName: 'support_tier', name: 'support_tier' })
  supportTier!: SupportTier;
}

@ObjectType({ description: 'The project of a pool entry: its id and its title as snapshotted.' })
export class PoolProject {
  @Field(() => ID, { description: 'The project id.' })
  id!: string;

  @Field({ description: 'Title when listed.' })
  title!: string;
}
