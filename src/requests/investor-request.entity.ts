import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { TrackedEntity } from '../common/tracked.entity';
import { Investor } from '../investors/investor.entity';
import { Office } from '../offices/office.entity';
import { User } from '../users/user.entity';
import { changeKind } from '../events/change-kinds';

/** What the investor asks for (paragraphs 12.2, 13.2, 14.1, 15-1.7). */
export enum RequestKind {
  INFORMATION = 'INFORMATION',
  PARTNER_SEARCH = 'PARTNER_SEARCH',
  SITE_SELECTION = 'SITE_SELECTION',
  STATE_SUPPORT = 'STATE_SUPPORT',
  PERMITS = 'PERMITS',
  OTHER = 'OTHER',
}
registerEnumType(RequestKind, {
  name: 'RequestKind',
  description: 'What an investor request asks for.',
  valuesConfig: {
    INFORMATION: { description: 'Information, to be sent within 5 working days (paragraphs 12.7, 15-1.6).' },
    PARTNER_SEARCH: { description: 'A search for local partners (paragraphs 13.2, 14.1).' },
    SITE_SELECTION: { description: 'A ready or planned industrial site or land plot (paragraphs 10.2.d, 12.2.d).' },
    STATE_SUPPORT: { description: 'Measures, conditions and volumes of state support (paragraphs 11.1, 15-1.7).' },
    PERMITS: { description: 'Permits and state services for a project (paragraph 6, central level 8, regional level 10).' },
    OTHER: { description: 'Anything else.' },
  },
});

export enum RequestStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
}
registerEnumType(RequestStatus, {
  name: 'RequestStatus',
  description: 'Whether an investor request has been answered.',
  valuesConfig: {
    OPEN: { description: 'Not answered yet; overdue after its due date.' },
    ANSWERED: { description: 'Answered.' },
  },
});

/** An investor's request for information, answered within a rule-set number of working days (paragraphs 12.7, 15-1.6). */
@ObjectType({ description: 'A request for information from an investor, to be answered within 5 working days (paragraphs 12.7, 15-1.6).' })
@Entity('investor_request')
@Index('investor_request_newest_first', ['receivedAt', 'id'])
@Index('investor_request_open_by_due', ['dueAt'], { where: `status = 'OPEN'` })
export class InvestorRequest extends TrackedEntity {
  @Index()
  @Column({ type: 'uuid', name: 'investor_id' })
  investorId!: string;

  @ManyToOne(() => Investor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'investor_id' })
  investorRef?: Relation<Investor>;

  @Field(() => RequestKind, { description: 'What is asked for.' })
  @Column({ type: 'enum', enum: RequestKind, enumName: 'request_kind' })
  kind!: RequestKind;

  @Field({ description: 'Short subject.' })
  @Column({ type: 'text' })
  subject!: string;

  @Field(() => String, { nullable: true, description: 'The request as received.' })
  @Column({ type: 'text', nullable: true })
  body!: string | null;

  @Field({ description: 'When the request was received; the answer term counts from its date in Asia/Almaty.' })
  @Column({ type: 'timestamptz', precision: 3, name: 'received_at' })
  receivedAt!: Date;

  @Field({ description: 'End of the last working day to answer, by the rule set in force when it was received; a forward keeps it.' })
  @Column({ type: 'timestamptz', precision: 3, name: 'due_at' })
  dueAt!: Date;

  @Field(() => RequestStatus, { description: 'Open or answered.' })
  @Index()
  @Column({ type: 'enum', enum: RequestStatus, enumName: 'request_status', default: RequestStatus.OPEN })
  status!: RequestStatus;

  @Index()
  @Column({ type: 'uuid', name: 'assigned_office_id' })
  assignedOfficeId!: string;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assigned_office_id' })
  assignedOfficeRef?: Relation<Office>;

  @Field(() => String, { nullable: true, description: 'The answer given.' })
  @Column({ type: 'text', nullable: true })
  answer!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was answered.' })
  @Column({ type: 'timestamptz', precision: 3, name: 'answered_at', nullable: true })
  answeredAt!: Date | null;

  @Column({ type: 'uuid', name: 'answered_by_id', nullable: true })
  answeredById!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'answered_by_id' })
  answeredByRef?: Relation<User>;

  /** When the deadline sweep first saw it overdue: set once, so each overdue request is announced once. */
  @Column({ type: 'timestamptz', precision: 3, name: 'overdue_recorded_at', nullable: true })
  overdueRecordedAt!: Date | null;

  /** Open past the end of its due day: computed from the clock, never stored. */
  isOverdueAt(now: Date): boolean {
    return this.status === RequestStatus.OPEN && now.getTime() > this.dueAt.getTime();
  }

  /** Null while open. */
  wasAnsweredOnTime(): boolean | null {
    return this.answeredAt ? this.answeredAt.getTime() <= this.dueAt.getTime() : null;
  }
}

/** Paragraph 13.2: offices pass requests on; each hand-off is kept with who and when. */
@ObjectType({ description: 'A hand-off of an investor request from one office to another.' })
@Entity('investor_request_handoff')
export class InvestorRequestHandoff {
  /** Insertion order: hand-offs made in the same instant still list in the order made. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  seq!: string;

  @Index()
  @Column({ type: 'uuid', name: 'request_id' })
  requestId!: string;

  @ManyToOne(() => InvestorRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  requestRef?: Relation<InvestorRequest>;

  @Column({ type: 'uuid', name: 'from_office_id' })
  fromOfficeId!: string;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_office_id' })
  fromOfficeRef?: Relation<Office>;

  @Column({ type: 'uuid', name: 'to_office_id' })
  toOfficeId!: string;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_office_id' })
  toOfficeRef?: Relation<Office>;

  @Field({ description: 'When it was handed off.' })
  @Column({ type: 'timestamptz', precision: 3 })
  at!: Date;

  @Column({ type: 'uuid', name: 'actor_id' })
  actorId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actorRef?: Relation<User>;

  @Field(() => String, { nullable: true, description: 'What the forwarding office wrote.' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;
}

/** Changes to this record in the change log. */
export const INVESTOR_REQUEST_CHANGES = changeKind('INVESTOR_REQUEST', "An investor's information request (paragraphs 12.7, 15-1.6).");
