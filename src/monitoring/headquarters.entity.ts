import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { endOfAlmatyDay, almatyDateOf } from '../calendar/almaty-time';
import { DateScalar } from '../common/scalars';
import { TrackedEntity } from '../common/tracked.entity';
import { changeKind } from '../events/change-kinds';
import { Office } from '../offices/office.entity';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';
import { InvestorIssue } from './issue.entity';

/** Paragraph 7.2: the Investment Headquarters considers stalled projects and investors' problems. */
@ObjectType({ description: 'A meeting of the Investment Headquarters (paragraph 7.2).' })
@Entity('headquarters_meeting')
@Index('headquarters_meeting_newest_first', ['createdAt', 'id'])
export class HeadquartersMeeting extends TrackedEntity {
  @Field(() => DateScalar, { description: 'The day it is (or was) held.' })
  @Column({ type: 'date', name: 'held_on' })
  heldOn!: string;

  @Field(() => String, { nullable: true, description: 'Title of the meeting.' })
  @Column({ type: 'text', nullable: true })
  title!: string | null;
}

@ObjectType({ description: "An item on the Investment Headquarters' agenda: a stalled project, an investor's problem, or both." })
@Entity('headquarters_agenda_item')
export class AgendaItem extends TrackedEntity {
  @Index()
  @Column({ type: 'uuid', name: 'meeting_id' })
  meetingId!: string;

  @ManyToOne(() => HeadquartersMeeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meetingRef?: Relation<HeadquartersMeeting>;

  @Field({ description: 'What is put before the Headquarters.' })
  @Column({ type: 'text' })
  summary!: string;

  @Index()
  @Column({ type: 'uuid', name: 'project_id', nullable: true })
  projectId!: string | null;

  @ManyToOne(() => Project, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'project_id' })
  projectRef?: Relation<Project>;

  @Index()
  @Column({ type: 'uuid', name: 'issue_id', nullable: true })
  issueId!: string | null;

  @ManyToOne(() => InvestorIssue, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'issue_id' })
  issueRef?: Relation<InvestorIssue>;
}

export enum HeadquartersDecisionStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
}
registerEnumType(HeadquartersDecisionStatus, {
  name: 'HeadquartersDecisionStatus',
  description: 'Whether a decision of the Headquarters has been carried out.',
  valuesConfig: {
    OPEN: { description: 'Not yet reported done; overdue after the end of its due day.' },
    DONE: { description: 'Reported done by the responsible office (or the authorized body).' },
  },
});

@ObjectType({
  description: 'A decision of the Investment Headquarters on an agenda item, for an office to carry out by a day (paragraph 7.2).',
})
@Entity('headquarters_decision')
@Index('headquarters_decision_newest_first', ['createdAt', 'id'])
@Index('headquarters_decision_open_by_due', ['dueOn'], { where: `status = 'OPEN'` })
export class HeadquartersDecision extends TrackedEntity {
  @Index()
  @Column({ type: 'uuid', name: 'agenda_item_id' })
  agendaItemId!: string;

  @ManyToOne(() => AgendaItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItemRef?: Relation<AgendaItem>;

  @Field({ description: 'What was decided.' })
  @Column({ type: 'text' })
  decision!: string;

  @Index()
  @Column({ type: 'uuid', name: 'responsible_office_id' })
  responsibleOfficeId!: string;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_office_id' })
  responsibleOfficeRef?: Relation<Office>;

  @Field(() => DateScalar, { description: 'The last day to carry it out (Asia/Almaty).' })
  @Column({ type: 'date', name: 'due_on' })
  dueOn!: string;

  @Field(() => HeadquartersDecisionStatus, { description: 'OPEN until done.' })
  @Column({
    type: 'enum',
    enum: HeadquartersDecisionStatus,
    enumName: 'headquarters_decision_status',
    default: HeadquartersDecisionStatus.OPEN,
  })
  status!: HeadquartersDecisionStatus;

  @Field(() => String, { nullable: true, description: 'What the responsible office reported when it was done.' })
  @Column({ type: 'text', nullable: true })
  report!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was done.' })
  @Column({ type: 'timestamptz', precision: 3, name: 'completed_at', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'uuid', name: 'completed_by_id', nullable: true })
  completedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'completed_by_id' })
  completedByRef?: Relation<User>;

  /** When the deadline sweep first saw it overdue: set once, so each overdue decision is announced once. */
  @Column({ type: 'timestamptz', precision: 3, name: 'overdue_recorded_at', nullable: true })
  overdueRecordedAt!: Date | null;

  /** OPEN after the end of its due day in Asia/Almaty: computed from the clock, never stored. */
  isOverdueAt(now: Date): boolean {
    return this.status === HeadquartersDecisionStatus.OPEN && now.getTime() > endOfAlmatyDay(this.dueOn).getTime();
  }

  /** Done on or before its due day; null while open. */
  wasOnTime(): boolean | null {
    return this.completedAt ? almatyDateOf(this.completedAt) <= this.dueOn : null;
  }
}

/** Changes to these records in the change log. */
export const HEADQUARTERS_MEETING_CHANGES = changeKind(
  'HEADQUARTERS_MEETING',
  'A meeting of the Investment Headquarters and its agenda (paragraph 7.2).',
);
export const HEADQUARTERS_DECISION_CHANGES = changeKind(
  'HEADQUARTERS_DECISION',
  'A decision of the Investment Headquarters (paragraph 7.2).',
);
