import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { DecimalScalar } from '../common/scalars';
import { TrackedEntity } from '../common/tracked.entity';
import { Office } from '../offices/office.entity';
import { Project } from '../projects/project.entity';
import { PoolEntry } from './pool-entry';
import { changeKind } from '../events/change-kinds';

/**
 * A front office's quarterly list of its eligible projects (paragraphs 12.4, 15-1.4): one per
 * office and quarter; a re-submission keeps the id and replaces the entries.
 */
@ObjectType({ description: "A front office's quarterly list of its eligible projects for the unified pool (paragraphs 12.4, 15-1.4)." })
@Entity('pool_contribution')
@Index('pool_contribution_one_per_office_and_quarter', ['year', 'quarter', 'officeId'], { unique: true })
export class PoolContribution extends TrackedEntity {
  @Field(() => Int, { description: 'Year of the quarter.' })
  @Column({ type: 'int' })
  year!: number;

  @Field(() => Int, { description: 'Quarter, 1-4.' })
  @Column({ type: 'int' })
  quarter!: number;

  @Index()
  @Column({ type: 'uuid', name: 'office_id' })
  officeId!: string;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  officeRef?: Relation<Office>;

  @Field({ description: 'When it was (last) submitted.' })
  @Column({ type: 'timestamptz', precision: 3, name: 'submitted_at' })
  submittedAt!: Date;

  @Field(() => Int, { description: 'Projects listed.' })
  @Column({ type: 'int', name: 'project_count' })
  projectCount!: number;

  @Field(() => DecimalScalar, { description: 'Sum of the listed volumes in KZT, exact.' })
  @Column({ type: 'numeric', precision: 24, scale: 2, name: 'total_volume_kzt' })
  totalVolumeKzt!: string;
}

@Entity('pool_contribution_entry')
export class PoolContributionEntry extends PoolEntry {
  @PrimaryColumn({ type: 'uuid', name: 'contribution_id' })
  contributionId!: string;

  @ManyToOne(() => PoolContribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id' })
  contributionRef?: Relation<PoolContribution>;

  @ManyToOne(() => Project, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  projectRef?: Relation<Project>;
}

/** Changes to this record in the change log. */
export const POOL_CONTRIBUTION_CHANGES = changeKind(
  'POOL_CONTRIBUTION',
  "An office's list of projects for the unified pool (paragraphs 12.4, 15-1.4).",
);
