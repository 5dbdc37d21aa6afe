import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateScalar } from '../common/scalars';
import { TrackedEntity } from '../common/tracked.entity';
import { Investor } from '../investors/investor.entity';
import { User } from '../users/user.entity';
import { Interaction } from './interaction.entity';

/** The next step someone owes after an interaction. */
@ObjectType({ description: 'The next step owed after an interaction, due on a day; overdue while not done after that day.' })
@Entity('follow_up')
@Index('follow_up_open_by_due', ['dueOn'], { where: 'done_at IS NULL' })
@Index('follow_up_open_of_investor', ['investorId', 'dueOn'], { where: 'done_at IS NULL' })
export class FollowUp extends TrackedEntity {
  @Index({ unique: true })
  @Column({ type: 'uuid', name: 'interaction_id' })
  interactionId!: string;

  @ManyToOne(() => Interaction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interaction_id' })
  interactionRef?: Relation<Interaction>;

  /** The interaction's investor (never changes), kept here so that the pipeline finds open follow-ups by investor. */
  @Column({ type: 'uuid', name: 'investor_id' })
  investorId!: string;

  @ManyToOne(() => Investor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'investor_id' })
  investorRef?: Relation<Investor>;

  @Field({ description: 'What must be done.' })
  @Column({ type: 'text' })
  action!: string;

  @Field(() => DateScalar, { description: 'The day it is due; overdue from the next day in Asia/Almaty.' })
  @Column({ type: 'date', name: 'due_on' })
  dueOn!: string;

  @Field(() => Date, { nullable: true, description: 'When it was done; null while open.' })
  @Column({ type: 'timestamptz', precision: 3, name: 'done_at', nullable: true })
  doneAt!: Date | null;

  @Column({ type: 'uuid', name: 'done_by_id', nullable: true })
  doneById!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'done_by_id' })
  doneByRef?: Relation<User>;

  /** When the deadline sweep first saw it overdue: set once, so each overdue follow-up is announced once. */
  @Column({ type: 'timestamptz', precision: 3, name: 'overdue_recorded_at', nullable: true })
  overdueRecordedAt!: Date | null;

  /** Not done and due before `today` (Asia/Almaty): computed, never stored. */
  isOverdueOn(today: string): boolean {
    return this.doneAt === null && this.dueOn < today;
  }
}
