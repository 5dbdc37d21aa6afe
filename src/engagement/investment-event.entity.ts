import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { DateScalar } from '../common/scalars';
import { TrackedEntity } from '../common/tracked.entity';
import { changeKind } from '../events/change-kinds';
import { Investor } from '../investors/investor.entity';
import { Office } from '../offices/office.entity';
import { User } from '../users/user.entity';

/** Paragraph 6 (external 9, 10; regional 6; 15-1.8): the events the front offices hold for investors. */
export enum InvestmentEventKind {
  ROAD_SHOW = 'ROAD_SHOW',
  BUSINESS_FORUM = 'BUSINESS_FORUM',
  CONFERENCE = 'CONFERENCE',
  ROUND_TABLE = 'ROUND_TABLE',
  SEMINAR = 'SEMINAR',
  WEBINAR = 'WEBINAR',
  BUSINESS_COUNCIL = 'BUSINESS_COUNCIL',
  EXHIBITION = 'EXHIBITION',
}
registerEnumType(InvestmentEventKind, {
  name: 'InvestmentEventKind',
  description: 'What kind of investment event it is.',
  valuesConfig: {
    ROAD_SHOW: { description: "A series of presentations of Kazakhstan's opportunities to investors abroad (paragraph 6, external 9)." },
    BUSINESS_FORUM: { description: 'A forum of investors, companies and state bodies.' },
    CONFERENCE: { description: 'A conference on investment topics.' },
    ROUND_TABLE: { description: 'A round table with investors on their questions and problems.' },
    SEMINAR: { description: 'A seminar, e.g. on state support measures.' },
    WEBINAR: { description: 'A seminar held online.' },
    BUSINESS_COUNCIL: { description: 'A meeting of a bilateral business council (paragraph 6, external 10).' },
    EXHIBITION: { description: 'An exhibition or fair, with a stand presenting Kazakhstan.' },
  },
});

/** Paragraph 8.9: the authorized body's coordination of an event, or its cancellation. */
export enum InvestmentEventStatus {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(InvestmentEventStatus, {
  name: 'InvestmentEventStatus',
  description:
    "PROPOSED: awaits the authorized body's decision (paragraph 8.9); APPROVED: goes ahead; REJECTED by the authorized body; CANCELLED by its organizer.",
  valuesConfig: {
    PROPOSED: {
      description: "An event of the National Company, the Task Force or a regional organization awaiting the authorized body's decision.",
    },
    APPROVED: { description: 'Goes ahead: approved by the authorized body, or organized by an office whose events need no coordination.' },
    REJECTED: { description: 'The authorized body did not approve it.' },
    CANCELLED: { description: 'Called off by its organizer.' },
  },
});

@ObjectType({
  description: 'An investment event: a road show, forum, round table, business council... (paragraph 6; coordinated under paragraph 8.9).',
})
@Entity('investment_event')
@Index('investment_event_newest_first', ['createdAt', 'id'])
export class InvestmentEvent extends TrackedEntity {
  @Field(() => InvestmentEventKind, { description: 'What kind of event.' })
  @Index()
  @Column({ type: 'enum', enum: InvestmentEventKind, enumName: 'investment_event_kind' })
  kind!: InvestmentEventKind;

  @Field({ description: 'Its subject, as announced.' })
  @Column({ type: 'text' })
  title!: string;

  @Field({ description: 'Where it takes place (ISO 3166-1 alpha-2).' })
  @Index()
  @Column({ type: 'varchar', length: 2, name: 'country_code' })
  countryCode!: string;

  @Field(() => String, { nullable: true, description: 'The city, if known.' })
  @Column({ type: 'text', nullable: true })
  city!: string | null;

  @Field(() => DateScalar, { description: 'First day.' })
  @Index()
  @Column({ type: 'date', name: 'starts_on' })
  startsOn!: string;

  @Field(() => DateScalar, { description: 'Last day (the same as startsOn for a one-day event).' })
  @Index()
  @Column({ type: 'date', name: 'ends_on' })
  endsOn!: string;

  @Field(() => String, { nullable: true, description: 'Programme, audience, partners.' })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Field(() => InvestmentEventStatus, { description: 'Where the event stands (paragraph 8.9).' })
  @Index()
  @Column({ type: 'enum', enum: InvestmentEventStatus, enumName: 'investment_event_status' })
  status!: InvestmentEventStatus;

  @Index()
  @Column({ type: 'uuid', name: 'organizer_office_id' })
  organizerOfficeId!: string;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organizer_office_id' })
  organizerOfficeRef?: Relation<Office>;

  @Column({ type: 'uuid', name: 'proposed_by_id' })
  proposedById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposed_by_id' })
  proposedByRef?: Relation<User>;

  @Column({ type: 'uuid', name: 'decided_by_id', nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedByRef?: Relation<User>;

  @Field(() => Date, {
    nullable: true,
    description: 'When the authorized body decided on it; null if it needed no decision or awaits one.',
  })
  @Column({ type: 'timestamptz', precision: 3, name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'What the authorized body wrote with its decision.' })
  @Column({ type: 'text', name: 'decision_note', nullable: true })
  decisionNote!: string | null;

  @Field(() => Date, { nullable: true, description: 'When its organizer cancelled it.' })
  @Column({ type: 'timestamptz', precision: 3, name: 'cancelled_at', nullable: true })
  cancelledAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  @Column({ type: 'text', name: 'cancellation_note', nullable: true })
  cancellationNote!: string | null;
}

/** An investor taking part in an event, added by the organizer's office. */
@Entity('investment_event_participant')
export class InvestmentEventParticipant {
  @PrimaryColumn({ type: 'uuid', name: 'event_id' })
  eventId!: string;

  @ManyToOne(() => InvestmentEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  eventRef?: Relation<InvestmentEvent>;

  @Index()
  @PrimaryColumn({ type: 'uuid', name: 'investor_id' })
  investorId!: string;

  @ManyToOne(() => Investor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'investor_id' })
  investorRef?: Relation<Investor>;

  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'added_at' })
  addedAt!: Date;

  @Column({ type: 'uuid', name: 'added_by_id' })
  addedById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'added_by_id' })
  addedByRef?: Relation<User>;
}

/** Changes to this record in the change log. */
export const INVESTMENT_EVENT_CHANGES = changeKind(
  'INVESTMENT_EVENT',
  'An investment event: a road show, forum, business council... (paragraphs 6, 8.9).',
);
