import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, type Relation } from 'typeorm';
import { TrackedEntity } from '../common/tracked.entity';
import { Office } from '../offices/office.entity';
import { Sector } from '../reference/sector.entity';
import { User } from '../users/user.entity';
import { changeKind } from '../events/change-kinds';

export enum InvestorOrigin {
  DOMESTIC = 'DOMESTIC',
  FOREIGN = 'FOREIGN',
}
registerEnumType(InvestorOrigin, {
  name: 'InvestorOrigin',
  description: 'Domestic or foreign investor (paragraph 2.8-1).',
  valuesConfig: {
    DOMESTIC: { description: 'A Kazakhstan investor (country KZ).' },
    FOREIGN: { description: 'A foreign investor (paragraph 2.8-1).' },
  },
});

export enum Ownership {
  PRIVATE = 'PRIVATE',
  STATE = 'STATE',
}
registerEnumType(Ownership, {
  name: 'Ownership',
  description: 'Private or state-owned; the unified pool takes private initiatives only (paragraph 2.8-1).',
  valuesConfig: {
    PRIVATE: { description: 'A private enterprise: its projects may enter the unified pool (paragraph 2.8-1).' },
    STATE: { description: 'State-owned: its projects are not private initiatives and stay out of the unified pool (paragraph 2.8-1).' },
  },
});

export enum InvestorStatus {
  LEAD = 'LEAD',
  ENGAGED = 'ENGAGED',
  COMMITTED = 'COMMITTED',
  ACTIVE = 'ACTIVE',
  LOST = 'LOST',
}
registerEnumType(InvestorStatus, {
  name: 'InvestorStatus',
  description: 'Where the relationship with the investor stands.',
  valuesConfig: {
    LEAD: { description: 'A potential investor identified, not yet in contact (paragraph 6, external level 4).' },
    ENGAGED: { description: 'In contact: consultations, meetings or visits under way (paragraph 6).' },
    COMMITTED: { description: 'Has stated its intention to invest, e.g. signed a document of intention (paragraph 6, external level 3).' },
    ACTIVE: { description: 'Investing: carrying out a project in Kazakhstan.' },
    LOST: { description: 'No longer pursued: the investor declined or stopped answering.' },
  },
});

@ObjectType({ description: 'A contact person at an investor.' })
export class InvestorContact {
  @Field({ description: 'Full name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Position held.' })
  position?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone?: string | null;
}

@ObjectType({ description: 'An investor or potential investor (a lead).' })
@Entity('investor')
@Index('investor_newest_first', ['createdAt', 'id'])
@Index('investor_search', ['searchVector'], { type: 'gin' })
// The pipeline's flag filters (issue 9) list newest first within these few rows.
@Index('investor_anchor_newest_first', ['createdAt', 'id'], { where: 'is_anchor' })
@Index('investor_multinational_newest_first', ['createdAt', 'id'], { where: 'is_multinational' })
// An embassy reads `country_code = its country OR owner_office_id = itself` (investor.repository.ts
// applyInvestorScope): with an origin filter those two index conditions are exact, and the
// statistics investor_scope_origin (migration ScopedFilterIndexes) tell the planner how origin
// follows them, so a combination with no rows is not found by walking a million (issue 12).
@Index('investor_country_origin', ['countryCode', 'origin'])
@Index('investor_owner_origin', ['ownerOfficeId', 'origin'])
// An office's own investors newest first (the owner filter; also its look-ups by owner).
@Index('investor_owner_newest_first', ['ownerOfficeId', 'createdAt', 'id'])
@Index('investor_sector_codes', ['sectorCodes'], { type: 'gin' })
@Index('investor_project_regions', ['projectRegions'], { type: 'gin' })
export class Investor extends TrackedEntity {
  @Field({ description: 'Company or person name.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => InvestorOrigin, { description: 'Domestic or foreign.' })
  @Index()
  @Column({ type: 'enum', enum: InvestorOrigin, enumName: 'investor_origin' })
  origin!: InvestorOrigin;

  @Field({ description: 'Country of the investor (ISO 3166-1 alpha-2).' })
  @Index()
  @Column({ type: 'varchar', length: 2, name: 'country_code' })
  countryCode!: string;

  @Field(() => Ownership, { description: 'Private or state-owned.' })
  @Column({ type: 'enum', enum: Ownership, enumName: 'ownership', default: Ownership.PRIVATE })
  ownership!: Ownership;

  @Field(() => InvestorStatus, { description: 'Relationship status.' })
  @Index()
  @Column({ type: 'enum', enum: InvestorStatus, enumName: 'investor_status', default: InvestorStatus.LEAD })
  status!: InvestorStatus;

  @Field({ description: 'An anchor company (paragraph 6, external level 3).' })
  @Column({ type: 'boolean', name: 'is_anchor', default: false })
  isAnchor!: boolean;

  @Field({ description: 'A multinational company: the list of large foreign companies (paragraph 6, external level 11).' })
  @Column({ type: 'boolean', name: 'is_multinational', default: false })
  isMultinational!: boolean;

  @Column({ type: 'uuid', name: 'owner_office_id' })
  ownerOfficeId!: string;

  @ManyToOne(() => Office, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_office_id' })
  ownerOfficeRef?: Relation<Office>;

  /** The one person who owns the lead (src/engagement: assignAccountManager). */
  @Index()
  @Column({ type: 'uuid', name: 'account_manager_id', nullable: true })
  accountManagerId!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'account_manager_id' })
  accountManagerRef?: Relation<User>;

  @ManyToMany(() => Sector)
  @JoinTable({
    name: 'investor_sector',
    joinColumn: { name: 'investor_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'sector_code', referencedColumnName: 'code' },
  })
  sectorRefs?: Relation<Sector[]>;

  @Field(() => [InvestorContact], { description: 'Contact people.' })
  @Column({ type: 'jsonb', default: () => `'[]'` })
  contacts!: InvestorContact[];

  @Field({ description: 'Free-text notes of the office working the investor.' })
  @Column({ type: 'text', default: '' })
  notes!: string;

  /** Full-text search over name and notes ('simple' config: names are Kazakh, Russian and English). */
  @Column({
    type: 'tsvector',
    name: 'search_vector',
    generatedType: 'STORED',
    asExpression: `to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(notes, ''))`,
    select: false,
    insert: false,
    update: false,
  })
  searchVector?: string;

  /*
   * Kept by the database from `investor_sector` and `project` (triggers, migration
   * InvestorKeptArrays) so that the sector filter and a regional office's scope are GIN index
   * conditions (issue 12). Never written by the application; read by INVESTOR_ROWS.
   */
  /** Its sector codes, sorted. */
  @Column({ type: 'text', array: true, name: 'sector_codes', default: () => `'{}'`, select: false, insert: false, update: false })
  sectorCodes?: string[];

  /** The regions of the projects it initiates, sorted: the regional offices that read it (investor.policy.ts). */
  @Column({ type: 'text', array: true, name: 'project_regions', default: () => `'{}'`, select: false, insert: false, update: false })
  projectRegions?: string[];
}

/** Changes to this record in the change log. */
export const INVESTOR_CHANGES = changeKind('INVESTOR', 'An investor: a lead the front offices work (paragraph 6).');
