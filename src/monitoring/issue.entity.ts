import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { TrackedEntity } from '../common/tracked.entity';
import { changeKind } from '../events/change-kinds';
import { Investor } from '../investors/investor.entity';
import { Office } from '../offices/office.entity';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';

/** What an investor's problem is about (paragraph 6: external 15, regional 9; paragraph 7.1). */
export enum IssueCategory {
  LAND = 'LAND',
  PERMITS = 'PERMITS',
  UTILITIES = 'UTILITIES',
  INFRASTRUCTURE = 'INFRASTRUCTURE',
  TAXES = 'TAXES',
  CUSTOMS = 'CUSTOMS',
  VISAS_AND_LABOUR = 'VISAS_AND_LABOUR',
  FINANCING = 'FINANCING',
  REGULATION = 'REGULATION',
  OTHER = 'OTHER',
}
registerEnumType(IssueCategory, {
  name: 'IssueCategory',
  description: "What an investor's issue is about.",
  valuesConfig: {
    LAND: { description: 'Land plots: allocation, titles, zoning.' },
    PERMITS: { description: 'Permits and licences.' },
    UTILITIES: { description: 'Connections to power, gas, water and heat.' },
    INFRASTRUCTURE: { description: 'Roads, railways and other infrastructure to the site.' },
    TAXES: { description: 'Taxes and investment preferences.' },
    CUSTOMS: { description: 'Customs clearance and valuation.' },
    VISAS_AND_LABOUR: { description: 'Visas, work permits and foreign labour.' },
    FINANCING: { description: 'Financing and state support instruments.' },
    REGULATION: { description: 'Laws and regulations in the way of the investment.' },
    OTHER: { description: 'Anything else.' },
  },
});

export enum IssueStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  /** Put before the Investment Headquarters (paragraph 7.2). */
  ESCALATED = 'ESCALATED',
  RESOLVED = 'RESOLVED',
}
registerEnumType(IssueStatus, {
  name: 'IssueStatus',
  description: "Where an investor's issue stands; ESCALATED once it is on the Investment Headquarters' agenda (paragraph 7.2).",
  valuesConfig: {
    OPEN: { description: 'Raised, not yet taken up.' },
    IN_PROGRESS: { description: 'Being worked by the offices.' },
    ESCALATED: { description: "Put before the Investment Headquarters (on a meeting's agenda)." },
    RESOLVED: { description: 'Resolved; the resolution says how.' },
  },
});

@ObjectType({
  description: 'A problem an investor raised with a front office (paragraph 6: external 15, regional 9; paragraphs 7.1, 7.3).',
})
@Entity('investor_issue')
@Index('investor_issue_newest_first', ['createdAt', 'id'])
export class InvestorIssue extends TrackedEntity {
  @Index()
  @Column({ type: 'uuid', name: 'investor_id' })
  investorId!: string;

  @ManyToOne(() => Investor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'investor_id' })
  investorRef?: Relation<Investor>;

  @Index()
  @Column({ type: 'uuid', name: 'project_id', nullable: true })
  projectId!: string | null;

  @ManyToOne(() => Project, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'project_id' })
  projectRef?: Relation<Project>;

  @Field({ description: 'Short statement of the problem.' })
  @Column({ type: 'text' })
  title!: string;

  @Field({ description: 'The problem as the investor put it.' })
  @Column({ type: 'text' })
  description!: string;

  @Field(() => IssueCategory, { description: 'What it is about.' })
  @Column({ type: 'enum', enum: IssueCategory, enumName: 'issue_category' })
  category!: IssueCategory;

  @Field({ description: "A systemic problem (not one investor's): the authorized body's input for recommendations (paragraph 20)." })
  @Column({ type: 'boolean' })
  systemic!: boolean;

  @Field(() => IssueStatus, { description: 'Where it stands.' })
  @Index()
  @Column({ type: 'enum', enum: IssueStatus, enumName: 'issue_status' })
  status!: IssueStatus;

  @Field(() => String, { nullable: true, description: 'How it was resolved; required to mark it RESOLVED.' })
  @Column({ type: 'text', nullable: true })
  resolution!: string | null;

  @Index()
  @Column({ type: 'uuid', name: 'raised_by_office_id' })
  raisedByOfficeId!: string;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'raised_by_office_id' })
  raisedByOfficeRef?: Relation<Office>;

  @Column({ type: 'uuid', name: 'raised_by_user_id' })
  raisedByUserId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'raised_by_user_id' })
  raisedByUserRef?: Relation<User>;
}

/** One status an issue has had, oldest first; written with every status change (and when raised). */
@ObjectType({ description: 'A status an investor issue entered: when and who.' })
@Entity('investor_issue_status_change')
export class IssueStatusChange {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  seq!: string;

  @Index()
  @Column({ type: 'uuid', name: 'issue_id' })
  issueId!: string;

  @ManyToOne(() => InvestorIssue, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'issue_id' })
  issueRef?: Relation<InvestorIssue>;

  @Field(() => IssueStatus, { description: 'The status entered.' })
  @Column({ type: 'enum', enum: IssueStatus, enumName: 'issue_status' })
  status!: IssueStatus;

  @Field({ description: 'When.' })
  @Column({ type: 'timestamptz', precision: 3 })
  at!: Date;

  @Column({ type: 'uuid', name: 'actor_id' })
  actorId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actorRef?: Relation<User>;
}

/** Changes to this record in the change log. */
export const INVESTOR_ISSUE_CHANGES = changeKind(
  'INVESTOR_ISSUE',
  'A problem an investor raised (paragraph 6: external 15, regional 9; paragraph 7).',
);
