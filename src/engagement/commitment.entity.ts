import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateScalar, DecimalScalar } from '../common/scalars';
import { TrackedEntity } from '../common/tracked.entity';
import { User } from '../users/user.entity';
import { Agreement, AgreementStatus } from './agreement.entity';

export enum CommitmentStatus {
  OPEN = 'OPEN',
  MET = 'MET',
  MISSED = 'MISSED',
  WAIVED = 'WAIVED',
}
registerEnumType(CommitmentStatus, {
  name: 'CommitmentStatus',
  description: 'Where a commitment stands: OPEN until the monitoring office records it MET, MISSED or WAIVED.',
  valuesConfig: {
    OPEN: { description: 'Not yet due, or due and not yet settled (overdue past its due day).' },
    MET: { description: 'Kept.' },
    MISSED: { description: 'Not kept: the agreement is BREACHED.' },
    WAIVED: { description: 'No longer required (counts as settled, like MET).' },
  },
});

/** What an agreement promises: an investment, jobs, a step, by a day. */
@ObjectType({ description: 'One commitment of an agreement: what is promised and by when, and whether it was kept.' })
@Entity('commitment')
@Index('commitment_open_by_due', ['dueOn'], { where: `status = 'OPEN'` })
export class Commitment extends TrackedEntity {
  @Index()
  @Column({ type: 'uuid', name: 'agreement_id' })
  agreementId!: string;

  @ManyToOne(() => Agreement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreementRef?: Relation<Agreement>;

  /** Its place in the agreement's list, as recorded. */
  @Column({ type: 'int' })
  position!: number;

  @Field({ description: 'What is promised.' })
  @Column({ type: 'text' })
  description!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'An amount in KZT, exact (not negative, at most 2 decimal places).' })
  @Column({ type: 'numeric', precision: 20, scale: 2, name: 'amount_kzt', nullable: true })
  amountKzt!: string | null;

  @Field(() => Int, { nullable: true, description: 'Jobs to be created (not negative).' })
  @Column({ type: 'int', nullable: true })
  jobs!: number | null;

  @Field(() => DateScalar, { description: 'The day by which it is due.' })
  @Column({ type: 'date', name: 'due_on' })
  dueOn!: string;

  @Field(() => CommitmentStatus, { description: 'OPEN, MET, MISSED or WAIVED.' })
  @Column({ type: 'enum', enum: CommitmentStatus, enumName: 'commitment_status', default: CommitmentStatus.OPEN })
  status!: CommitmentStatus;

  @Field(() => String, { nullable: true, description: 'What the monitoring office wrote with the last status.' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'uuid', name: 'updated_by_id', nullable: true })
  updatedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by_id' })
  updatedByRef?: Relation<User>;

  /** When the deadline sweep first saw it overdue: set once, so each overdue commitment is announced once. */
  @Column({ type: 'timestamptz', precision: 3, name: 'overdue_recorded_at', nullable: true })
  overdueRecordedAt!: Date | null;

  /** OPEN past its due day: on `today` (Asia/Almaty) the day after dueOn. */
  isOverdueOn(today: string): boolean {
    return this.status === CommitmentStatus.OPEN && this.dueOn < today;
  }
}

/**
 * The agreement's status from its commitments: BREACHED when any is MISSED, else FULFILLED when
 * there are some and all are MET or WAIVED, else ACTIVE (an agreement recorded without
 * commitments stays ACTIVE: nothing has been fulfilled).
 */
export function agreementStatusOf(statuses: readonly CommitmentStatus[]): AgreementStatus {
  if (statuses.includes(CommitmentStatus.MISSED)) return AgreementStatus.BREACHED;
  if (statuses.length > 0 && statuses.every((s) => s === CommitmentStatus.MET || s === CommitmentStatus.WAIVED))
    return AgreementStatus.FULFILLED;
  return AgreementStatus.ACTIVE;
}
