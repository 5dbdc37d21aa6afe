import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateScalar } from '../common/scalars';
import { TrackedEntity } from '../common/tracked.entity';
import { changeKind } from '../events/change-kinds';
import { Investor } from '../investors/investor.entity';
import { Office } from '../offices/office.entity';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import { InvestmentEvent } from './investment-event.entity';

/** Paragraph 6: the contacts the front offices have with investors (external 2, 5, 6, 7; central 2; regional 2). */
export enum InteractionKind {
  MEETING = 'MEETING',
  VISIT = 'VISIT',
  CALL = 'CALL',
  CORRESPONDENCE = 'CORRESPONDENCE',
  EVENT = 'EVENT',
}
registerEnumType(InteractionKind, {
  name: 'InteractionKind',
  description: 'How the office was in contact with the investor.',
  valuesConfig: {
    MEETING: { description: 'A meeting with the investor (paragraph 6: external 2, central 2, regional 2).' },
    VISIT: { description: "A visit: the investor's to Kazakhstan or a site, or the office's to the investor (paragraph 6, external 6)." },
    CALL: { description: 'A telephone or video call.' },
    CORRESPONDENCE: { description: 'Letters or emails exchanged.' },
    EVENT: { description: 'A contact at a forum, road show, business council or other event (paragraph 6: external 9, 10).' },
  },
});

/** What happened between an office and an investor; what is owed next is its follow-up. */
@ObjectType({ description: 'A meeting, visit, call, letter or contact at an event with an investor, as it happened.' })
@Entity('interaction')
@Index('interaction_newest_first', ['occurredOn', 'createdAt', 'id'])
@Index('interaction_of_investor_newest_first', ['investorId', 'occurredOn', 'createdAt', 'id'])
@Index('interaction_of_office_newest_first', ['officeId', 'occurredOn', 'createdAt', 'id'])
// Most interactions are not at an event: the index of those that are (the eventId filter, the foreign key) holds only them.
@Index('interaction_at_event_newest_first', ['eventId', 'occurredOn', 'createdAt', 'id'], { where: 'event_id IS NOT NULL' })
export class Interaction extends TrackedEntity {
  @Field(() => InteractionKind, { description: 'Meeting, visit, call, correspondence or event.' })
  @Index()
  @Column({ type: 'enum', enum: InteractionKind, enumName: 'interaction_kind' })
  kind!: InteractionKind;

  @Column({ type: 'uuid', name: 'investor_id' })
  investorId!: string;

  @ManyToOne(() => Investor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'investor_id' })
  investorRef?: Relation<Investor>;

  @Index()
  @Column({ type: 'uuid', name: 'project_id', nullable: true })
  projectId!: string | null;

  @ManyToOne(() => Project, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  projectRef?: Relation<Project>;

  /** The investment event it happened at, if any (paragraph 6: meetings at forums, road shows, business councils). */
  @Column({ type: 'uuid', name: 'event_id', nullable: true })
  eventId!: string | null;

  // RESTRICT, as for its other references: an interaction is a record of what happened, and
  // SET NULL would rewrite it silently (no version, no change event). IRM never deletes an
  // event (it is cancelled or rejected), so this forbids only deletions outside IRM.
  @ManyToOne(() => InvestmentEvent, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'event_id' })
  eventRef?: Relation<InvestmentEvent>;

  @Field(() => DateScalar, { description: 'The day it happened (never in the future: a planned meeting is a follow-up).' })
  @Column({ type: 'date', name: 'occurred_on' })
  occurredOn!: string;

  @Field({ description: 'What was discussed.' })
  @Column({ type: 'text' })
  summary!: string;

  @Field(() => String, { nullable: true, description: 'What came of it.' })
  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @Field(() => [String], { description: 'Who took part, as written by the office.' })
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  participants!: string[];

  /** The office of the person who recorded it. */
  @Column({ type: 'uuid', name: 'office_id' })
  officeId!: string;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  officeRef?: Relation<Office>;

  @Index()
  @Column({ type: 'uuid', name: 'author_id' })
  authorId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  authorRef?: Relation<User>;
}

/** Changes to interactions and their follow-ups in the change log. */
export const INTERACTION_CHANGES = changeKind(
  'INTERACTION',
  'A contact of a front office with an investor and its follow-up (paragraph 6).',
);
