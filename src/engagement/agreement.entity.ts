import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateScalar } from '../common/scalars';
import { TrackedEntity } from '../common/tracked.entity';
import { changeKind } from '../events/change-kinds';
import { Investor } from '../investors/investor.entity';
import { Office } from '../offices/office.entity';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';

/** Paragraph 6 (external 3, 12; central 4; regional 4): what was signed with an investor. */
export enum AgreementKind {
  MEMORANDUM = 'MEMORANDUM',
  LETTER_OF_INTENT = 'LETTER_OF_INTENT',
  INVESTMENT_AGREEMENT = 'INVESTMENT_AGREEMENT',
  ROADMAP = 'ROADMAP',
  OTHER = 'OTHER',
}
registerEnumType(AgreementKind, {
  name: 'AgreementKind',
  description: 'What kind of document was signed with the investor.',
  valuesConfig: {
    MEMORANDUM: { description: 'A memorandum of understanding or cooperation.' },
    LETTER_OF_INTENT: { description: "A letter of intent: the investor's declared plan." },
    INVESTMENT_AGREEMENT: { description: 'An agreement on an investment with binding commitments.' },
    ROADMAP: { description: 'A roadmap: agreed steps and their dates.' },
    OTHER: { description: 'Any other signed document whose commitments are monitored.' },
  },
});

/** Follows from the commitments (see agreementStatusOf in commitment.entity.ts). */
export enum AgreementStatus {
  ACTIVE = 'ACTIVE',
  FULFILLED = 'FULFILLED',
  BREACHED = 'BREACHED',
}
registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description: 'Where an agreement stands, from its commitments.',
  valuesConfig: {
    ACTIVE: { description: 'No commitment missed and at least one still open (or none recorded yet).' },
    FULFILLED: { description: 'Every commitment met or waived.' },
    BREACHED: { description: 'At least one commitment missed.' },
  },
});

@ObjectType({ description: 'A memorandum, letter of intent or agreement signed with an investor, and what it commits to (paragraph 6).' })
@Entity('agreement')
@Index('agreement_newest_first', ['createdAt', 'id'])
export class Agreement extends TrackedEntity {
  @Field(() => AgreementKind, { description: 'What kind of document.' })
  @Index()
  @Column({ type: 'enum', enum: AgreementKind, enumName: 'agreement_kind' })
  kind!: AgreementKind;

  @Field({ description: 'Its title.' })
  @Column({ type: 'text' })
  title!: string;

  @Index()
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

  /** The office that recorded it (the caller's). */
  @Index()
  @Column({ type: 'uuid', name: 'office_id' })
  officeId!: string;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  officeRef?: Relation<Office>;

  @Column({ type: 'uuid', name: 'recorded_by_id' })
  recordedById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedByRef?: Relation<User>;

  @Field(() => DateScalar, { description: 'The day it was signed; never in the future.' })
  @Index()
  @Column({ type: 'date', name: 'signed_on' })
  signedOn!: string;

  @Field(() => [String], { description: 'Who signed it, as written in it.' })
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  parties!: string[];

  /** Kept on the row by the service whenever a commitment changes, so that lists filter by it with an index. */
  @Field(() => AgreementStatus, {
    description: 'BREACHED when a commitment was missed, else FULFILLED when all are met or waived, else ACTIVE.',
  })
  @Index()
  @Column({ type: 'enum', enum: AgreementStatus, enumName: 'agreement_status', default: AgreementStatus.ACTIVE })
  status!: AgreementStatus;
}

/** Changes to this record (and its commitments) in the change log. */
export const AGREEMENT_CHANGES = changeKind('AGREEMENT', 'An agreement signed with an investor, or one of its commitments (paragraph 6).');
