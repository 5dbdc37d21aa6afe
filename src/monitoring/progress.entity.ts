import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { DateScalar, DecimalScalar } from '../common/scalars';
import { changeKind } from '../events/change-kinds';
import { Project, ProjectStage } from '../projects/project.entity';
import { User } from '../users/user.entity';

/** Paragraph 6 (central 5, regional 5): a front office's report on how a project it monitors is going. */
@ObjectType({
  description:
    'A progress report on a project: money spent and jobs created to date, the stage reached (paragraph 6: central 5, regional 5).',
})
@Entity('project_progress')
@Index('project_progress_latest', ['projectId', 'asOf'])
export class ProjectProgress {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'project_id' })
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  projectRef?: Relation<Project>;

  @Field(() => DateScalar, { description: 'The day the figures describe; never in the future.' })
  @Column({ type: 'date', name: 'as_of' })
  asOf!: string;

  @Field(() => DecimalScalar, { description: 'KZT spent on the project to date, exact.' })
  @Column({ type: 'numeric', precision: 20, scale: 2, name: 'spent_kzt' })
  spentKzt!: string;

  @Field(() => Int, { description: 'Jobs created to date.' })
  @Column({ type: 'int', name: 'jobs_created' })
  jobsCreated!: number;

  @Field(() => ProjectStage, { nullable: true, description: 'The stage the project moved to with this report, if any.' })
  @Column({ type: 'enum', enum: ProjectStage, enumName: 'project_stage', nullable: true })
  stage!: ProjectStage | null;

  @Field(() => String, { nullable: true, description: 'What the reporting office wrote.' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'uuid', name: 'recorded_by_id' })
  recordedById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedByRef?: Relation<User>;

  @Field({ description: 'When the report was entered in IRM.' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' })
  createdAt!: Date;
}

/**
 * One stage a project has had. Written only by the database (trigger `project_stage_history`,
 * migration Monitoring) whenever a project is created or its stage changes, whatever the
 * mutation, so the history cannot miss a change.
 */
@ObjectType({ description: 'A stage a project entered: when, and who moved it (null for changes made outside IRM or by its seeding).' })
@Entity('project_stage_change')
export class ProjectStageChange {
  /** Insertion order: changes in one instant still list in the order made. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  seq!: string;

  @Index()
  @Column({ type: 'uuid', name: 'project_id' })
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  projectRef?: Relation<Project>;

  @Field(() => ProjectStage, { description: 'The stage entered.' })
  @Column({ type: 'enum', enum: ProjectStage, enumName: 'project_stage' })
  stage!: ProjectStage;

  @Field({ description: 'When it entered the stage (the project’s registration for the first).' })
  @Column({ type: 'timestamptz', precision: 3 })
  at!: Date;

  @Column({ type: 'uuid', name: 'actor_id', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actorRef?: Relation<User>;
}

/** Changes to this record in the change log. */
export const PROJECT_PROGRESS_CHANGES = changeKind(
  'PROJECT_PROGRESS',
  'A progress report on a project (paragraph 6: central 5, regional 5).',
);
