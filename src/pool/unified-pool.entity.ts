import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { DecimalScalar } from '../common/scalars';
import { TrackedEntity } from '../common/tracked.entity';
import { Project } from '../projects/project.entity';
import { PoolEntry } from './pool-entry';
import { changeKind } from '../events/change-kinds';

/** Paragraph 2.8-1: the quarter's unified pool of investment projects, formed by the authorized body. */
@ObjectType({ description: "The quarter's unified pool of investment projects, formed by the authorized body (paragraph 2.8-1)." })
@Entity('unified_pool')
@Index('unified_pool_one_per_quarter', ['year', 'quarter'], { unique: true })
export class UnifiedPool extends TrackedEntity {
  @Field(() => Int, { description: 'Year of the quarter.' })
  @Column({ type: 'int' })
  year!: number;

  @Field(() => Int, { description: 'Quarter, 1-4.' })
  @Column({ type: 'int' })
  quarter!: number;

  @Field({ description: 'When it was (last) formed.' })
  @Column({ type: 'timestamptz', precision: 3, name: 'formed_at' })
  formedAt!: Date;

  @Field(() => Int, { description: 'Projects in the pool, each once.' })
  @Column({ type: 'int', name: 'project_count' })
  projectCount!: number;

  @Field(() => DecimalScalar, { description: 'Sum of the volumes in KZT, exact.' })
  @Column({ type: 'numeric', precision: 24, scale: 2, name: 'total_volume_kzt' })
  totalVolumeKzt!: string;

  /** Regional organizations without a contribution when it was formed; resolved to `missingContributions`. */
  @Column({ type: 'uuid', array: true, name: 'missing_office_ids', default: () => `'{}'` })
  missingOfficeIds!: string[];
}

@Entity('unified_pool_entry')
export class UnifiedPoolEntry extends PoolEntry {
  @PrimaryColumn({ type: 'uuid', name: 'pool_id' })
  poolId!: string;

  @ManyToOne(() => UnifiedPool, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pool_id' })
  poolRef?: Relation<UnifiedPool>;

  @ManyToOne(() => Project, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  projectRef?: Relation<Project>;
}

/** A total of the pool by region or by sector, computed in SQL. */
export interface PoolTotalRow {
  code: string;
  projectCount: number;
  totalVolumeKzt: string;
}

@ObjectType({ description: "The pool's projects in one region." })
export class PoolRegionTotal {
  regionCode!: string;

  @Field(() => Int, { description: 'Projects in the region.' })
  projectCount!: number;

  @Field(() => DecimalScalar, { description: 'Their volume in KZT, exact.' })
  totalVolumeKzt!: string;
}

@ObjectType({ description: "The pool's projects in one sector." })
export class PoolSectorTotal {
  sectorCode!: string;

  @Field(() => Int, { description: 'Projects in the sector.' })
  projectCount!: number;

  @Field(() => DecimalScalar, { description: 'Their volume in KZT, exact.' })
  totalVolumeKzt!: string;
}

/** Changes to this record in the change log. */
export const UNIFIED_POOL_CHANGES = changeKind('UNIFIED_POOL', 'The quarterly unified project pool (paragraph 2.8-1).');
